// The fault soak: 1,000 uploads through the transfer queue while the emulator fails about one
// request in five (503, 429 with Retry-After, a cut connection, a slow 503), and the queue's
// process is killed twice on the way (SIGKILL: no chance to save anything). Afterwards nothing is
// left to do, the library (the record of what was uploaded) has exactly one row per file, and
// each row's media on the service holds that file's bytes.
#include "emulatorclient.h"

#include <QCryptographicHash>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {
constexpr int Files = 1000;
} // namespace

class TestFaultSoak : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    QTemporaryDir m_dir;

    // Runs the queue's process until it prints "finished" or, when killAt > 0, until that many
    // uploads are done, then kills it. The last "done N" it printed.
    int runQueue(int killAt, bool *finished)
    {
        QProcess runner;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"TWILIO_ACCOUNT_SID"_s, EmulatorProcess::accountSid());
        env.insert(u"TWILIO_AUTH_TOKEN"_s, EmulatorProcess::authToken());
        runner.setProcessEnvironment(env);
        runner.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        runner.start(QStringLiteral(MEDIADESK_SOAKRUNNER_PATH),
                     {u"--base"_s, m_emulator.baseUrl().toString(), u"--service"_s,
                      EmulatorProcess::serviceSids().value(0), u"--state"_s, m_dir.filePath(u"queue.json"_s),
                      u"--library"_s, m_dir.filePath(u"library.sqlite"_s), u"--files"_s,
                      m_dir.filePath(u"files"_s)});
        if (!runner.waitForStarted())
            return -1;
        int done = 0;
        *finished = false;
        QElapsedTimer timer;
        timer.start();
        while (timer.elapsed() < 600000) {
            runner.waitForReadyRead(200);
            while (runner.canReadLine()) {
                const QByteArray line = runner.readLine().trimmed();
                if (line.startsWith("done "))
                    done = line.split(' ').value(1).toInt();
                else if (line == "finished")
                    *finished = true;
            }
            if (*finished || runner.state() == QProcess::NotRunning)
                break;
            if (killAt > 0 && done >= killAt) {
                runner.kill(); // SIGKILL: nothing is saved on the way out
                break;
            }
        }
        runner.waitForFinished(10000);
        return done;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        QVERIFY(QDir().mkpath(m_dir.filePath(u"files"_s)));
        for (int i = 0; i < Files; ++i) {
            QFile f(m_dir.filePath(u"files/soak-%1.bin"_s.arg(i, 4, 10, QLatin1Char('0'))));
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write(pseudoRandom(1000 + (i * 37) % 3000, quint32(i)));
        }
    }

    void everyFileOnceThroughFaultsAndKills()
    {
        // One request in five fails, in four ways, on the upload path only.
        const QString uploads = u"/v1/Services/"_s;
        for (const QJsonObject &fault :
             {QJsonObject{{u"status"_s, 503}}, QJsonObject{{u"status"_s, 429}, {u"retry_after"_s, u"1"_s}},
              QJsonObject{{u"drop"_s, true}}, QJsonObject{{u"status"_s, 503}, {u"delay_ms"_s, 400}}}) {
            QJsonObject rule = fault;
            rule.insert(u"method"_s, u"POST"_s);
            rule.insert(u"path_prefix"_s, uploads);
            rule.insert(u"count"_s, -1);
            rule.insert(u"probability"_s, 0.0625); // 1 - (1 - 1/16)^4 ≈ 0.227 of requests hit
            QVERIFY(m_emulator.addFault(rule));
        }
        QElapsedTimer elapsed;
        elapsed.start();
        bool finished = false;
        const int firstKill = runQueue(300, &finished);
        QVERIFY2(!finished && firstKill >= 300, "the first run was to be killed part-way");
        const int secondKill = runQueue(650, &finished);
        QVERIFY2(!finished && secondKill >= 650, "the second run was to be killed part-way");
        const int last = runQueue(0, &finished);
        QVERIFY2(finished, qPrintable(u"the queue did not finish: %1 of %2 done"_s.arg(last).arg(Files)));
        const qint64 ms = elapsed.elapsed();
        QVERIFY(m_emulator.clearFaults());

        // The queue's record: nothing left to do (done items leave the saved queue once their
        // library row is written; one not yet written stays, and is uploaded again after a kill).
        QFile state(m_dir.filePath(u"queue.json"_s));
        QVERIFY(state.open(QIODevice::ReadOnly));
        QCOMPARE(QJsonDocument::fromJson(state.readAll()).object().value(u"items"_s).toArray().size(), 0);

        // The library: one row per file, naming the media the queue recorded, which holds the file.
        QSqlDatabase db = QSqlDatabase::addDatabase(u"QSQLITE"_s, u"soak"_s);
        db.setDatabaseName(m_dir.filePath(u"library.sqlite"_s));
        QVERIFY(db.open());
        QSqlQuery q(db);
        QVERIFY(q.exec(u"SELECT local_path, media_sid, COUNT(*) FROM media GROUP BY local_path"_s));
        QHash<QString, QString> mediaOfFile;
        while (q.next()) {
            QCOMPARE(q.value(2).toInt(), 1); // one row per file: no upload recorded twice
            mediaOfFile.insert(q.value(0).toString(), q.value(1).toString());
        }
        QCOMPARE(mediaOfFile.size(), Files); // and none lost
        QVERIFY(q.exec(u"SELECT COUNT(*) FROM media"_s) && q.next());
        QCOMPARE(q.value(0).toInt(), Files);
        for (auto it = mediaOfFile.cbegin(); it != mediaOfFile.cend(); ++it) {
            QFile file(it.key());
            QVERIFY(file.open(QIODevice::ReadOnly));
            QCOMPARE(m_emulator.media(it.value()).value(u"sha256"_s).toString(), sha256Hex(file.readAll()));
        }

        const QJsonObject stats = m_emulator.stats();
        const qint64 stored = stats.value(u"media_count"_s).toInteger();
        qInfo("soak: %d files in %lld ms, killed at %d and %d done; %lld requests, %lld media stored "
              "(%lld extra copies left by uploads the kills interrupted after the service stored them)",
              Files, ms, firstKill, secondKill, stats.value(u"requests"_s).toInteger(), stored,
              stored - Files);
        QVERIFY(stored >= Files);
        QCOMPARE(stats.value(u"credential_leaks"_s).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestFaultSoak)
#include "tst_faultsoak.moc"
