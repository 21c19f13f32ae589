// Replies no honest server sends, from a hand-scripted server standing in for the media host
// (the emulator answers the metadata, its temporary links point at the script): a download is
// saved only when every byte arrived as promised, and a reply that never ends costs bounded
// memory and time.
#include "emulatorclient.h"
#include "net/apiclient.h"
#include "scriptedserver.h"
#include "transfer/downloadjob.h"
#include "transfer/uploadjob.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

namespace {
// How much a reply that never ends may grow the process's peak memory. AddressSanitizer keeps
// freed blocks in its quarantine (256 MB by default) and pads every block, so the same growth (a
// line Qt reallocates as it lengthens) shows about four times as large under it.
#if defined(__has_feature)
#if __has_feature(address_sanitizer)
#define MEDIADESK_UNDER_ASAN 1
#endif
#endif
#if defined(__SANITIZE_ADDRESS__)
#define MEDIADESK_UNDER_ASAN 1
#endif
#ifdef MEDIADESK_UNDER_ASAN
constexpr qint64 MemoryBoundKiB = 128 * 1024;
#else
constexpr qint64 MemoryBoundKiB = 32 * 1024;
#endif
} // namespace
using namespace Qt::StringLiterals;

namespace {
qint64 peakResidentKiB()
{
    QFile status(u"/proc/self/status"_s);
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').value(0).toLongLong();
    }
    return -1;
}
} // namespace

class TestHostileServer : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    QTemporaryDir m_dir;
    QString m_service;
    QString m_sid;
    qint64 m_size = 0;
    int m_folders = 0;

    static bool run(Job *job, int timeoutMs = 60000)
    {
        QSignalSpy finished(job, &Job::finished);
        job->start();
        return job->isFinished() || finished.wait(timeoutMs);
    }

    QString freshFolder()
    {
        const QString path = m_dir.filePath(u"out-%1"_s.arg(++m_folders));
        QDir().mkpath(path);
        return path;
    }

    DownloadRequest downloadInto(const QString &folder) const
    {
        DownloadRequest request;
        request.serviceSid = m_service;
        request.mediaSid = m_sid;
        request.destination = folder;
        return request;
    }

    // A client whose downloads go to `server` (the emulator's temporary links point there).
    bool pointLinksAt(const ScriptedServer &server)
    {
        return m_emulator.configure({{u"media_origin"_s, u"http://127.0.0.1:%1"_s.arg(server.port())}});
    }

    static RetryPolicy attempts(int n)
    {
        RetryPolicy policy;
        policy.maxAttempts = n;
        policy.baseDelayMs = 50;
        return policy;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_service = EmulatorProcess::serviceSids().value(0);
        ApiClient client;
        connectToEmulator(client, m_emulator);
        const QString source = m_dir.filePath(u"source.bin"_s);
        QFile f(source);
        QVERIFY(f.open(QIODevice::WriteOnly));
        m_size = 64 * 1024 + 5;
        f.write(pseudoRandom(m_size, 5));
        f.close();
        UploadRequest request;
        request.serviceSid = m_service;
        request.filePath = source;
        UploadJob upload(&client, request);
        QVERIFY(run(&upload));
        QVERIFY2(upload.succeeded(), qPrintable(upload.error().userMessage()));
        m_sid = upload.media().sid;
    }

    void brokenRepliesAreNeverSaved_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<qint64>("bodyBytes"); // of pseudo-random body after the head
        QTest::addColumn<QByteArray>("tail");
        QTest::addColumn<int>("kind");
        QTest::addColumn<QString>("says");
        const qint64 size = 64 * 1024 + 5;
        const QByteArray length = QByteArray::number(size);
        using K = TwilioError::Kind;
        QTest::newRow("more bytes than the media has")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " + QByteArray::number(size + 10) + "\r\n\r\n")
            << size + 10 << QByteArray() << int(K::InvalidResponse) << u"more than the"_s;
        QTest::newRow("endless body, no length")
            << QByteArray("HTTP/1.1 200 OK\r\nConnection: close\r\n\r\n") << size * 4 << QByteArray()
            << int(K::InvalidResponse) << u"more than the"_s;
        QTest::newRow("length that is not a number")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " + length + "abc\r\nConnection: close\r\n\r\n")
            << size << QByteArray() << int(K::InvalidResponse) << u"not a number of bytes"_s;
        QTest::newRow("cut short, then closed")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Length: " + length + "\r\n\r\n") << size / 2
            << QByteArray() << int(K::Network) << u"Could not reach"_s;
        QTest::newRow("chunked, stops halfway")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n" +
                          QByteArray::number(size / 2, 16) + "\r\n")
            << size / 2 << QByteArray("\r\n0\r\n\r\n") << int(K::InvalidResponse) << u"incomplete"_s;
        // A download asks for the bytes as they are (Accept-Encoding: identity, so that Range
        // offsets are the bytes stored): a coded body is refused, never saved.
        QTest::newRow("gzip although identity was asked for")
            << QByteArray("HTTP/1.1 200 OK\r\nContent-Encoding: gzip\r\nContent-Length: " + length +
                          "\r\n\r\n")
            << size << QByteArray() << int(K::InvalidResponse) << u"encoded (gzip)"_s;
    }

    void brokenRepliesAreNeverSaved()
    {
        QFETCH(QByteArray, head);
        QFETCH(qint64, bodyBytes);
        QFETCH(QByteArray, tail);
        QFETCH(int, kind);
        QFETCH(QString, says);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setReply(head + pseudoRandom(bodyBytes, 5) + tail);
        QVERIFY(pointLinksAt(server));

        ApiClient client;
        connectToEmulator(client, m_emulator);
        client.setRetryPolicy(attempts(2));
        const QString folder = freshFolder();
        DownloadJob job(&client, downloadInto(folder));
        QVERIFY(run(&job));
        QVERIFY(!job.succeeded());
        QVERIFY2(int(job.error().kind()) == kind, qPrintable(job.error().userMessage()));
        QVERIFY2(job.error().userMessage().contains(says), qPrintable(job.error().userMessage()));
        // A broken protocol or a lying length is not asked again; a dropped connection is.
        QCOMPARE(server.requests(), kind == int(TwilioError::Kind::Network) ? 2 : 1);
        QCOMPARE(QDir(folder).entryList(QDir::NoDotAndDotDot | QDir::AllEntries | QDir::Hidden),
                 QStringList());
    }

    void replyThatNeverEndsCostsBoundedMemoryAndTime_data()
    {
        QTest::addColumn<QByteArray>("head");
        QTest::addColumn<QByteArray>("filler");
        QTest::newRow("chunk-size line without end")
            << QByteArray("HTTP/1.1 200 OK\r\nTransfer-Encoding: chunked\r\n\r\n")
            << QByteArray(64 * 1024, '1');
        QTest::newRow("header line without end")
            << QByteArray("HTTP/1.1 200 OK\r\nX-Filler: ") << QByteArray(64 * 1024, 'a');
        QTest::newRow("headers without end")
            << QByteArray("HTTP/1.1 200 OK\r\n")
            << QByteArray("X-Filler: aaaaaaaaaaaaaaaaaaaaaaaa\r\n").repeated(2048);
    }

    void replyThatNeverEndsCostsBoundedMemoryAndTime()
    {
        QFETCH(QByteArray, head);
        QFETCH(QByteArray, filler);
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setEndlessReply(head, filler, qint64(2) * 1024 * 1024 * 1024);
        QVERIFY(pointLinksAt(server));

        // Qt keeps an unfinished header or chunk-size line in memory as it arrives (it parses such
        // a line a byte at a time, a few MB/s here); what ends it is the inactivity timeout,
        // since no byte of body ever arrives. 5 s here; 60 s by default bounds it near 60 MB.
        ApiClient client;
        connectToEmulator(client, m_emulator);
        client.setRetryPolicy(attempts(1));
        client.setInactivityTimeoutMs(5000);
        const qint64 peakBefore = peakResidentKiB();
        QElapsedTimer elapsed;
        elapsed.start();
        DownloadJob job(&client, downloadInto(freshFolder()));
        QVERIFY(run(&job, 120000));
        QVERIFY(!job.succeeded());
        const qint64 grewKiB = peakResidentKiB() - peakBefore;
        qInfo("stopped after %lld ms, %lld MB sent, peak memory +%lld MB: %s", elapsed.elapsed(),
              server.bytesWritten() / (1024 * 1024), grewKiB / 1024, qPrintable(job.error().userMessage()));
        QCOMPARE(job.error().kind(), TwilioError::Kind::Timeout);
        QVERIFY2(elapsed.elapsed() < 15000, "the inactivity timeout ends it");
        QVERIFY2(grewKiB < MemoryBoundKiB, "a reply that never ends must not grow memory without bound");
    }

    void cleanupTestCase() { QVERIFY(m_emulator.configure({{u"media_origin"_s, QString()}})); }
};

QTEST_GUILESS_MAIN(TestHostileServer)
#include "tst_hostileserver.moc"
