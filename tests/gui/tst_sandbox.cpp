// The sandbox child process: it starts, serves, stops with us, and never outlives the window.
#include "guitestenv.h"
#include "session/sandboxprocess.h"

#include <QDir>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>
#include <csignal>

using namespace mediadesk;

namespace {
bool alive(qint64 pid)
{
    // A zombie (exited, not yet reaped) counts as gone.
    QFile status(QStringLiteral("/proc/%1/status").arg(pid));
    if (!status.open(QIODevice::ReadOnly))
        return false;
    return !status.readAll().contains("State:\tZ");
}

// The mediadesk-emulator children of a process, from /proc.
QList<qint64> emulatorChildren(qint64 parent)
{
    QList<qint64> result;
    for (const QString &entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        bool ok = false;
        const qint64 pid = entry.toLongLong(&ok);
        if (!ok)
            continue;
        QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
        if (!stat.open(QIODevice::ReadOnly))
            continue;
        const QByteArray line = stat.readAll();
        const qsizetype close = line.lastIndexOf(')');
        const QList<QByteArray> fields = line.mid(close + 2).split(' ');
        if (line.contains("(mediadesk-emula") && fields.value(1).toLongLong() == parent)
            result.append(pid);
    }
    return result;
}
} // namespace

class TestSandbox : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase() { isolateGuiTest(m_home); }

    void startsServesAndStops()
    {
        SandboxProcess sandbox;
        QVERIFY2(!SandboxProcess::findEmulator().isEmpty(), "mediadesk-emulator not found next to the build");
        QSignalSpy started(&sandbox, &SandboxProcess::started);
        sandbox.start(m_home.filePath(QStringLiteral("sandbox-data")));
        QVERIFY(started.wait(15000));
        QCOMPARE(sandbox.state(), SandboxProcess::State::Running);
        QCOMPARE(sandbox.baseUrl().host(), QStringLiteral("127.0.0.1"));
        const qint64 pid = sandbox.processId();
        QVERIFY(alive(pid));
        sandbox.stop();
        QCOMPARE(sandbox.state(), SandboxProcess::State::Stopped);
        QVERIFY(QTest::qWaitFor([&] { return !alive(pid); }, 5000));
    }

    void childGetsNoSecretOfOursAndARandomOneOfItsOwn()
    {
        // The window's environment may hold the user's real Twilio secret or a proxy password.
        qputenv("TWILIO_AUTH_TOKEN", "real-secret-from-the-shell");
        qputenv("HTTPS_PROXY", "http://user:proxy-password@proxy.example:3128");
        QStringList tokens;
        for (int run = 0; run < 2; ++run) {
            SandboxProcess sandbox;
            QSignalSpy started(&sandbox, &SandboxProcess::started);
            sandbox.start(m_home.filePath(QStringLiteral("sandbox-env")));
            QVERIFY(started.wait(15000));
            QFile environ(QStringLiteral("/proc/%1/environ").arg(sandbox.processId()));
            QVERIFY(environ.open(QIODevice::ReadOnly));
            const QByteArray childEnvironment = environ.readAll();
            QVERIFY(!childEnvironment.contains("real-secret-from-the-shell"));
            QVERIFY(!childEnvironment.contains("proxy-password"));
            QVERIFY(childEnvironment.contains(
                QByteArray("MEDIADESK_EMULATOR_AUTH_TOKEN=" + sandbox.authToken().toLatin1())));
            // Anyone on the machine can read a command line: the secret is not on it.
            QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(sandbox.processId()));
            QVERIFY(cmdline.open(QIODevice::ReadOnly));
            QVERIFY(!cmdline.readAll().contains(sandbox.authToken().toLatin1()));
            QCOMPARE(sandbox.authToken().size(), 32);
            tokens << sandbox.authToken();
            // The admin API wants its token; with it, it answers.
            QVERIFY(!emulatorAdmin(&sandbox, QStringLiteral("/_emulator/stats")).isEmpty());
            QNetworkAccessManager nam;
            QUrl stats = sandbox.baseUrl();
            stats.setPath(QStringLiteral("/_emulator/stats"));
            QNetworkReply *anonymous = nam.get(QNetworkRequest(stats));
            QVERIFY(QTest::qWaitFor([&] { return anonymous->isFinished(); }, 5000));
            QCOMPARE(anonymous->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 401);
            delete anonymous;
            sandbox.stop();
        }
        QVERIFY(tokens.at(0) != tokens.at(1));
        qunsetenv("TWILIO_AUTH_TOKEN");
        qunsetenv("HTTPS_PROXY");
    }

    void failureIsReported()
    {
        SandboxProcess sandbox;
        QSignalSpy failed(&sandbox, &SandboxProcess::failed);
        QFile blocker(m_home.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        sandbox.start(m_home.filePath(QStringLiteral("a-file/sub"))); // cannot be a folder
        QVERIFY(failed.count() == 1 || failed.wait(5000));
        QCOMPARE(sandbox.state(), SandboxProcess::State::Failed);
        QVERIFY(sandbox.problem().contains(QLatin1String("a-file/sub")));
    }

    void noOrphanWhenTheWindowIsKilled()
    {
        // The real application, killed with SIGKILL: its emulator must not survive it.
        QProcess app;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        app.setProcessEnvironment(env);
        app.start(QStringLiteral(MEDIADESK_APP_PATH), {QStringLiteral("--sandbox")});
        QVERIFY(app.waitForStarted());
        QList<qint64> children;
        QVERIFY(QTest::qWaitFor([&] { return !(children = emulatorChildren(app.processId())).isEmpty(); },
                                15000));
        ::kill(pid_t(app.processId()), SIGKILL);
        QVERIFY(app.waitForFinished(5000));
        for (qint64 child : children)
            QVERIFY2(QTest::qWaitFor([&] { return !alive(child); }, 5000),
                     "the emulator outlived the window");
    }
};

QTEST_MAIN(TestSandbox)
#include "tst_sandbox.moc"
