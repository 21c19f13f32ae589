// Downloads and temporary links against the emulator: identical bytes, names from metadata,
// refreshed links, /Content redirects without credentials, and never a final name for a download
// that did not finish (tst_downloadresume covers what a partial file is then good for).
#include "emulatorclient.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "net/mcs.h"
#include "transfer/downloadjob.h"
#include "transfer/uploadjob.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

namespace {} // namespace

class TestDownloadJob : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    ApiClient m_client;
    QTemporaryDir m_dir;
    QString m_service;
    QString m_sid;        // an uploaded 2 MiB file named "テスト データ.bin"
    QByteArray m_content; //

    static bool run(Job *job, int timeoutMs = 30000)
    {
        QSignalSpy finished(job, &Job::finished);
        job->start();
        return job->isFinished() || finished.wait(timeoutMs);
    }

    QString freshFolder()
    {
        const QString path = m_dir.filePath(QStringLiteral("out-%1").arg(++m_folders));
        QDir().mkpath(path);
        return path;
    }
    int m_folders = 0;

    std::unique_ptr<DownloadJob> download(const QString &destination,
                                          ConflictPolicy onConflict = ConflictPolicy::Fail, QString sid = {})
    {
        DownloadRequest request;
        request.serviceSid = m_service;
        request.mediaSid = sid.isEmpty() ? m_sid : sid;
        request.destination = destination;
        request.onConflict = onConflict;
        return std::make_unique<DownloadJob>(&m_client, request);
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_service = EmulatorProcess::serviceSids().value(0);
        connectToEmulator(m_client, m_emulator);

        m_content = pseudoRandom(2 * 1024 * 1024 + 3, 99);
        const QString source = m_dir.filePath(QStringLiteral("テスト データ.bin"));
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(m_content);
        f.close();
        UploadRequest request;
        request.serviceSid = m_service;
        request.filePath = source;
        UploadJob upload(&m_client, request);
        QVERIFY(run(&upload));
        QVERIFY2(upload.succeeded(), qPrintable(upload.error().userMessage()));
        m_sid = upload.media().sid;
    }

    void init()
    {
        QVERIFY(m_emulator.clearFaults());
        QVERIFY(m_emulator.configure(
            {{QStringLiteral("ttl"), 300}, {QStringLiteral("content_mode"), QStringLiteral("302")}}));
    }

    void downloadsIntoFolderUnderMetadataName()
    {
        const QString folder = freshFolder();
        auto job = download(folder);
        QSignalSpy progress(job.get(), &Job::progress);
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(job->path(), QDir(folder).filePath(QStringLiteral("テスト データ.bin")));
        QCOMPARE(fileSha256Hex(job->path()), sha256Hex(m_content));
        QCOMPARE(job->bytesWritten(), m_content.size());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(1).toLongLong(), m_content.size());
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden).size(), 1); // no temp file left
    }

    void downloadsToAnExplicitPath()
    {
        const QString target = QDir(freshFolder()).filePath(QStringLiteral("chosen.dat"));
        auto job = download(target);
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(job->path(), target);
        QCOMPARE(fileSha256Hex(target), sha256Hex(m_content));
    }

    void existingFileIsNotOverwritten()
    {
        const QString target = QDir(freshFolder()).filePath(QStringLiteral("keep.txt"));
        QFile f(target);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("precious");
        f.close();
        auto job = download(target);
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().kind(), TwilioError::Kind::File);
        QVERIFY(job->error().userMessage().contains(QLatin1String("already exists")));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QCOMPARE(f.readAll(), QByteArray("precious"));
        f.close();

        auto forced = download(target, ConflictPolicy::Overwrite);
        QVERIFY(run(forced.get()));
        QVERIFY2(forced->succeeded(), qPrintable(forced->error().userMessage()));
        QCOMPARE(fileSha256Hex(target), sha256Hex(m_content));
    }

    void symbolicLinksAreNeverWrittenThrough_data()
    {
        QTest::addColumn<bool>("targetExists");
        QTest::addColumn<bool>("overwrite");
        QTest::newRow("dangling") << false << false;
        QTest::newRow("dangling, overwrite") << false << true;
        QTest::newRow("to a file") << true << false;
        QTest::newRow("to a file, overwrite") << true << true;
    }

    void symbolicLinksAreNeverWrittenThrough()
    {
        // A link under the media's own name in the chosen folder would carry the download out of
        // it, wherever the link points: refused, and neither the link nor its target is touched.
        QFETCH(bool, targetExists);
        QFETCH(bool, overwrite);
        const QString folder = freshFolder();
        const QString outside = m_dir.filePath(QStringLiteral("outside-%1").arg(m_folders));
        if (targetExists) {
            QFile f(outside);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("precious");
        }
        const QString link = QDir(folder).filePath(QStringLiteral("テスト データ.bin"));
        QVERIFY(QFile::link(outside, link));
        auto job = download(folder, overwrite ? ConflictPolicy::Overwrite : ConflictPolicy::Fail);
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().kind(), TwilioError::Kind::File);
        QVERIFY2(job->error().userMessage().contains(QLatin1String("symbolic link")),
                 qPrintable(job->error().userMessage()));
        QVERIFY(QFileInfo(link).isSymLink());
        if (targetExists) {
            QFile f(outside);
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(f.readAll(), QByteArray("precious"));
        } else {
            QVERIFY(!QFileInfo::exists(outside));
        }
    }

    void missingFolderIsReported()
    {
        auto job = download(m_dir.filePath(QStringLiteral("no/such/folder/file.bin")));
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().kind(), TwilioError::Kind::File);
        QVERIFY(job->error().userMessage().contains(QLatin1String("does not exist")));
    }

    void refusedLinkIsRefreshedOnce()
    {
        // The first temporary link is refused (as an expired CloudFront link is); a fresh one works.
        QVERIFY(m_emulator.addFault({{QStringLiteral("origin"), QStringLiteral("media")},
                                     {QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/ME")},
                                     {QStringLiteral("status"), 403},
                                     {QStringLiteral("count"), 1}}));
        const QString folder = freshFolder();
        auto job = download(folder);
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(job->linkRefreshes(), 1);
        QCOMPARE(fileSha256Hex(job->path()), sha256Hex(m_content));
    }

    void expiredLinkIsRefreshedAfterRealExpiry()
    {
        // Links that live 6 s; the media host answers the first request 7 s late, when the link
        // has really expired there. The job mints a fresh link and succeeds.
        QVERIFY(m_emulator.configure({{QStringLiteral("ttl"), 6}}));
        QVERIFY(m_emulator.addFault({{QStringLiteral("origin"), QStringLiteral("media")},
                                     {QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/ME")},
                                     {QStringLiteral("delay_ms"), 7000},
                                     {QStringLiteral("count"), 1}}));
        auto job = download(freshFolder());
        QVERIFY(run(job.get(), 60000));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(job->linkRefreshes(), 1);
        QCOMPARE(fileSha256Hex(job->path()), sha256Hex(m_content));
    }

    void refusedTwiceFailsAndLeavesNothing()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("origin"), QStringLiteral("media")},
                                     {QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/ME")},
                                     {QStringLiteral("status"), 403},
                                     {QStringLiteral("count"), 5}}));
        const QString folder = freshFolder();
        auto job = download(folder);
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().httpStatus(), 403);
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
    }

    void droppedDownloadContinuesWhereItStopped()
    {
        // A media of its own, counted on its own: a request an earlier case gave up on may still
        // be streaming the shared one.
        const QString source = writeTestFile(m_dir.path(), QStringLiteral("dropped.bin"), m_content);
        UploadRequest upload;
        upload.serviceSid = m_service;
        upload.filePath = source;
        UploadJob uploading(&m_client, upload);
        QVERIFY(run(&uploading));
        QVERIFY2(uploading.succeeded(), qPrintable(uploading.error().userMessage()));
        const QString sid = uploading.media().sid;
        const auto sentOf = [&] {
            return m_emulator.stats()
                .value(QStringLiteral("content_bytes_by_media"))
                .toObject()
                .value(sid)
                .toInteger();
        };
        QVERIFY(m_emulator.addFault({{QStringLiteral("origin"), QStringLiteral("media")},
                                     {QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QString(QStringLiteral("/") + sid)},
                                     {QStringLiteral("cut_after_bytes"), 300000},
                                     {QStringLiteral("count"), 1}}));
        const QString folder = freshFolder();
        auto job = download(folder, ConflictPolicy::Fail, sid);
        QSignalSpy retrying(job.get(), &Job::retrying);
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QVERIFY(!retrying.isEmpty());
        QCOMPARE(fileSha256Hex(job->path()), sha256Hex(m_content));
        QCOMPARE(QDir(folder).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QFileInfo(job->path()).fileName()});
        // The retry asked only for what had not arrived: the host sent each byte once.
        QCOMPARE(sentOf(), m_content.size());
    }

    void abortUnthrottledLeavesNothing()
    {
        // Cancel from a progress slot while data is arriving at full speed.
        const QString folder = freshFolder();
        auto job = download(folder);
        QSignalSpy finished(job.get(), &Job::finished);
        connect(job.get(), &Job::progress, job.get(), [&](qint64 done, qint64) {
            if (done > 0)
                job->abort();
        });
        job->start();
        QVERIFY(job->isFinished() || finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind(), TwilioError::Kind::Cancelled);
        QTRY_VERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
    }

    void abortLeavesNothing()
    {
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 256 * 1024}}));
        const QString folder = freshFolder();
        auto job = download(folder);
        QSignalSpy finished(job.get(), &Job::finished);
        connect(job.get(), &Job::progress, job.get(), [&](qint64 done, qint64) {
            if (done > 100000)
                job->abort();
        });
        job->start();
        QVERIFY(job->isFinished() || finished.wait(30000));
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        QCOMPARE(job->error().kind(), TwilioError::Kind::Cancelled);
        QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
    }

    void dripFedDownloadTimesOut()
    {
        // 300 bytes a second keeps the connection busy enough for the inactivity timeout, but is
        // far below the minimum progress; the download stops and nothing is left behind.
        ApiClient client;
        client.setEndpoints(m_client.endpoints());
        client.setCredentials(m_client.credentials());
        client.setMinimumProgress({4096, 1000});
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 300}}));
        const QString folder = freshFolder();
        DownloadRequest request;
        request.serviceSid = m_service;
        request.mediaSid = m_sid;
        request.destination = folder;
        DownloadJob job(&client, request);
        QVERIFY(run(&job));
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        QCOMPARE(job.error().kind(), TwilioError::Kind::Timeout);
        QVERIFY2(
            job.error().userMessage().contains(QLatin1String("fewer than 4096 bytes moved in 1 seconds")),
            qPrintable(job.error().userMessage()));
        // What trickled in waits for a retry, under its partial name only; the final name never appears.
        QVERIFY(job.bytesWritten() > 0);
        const QString name = QFileInfo(job.path()).fileName();
        QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden, QDir::Name),
                 (QStringList{name + QStringLiteral(".mediadesk-part"),
                              name + QStringLiteral(".mediadesk-resume")}));
        QCOMPARE(QFileInfo(job.partialPath()).size(), job.bytesWritten());
    }

    void unknownMediaSays404()
    {
        auto job = download(freshFolder(), ConflictPolicy::Fail,
                            QStringLiteral("ME00000000000000000000000000000000"));
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().code(), 20404);
        QVERIFY(job->error().userMessage().contains(QLatin1String("ME00000000000000000000000000000000")));
    }

    void temporaryLinkIsFreshAndAnonymous()
    {
        TemporaryUrlJob first(&m_client, m_service, m_sid);
        TemporaryUrlJob second(&m_client, m_service, m_sid);
        QVERIFY(run(&first));
        QVERIFY(run(&second));
        QVERIFY(first.succeeded() && second.succeeded());
        QVERIFY(first.url() != second.url()); // minted anew on every fetch
        QCOMPARE(first.url().port(), m_emulator.mediaUrl().port());
        const qint64 ttl = QDateTime::currentDateTimeUtc().secsTo(first.expiresAt());
        QVERIFY2(ttl > 290 && ttl <= 300, qPrintable(QString::number(ttl)));
    }

    void contentEndpointRedirectsWithoutCredentials_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("302") << "302";
        QTest::newRow("307") << "307";
        QTest::newRow("200 direct") << "200";
    }

    void contentEndpointRedirectsWithoutCredentials()
    {
        QFETCH(QString, mode);
        QVERIFY(m_emulator.configure({{QStringLiteral("content_mode"), mode}}));
        FetchMediaJob fetch(&m_client, m_service, m_sid);
        QVERIFY(run(&fetch));
        ApiRequest request;
        request.url = fetch.media().contentUrl; // relative in the JSON, resolved by Media
        QCOMPARE(request.url.port(), m_emulator.baseUrl().port());
        std::unique_ptr<ApiReply> reply(m_client.sendNow(request));
        QSignalSpy done(reply.get(), &ApiReply::finished);
        QVERIFY(done.wait(20000));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
        QCOMPARE(sha256Hex(reply->body()), sha256Hex(m_content));
        QCOMPARE(m_emulator.stats().value(QLatin1String("credential_leaks")).toInt(), 0);
    }

    void downloadWithoutUsableLinkUsesContent_data()
    {
        QTest::addColumn<QString>("mode");
        QTest::newRow("302 to the media host") << "302";
        QTest::newRow("307 to the media host") << "307";
        QTest::newRow("200 direct") << "200";
    }

    void downloadWithoutUsableLinkUsesContent()
    {
        // Links that live 3 s are too close to expiry to hand out, so the job asks /Content, which
        // (in the redirect modes) sends it to a fresh link on the media host, without credentials.
        QFETCH(QString, mode);
        QVERIFY(m_emulator.configure({{QStringLiteral("ttl"), 3}, {QStringLiteral("content_mode"), mode}}));
        auto job = download(freshFolder());
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(fileSha256Hex(job->path()), sha256Hex(m_content));
        QCOMPARE(m_emulator.stats().value(QLatin1String("credential_leaks")).toInt(), 0);
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_emulator.stats().value(QLatin1String("credential_leaks")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestDownloadJob)
#include "tst_downloadjob.moc"
