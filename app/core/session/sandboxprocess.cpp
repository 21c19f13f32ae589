#include "sandboxprocess.h"

#include "store/privatefiles.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QRandomGenerator>
#include <QStandardPaths>
#include <QTimer>

namespace mediadesk {

namespace {
constexpr int StartTimeoutMs = 15000;
}

SandboxProcess::SandboxProcess(QObject *parent) : QObject(parent), m_startTimeout(new QTimer(this))
{
    m_startTimeout->setSingleShot(true);
    m_startTimeout->setInterval(StartTimeoutMs);
    connect(m_startTimeout, &QTimer::timeout, this, [this] {
        if (m_state == State::Starting)
            fail(tr("The sandbox server did not start within %1 seconds.").arg(StartTimeoutMs / 1000));
    });
}

SandboxProcess::~SandboxProcess()
{
    stop();
}

QString SandboxProcess::accountSid()
{
    return QStringLiteral("AC5a7db0c0ffee5a7db0c0ffee5a7db0c0");
}

namespace {
QByteArray randomToken()
{
    QByteArray bytes(16, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
    return bytes.toHex();
}

// What the child needs to run (its libraries, a temporary folder, the sanitizers' settings in a
// sanitizer build) and to speak the user's language, and nothing else: the window's environment
// may hold TWILIO_AUTH_TOKEN or a proxy password.
QProcessEnvironment childEnvironment()
{
    static const QStringList kept = {QStringLiteral("HOME"),
                                     QStringLiteral("PATH"),
                                     QStringLiteral("TMPDIR"),
                                     QStringLiteral("TZ"),
                                     QStringLiteral("LANG"),
                                     QStringLiteral("LANGUAGE"),
                                     QStringLiteral("LD_LIBRARY_PATH"),
                                     QStringLiteral("ASAN_OPTIONS"),
                                     QStringLiteral("LSAN_OPTIONS"),
                                     QStringLiteral("UBSAN_OPTIONS")};
    const QProcessEnvironment mine = QProcessEnvironment::systemEnvironment();
    QProcessEnvironment child;
    for (const QString &name : mine.keys()) {
        if (kept.contains(name) || name.startsWith(QLatin1String("LC_")))
            child.insert(name, mine.value(name));
    }
    return child;
}
} // namespace

QString SandboxProcess::findEmulator()
{
    const QString name = QStringLiteral("mediadesk-emulator");
    const QDir appDir(QCoreApplication::applicationDirPath());
    const QStringList candidates = {
        appDir.filePath(name),                                         // next to the executable
        appDir.filePath(QStringLiteral("emulator/") + name),           // build tree: build/app/mediadesk
        appDir.filePath(QStringLiteral("../emulator/") + name),        // build tree: app/ → app/emulator/
        appDir.filePath(QStringLiteral("../app/emulator/") + name),    // build tree: tests/…
        appDir.filePath(QStringLiteral("../../app/emulator/") + name), //
        appDir.filePath(QStringLiteral("../libexec/mediadesk/") +
                        name), // installed: bin/ → libexec/mediadesk/
        appDir.filePath(QStringLiteral("../lib/mediadesk/") + name),
    };
    for (const QString &candidate : candidates) {
        const QFileInfo info(candidate);
        if (info.isFile() && info.isExecutable())
            return info.canonicalFilePath();
    }
    return {};
}

QString SandboxProcess::defaultDataFolder()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("sandbox"));
}

qint64 SandboxProcess::processId() const
{
    return m_process ? m_process->processId() : 0;
}

void SandboxProcess::setState(State state)
{
    if (m_state == state)
        return;
    m_state = state;
    emit stateChanged(state);
}

void SandboxProcess::start(const QString &dataFolder)
{
    if (m_state == State::Starting || m_state == State::Running)
        return;
    m_problem.clear();
    m_stdout.clear();
    const QString program = findEmulator();
    if (program.isEmpty()) {
        fail(tr(
            "The sandbox server (mediadesk-emulator) was not found next to MediaDesk or in its installation "
            "folder. Reinstall MediaDesk."));
        return;
    }
    if (!makePrivateFolder(dataFolder)) {
        fail(tr("The sandbox cannot keep its data in “%1”: the folder cannot be created.").arg(dataFolder));
        return;
    }
    m_authToken = QString::fromLatin1(randomToken());
    m_adminToken = randomToken();
    QProcessEnvironment environment = childEnvironment();
    environment.insert(QStringLiteral("MEDIADESK_EMULATOR_AUTH_TOKEN"), m_authToken);
    environment.insert(QStringLiteral("MEDIADESK_EMULATOR_ADMIN_TOKEN"), QString::fromLatin1(m_adminToken));
    m_process = new QProcess(this);
    m_process->setProgram(program);
    m_process->setProcessEnvironment(environment);
    m_process->setArguments({QStringLiteral("--port"), QStringLiteral("0"), QStringLiteral("--media-port"),
                             QStringLiteral("0"), QStringLiteral("--data-dir"), dataFolder,
                             QStringLiteral("--exit-with-parent"), QStringLiteral("--parent-pid"),
                             QString::number(QCoreApplication::applicationPid()), QStringLiteral("--quiet"),
                             // Like Twilio: media nobody attached to a message is gone after 5 minutes.
                             QStringLiteral("--unattached-ttl"), QStringLiteral("300"),
                             QStringLiteral("--conversations"), QStringLiteral("12")});
    // Its request log goes nowhere: an unread pipe would eventually block it.
    m_process->setStandardErrorFile(QProcess::nullDevice());
    connect(m_process, &QProcess::readyReadStandardOutput, this, &SandboxProcess::onReadyRead);
    connect(m_process, &QProcess::finished, this, &SandboxProcess::onFinished);
    connect(m_process, &QProcess::errorOccurred, this, [this](QProcess::ProcessError error) {
        if (error == QProcess::FailedToStart)
            fail(tr("The sandbox server could not be started: %1.").arg(m_process->errorString()));
    });
    setState(State::Starting);
    m_process->start();
    m_startTimeout->start(); // one timer: an earlier attempt's cannot fail this one
}

void SandboxProcess::onReadyRead()
{
    m_stdout += m_process->readAllStandardOutput();
    if (m_state != State::Starting)
        return;
    const qsizetype eol = m_stdout.indexOf('\n');
    if (eol < 0)
        return;
    const QByteArray line = m_stdout.left(eol).trimmed();
    const QByteArray prefix = "listening on ";
    if (!line.startsWith(prefix)) {
        fail(tr("The sandbox server answered something unexpected: %1")
                 .arg(QString::fromUtf8(line.left(200))));
        return;
    }
    m_baseUrl = QUrl(QString::fromUtf8(line.mid(prefix.size())));
    m_startTimeout->stop();
    setState(State::Running);
    emit started(m_baseUrl);
}

void SandboxProcess::onFinished(int exitCode, QProcess::ExitStatus status)
{
    if (m_state == State::Stopped)
        return;
    fail(status == QProcess::CrashExit
             ? tr("The sandbox server stopped unexpectedly (it crashed).")
             : tr("The sandbox server stopped unexpectedly (exit code %1); another program may hold its data "
                  "folder.")
                   .arg(exitCode));
}

void SandboxProcess::fail(const QString &message)
{
    m_startTimeout->stop();
    m_problem = message;
    if (m_process) {
        m_process->disconnect(this);
        if (m_process->state() != QProcess::NotRunning) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
        m_process->deleteLater();
        m_process = nullptr;
    }
    setState(State::Failed);
    emit failed(message);
}

void SandboxProcess::stop()
{
    m_startTimeout->stop();
    if (!m_process)
        return;
    m_process->disconnect(this);
    if (m_process->state() != QProcess::NotRunning) {
        m_process->terminate(); // SIGTERM: the emulator stops cleanly
        if (!m_process->waitForFinished(3000)) {
            m_process->kill();
            m_process->waitForFinished(2000);
        }
    }
    delete m_process;
    m_process = nullptr;
    m_baseUrl.clear();
    setState(State::Stopped);
}

} // namespace mediadesk
