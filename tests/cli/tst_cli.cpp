// mediadesk-cli as a user runs it: the documented output, exit codes 0/1/2/3 and clear messages.
#include "emulatorclient.h"
#include "store/medialibrary.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace Qt::StringLiterals;

namespace {
const QByteArray Png = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==");

struct CliResult
{
    int exitCode = -1;
    QString out;
    QString err;
    QList<QJsonObject> jsonLines() const
    {
        QList<QJsonObject> lines;
        for (const QString &line : out.split(QLatin1Char('\n'), Qt::SkipEmptyParts))
            lines.append(QJsonDocument::fromJson(line.toUtf8()).object());
        return lines;
    }
};
} // namespace

class TestCli : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    QTemporaryDir m_home;
    QTemporaryDir m_files;
    QString m_service;

    QProcessEnvironment baseEnvironment(bool withCredentials) const
    {
        QProcessEnvironment env;
        env.insert(QStringLiteral("PATH"), qEnvironmentVariable("PATH"));
        env.insert(QStringLiteral("LANG"), QStringLiteral("C.UTF-8"));
        env.insert(QStringLiteral("HOME"), m_home.path());
        env.insert(QStringLiteral("XDG_CONFIG_HOME"), m_home.filePath(QStringLiteral("config")));
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_home.filePath(QStringLiteral("data")));
        // No session bus: a keychain can never be reached by accident from these tests.
        env.insert(QStringLiteral("DBUS_SESSION_BUS_ADDRESS"), QStringLiteral("unix:path=/nonexistent/bus"));
        if (withCredentials) {
            env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), EmulatorProcess::accountSid());
            env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), EmulatorProcess::authToken());
            env.insert(QStringLiteral("MEDIADESK_MCS_URL"), m_emulator.baseUrl().toString());
            env.insert(QStringLiteral("MEDIADESK_CONVERSATIONS_URL"), m_emulator.baseUrl().toString());
        }
        return env;
    }

    CliResult cli(const QStringList &args, bool withCredentials = true, const QProcessEnvironment &extra = {},
                  const QByteArray &input = {})
    {
        QProcess p;
        QProcessEnvironment env = baseEnvironment(withCredentials);
        for (const QString &key : extra.keys())
            env.insert(key, extra.value(key));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(MEDIADESK_CLI_PATH), args);
        if (!p.waitForStarted())
            qFatal("mediadesk-cli did not start");
        if (!input.isEmpty())
            p.write(input);
        p.closeWriteChannel();
        if (!p.waitForFinished(60000))
            qFatal("mediadesk-cli did not finish");
        CliResult r;
        r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
        r.out = QString::fromUtf8(p.readAllStandardOutput());
        r.err = QString::fromUtf8(p.readAllStandardError());
        return r;
    }

    qint64 contentBytesSent(const QString &mediaSid)
    {
        return m_emulator.stats().value(u"content_bytes_by_media"_s).toObject().value(mediaSid).toInteger();
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(m_files.path(), name, content);
    }

    QString uploadOne(const QString &name, const QByteArray &content)
    {
        const CliResult r =
            cli({QStringLiteral("upload"), QStringLiteral("--service"), m_service, writeFile(name, content)});
        if (r.exitCode != 0)
            qWarning("%s", qPrintable(r.err));
        return r.out.section(QLatin1Char(' '), 0, 0).trimmed();
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_service = EmulatorProcess::serviceSids().value(0);
    }

    void init() { QVERIFY(m_emulator.clearFaults()); }

    void help()
    {
        const CliResult r = cli({QStringLiteral("--help")}, false);
        QCOMPARE(r.exitCode, 0);
        QVERIFY(r.out.contains(QLatin1String("upload   --service IS")));
        QVERIFY(r.out.contains(QLatin1String("Exit status")));
    }

    void services()
    {
        const CliResult human = cli({QStringLiteral("services")});
        QCOMPARE(human.exitCode, 0);
        QVERIFY2(human.out.contains(m_service + QStringLiteral("  Sandbox Service 1")),
                 qPrintable(human.out));
        QVERIFY(human.out.contains(QStringLiteral("サンドボックス 2")));

        const CliResult json = cli({QStringLiteral("services"), QStringLiteral("--json")});
        QCOMPARE(json.exitCode, 0);
        const auto lines = json.jsonLines();
        QCOMPARE(lines.size(), 3);
        QCOMPARE(lines.first().value(QLatin1String("sid")).toString(), m_service);
        QCOMPARE(lines.first().value(QLatin1String("friendly_name")).toString(),
                 QStringLiteral("Sandbox Service 1"));
    }

    void globalOptionsGoBeforeOrAfter()
    {
        // Only the options point at the emulator here; the environment has credentials but no URLs.
        QProcessEnvironment noUrls;
        noUrls.insert(QStringLiteral("MEDIADESK_MCS_URL"), QString());
        noUrls.insert(QStringLiteral("MEDIADESK_CONVERSATIONS_URL"), QString());
        const QString url = m_emulator.baseUrl().toString();
        const CliResult before = cli({QStringLiteral("--json"), QStringLiteral("--conversations-url"), url,
                                      QStringLiteral("services")},
                                     true, noUrls);
        QCOMPARE(before.exitCode, 0);
        const CliResult after = cli({QStringLiteral("services"), QStringLiteral("--conversations-url"), url,
                                     QStringLiteral("--json")},
                                    true, noUrls);
        QCOMPARE(after.exitCode, 0);
        QCOMPARE(before.out, after.out);
    }

    void uploadGetUrlDownloadRoundTrip()
    {
        const QString png = writeFile(QStringLiteral("pixel"), Png);
        const QString text =
            writeFile(QStringLiteral("メモ a+b.txt"), QStringLiteral("こんにちは\n").toUtf8());
        const CliResult up = cli({QStringLiteral("upload"), QStringLiteral("--service"), m_service, png, text,
                                  QStringLiteral("--json")});
        QCOMPARE(up.exitCode, 0);
        const auto lines = up.jsonLines();
        QCOMPARE(lines.size(), 2);
        QCOMPARE(lines[0].value(QLatin1String("content_type")).toString(), QStringLiteral("image/png"));
        QCOMPARE(lines[0].value(QLatin1String("filename")).toString(), QStringLiteral("pixel"));
        QCOMPARE(lines[1].value(QLatin1String("filename")).toString(), QStringLiteral("メモ a+b.txt"));
        QCOMPARE(lines[1].value(QLatin1String("content_type")).toString(), QStringLiteral("text/plain"));
        QVERIFY(lines[0].value(QLatin1String("message_sid")).isNull());
        const QString sid = lines[0].value(QLatin1String("sid")).toString();

        const CliResult get = cli({QStringLiteral("get"), QStringLiteral("--service"), m_service, sid});
        QCOMPARE(get.exitCode, 0);
        for (const char *field :
             {"sid", "service_sid", "date_created", "date_upload_updated", "date_updated", "size",
              "content_type", "filename", "author", "category", "message_sid", "channel_sid", "url",
              "links.content", "links.content_direct_temporary", "is_multipart_upstream"})
            QVERIFY2(get.out.contains(QLatin1String(field)), field);
        QVERIFY(get.out.contains(QLatin1String("not attached to a message yet")));

        const CliResult url = cli(
            {QStringLiteral("url"), QStringLiteral("--service"), m_service, sid, QStringLiteral("--json")});
        QCOMPARE(url.exitCode, 0);
        const QJsonObject link = url.jsonLines().value(0);
        QCOMPARE(link.value(QLatin1String("sid")).toString(), sid);
        QCOMPARE(QUrl(link.value(QLatin1String("url")).toString()).port(), m_emulator.mediaUrl().port());
        const QDateTime expires =
            QDateTime::fromString(link.value(QLatin1String("expires")).toString(), Qt::ISODate);
        QVERIFY(expires > QDateTime::currentDateTimeUtc());
        QCOMPARE(expires.timeSpec(), Qt::UTC);

        // Both uploads are in the library the window shares, with what was sent.
        mediadesk::MediaLibrary library(
            QDir(m_home.path()).filePath(QStringLiteral("data/mediadesk/library.sqlite")));
        const mediadesk::Result<> opened = library.open();
        QVERIFY2(opened, qPrintable(opened.problem()));
        const auto row = library.findByMediaSid(sid);
        QVERIFY(row);
        QCOMPARE(row->fileName, QStringLiteral("pixel"));
        QCOMPARE(row->contentType, QStringLiteral("image/png"));
        QCOMPARE(row->size, Png.size());
        QCOMPARE(row->profile, QStringLiteral("environment"));
        QCOMPARE(row->accountSid, EmulatorProcess::accountSid());
        QCOMPARE(row->localPath, png);
        QCOMPARE(row->sha256,
                 QString::fromLatin1(QCryptographicHash::hash(Png, QCryptographicHash::Sha256).toHex()));
        QVERIFY(row->dateCreated.isValid());
        QVERIFY(library.findByMediaSid(lines[1].value(QLatin1String("sid")).toString()));

        QTemporaryDir out;
        const CliResult down = cli({QStringLiteral("download"), QStringLiteral("--service"), m_service, sid,
                                    QStringLiteral("-o"), out.path(), QStringLiteral("--json")});
        QCOMPARE(down.exitCode, 0);
        const QJsonObject saved = down.jsonLines().value(0);
        QCOMPARE(saved.value(QLatin1String("path")).toString(),
                 QDir(out.path()).filePath(QStringLiteral("pixel")));
        QCOMPARE(saved.value(QLatin1String("size")).toInt(), Png.size());
        QFile f(saved.value(QLatin1String("path")).toString());
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), Png);
    }

    void serverTextNeverDrivesTheTerminal_data()
    {
        QTest::addColumn<bool>("json");
        QTest::newRow("text") << false;
        QTest::newRow("--json") << true;
    }

    void serverTextNeverDrivesTheTerminal()
    {
        // A file name and an error message with terminal escapes (retitle, clear screen, 8-bit CSI,
        // a line separator): shown as visible text, never as the bytes a terminal acts on.
        QFETCH(bool, json);
        const QString hostile = QStringLiteral("\x1b]0;pwned\x07\x1b[2J\u009b31m\u2028x.txt");
        const QString path = writeFile(hostile, "hello\n");
        QStringList args{QStringLiteral("upload"), QStringLiteral("--service"), m_service, path};
        if (json)
            args << QStringLiteral("--json");
        const CliResult up = cli(args);
        QCOMPARE(up.exitCode, 0);
        QVERIFY2(up.out.contains(QLatin1String("ME")), qPrintable(up.out));

        QVERIFY(m_emulator.addFault(
            {{QStringLiteral("method"), QStringLiteral("GET")},
             {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
             {QStringLiteral("status"), 400},
             {QStringLiteral("message"), QStringLiteral("bad\x1b]0;owned\x07\nfake: line")}}));
        const CliResult failed = cli({QStringLiteral("services")});
        QCOMPARE(failed.exitCode, 1);
        QVERIFY2(failed.err.contains(QLatin1String("bad\\x1B]0;owned\\x07 fake: line")),
                 qPrintable(failed.err));

        for (const CliResult &r : {up, failed}) {
            for (const QString &stream : {r.out, r.err}) {
                for (const QChar c : stream) {
                    const char16_t u = c.unicode();
                    QVERIFY2(
                        (u >= 0x20 || u == u'\n') && !(u >= 0x7f && u <= 0x9f) && u != 0x2028,
                        qPrintable(
                            QStringLiteral("U+%1 reached the terminal").arg(u, 4, 16, QLatin1Char('0'))));
                }
            }
        }
        if (json) // the same name, escaped the JSON way
            QCOMPARE(up.jsonLines().value(0).value(QLatin1String("filename")).toString(), hostile);
        else
            QVERIFY2(up.out.contains(QLatin1String("\\x1B]0;pwned\\x07\\x1B[2J\\x9B31m\\u2028x.txt")),
                     qPrintable(up.out));
    }

    void uploadWaitsOutALongLibraryLock()
    {
        // The window (or another CLI) holds the library's write lock for 7 s, longer than Qt's
        // default 5 s: the upload's row still arrives, and the command succeeds.
        const QString path = QDir(m_home.path()).filePath(QStringLiteral("data/mediadesk/library.sqlite"));
        {
            mediadesk::MediaLibrary library(path);
            const mediadesk::Result<> opened = library.open();
            QVERIFY2(opened, qPrintable(opened.problem()));
        }
        QSqlDatabase holder = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("holder"));
        holder.setDatabaseName(path);
        QVERIFY(holder.open());
        QSqlQuery lock(holder);
        QVERIFY2(lock.exec(QStringLiteral("BEGIN EXCLUSIVE")), qPrintable(lock.lastError().text()));

        QProcess p;
        p.setProcessEnvironment(baseEnvironment(true));
        p.start(QStringLiteral(MEDIADESK_CLI_PATH),
                {QStringLiteral("upload"), QStringLiteral("--service"), m_service,
                 writeFile(QStringLiteral("locked.txt"), "while the library was busy"),
                 QStringLiteral("--json")});
        QVERIFY(p.waitForStarted());
        QVERIFY(!p.waitForFinished(7000)); // still waiting for the lock after 7 s, not given up
        QCOMPARE(p.state(), QProcess::Running);
        QVERIFY(lock.exec(QStringLiteral("COMMIT")));
        lock.finish();
        holder.close();
        QVERIFY(p.waitForFinished(30000));
        QCOMPARE(p.exitCode(), 0);
        const QString sid = QJsonDocument::fromJson(p.readAllStandardOutput())
                                .object()
                                .value(QLatin1String("sid"))
                                .toString();
        mediadesk::MediaLibrary library(path);
        const mediadesk::Result<> opened = library.open();
        QVERIFY2(opened, qPrintable(opened.problem()));
        QVERIFY(library.findByMediaSid(sid));
    }

    void downloadDoesNotOverwriteWithoutForce()
    {
        const QString sid = uploadOne(QStringLiteral("force.txt"), "new content");
        QVERIFY(!sid.isEmpty());
        QTemporaryDir out;
        const QString target = QDir(out.path()).filePath(QStringLiteral("force.txt"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("old");
        f.close();
        const CliResult refused = cli({QStringLiteral("download"), QStringLiteral("--service"), m_service,
                                       sid, QStringLiteral("-o"), out.path()});
        QCOMPARE(refused.exitCode, 1);
        QVERIFY2(refused.err.contains(QLatin1String("already exists")) &&
                     refused.err.contains(QLatin1String("--on-conflict")),
                 qPrintable(refused.err));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("old"));
        f.close();
        const CliResult forced = cli({QStringLiteral("download"), QStringLiteral("--service"), m_service, sid,
                                      QStringLiteral("-o"), target, QStringLiteral("--force")});
        QCOMPARE(forced.exitCode, 0);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("new content"));
    }

    void downloadOnConflict_data()
    {
        QTest::addColumn<QString>("policy");
        QTest::addColumn<int>("exitCode");
        QTest::addColumn<QByteArray>("existingAfter");
        QTest::addColumn<QString>("savedAs"); // "" when nothing was saved
        QTest::newRow("fail") << u"fail"_s << 1 << QByteArray("old") << QString();
        QTest::newRow("overwrite") << u"overwrite"_s << 0 << QByteArray("fresh bytes") << u"clash.txt"_s;
        QTest::newRow("rename") << u"rename"_s << 0 << QByteArray("old") << u"clash (2).txt"_s;
        QTest::newRow("skip") << u"skip"_s << 0 << QByteArray("old") << QString();
    }

    void downloadOnConflict()
    {
        QFETCH(QString, policy);
        QFETCH(int, exitCode);
        QFETCH(QByteArray, existingAfter);
        QFETCH(QString, savedAs);
        const QString sid = uploadOne(u"clash.txt"_s, "fresh bytes");
        QVERIFY(!sid.isEmpty());
        QTemporaryDir out;
        const QString existing = writeTestFile(out.path(), u"clash.txt"_s, "old");
        const CliResult r = cli({u"download"_s, u"--service"_s, m_service, sid, u"-o"_s, out.path(),
                                 u"--on-conflict"_s, policy, u"--json"_s});
        QCOMPARE(r.exitCode, exitCode);
        QFile f(existing);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), existingAfter);
        QStringList expected{u"clash.txt"_s};
        if (!savedAs.isEmpty() && !expected.contains(savedAs))
            expected << savedAs;
        expected.sort();
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden, QDir::Name), expected);
        if (!savedAs.isEmpty()) {
            const QJsonObject result = QJsonDocument::fromJson(r.out.toUtf8()).object();
            QCOMPARE(result.value(u"path"_s).toString(), QDir(out.path()).filePath(savedAs));
            QFile saved(QDir(out.path()).filePath(savedAs));
            QVERIFY(saved.open(QIODevice::ReadOnly));
            QCOMPARE(saved.readAll(), QByteArray("fresh bytes"));
        }
        if (policy == u"skip"_s)
            QVERIFY2(QJsonDocument::fromJson(r.out.toUtf8()).object().value(u"skipped"_s).toBool(),
                     qPrintable(r.out));
    }

    void downloadOnConflictRefusesNonsense()
    {
        const CliResult r = cli({u"download"_s, u"--service"_s, m_service,
                                 u"ME00000000000000000000000000000000"_s, u"--on-conflict"_s, u"maybe"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"overwrite, rename, skip or fail"_s), qPrintable(r.err));
        const CliResult both =
            cli({u"download"_s, u"--service"_s, m_service, u"ME00000000000000000000000000000000"_s,
                 u"--force"_s, u"--on-conflict"_s, u"skip"_s});
        QCOMPARE(both.exitCode, 2);
    }

    void downloadContinuesWhatAnEarlierRunLeft()
    {
        // Each of the first run's five attempts is cut after 100 kB; each retry asks only for the
        // rest, and what arrived waits beside the target. The second run, with -c, fetches the
        // rest: across both runs the host sends each byte once.
        const QByteArray content = pseudoRandom(2 * 1024 * 1024 + 7, 23);
        const QString sid = uploadOne(u"resumed.bin"_s, content);
        QVERIFY(!sid.isEmpty());
        QTemporaryDir out;
        const QString target = QDir(out.path()).filePath(u"resumed.bin"_s);
        const qint64 sentBefore = contentBytesSent(sid);
        QVERIFY(m_emulator.addFault({{u"origin"_s, u"media"_s},
                                     {u"method"_s, u"GET"_s},
                                     {u"path_prefix"_s, QString(u"/"_s + sid)},
                                     {u"cut_after_bytes"_s, 100000},
                                     {u"count"_s, -1}}));
        const CliResult cut = cli({u"download"_s, u"--service"_s, m_service, sid, u"-o"_s, out.path()});
        QCOMPARE(cut.exitCode, 1);
        QVERIFY(m_emulator.clearFaults());
        QVERIFY2(cut.err.contains(u"--continue"_s), qPrintable(cut.err));
        QVERIFY(!QFileInfo::exists(target));
        const qint64 held = QFileInfo(target + u".mediadesk-part"_s).size();
        QCOMPARE(held, 500000);
        QVERIFY2(cut.err.contains(QString::number(held)), qPrintable(cut.err));

        const CliResult resumed =
            cli({u"download"_s, u"--service"_s, m_service, sid, u"-o"_s, out.path(), u"-c"_s});
        QCOMPARE(resumed.exitCode, 0);
        QVERIFY2(resumed.err.contains(QString::number(held)), qPrintable(resumed.err));
        QCOMPARE(fileSha256Hex(target), sha256Hex(content));
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"resumed.bin"_s});
        QCOMPARE(contentBytesSent(sid) - sentBefore, content.size());
    }

    void downloadWithoutContinueStartsOver()
    {
        const QByteArray content = pseudoRandom(512 * 1024, 24);
        const QString sid = uploadOne(u"again.bin"_s, content);
        QTemporaryDir out;
        const QString target = QDir(out.path()).filePath(u"again.bin"_s);
        QVERIFY(m_emulator.addFault({{u"origin"_s, u"media"_s},
                                     {u"method"_s, u"GET"_s},
                                     {u"path_prefix"_s, QString(u"/"_s + sid)},
                                     {u"cut_after_bytes"_s, 100000},
                                     {u"count"_s, -1}}));
        const CliResult cut = cli({u"download"_s, u"--service"_s, m_service, sid, u"-o"_s, out.path()});
        QVERIFY2(cut.exitCode == 1, qPrintable(cut.err));
        QVERIFY(m_emulator.clearFaults());
        const qint64 sentBefore = contentBytesSent(sid);
        QCOMPARE(cli({u"download"_s, u"--service"_s, m_service, sid, u"-o"_s, out.path()}).exitCode, 0);
        QCOMPARE(fileSha256Hex(target), sha256Hex(content));
        QCOMPARE(contentBytesSent(sid) - sentBefore, content.size());
        QCOMPARE(QDir(out.path()).entryList(QDir::Files | QDir::Hidden), QStringList{u"again.bin"_s});
    }

    void limitRateHoldsEveryTransferTogether_data()
    {
        QTest::addColumn<QString>("command");
        QTest::newRow("upload, two at once") << u"upload"_s;
        QTest::newRow("download, two media") << u"download"_s;
    }

    void limitRateHoldsEveryTransferTogether()
    {
        // 2 × 160 KiB at 128 KiB/s: at least 2.5 s however the two share it (one bucket, a
        // twentieth of a second's worth, may go at once), and every byte arrives intact.
        QFETCH(QString, command);
        constexpr qint64 Rate = 128 * 1024;
        const QByteArray contents[2] = {pseudoRandom(160 * 1024, 31), pseudoRandom(160 * 1024, 32)};
        QStringList args{command, u"--service"_s, m_service, u"--limit-rate"_s, u"128K"_s};
        QTemporaryDir out;
        if (command == u"upload"_s) {
            args << u"--jobs"_s << u"2"_s << writeFile(u"limited-1.bin"_s, contents[0])
                 << writeFile(u"limited-2.bin"_s, contents[1]);
        } else {
            args << uploadOne(u"limited-1.bin"_s, contents[0]) << uploadOne(u"limited-2.bin"_s, contents[1])
                 << u"-o"_s << out.path();
        }
        QElapsedTimer clock;
        clock.start();
        const CliResult r = cli(args);
        const qint64 elapsedMs = clock.elapsed();
        QCOMPARE(r.exitCode, 0);
        const qint64 atLeastMs = (2 * 160 * 1024 - Rate / 20) * 1000 / Rate;
        QVERIFY2(elapsedMs >= atLeastMs,
                 qPrintable(u"%1 ms, at least %2 expected"_s.arg(elapsedMs).arg(atLeastMs)));
        // …and not much more: a limiter far slower than its rate is as wrong as none.
        QVERIFY2(elapsedMs <= 2 * atLeastMs + 3000, qPrintable(u"%1 ms"_s.arg(elapsedMs)));
        const QStringList lines = r.out.split(u'\n', Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 2);
        for (int i = 0; i < 2; ++i) {
            if (command == u"upload"_s) {
                const QString sid = lines[i].section(u' ', 0, 0);
                QCOMPARE(m_emulator.media(sid).value(u"sha256"_s).toString(), sha256Hex(contents[i]));
            } else {
                QCOMPARE(fileSha256Hex(lines[i]), sha256Hex(contents[i]));
            }
        }
    }

    void limitRateRefusesNonsense_data()
    {
        QTest::addColumn<QString>("rate");
        QTest::addColumn<QString>("message");
        QTest::newRow("not a rate") << u"fast"_s << u"500K, 2M, 1.5M"_s;
        QTest::newRow("per second") << u"2M/s"_s << u"500K, 2M, 1.5M"_s;
        QTest::newRow("below a kilobyte") << u"100"_s << u"at least 1K"_s;
    }

    void limitRateRefusesNonsense()
    {
        QFETCH(QString, rate);
        QFETCH(QString, message);
        const CliResult r = cli({u"download"_s, u"--service"_s, m_service,
                                 u"ME00000000000000000000000000000000"_s, u"--limit-rate"_s, rate});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(message), qPrintable(r.err));
    }

    // --har: what a command sent and got, as HAR 1.2 for support, written whether it worked or not;
    // never a credential or a link's signature.
    void harHoldsTheCommandsRequestsAndNoSecret()
    {
        QTemporaryDir out;
        const QString sid = uploadOne(u"shared.png"_s, Png);
        QVERIFY(!sid.isEmpty());
        const QString downloadHar = out.filePath(u"download.har"_s);
        const CliResult down = cli(
            {u"download"_s, u"--service"_s, m_service, sid, u"-o"_s, out.path(), u"--har"_s, downloadHar});
        QCOMPARE(down.exitCode, 0);
        const QString missingHar = out.filePath(u"missing.har"_s);
        const CliResult missing = cli({u"--har"_s, missingHar, u"get"_s, u"--service"_s, m_service,
                                       u"ME00000000000000000000000000000000"_s});
        QCOMPARE(missing.exitCode, 1);

        for (const QString &path : {downloadHar, missingHar}) {
            QFile file(path);
            QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(path));
            const QByteArray har = file.readAll();
            QVERIFY(!har.contains(EmulatorProcess::authToken().toUtf8()));
            QVERIFY(!har.contains("Authorization"));
            QVERIFY(!QString::fromUtf8(har).contains(QRegularExpression(u"Signature=(?!REDACTED)"_s)));
            const QJsonObject log = QJsonDocument::fromJson(har).object().value(u"log"_s).toObject();
            QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
            QStringList seen; // method, status and host of each request, in order
            for (const QJsonValue &entry : log.value(u"entries"_s).toArray()) {
                const QJsonObject e = entry.toObject();
                seen.append(e.value(u"request"_s).toObject().value(u"method"_s).toString() + u' ' +
                            QString::number(e.value(u"response"_s).toObject().value(u"status"_s).toInt()) +
                            u' ' + QUrl(e.value(u"request"_s).toObject().value(u"url"_s).toString()).host());
            }
            if (path == downloadHar) // the look-up, then the content from the temporary link's host
                QCOMPARE(seen, (QStringList{u"GET 200 127.0.0.1"_s, u"GET 200 127.0.0.1"_s}));
            else
                QCOMPARE(seen, QStringList{u"GET 404 127.0.0.1"_s});
        }
    }

    void harThatCannotBeWrittenStopsTheCommandFirst()
    {
        const int before = m_emulator.stats().value(u"media_count"_s).toInt();
        const CliResult r = cli({u"upload"_s, u"--service"_s, m_service, writeFile(u"never.txt"_s, "never"),
                                 u"--har"_s, u"/nonexistent/folder/log.har"_s});
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(u"/nonexistent/folder/log.har"_s), qPrintable(r.err));
        QCOMPARE(m_emulator.stats().value(u"media_count"_s).toInt(), before);
    }

    void parallelUploadsKeepArgumentOrder()
    {
        QStringList args{QStringLiteral("upload"), QStringLiteral("--service"), m_service,
                         QStringLiteral("--jobs"), QStringLiteral("4")};
        QStringList names;
        for (int i = 0; i < 8; ++i) {
            const QString name = QStringLiteral("batch-%1.txt").arg(i);
            names.append(name);
            args.append(writeFile(name, QByteArray(1000 * (8 - i), 'x')));
        }
        const CliResult r = cli(args);
        QCOMPARE(r.exitCode, 0);
        const QStringList lines = r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        QCOMPARE(lines.size(), 8);
        for (int i = 0; i < 8; ++i) {
            QVERIFY(lines[i].startsWith(QLatin1String("ME")));
            QVERIFY(lines[i].endsWith(names[i]));
        }
        QVERIFY(m_emulator.stats().value(QLatin1String("max_concurrent_uploads")).toInt() >= 2);
    }

    void badFilesFailButOthersGoOn()
    {
        const QString good = writeFile(QStringLiteral("good.txt"), "good");
        const QString empty = writeFile(QStringLiteral("empty.txt"), QByteArray());
        const QString folder = m_files.filePath(QStringLiteral("a folder"));
        QDir().mkpath(folder);
        const QString missing = m_files.filePath(QStringLiteral("missing.txt"));
        const QString huge = m_files.filePath(QStringLiteral("huge.bin"));
        {
            QFile f(huge);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(150LL * 1024 * 1024 + 1));
        }
        const CliResult r = cli({QStringLiteral("upload"), QStringLiteral("--service"), m_service, empty,
                                 good, folder, missing, huge});
        QCOMPARE(r.exitCode, 1);
        QCOMPARE(r.out.split(QLatin1Char('\n'), Qt::SkipEmptyParts).size(), 1);
        QVERIFY(r.out.contains(QLatin1String("good.txt")));
        QVERIFY2(r.err.contains(QLatin1String("is empty")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("is a folder")));
        QVERIFY(r.err.contains(QLatin1String("does not exist")));
        QVERIFY(r.err.contains(QLatin1String("150 MiB")));
    }

    void usageErrors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("messageContains");
        const QString me = QStringLiteral("ME0123456789abcdef0123456789abcdef");
        QTest::newRow("no command") << QStringList{} << "No command";
        QTest::newRow("unknown command") << QStringList{QStringLiteral("frobnicate")} << "Unknown command";
        QTest::newRow("unknown option")
            << QStringList{QStringLiteral("services"), QStringLiteral("--frob")} << "Unknown option";
        QTest::newRow("malformed media SID")
            << QStringList{QStringLiteral("get"), QStringLiteral("--service"),
                           QStringLiteral("IS0123456789abcdef0123456789abcdef"), QStringLiteral("ME123")}
            << "has 5";
        QTest::newRow("conversation SID as media")
            << QStringList{QStringLiteral("get"), QStringLiteral("--service"),
                           QStringLiteral("IS0123456789abcdef0123456789abcdef"),
                           QStringLiteral("CH0123456789abcdef0123456789abcdef")}
            << "of type “Conversation”";
        QTest::newRow("malformed service")
            << QStringList{QStringLiteral("get"), QStringLiteral("--service"), QStringLiteral("IX12"), me}
            << "start with IS";
        QTest::newRow("missing --service") << QStringList{QStringLiteral("url"), me} << "needs --service";
        const QString is = QStringLiteral("IS0123456789abcdef0123456789abcdef");
        const QString ch = QStringLiteral("CH0123456789abcdef0123456789abcdef");
        QTest::newRow("export without -o")
            << QStringList{QStringLiteral("export"), QStringLiteral("--service"), is,
                           QStringLiteral("--conversation"), ch}
            << "needs -o DIR";
        QTest::newRow("export without --conversation")
            << QStringList{QStringLiteral("export"), QStringLiteral("--service"), is, QStringLiteral("-o"),
                           QStringLiteral("out")}
            << "needs --conversation";
        QTest::newRow("export of a malformed conversation") << QStringList{QStringLiteral("export"),
                                                                           QStringLiteral("--service"),
                                                                           is,
                                                                           QStringLiteral("--conversation"),
                                                                           QStringLiteral("CH12"),
                                                                           QStringLiteral("-o"),
                                                                           QStringLiteral("out")}
                                                            << "CH12";
        QTest::newRow("export since no date") << QStringList{QStringLiteral("export"),
                                                             QStringLiteral("--service"),
                                                             is,
                                                             QStringLiteral("--conversation"),
                                                             ch,
                                                             QStringLiteral("-o"),
                                                             QStringLiteral("out"),
                                                             QStringLiteral("--since"),
                                                             QStringLiteral("yesterday")}
                                              << "--since takes a date";
        QTest::newRow("option of another command")
            << QStringList{QStringLiteral("services"), QStringLiteral("--force")} << "does not apply";
        QTest::newRow("http remote base url")
            << QStringList{QStringLiteral("services"), QStringLiteral("--mcs-url"),
                           QStringLiteral("http://mcs.example.com")}
            << "only https";
        QTest::newRow("base url with path")
            << QStringList{QStringLiteral("services"), QStringLiteral("--conversations-url"),
                           QStringLiteral("https://conversations.twilio.com/v1")}
            << "only scheme, host and port";
        QTest::newRow("bad content type") << QStringList{QStringLiteral("upload"),
                                                         QStringLiteral("--service"),
                                                         QStringLiteral("IS0123456789abcdef0123456789abcdef"),
                                                         QStringLiteral("--content-type"),
                                                         QStringLiteral("png"),
                                                         QStringLiteral("x")}
                                          << "not a content type";
        QTest::newRow("header injection in the content type")
            << QStringList{QStringLiteral("upload"),
                           QStringLiteral("--service"),
                           QStringLiteral("IS0123456789abcdef0123456789abcdef"),
                           QStringLiteral("--content-type"),
                           QStringLiteral("text/plain; a=b\r\nX-Injected: yes"),
                           QStringLiteral("x")}
            << "“text/plain; a=b  X-Injected: yes” is not a content type";
        QTest::newRow("bad jobs") << QStringList{QStringLiteral("upload"),
                                                 QStringLiteral("--service"),
                                                 QStringLiteral("IS0123456789abcdef0123456789abcdef"),
                                                 QStringLiteral("--jobs"),
                                                 QStringLiteral("0"),
                                                 QStringLiteral("x")}
                                  << "--jobs";
        QTest::newRow("malformed media SID for send")
            << QStringList{QStringLiteral("send"),
                           QStringLiteral("--service"),
                           QStringLiteral("IS0123456789abcdef0123456789abcdef"),
                           QStringLiteral("--conversation"),
                           QStringLiteral("CH0123456789abcdef0123456789abcdef"),
                           QStringLiteral("ME123")}
            << "has 5";
        QTest::newRow("body too long") << QStringList{QStringLiteral("send"),
                                                      QStringLiteral("--service"),
                                                      QStringLiteral("IS0123456789abcdef0123456789abcdef"),
                                                      QStringLiteral("--conversation"),
                                                      QStringLiteral("CH0123456789abcdef0123456789abcdef"),
                                                      QStringLiteral("--body"),
                                                      QString(1601, QLatin1Char('x')),
                                                      QStringLiteral("ME0123456789abcdef0123456789abcdef")}
                                       << "at most 1600";
        QTest::newRow("conversation of another kind")
            << QStringList{QStringLiteral("send"),
                           QStringLiteral("--service"),
                           QStringLiteral("IS0123456789abcdef0123456789abcdef"),
                           QStringLiteral("--conversation"),
                           QStringLiteral("IS0123456789abcdef0123456789abcdef"),
                           QStringLiteral("ME0123456789abcdef0123456789abcdef")}
            << "Conversation";
        QTest::newRow("unknown region")
            << QStringList{QStringLiteral("services"), QStringLiteral("--region"), QStringLiteral("au1")}
            << "Unknown Twilio region";
        QTest::newRow("an argument to a command that takes none")
            << QStringList{QStringLiteral("services"), QStringLiteral("extra")}
            << "“services” takes no arguments; unexpected “extra”";
        QTest::newRow("two profile names")
            << QStringList{QStringLiteral("logout"), QStringLiteral("a"), QStringLiteral("b")}
            << "“logout” takes one argument; unexpected “b”";
        QTest::newRow("an option given twice")
            << QStringList{QStringLiteral("send"), QStringLiteral("--author"), QStringLiteral("a"),
                           QStringLiteral("--author"), QStringLiteral("b")}
            << "--author was given more than once";
        QTest::newRow("another command's option")
            << QStringList{QStringLiteral("upload"), QStringLiteral("-o"), QStringLiteral("x")}
            << "--output does not apply to “upload”";
        QTest::newRow("completion without a shell")
            << QStringList{QStringLiteral("completion")} << "takes the name of a shell: bash, fish, zsh";
    }

    void usageErrors()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, messageContains);
        const CliResult r = cli(args);
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(messageContains), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void noCredentials_data()
    {
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("nothing") << QStringList{} << "No Twilio credentials";
        QTest::newRow("token without account")
            << QStringList{QStringLiteral("TWILIO_AUTH_TOKEN=abc")} << "incomplete";
        QTest::newRow("unknown profile") << QStringList{QStringLiteral("PROFILE=nope")} << "no profile named";
    }

    void noCredentials()
    {
        QFETCH(QStringList, env);
        QFETCH(QString, messageContains);
        QProcessEnvironment extra;
        QStringList args{QStringLiteral("services"), QStringLiteral("--mcs-url"),
                         m_emulator.baseUrl().toString()};
        for (const QString &v : env) {
            if (v.startsWith(QLatin1String("PROFILE=")))
                args << QStringLiteral("--profile") << v.mid(8);
            else
                extra.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        }
        const CliResult r = cli(args, false, extra);
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(messageContains), qPrintable(r.err));
    }

    void loginWithoutKeychainSaysSoAndSavesNothing()
    {
        const CliResult r = cli({QStringLiteral("login"), QStringLiteral("work"),
                                 QStringLiteral("--account-sid"), EmulatorProcess::accountSid()},
                                false, {}, QByteArray("not-stored-anywhere\n"));
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("keychain")), qPrintable(r.err));
        QVERIFY(r.err.contains(QLatin1String("not saved")));
        const CliResult list = cli({QStringLiteral("profiles"), QStringLiteral("--json")}, false);
        QCOMPARE(list.exitCode, 0);
        QVERIFY(list.out.isEmpty());
        // Nowhere on disk.
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains("not-stored-anywhere"), qPrintable(f.fileName()));
        }
    }

    void requestFailures_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("token");
        QTest::addColumn<QString>("messageContains");
        const QString unknown = QStringLiteral("ME00000000000000000000000000000000");
        QTest::newRow("wrong token") << QStringList{QStringLiteral("services")} << "wrong"
                                     << "20003";
        QTest::newRow("unknown media")
            << QStringList{QStringLiteral("get"), QStringLiteral("--service"), m_service, unknown} << ""
            << "20404";
        QTest::newRow("unknown media url")
            << QStringList{QStringLiteral("url"), QStringLiteral("--service"), m_service, unknown} << ""
            << "HTTP 404";
    }

    void requestFailures()
    {
        QFETCH(QStringList, args);
        QFETCH(QString, token);
        QFETCH(QString, messageContains);
        QProcessEnvironment extra;
        if (!token.isEmpty())
            extra.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), token);
        const CliResult r = cli(args, true, extra);
        QCOMPARE(r.exitCode, 1);
        QVERIFY2(r.err.contains(messageContains), qPrintable(r.err));
    }

    void apiKeyFromEnvironmentIsPreferred()
    {
        QProcessEnvironment extra;
        extra.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), QStringLiteral("wrong-token-would-fail"));
        extra.insert(QStringLiteral("TWILIO_API_KEY"), EmulatorProcess::apiKeySid());
        extra.insert(QStringLiteral("TWILIO_API_SECRET"), EmulatorProcess::apiKeySecret());
        const CliResult r = cli({QStringLiteral("services")}, true, extra);
        QCOMPARE(r.exitCode, 0);
    }

    void transientFailuresAreRetried()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("status"), 429},
                                     {QStringLiteral("retry_after"), QStringLiteral("1")},
                                     {QStringLiteral("count"), 1}}));
        const CliResult r = cli({QStringLiteral("services")});
        QCOMPARE(r.exitCode, 0);
        QVERIFY2(r.err.contains(QLatin1String("trying again")), qPrintable(r.err));
    }

    void conversationsAndSend()
    {
        const CliResult list = cli({QStringLiteral("conversations"), QStringLiteral("--service"), m_service,
                                    QStringLiteral("--json")});
        QCOMPARE(list.exitCode, 0);
        const auto conversations = list.jsonLines();
        QCOMPARE(conversations.size(), 3);
        const QString ch = conversations.first().value(QLatin1String("sid")).toString();
        QVERIFY(conversations.first().contains(QLatin1String("unique_name")));

        const QString existing = uploadOne(QStringLiteral("first.txt"), "first");
        const QString file = writeFile(QStringLiteral("second.png"), Png);
        const CliResult sent = cli({QStringLiteral("send"), QStringLiteral("--service"), m_service,
                                    QStringLiteral("--conversation"), ch, QStringLiteral("--body"),
                                    QStringLiteral("two files"), QStringLiteral("--json"), existing, file});
        QCOMPARE(sent.exitCode, 0);
        const auto messages = sent.jsonLines();
        QCOMPARE(messages.size(), 2);
        QCOMPARE(messages[0].value(QLatin1String("body")).toString(), QStringLiteral("two files"));
        QVERIFY(messages[1].value(QLatin1String("body")).toString().isEmpty());
        QVERIFY(messages[0].value(QLatin1String("index")).toInt() <
                messages[1].value(QLatin1String("index")).toInt());
        QCOMPARE(m_emulator.media(existing).value(QLatin1String("sid")).toString(), existing);
        // Each media is in its message, and the library rows say so.
        mediadesk::MediaLibrary library(
            QDir(m_home.path()).filePath(QStringLiteral("data/mediadesk/library.sqlite")));
        const mediadesk::Result<> opened = library.open();
        QVERIFY2(opened, qPrintable(opened.problem()));
        for (const QJsonObject &message : messages) {
            const QString media = message.value(QLatin1String("media"))
                                      .toArray()
                                      .first()
                                      .toObject()
                                      .value(QLatin1String("sid"))
                                      .toString();
            QCOMPARE(m_emulator.media(media).value(QLatin1String("message_sid")).toString(),
                     message.value(QLatin1String("sid")).toString());
            const auto row = library.findByMediaSid(media);
            QVERIFY(row);
            QCOMPARE(row->messageSid, message.value(QLatin1String("sid")).toString());
            QCOMPARE(row->conversationSid, ch);
        }

        // Sending the same media again: Twilio's 50510, in words, exit 1.
        const CliResult again = cli({QStringLiteral("send"), QStringLiteral("--service"), m_service,
                                     QStringLiteral("--conversation"), ch, existing});
        QCOMPARE(again.exitCode, 1);
        QVERIFY2(again.err.contains(QLatin1String("50510")) &&
                     again.err.contains(QLatin1String("already carries")),
                 qPrintable(again.err));
    }

    void exportSavesEveryMediaAndResumes()
    {
        const QString ch = EmulatorProcess::conversationSid(1, 3);
        const QByteArray kept = "kept content";
        const CliResult sent = cli(
            {QStringLiteral("send"), QStringLiteral("--service"), m_service, QStringLiteral("--conversation"),
             ch, QStringLiteral("--author"), QStringLiteral("lee"), QStringLiteral("--json"),
             writeFile(QStringLiteral("kept.txt"), kept), writeFile(QStringLiteral("gone.png"), Png)});
        QCOMPARE(sent.exitCode, 0);
        const auto messages = sent.jsonLines();
        auto mediaOf = [](const QJsonObject &message) {
            return message.value(QLatin1String("media"))
                .toArray()
                .first()
                .toObject()
                .value(QLatin1String("sid"))
                .toString();
        };
        const QString keptSid = mediaOf(messages.at(0));
        const QString goneSid = mediaOf(messages.at(1));
        const QString folder = QDir(m_files.path()).filePath(QStringLiteral("exported"));
        const QStringList exportArgs{QStringLiteral("export"),
                                     QStringLiteral("--service"),
                                     m_service,
                                     QStringLiteral("--conversation"),
                                     ch,
                                     QStringLiteral("-o"),
                                     folder,
                                     QStringLiteral("--json")};

        const CliResult first = cli(exportArgs);
        QCOMPARE(first.exitCode, 0);
        // One line per media as each is saved (downloads run side by side, so in any order).
        QHash<QString, QJsonObject> bySid;
        for (const QJsonObject &line : first.jsonLines())
            bySid.insert(line.value(QLatin1String("sid")).toString(), line);
        QCOMPARE(bySid.size(), 2);
        QVERIFY(bySid.contains(goneSid));
        QCOMPARE(bySid.value(keptSid).value(QLatin1String("skipped")).toBool(), false);
        QCOMPARE(bySid.value(keptSid).value(QLatin1String("message_sid")).toString(),
                 messages.at(0).value(QLatin1String("sid")).toString());
        QFile keptFile(bySid.value(keptSid).value(QLatin1String("path")).toString());
        QVERIFY(keptFile.open(QIODevice::ReadOnly));
        QCOMPARE(keptFile.readAll(), kept);
        QVERIFY2(QFileInfo(keptFile).fileName().endsWith(QStringLiteral(" lee — kept.txt")),
                 qPrintable(keptFile.fileName()));
        QVERIFY(first.err.contains(QLatin1String("Exported 2 media (0 already there)")));

        const CliResult again = cli(exportArgs);
        QCOMPARE(again.exitCode, 0);
        for (const QJsonObject &line : again.jsonLines())
            QCOMPARE(line.value(QLatin1String("skipped")).toBool(), true);

        // Into a new folder after Twilio deleted one: the other is saved, exit 1, and why.
        QVERIFY(m_emulator.deleteMedia(goneSid));
        QStringList elsewhere = exportArgs;
        elsewhere[6] = folder + QStringLiteral("-2");
        const CliResult partly = cli(elsewhere);
        QCOMPARE(partly.exitCode, 1);
        QCOMPARE(partly.jsonLines().size(), 1);
        QCOMPARE(partly.jsonLines().first().value(QLatin1String("sid")).toString(), keptSid);
        QVERIFY2(partly.err.contains(goneSid) && partly.err.contains(QLatin1String("no longer has")) &&
                     partly.err.contains(QLatin1String("Run the same command again")),
                 qPrintable(partly.err));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_emulator.stats().value(QLatin1String("credential_leaks")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestCli)
#include "tst_cli.moc"
