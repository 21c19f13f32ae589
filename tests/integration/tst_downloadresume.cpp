// Downloads that continue where they stopped, against the emulator: a partial file beside the
// target, Range with If-Range on every later request, and a clean start over whenever the bytes
// held cannot be the beginning of what the host has now. The host's own count of content bytes
// sent of each media says whether anything was fetched twice (the cuts close cleanly, so every byte
// sent before one arrives).
#include "emulatorclient.h"
#include "net/apiclient.h"
#include "transfer/downloadjob.h"
#include "transfer/partialdownload.h"
#include "transfer/uploadjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;
using namespace Qt::StringLiterals;

namespace {
constexpr qint64 CutAfter = 300000;
} // namespace

class TestDownloadResume : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    ApiClient m_client;     // retries as usual
    ApiClient m_oneAttempt; // gives up at the first cut
    QTemporaryDir m_dir;
    QString m_service;
    int m_uploads = 0;

    static bool run(Job *job, int timeoutMs = 30000)
    {
        QSignalSpy finished(job, &Job::finished);
        job->start();
        return job->isFinished() || finished.wait(timeoutMs);
    }

    // Per media: a request an earlier case gave up on may still be streaming another one.
    qint64 contentBytesSent(const QString &sid)
    {
        return m_emulator.stats().value(u"content_bytes_by_media"_s).toObject().value(sid).toInteger();
    }

    // A media of its own for each case: some cases change its bytes.
    QString upload(const QByteArray &content)
    {
        const QString source = writeTestFile(m_dir.path(), u"source-%1.bin"_s.arg(++m_uploads), content);
        UploadRequest request;
        request.serviceSid = m_service;
        request.filePath = source;
        UploadJob job(&m_client, request);
        if (!run(&job) || !job.succeeded())
            return {};
        return job.media().sid;
    }

    std::unique_ptr<DownloadJob> download(ApiClient *client, const QString &sid, const QString &target,
                                          bool resume)
    {
        DownloadRequest request;
        request.serviceSid = m_service;
        request.mediaSid = sid;
        request.destination = target;
        request.resume = resume;
        return std::make_unique<DownloadJob>(client, request);
    }

    // Faults name their media: a request an earlier case gave up on must not take them.
    bool cutNextContent(const QString &sid)
    {
        return m_emulator.addFault({{u"origin"_s, u"media"_s},
                                    {u"method"_s, u"GET"_s},
                                    {u"path_prefix"_s, QString(u"/"_s + sid)},
                                    {u"cut_after_bytes"_s, CutAfter},
                                    {u"count"_s, 1}});
    }

    // Once nothing more of it is being sent: a stopped, throttled stream may still push a chunk.
    qint64 settledBytesSent(const QString &sid)
    {
        qint64 last = -1;
        for (int i = 0; i < 50; ++i) {
            const qint64 now = contentBytesSent(sid);
            if (now == last)
                return now;
            last = now;
            QTest::qWait(100);
        }
        return last;
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    static QStringList entries(const QString &folder)
    {
        return QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden, QDir::Name);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_service = EmulatorProcess::serviceSids().value(0);
        connectToEmulator(m_client, m_emulator);
        connectToEmulator(m_oneAttempt, m_emulator);
        RetryPolicy once;
        once.maxAttempts = 1;
        m_oneAttempt.setRetryPolicy(once);
    }

    void init()
    {
        QVERIFY(m_emulator.clearFaults());
        QVERIFY(m_emulator.configure({{u"ttl"_s, 300},
                                      {u"content_mode"_s, u"302"_s},
                                      {u"content_validators"_s, u"etag"_s},
                                      {u"ranges"_s, true},
                                      {u"throttle"_s, 0}}));
    }

    void linkRefreshedMidTransferContinues()
    {
        // Cut at 300 kB; the retry finds the link refused (it expired meanwhile): a fresh link is
        // minted and asked for the rest only.
        const QByteArray content = pseudoRandom(2 * 1024 * 1024 + 11, 31);
        const QString sid = upload(content);
        QVERIFY(!sid.isEmpty());
        QVERIFY(cutNextContent(sid));
        QVERIFY(m_emulator.addFault({{u"origin"_s, u"media"_s},
                                     {u"path_prefix"_s, QString(u"/"_s + sid)},
                                     {u"status"_s, 403},
                                     {u"count"_s, 1}}));
        const QString target = QDir(m_dir.path()).filePath(u"refreshed.bin"_s);
        const qint64 before = contentBytesSent(sid);
        auto job = download(&m_client, sid, target, false);
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(job->linkRefreshes(), 1);
        QCOMPARE(readAll(target), content);
        QCOMPARE(contentBytesSent(sid) - before, content.size());
        QVERIFY(!QFileInfo::exists(PartialDownload::partialPathFor(target)));
        QVERIFY(!QFileInfo::exists(PartialDownload::recordPathFor(target)));
    }

    void laterJobContinues_data()
    {
        QTest::addColumn<QString>("validators");
        QTest::addColumn<bool>("ranges");
        QTest::addColumn<bool>("kept");      // the failed job leaves its bytes
        QTest::addColumn<bool>("continues"); // the next job fetches only the rest
        QTest::newRow("ETag") << u"etag"_s << true << true << true;
        QTest::newRow("Last-Modified only") << u"last_modified"_s << true << true << true;
        // Without a validator nothing could tell whether the bytes still belong: none are kept.
        QTest::newRow("no validator") << u"none"_s << true << false << false;
        QTest::newRow("host ignores ranges") << u"etag"_s << false << true << false;
    }

    void laterJobContinues()
    {
        QFETCH(QString, validators);
        QFETCH(bool, ranges);
        QFETCH(bool, kept);
        QFETCH(bool, continues);
        QVERIFY(m_emulator.configure({{u"content_validators"_s, validators}, {u"ranges"_s, ranges}}));
        const QByteArray content = pseudoRandom(1024 * 1024 + 5, 32);
        const QString sid = upload(content);
        QVERIFY(!sid.isEmpty());
        const QString folder =
            QDir(m_dir.path()).filePath(u"later-%1"_s.arg(QString::fromLatin1(QTest::currentDataTag())));
        QVERIFY(QDir().mkpath(folder));
        const QString target = QDir(folder).filePath(u"later.bin"_s);

        QVERIFY(cutNextContent(sid));
        auto first = download(&m_oneAttempt, sid, target, false);
        QVERIFY(run(first.get()));
        QCOMPARE(first->error().kind(), TwilioError::Kind::Network);
        QVERIFY(!QFileInfo::exists(target));
        const qint64 held = QFileInfo(PartialDownload::partialPathFor(target)).size();
        if (kept) {
            QCOMPARE(entries(folder),
                     (QStringList{u"later.bin.mediadesk-part"_s, u"later.bin.mediadesk-resume"_s}));
            QCOMPARE(held, CutAfter);
        } else {
            QCOMPARE(entries(folder), QStringList());
        }

        const qint64 before = contentBytesSent(sid);
        auto second = download(&m_client, sid, target, true);
        QVERIFY(run(second.get()));
        QVERIFY2(second->succeeded(), qPrintable(second->error().userMessage()));
        QCOMPARE(readAll(target), content);
        QCOMPARE(second->resumedFrom(), kept ? held : 0);
        QCOMPARE(contentBytesSent(sid) - before, continues ? content.size() - held : content.size());
        QCOMPARE(entries(folder), QStringList{u"later.bin"_s});
    }

    void partialThatCannotBeContinued_data()
    {
        QTest::addColumn<QString>("tamper");
        QTest::addColumn<bool>("whole");   // the second job fetches the whole media again
        QTest::addColumn<bool>("changed"); // the target holds the media's new bytes
        // If-Range names the old version: the host answers 200 with the new one.
        QTest::newRow("content changed") << u"change"_s << true << true;
        // Someone filled the part up to the full size: Range asks past the end, 416, start over.
        QTest::newRow("416") << u"pad"_s << true << false;
        QTest::newRow("part removed") << u"remove"_s << true << false;
        // Bytes appended by someone else go; the rest is fetched from where the record vouches.
        QTest::newRow("part grown") << u"grow"_s << false << false;
        // Shorter than the record says: nothing of it can be trusted.
        QTest::newRow("part cut") << u"shrink"_s << true << false;
        QTest::newRow("record of another media") << u"foreign"_s << true << false;
    }

    void partialThatCannotBeContinued()
    {
        QFETCH(QString, tamper);
        QFETCH(bool, whole);
        QFETCH(bool, changed);
        const QByteArray content = pseudoRandom(1024 * 1024 + 9, 33);
        const QString sid = upload(content);
        QVERIFY(!sid.isEmpty());
        const QString target = QDir(m_dir.path()).filePath(u"tampered-%1.bin"_s.arg(tamper));
        QVERIFY(cutNextContent(sid));
        auto first = download(&m_oneAttempt, sid, target, false);
        QVERIFY(run(first.get()));
        QVERIFY(!first->succeeded());
        const QString part = PartialDownload::partialPathFor(target);
        const QString record = PartialDownload::recordPathFor(target);
        const qint64 held = QFileInfo(part).size();
        QCOMPARE(held, CutAfter);

        QFile file(part);
        if (tamper == u"change"_s) {
            QVERIFY(m_emulator.addFault({{u"origin"_s, u"media"_s},
                                         {u"path_prefix"_s, QString(u"/"_s + sid)},
                                         {u"change_content"_s, true},
                                         {u"count"_s, 1}}));
        } else if (tamper == u"pad"_s) {
            QVERIFY(file.open(QIODevice::Append));
            file.write(content.mid(held));
            file.close();
            QJsonObject o = QJsonDocument::fromJson(readAll(record)).object();
            o.insert(u"bytes"_s, content.size());
            QFile r(record);
            QVERIFY(r.open(QIODevice::WriteOnly | QIODevice::Truncate));
            r.write(QJsonDocument(o).toJson());
        } else if (tamper == u"remove"_s) {
            QVERIFY(QFile::remove(part));
        } else if (tamper == u"grow"_s) {
            QVERIFY(file.open(QIODevice::Append));
            file.write(QByteArray(1000, 'x'));
        } else if (tamper == u"shrink"_s) {
            QVERIFY(file.resize(held / 2));
        } else if (tamper == u"foreign"_s) {
            QJsonObject o = QJsonDocument::fromJson(readAll(record)).object();
            o.insert(u"media_sid"_s, u"ME00000000000000000000000000000001"_s);
            QFile r(record);
            QVERIFY(r.open(QIODevice::WriteOnly | QIODevice::Truncate));
            r.write(QJsonDocument(o).toJson());
        }
        file.close();

        const qint64 before = contentBytesSent(sid);
        auto second = download(&m_client, sid, target, true);
        QVERIFY(run(second.get()));
        QVERIFY2(second->succeeded(), qPrintable(second->error().userMessage()));
        QByteArray expected = content;
        if (changed) {
            for (char &c : expected)
                c = char(c ^ 0x5a); // what the emulator's change_content makes of each byte
        }
        QCOMPARE(readAll(target), expected);
        QCOMPARE(contentBytesSent(sid) - before, whole ? content.size() : content.size() - held);
        QVERIFY(!QFileInfo::exists(part));
        QVERIFY(!QFileInfo::exists(record));
    }

    void cancelRemovesThePartialFile()
    {
        QVERIFY(m_emulator.configure({{u"throttle"_s, 512 * 1024}}));
        const QByteArray content = pseudoRandom(1024 * 1024, 34);
        const QString sid = upload(content);
        const QString folder = QDir(m_dir.path()).filePath(u"cancelled"_s);
        QVERIFY(QDir().mkpath(folder));
        auto job = download(&m_client, sid, folder, false);
        connect(job.get(), &Job::progress, job.get(), [&](qint64 done, qint64) {
            if (done > 100000)
                job->abort();
        });
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().kind(), TwilioError::Kind::Cancelled);
        QCOMPARE(entries(folder), QStringList());
    }

    void suspendedOrDestroyedJobKeepsItsBytes_data()
    {
        QTest::addColumn<bool>("destroy"); // the window closed (or crashed) mid-download
        QTest::newRow("suspended") << false;
        QTest::newRow("destroyed while running") << true;
    }

    void suspendedOrDestroyedJobKeepsItsBytes()
    {
        QFETCH(bool, destroy);
        QVERIFY(m_emulator.configure({{u"throttle"_s, 512 * 1024}}));
        const QByteArray content = pseudoRandom(1024 * 1024 + 1, 35);
        const QString sid = upload(content);
        const QString target = QDir(m_dir.path()).filePath(u"kept-%1.bin"_s.arg(destroy));
        auto job = download(&m_client, sid, target, false);
        QSignalSpy finished(job.get(), &Job::finished);
        bool stopped = false;
        connect(job.get(), &Job::progress, job.get(), [&](qint64 done, qint64) {
            if (done > 200000 && !stopped) {
                stopped = true;
                if (!destroy)
                    job->suspend();
            }
        });
        job->start();
        QTRY_VERIFY_WITH_TIMEOUT(stopped, 20000);
        if (destroy) {
            job.reset();
        } else {
            QCOMPARE(finished.count(), 1);
            QCOMPARE(job->error().kind(), TwilioError::Kind::Cancelled);
        }
        const qint64 kept = QFileInfo(PartialDownload::partialPathFor(target)).size();
        QVERIFY2(kept > 200000, qPrintable(QString::number(kept)));
        QVERIFY(!QFileInfo::exists(target));

        QVERIFY(m_emulator.configure({{u"throttle"_s, 0}}));
        const qint64 before = settledBytesSent(sid);
        auto resumed = download(&m_client, sid, target, true);
        QVERIFY(run(resumed.get()));
        QVERIFY2(resumed->succeeded(), qPrintable(resumed->error().userMessage()));
        QCOMPARE(resumed->resumedFrom(), kept);
        QCOMPARE(readAll(target), content);
        QCOMPARE(contentBytesSent(sid) - before, content.size() - kept);
    }

    void secondDownloadToTheSameTargetIsRefused()
    {
        // The same media asked for twice (or two media of one name): one partial file each is
        // impossible, so the second waits its turn rather than writing into the first one's.
        QVERIFY(m_emulator.configure({{u"throttle"_s, 512 * 1024}}));
        const QByteArray content = pseudoRandom(1024 * 1024 + 13, 36);
        const QString sid = upload(content);
        const QString target = QDir(m_dir.path()).filePath(u"twice.bin"_s);
        auto first = download(&m_client, sid, target, false);
        QSignalSpy firstDone(first.get(), &Job::finished);
        first->start();
        QTRY_VERIFY_WITH_TIMEOUT(first->bytesWritten() > 0, 10000);
        auto second = download(&m_client, sid, target, true);
        QVERIFY(run(second.get()));
        QCOMPARE(second->error().kind(), TwilioError::Kind::File);
        QVERIFY2(second->error().userMessage().contains(u"Another download"_s),
                 qPrintable(second->error().userMessage()));
        QVERIFY(m_emulator.configure({{u"throttle"_s, 0}}));
        QVERIFY(firstDone.wait(30000));
        QVERIFY2(first->succeeded(), qPrintable(first->error().userMessage()));
        QCOMPARE(readAll(target), content);
        QVERIFY(!QFileInfo::exists(PartialDownload::partialPathFor(target)));
    }

    void specialFilesInTheWayAreRefused_data()
    {
        QTest::addColumn<bool>("atRecord"); // else at the partial file
        QTest::newRow("a link as the resume note") << true;
        QTest::newRow("a link as the partial file") << false;
    }

    void specialFilesInTheWayAreRefused()
    {
        // A link planted in a shared folder must not have MediaDesk write through it.
        QFETCH(bool, atRecord);
        const QString sid = upload(pseudoRandom(64 * 1024, 37));
        const QString target = QDir(m_dir.path()).filePath(u"planted-%1.bin"_s.arg(atRecord));
        const QString victim = QDir(m_dir.path()).filePath(u"victim-%1.txt"_s.arg(atRecord));
        QFile v(victim);
        QVERIFY(v.open(QIODevice::WriteOnly));
        v.write("precious");
        v.close();
        const QString planted =
            atRecord ? PartialDownload::recordPathFor(target) : PartialDownload::partialPathFor(target);
        QVERIFY(QFile::link(victim, planted));
        auto job = download(&m_client, sid, target, true);
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().kind(), TwilioError::Kind::File);
        QVERIFY2(job->error().userMessage().contains(u"in the way"_s),
                 qPrintable(job->error().userMessage()));
        QCOMPARE(readAll(victim), QByteArray("precious"));
        QVERIFY(QFileInfo(planted).isSymLink());
        QVERIFY(!QFileInfo::exists(target));
    }

    void cleanupTestCase() { m_emulator.stop(); }
};

QTEST_GUILESS_MAIN(TestDownloadResume)
#include "tst_downloadresume.moc"
