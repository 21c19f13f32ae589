// UploadJob against the emulator: what arrives is exactly the file, with the right name and type;
// refused files never reach the network; failures are reported and retried as they should be.
#include "emulatorclient.h"
#include "net/apiclient.h"
#include "net/mcs.h"
#include "transfer/uploadjob.h"

#include <QCryptographicHash>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThreadPool>
#include <sys/stat.h>

using namespace mediadesk;

namespace {
const QByteArray Png = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==");

} // namespace

class TestUploadJob : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    ApiClient m_client;
    QTemporaryDir m_dir;
    QString m_service;

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(m_dir.path(), name, content);
    }

    std::unique_ptr<UploadJob> upload(const QString &path, const QString &contentType = {})
    {
        UploadRequest request;
        request.serviceSid = m_service;
        request.filePath = path;
        request.contentType = contentType;
        return std::make_unique<UploadJob>(&m_client, request);
    }

    static bool run(Job *job, int timeoutMs = 30000)
    {
        QSignalSpy finished(job, &Job::finished);
        job->start();
        return job->isFinished() || finished.wait(timeoutMs);
    }

    int mediaCount() { return m_emulator.stats().value(QLatin1String("media_count")).toInt(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_service = EmulatorProcess::serviceSids().value(0);
        connectToEmulator(m_client, m_emulator);
    }

    void init()
    {
        QVERIFY(m_emulator.clearFaults());
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0},
                                      {QStringLiteral("html_413"), false},
                                      {QStringLiteral("max_size"), 157286400}}));
    }

    void uploadsExactBytesNameAndType_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("override");
        QTest::addColumn<QString>("expectedType");
        QTest::newRow("png without extension") << "pixel" << Png << ""
                                               << "image/png";
        QTest::newRow("pdf") << "report.pdf" << QByteArray("%PDF-1.4\n%%EOF\n") << ""
                             << "application/pdf";
        QTest::newRow("json") << "data.json" << QByteArray("{\"a\": 1}") << ""
                              << "application/json";
        QTest::newRow("japanese name, spaces and plus")
            << QStringLiteral("写真 a+b.txt") << QStringLiteral("こんにちは\n").toUtf8() << ""
            << "text/plain";
        QTest::newRow("unknown binary") << "blob" << pseudoRandom(4096, 7).prepend('\0') << ""
                                        << "application/octet-stream";
        QTest::newRow("override") << "notes.txt" << QByteArray("plain") << "text/markdown"
                                  << "text/markdown";
        QTest::newRow("3 MiB (QNAM)") << "big.bin" << pseudoRandom(3 * 1024 * 1024 + 17, 3) << ""
                                      << "application/octet-stream";
        QTest::newRow("9 MiB (streamed from disk)")
            << "bigger.bin" << pseudoRandom(9 * 1024 * 1024 + 5, 4) << ""
            << "application/octet-stream";
    }

    void uploadsExactBytesNameAndType()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, override);
        QFETCH(QString, expectedType);
        const QString path = writeFile(name, content);
        auto job = upload(path, override);
        job->setComputeSha256(true);
        QSignalSpy progress(job.get(), &Job::progress);
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(job->contentType(), expectedType);

        const Media &m = job->media();
        QCOMPARE(m.serviceSid, m_service);
        QCOMPARE(m.size, content.size());
        QCOMPARE(m.filename.value_or(QString()), name);
        QCOMPARE(m.contentType, expectedType);
        QVERIFY(!m.messageSid);
        QVERIFY(m.dateCreated.isValid());
        QVERIFY(!progress.isEmpty());
        QCOMPARE(progress.last().at(0).toLongLong(), content.size());

        const QJsonObject stored = m_emulator.media(m.sid);
        QCOMPARE(stored.value(QLatin1String("sha256")).toString(),
                 QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()));
        QCOMPARE(job->sha256(), stored.value(QLatin1String("sha256")).toString()); // what we say we sent
        QCOMPARE(stored.value(QLatin1String("content_type")).toString(), expectedType);
        QCOMPARE(stored.value(QLatin1String("filename")).toString(), name);
        QCOMPARE(stored.value(QLatin1String("content_size_header")).toString(),
                 QString::number(content.size()));
    }

    void refusedBeforeSending_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("missing") << "missing"
                                 << "does not exist";
        QTest::newRow("folder") << "folder"
                                << "is a folder";
        QTest::newRow("empty") << "empty"
                               << "is empty";
        QTest::newRow("over the limit") << "huge"
                                        << "more than the 150 MiB";
        QTest::newRow("fifo") << "fifo"
                              << "not a regular file";
    }

    void refusedBeforeSending()
    {
        QFETCH(QString, kind);
        QFETCH(QString, messageContains);
        QString path = m_dir.filePath(QStringLiteral("refused-") + kind);
        if (kind == QLatin1String("folder")) {
            QVERIFY(QDir().mkpath(path));
        } else if (kind == QLatin1String("empty")) {
            writeFile(QStringLiteral("refused-empty"), QByteArray());
        } else if (kind == QLatin1String("huge")) {
            QFile f(path);
            QVERIFY(f.open(QIODevice::WriteOnly));
            QVERIFY(f.resize(UploadJob::MaxUploadBytes + 1)); // sparse: no disk used
        } else if (kind == QLatin1String("fifo")) {
            QCOMPARE(mkfifo(QFile::encodeName(path).constData(), 0600), 0);
        }
        const int requestsBefore = m_emulator.stats().value(QLatin1String("requests")).toInt();
        auto job = upload(path);
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().kind(), TwilioError::Kind::File);
        QVERIFY2(job->error().userMessage().contains(messageContains),
                 qPrintable(job->error().userMessage()));
        QCOMPARE(m_emulator.stats().value(QLatin1String("requests")).toInt(), requestsBefore);
    }

    void injectedContentTypeIsRefusedBeforeSending_data()
    {
        QTest::addColumn<QString>("contentType");
        QTest::newRow("CR LF and a header") << QStringLiteral("text/plain; a=b\r\nX-Injected: yes");
        QTest::newRow("bare LF") << QStringLiteral("text/plain\nX-Injected: yes");
        QTest::newRow("NUL") << QStringLiteral("text/plain") + QChar(0);
    }

    void injectedContentTypeIsRefusedBeforeSending()
    {
        QFETCH(QString, contentType);
        const QString path = writeFile(QStringLiteral("injected.txt"), "hello");
        const int requestsBefore = m_emulator.stats().value(QLatin1String("requests")).toInt();
        auto job = upload(path, contentType);
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().kind(), TwilioError::Kind::InvalidRequest);
        QVERIFY2(job->error().userMessage().contains(QLatin1String("is not a content type")),
                 qPrintable(job->error().userMessage()));
        QCOMPARE(m_emulator.stats().value(QLatin1String("requests")).toInt(), requestsBefore);
    }

    void exactlyTheLimitIsAccepted()
    {
        const QString path = m_dir.filePath(QStringLiteral("limit.bin"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        QVERIFY(f.resize(UploadJob::MaxUploadBytes));
        f.close();
        const Result<FileSnapshot> file = UploadJob::checkFile(path);
        QVERIFY2(file, qPrintable(file.problem()));
        QCOMPARE(file->size, UploadJob::MaxUploadBytes);
        QVERIFY(f.remove());
    }

    void fileChangedWhileSending_data()
    {
        QTest::addColumn<bool>("remove");
        QTest::newRow("appended to") << false;
        QTest::newRow("deleted") << true;
    }

    void fileChangedWhileSending()
    {
        QFETCH(bool, remove);
        // Streamed from disk (over SmallBodyBytes) and sent slowly enough that the change lands
        // while the file is still being read: far larger than what loopback buffers can take ahead
        // of the server (its receive buffer may grow to 32 MiB here), or the file could be read
        // whole before the change (it was once, in a repeated run under load).
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 4 * 1024 * 1024}}));
        const QString path = writeFile(QStringLiteral("changing.bin"), pseudoRandom(64 * 1024 * 1024, 11));
        const int before = mediaCount();
        auto job = upload(path);
        QSignalSpy finished(job.get(), &Job::finished);
        bool touched = false;
        connect(job.get(), &Job::progress, this, [&](qint64 done, qint64) {
            if (touched || done < 256 * 1024)
                return;
            touched = true;
            if (remove) {
                QFile::remove(path);
            } else {
                QFile f(path);
                if (f.open(QIODevice::Append))
                    f.write("more");
            }
        });
        job->start();
        QVERIFY(finished.wait(30000));
        QVERIFY(touched);
        QCOMPARE(job->error().kind(), TwilioError::Kind::File);
        QVERIFY2(job->error().userMessage().contains(remove ? QLatin1String("moved or deleted")
                                                            : QLatin1String("changed while")),
                 qPrintable(job->error().userMessage()));
        QVERIFY(m_emulator.waitUntilQuiet()); // the emulator has ended the cut-off upload
        QCOMPARE(mediaCount(), before);       // and stored nothing half-sent
    }

    void preparedAheadSendsTheSnapshotItRead()
    {
        // The CLI prepares the next upload while the network is busy: a small file is read
        // whole then, checked unchanged across the read, and that snapshot is what is stored,
        // even if the file is rewritten before its turn.
        const QByteArray first = pseudoRandom(40 * 1000, 21);
        const QString path = writeFile(QStringLiteral("prepared.bin"), first);
        auto job = upload(path);
        job->setComputeSha256(true);
        job->prepare();
        QTRY_VERIFY_WITH_TIMEOUT(job->isPrepared(), 10000);
        writeFile(QStringLiteral("prepared.bin"), pseudoRandom(50 * 1000, 22));
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        const QString firstHash =
            QString::fromLatin1(QCryptographicHash::hash(first, QCryptographicHash::Sha256).toHex());
        QCOMPARE(m_emulator.media(job->media().sid).value(QLatin1String("sha256")).toString(), firstHash);
        QCOMPARE(job->sha256(), firstHash);
        QCOMPARE(job->media().size, first.size());
    }

    void vanishedBeforePreparingFailsWithoutSending()
    {
        const QString path = writeFile(QStringLiteral("vanishing.bin"), pseudoRandom(1000, 23));
        auto job = upload(path);
        QVERIFY(QFile::remove(path));
        const int before = mediaCount();
        QVERIFY(run(job.get()));
        QCOMPARE(job->error().kind(), TwilioError::Kind::File);
        QVERIFY2(job->error().userMessage().contains(QLatin1String("does not exist")),
                 qPrintable(job->error().userMessage()));
        QCOMPARE(mediaCount(), before);
    }

    void abortedWhilePreparingSendsNothing()
    {
        const QString path = writeFile(QStringLiteral("aborted.bin"), pseudoRandom(200 * 1000, 24));
        // A canary rather than a request count, on a service no other case uploads to: an upload an
        // earlier case cut off may still wait in the socket for a busy server to read it (it is
        // not "in progress" yet), and would take a canary on the shared one.
        const QString service = EmulatorProcess::serviceSids().value(1);
        QVERIFY(m_emulator.waitUntilQuiet());
        QVERIFY(m_emulator.addFault(
            {{QStringLiteral("method"), QStringLiteral("POST")},
             {QStringLiteral("path_prefix"), QString(QStringLiteral("/v1/Services/") + service)},
             {QStringLiteral("status"), 503},
             {QStringLiteral("count"), 1}}));
        UploadRequest request;
        request.serviceSid = service;
        request.filePath = path;
        auto job = std::make_unique<UploadJob>(&m_client, request);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start(); // preparation runs on a pool thread; the abort lands before it is back
        job->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().kind(), TwilioError::Kind::Cancelled);
        // The preparation ends on its pool thread, its result is delivered here, and nothing is sent.
        QThreadPool::globalInstance()->waitForDone();
        QCoreApplication::processEvents();
        QTest::qWait(300); // (absence has no event to wait for: the time a wrong request would take to land)
        QCOMPARE(finished.size(), 1);
        QCOMPARE(m_emulator.stats().value(QLatin1String("faults_pending")).toInt(), 1);
    }

    void cancelMidUpload()
    {
        // Bytes handed to the kernel before the abort still reach the server (a close sends what is
        // queued), and loopback buffers can hold tens of MiB; the body is larger than they can, so the
        // server sees it end early however late the abort is handled (ASan).
        constexpr qint64 bodyBytes = 64 * 1024 * 1024;
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 2 * 1024 * 1024}}));
        const QString path = writeFile(QStringLiteral("cancel.bin"), pseudoRandom(bodyBytes, 5));
        QVERIFY(m_emulator.waitUntilQuiet()); // what an earlier case sent is stored (or not) by now
        const int before = mediaCount();
        auto job = upload(path);
        QSignalSpy finished(job.get(), &Job::finished);
        qint64 doneAtAbort = -1;
        connect(job.get(), &Job::progress, job.get(), [&](qint64 done, qint64) {
            if (done > 128 * 1024 && doneAtAbort < 0) {
                doneAtAbort = done;
                job->abort();
            }
        });
        job->start();
        QVERIFY(job->isFinished() || finished.wait(30000));
        QCOMPARE(finished.count(), 1);
        QCOMPARE(job->error().kind(), TwilioError::Kind::Cancelled);
        QVERIFY2(doneAtAbort > 0 && doneAtAbort < bodyBytes / 2, qPrintable(QString::number(doneAtAbort)));
        QVERIFY(m_emulator.waitUntilQuiet(30000));
        QCOMPARE(mediaCount(), before);
    }

    void retriedAfterTransientFailures_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::addColumn<bool>("streamed");
        const QJsonObject twice503{{QStringLiteral("status"), 503}, {QStringLiteral("count"), 2}};
        const QJsonObject retryAfter{{QStringLiteral("status"), 429},
                                     {QStringLiteral("retry_after"), QStringLiteral("1")},
                                     {QStringLiteral("count"), 1}};
        // QNAM silently resends a request whose connection died before any answer, so a single
        // drop may never reach our own retry; several make sure it does.
        const QJsonObject dropped{{QStringLiteral("drop"), true},
                                  {QStringLiteral("drop_after_bytes"), 65536},
                                  {QStringLiteral("count"), 4}};
        for (bool streamed : {false, true}) {
            const char *body = streamed ? " (streamed from disk)" : " (from memory)";
            QTest::newRow(QByteArray("503 twice").append(body).constData()) << twice503 << streamed;
            QTest::newRow(QByteArray("429 with Retry-After").append(body).constData())
                << retryAfter << streamed;
            QTest::newRow(QByteArray("dropped mid-body").append(body).constData()) << dropped << streamed;
        }
    }

    void retriedAfterTransientFailures()
    {
        QFETCH(QJsonObject, fault);
        QFETCH(bool, streamed);
        fault.insert(QStringLiteral("method"), QStringLiteral("POST"));
        fault.insert(QStringLiteral("path_prefix"), QStringLiteral("/v1/Services/"));
        QVERIFY(m_emulator.addFault(fault));
        const QByteArray content =
            pseudoRandom(streamed ? UploadJob::SmallBodyBytes + 512 * 1024 : 512 * 1024, 21);
        const QString path = writeFile(QStringLiteral("retry.bin"), content);
        const int before = mediaCount();
        auto job = upload(path);
        job->setComputeSha256(true);
        QSignalSpy retrying(job.get(), &Job::retrying);
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QVERIFY(!retrying.isEmpty() || !fault.value(QLatin1String("drop")).toBool());
        QCOMPARE(mediaCount(), before + 1); // exactly one media, not one per attempt
        const QString sent =
            QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex());
        QCOMPARE(m_emulator.media(job->media().sid).value(QLatin1String("sha256")).toString(), sent);
        QCOMPARE(job->sha256(), sent); // the hash of the attempt that was stored, not of all of them
    }

    void acceptedButCutOffIsNotSentTwice_data()
    {
        QTest::addColumn<bool>("streamed");
        QTest::newRow("from memory") << false;
        QTest::newRow("streamed from disk") << true;
    }

    void acceptedButCutOffIsNotSentTwice()
    {
        // 201 arrives, then the connection dies mid-reply: the media exists, so a retry would
        // create a second one. The job stops and says so.
        QFETCH(bool, streamed);
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services/")},
                                     {QStringLiteral("cut_reply"), true},
                                     {QStringLiteral("count"), 5}}));
        const int before = mediaCount();
        auto job = upload(writeFile(QStringLiteral("cut.bin"),
                                    pseudoRandom(streamed ? UploadJob::SmallBodyBytes + 200000 : 200000, 8)));
        QSignalSpy retrying(job.get(), &Job::retrying);
        QVERIFY(run(job.get()));
        QVERIFY(!job->succeeded());
        QVERIFY(retrying.isEmpty());
        QCOMPARE(mediaCount(), before + 1);
        QVERIFY2(job->error().userMessage().contains(QLatin1String("HTTP 201")),
                 qPrintable(job->error().userMessage()));
    }

    void permanentFailuresStop_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messageContains");
        QTest::addColumn<bool>("streamed");
        for (bool streamed : {false, true}) {
            const char *body = streamed ? " (streamed from disk)" : " (from memory)";
            QTest::newRow(QByteArray("413 json").append(body).constData())
                << "413" << 413 << "150 MB" << streamed;
            QTest::newRow(QByteArray("413 html").append(body).constData())
                << "413html" << 413 << "150 MB" << streamed;
            QTest::newRow(QByteArray("unknown service 404").append(body).constData())
                << "404" << 404 << "20404" << streamed;
            QTest::newRow(QByteArray("bad credentials 401").append(body).constData())
                << "401" << 401 << "20003" << streamed;
        }
    }

    void permanentFailuresStop()
    {
        QFETCH(QString, kind);
        QFETCH(int, status);
        QFETCH(QString, messageContains);
        QFETCH(bool, streamed);
        ApiClient client;
        client.setEndpoints(m_client.endpoints());
        client.setCredentials(Credentials::authToken(
            EmulatorProcess::accountSid(),
            kind == QLatin1String("401") ? QStringLiteral("not-the-token") : EmulatorProcess::authToken()));
        if (kind.startsWith(QLatin1String("413"))) {
            QVERIFY(m_emulator.configure({{QStringLiteral("max_size"), 1000},
                                          {QStringLiteral("html_413"), kind == QLatin1String("413html")}}));
        }
        UploadRequest request;
        request.serviceSid =
            kind == QLatin1String("404") ? QStringLiteral("IS00000000000000000000000000000000") : m_service;
        request.filePath = writeFile(QStringLiteral("permanent.bin"),
                                     pseudoRandom(streamed ? UploadJob::SmallBodyBytes + 4000 : 4000, 1));
        UploadJob job(&client, request);
        QSignalSpy retrying(&job, &Job::retrying);
        QVERIFY(run(&job));
        QCOMPARE(job.error().httpStatus(), status);
        QVERIFY(retrying.isEmpty());
        QVERIFY2(job.error().userMessage().contains(messageContains), qPrintable(job.error().userMessage()));
        QVERIFY(!job.error().userMessage().contains(QLatin1String("<html")));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_emulator.stats().value(QLatin1String("credential_leaks")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestUploadJob)
#include "tst_uploadjob.moc"
