// Uploads and downloads as users have them: over TLS (the emulator with a throwaway CA that the
// client trusts only through MEDIADESK_CA_FILE), across a simulated internet path (round-trip time
// and bandwidth cap, tests/bench/wansim.cpp), on kept-alive connections.
#include "emulatorclient.h"
#include "net/apiclient.h"
#include "transfer/downloadjob.h"
#include "transfer/uploadjob.h"
#include "wansimprocess.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QHash>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

using namespace mediadesk;
using namespace Qt::StringLiterals;

namespace {
constexpr int RttMs = 40;
constexpr qint64 Rate = 8 * 1000 * 1000; // 64 Mbit/s per direction
} // namespace

class TestTlsWan : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_certs;
    std::unique_ptr<EmulatorProcess> m_emulator;
    WanSimProcess m_apiPath;
    WanSimProcess m_mediaPath;
    QString m_service;

    static bool run(Job *job, int timeoutMs = 60000)
    {
        QSignalSpy finished(job, &Job::finished);
        job->start();
        return job->isFinished() || finished.wait(timeoutMs);
    }

    QString writeFile(const QString &name, const QByteArray &content)
    {
        return writeTestFile(m_dir.path(), name, content);
    }

    // A client that reaches the emulator only through the simulated path, over https.
    void connectThroughPath(ApiClient &client)
    {
        connectToEmulator(client, *m_emulator);
        Endpoints e = client.endpoints();
        e.mcs = QUrl(u"https://127.0.0.1:%1"_s.arg(m_apiPath.port()));
        e.conversations = e.mcs;
        client.setEndpoints(e);
    }

    qint64 counter(const char *name) { return m_emulator->stats().value(QLatin1String(name)).toInteger(); }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_certs = m_dir.filePath(u"certs"_s);
        QString error;
        QVERIFY2(WanSimProcess::makeTestCertificates(m_certs, &error), qPrintable(error));
        m_emulator = std::make_unique<EmulatorProcess>(QStringList{
            u"--tls-cert"_s, m_certs + u"/server.pem"_s, u"--tls-key"_s, m_certs + u"/server.key"_s});
        m_emulator->setCaFile(m_certs + u"/ca.pem"_s);
        QVERIFY2(m_emulator->start(), qPrintable(m_emulator->errorString()));
        QCOMPARE(m_emulator->baseUrl().scheme(), u"https"_s);
        QVERIFY2(m_apiPath.start(m_emulator->baseUrl().port(), RttMs, Rate),
                 qPrintable(m_apiPath.errorString()));
        QVERIFY2(m_mediaPath.start(m_emulator->mediaUrl().port(), RttMs, Rate),
                 qPrintable(m_mediaPath.errorString()));
        // Temporary links point at the media path too, so downloads cross it.
        QVERIFY(
            m_emulator->configure({{u"media_origin"_s, u"https://127.0.0.1:%1"_s.arg(m_mediaPath.port())}}));
        m_service = EmulatorProcess::serviceSids().value(0);
        // The client trusts the throwaway CA the way a user behind a TLS-inspecting proxy would.
        qputenv(ApiClient::CaFileVariable, QFile::encodeName(m_certs + u"/ca.pem"_s));
    }

    void uploadsOverTlsOnOneKeptAliveConnection_data()
    {
        QTest::addColumn<qint64>("size");
        QTest::newRow("small, sent from memory") << qint64(40 * 1000);
        QTest::newRow("3 MiB, streamed from disk") << qint64(3 * 1024 * 1024 + 7);
    }

    void uploadsOverTlsOnOneKeptAliveConnection()
    {
        QFETCH(qint64, size);
        ApiClient client;
        connectThroughPath(client);
        const qint64 before = counter("connections");
        QHash<QString, QByteArray> uploaded;
        for (int i = 0; i < 3; ++i) {
            const QByteArray content = pseudoRandom(size, quint32(100 + i));
            UploadRequest request;
            request.serviceSid = m_service;
            request.filePath = writeFile(u"tls-%1.bin"_s.arg(i), content);
            UploadJob job(&client, request);
            QVERIFY(run(&job));
            QVERIFY2(job.succeeded(), qPrintable(job.error().userMessage()));
            QCOMPARE(job.media().size, size);
            uploaded.insert(job.media().sid, content);
        }
        // One connection for the three uploads, plus the one the stats call itself opened.
        QCOMPARE(counter("connections") - before, 2);
        for (auto it = uploaded.cbegin(); it != uploaded.cend(); ++it)
            QCOMPARE(m_emulator->media(it.key()).value(u"sha256"_s).toString(), sha256Hex(it.value()));
    }

    void downloadsOverTlsThroughThePath()
    {
        ApiClient client;
        connectThroughPath(client);
        const QByteArray content = pseudoRandom(2 * 1024 * 1024 + 11, 7);
        UploadRequest up;
        up.serviceSid = m_service;
        up.filePath = writeFile(u"tls-download.bin"_s, content);
        UploadJob upload(&client, up);
        QVERIFY(run(&upload));
        QVERIFY2(upload.succeeded(), qPrintable(upload.error().userMessage()));

        const qint64 mediaBefore = counter("media_connections");
        for (int i = 0; i < 2; ++i) {
            const QString folder = m_dir.filePath(u"out-%1"_s.arg(i));
            QVERIFY(QDir().mkpath(folder));
            DownloadJob download(
                &client, {m_service, upload.media().sid, folder, ConflictPolicy::Fail, false, std::nullopt});
            QVERIFY(run(&download));
            QVERIFY2(download.succeeded(), qPrintable(download.error().userMessage()));
            QVERIFY2(download.path().startsWith(folder), qPrintable(download.path()));
            QFile saved(download.path());
            QVERIFY(saved.open(QIODevice::ReadOnly));
            QCOMPARE(saved.readAll(), content);
        }
        // Both downloads came over one kept-alive connection to the media host.
        QCOMPARE(counter("media_connections") - mediaBefore, 1);
        QCOMPARE(counter("credential_leaks"), 0);
    }

    void untrustedCertificateIsRefused()
    {
        // Without the CA the emulator's certificate is one nobody vouches for: the upload stops
        // with a TLS error, and is not retried into a storm.
        qunsetenv(ApiClient::CaFileVariable);
        ApiClient client;
        qputenv(ApiClient::CaFileVariable, QFile::encodeName(m_certs + u"/ca.pem"_s));
        connectThroughPath(client);
        const qint64 uploads = counter("uploads");
        UploadRequest request;
        request.serviceSid = m_service;
        request.filePath = writeFile(u"untrusted.bin"_s, pseudoRandom(1000, 3));
        UploadJob job(&client, request);
        QVERIFY(run(&job));
        QVERIFY(!job.succeeded());
        QCOMPARE(job.error().kind(), TwilioError::Kind::Tls);
        QVERIFY2(job.error().userMessage().contains(u"secure connection"_s),
                 qPrintable(job.error().userMessage()));
        QCOMPARE(counter("uploads"), uploads);
    }

    void systemAuthoritiesStayTrusted_data()
    {
        QTest::addColumn<bool>("systemVouches");
        QTest::newRow("the system vouches for the server") << true;
        QTest::newRow("nobody vouches for the server") << false;
    }

    void systemAuthoritiesStayTrusted()
    {
        // The CA file holds another authority (a corporate proxy's), so the emulator is one of
        // the hosts the proxy lets through untouched. Its CA stands in for the system's store
        // through Qt's default configuration, which Qt consults together with the system store;
        // the machine's real store is never touched.
        QFETCH(bool, systemVouches);
        const QString corporate = m_dir.filePath(u"corporate"_s);
        QString error;
        QVERIFY2(WanSimProcess::makeTestCertificates(corporate, &error), qPrintable(error));
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        const auto restore = qScopeGuard([&] {
            QSslConfiguration::setDefaultConfiguration(saved);
            qputenv(ApiClient::CaFileVariable, QFile::encodeName(m_certs + u"/ca.pem"_s));
        });
        if (systemVouches) {
            QSslConfiguration system = saved;
            system.addCaCertificates(QSslCertificate::fromPath(m_certs + u"/ca.pem"_s));
            QSslConfiguration::setDefaultConfiguration(system);
        }
        qputenv(ApiClient::CaFileVariable, QFile::encodeName(corporate + u"/ca.pem"_s));
        ApiClient client;
        connectThroughPath(client);
        for (int i = 0; i < 2; ++i) { // the second on a verdict already known
            UploadRequest request;
            request.serviceSid = m_service;
            request.filePath = writeFile(u"system-trust-%1.bin"_s.arg(i), pseudoRandom(5000, 9));
            UploadJob job(&client, request);
            QVERIFY(run(&job));
            if (systemVouches) {
                QVERIFY2(job.succeeded(), qPrintable(job.error().userMessage()));
            } else {
                QVERIFY(!job.succeeded());
                QCOMPARE(job.error().kind(), TwilioError::Kind::Tls);
            }
        }
    }

    void systemTrustsOnlyOverrulesAMissingIssuer_data()
    {
        QTest::addColumn<QSslError::SslError>("handshakeError");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("trusted");
        QTest::newRow("no local issuer")
            << QSslError::UnableToGetLocalIssuerCertificate << u"127.0.0.1"_s << true;
        QTest::newRow("untrusted") << QSslError::CertificateUntrusted << u"localhost"_s << true;
        QTest::newRow("wrong host name") << QSslError::HostNameMismatch << u"127.0.0.1"_s << false;
        QTest::newRow("expired") << QSslError::CertificateExpired << u"127.0.0.1"_s << false;
        QTest::newRow("issuer missing, other host")
            << QSslError::UnableToGetLocalIssuerCertificate << u"twilio.example"_s << false;
    }

    void systemTrustsOnlyOverrulesAMissingIssuer()
    {
        // The chain is one the "system" (Qt's default configuration here) vouches for; what the
        // handshake complained about decides whether that may overrule it.
        QFETCH(QSslError::SslError, handshakeError);
        QFETCH(QString, host);
        QFETCH(bool, trusted);
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(saved); });
        QSslConfiguration system = saved;
        system.addCaCertificates(QSslCertificate::fromPath(m_certs + u"/ca.pem"_s));
        QSslConfiguration::setDefaultConfiguration(system);
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_certs + u"/server.pem"_s);
        QCOMPARE(chain.size(), 1);

        ApiClient client; // MEDIADESK_CA_FILE is set (initTestCase)
        QCOMPARE(client.systemTrusts({QSslError(handshakeError, chain.first())}, chain, host), trusted);
        // Without a CA file nothing is overruled: Qt's own verdict stands.
        qunsetenv(ApiClient::CaFileVariable);
        ApiClient plain;
        qputenv(ApiClient::CaFileVariable, QFile::encodeName(m_certs + u"/ca.pem"_s));
        QVERIFY(!plain.systemTrusts({QSslError(handshakeError, chain.first())}, chain, host));
    }

    void unreadableCaFileIsNamed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("says");
        QTest::newRow("missing") << u"no-such-ca.pem"_s << u"cannot be read"_s;
        QTest::newRow("not PEM") << u"not-a-certificate.pem"_s << u"no PEM certificate"_s;
    }

    void unreadableCaFileIsNamed()
    {
        // A CA file that was asked for but cannot be used is an error on every request, never a
        // silent fall-back to trusting less (or more) than the user configured.
        QFETCH(QString, file);
        QFETCH(QString, says);
        writeFile(u"not-a-certificate.pem"_s, "hello\n");
        const QString path = m_dir.filePath(file);
        qputenv(ApiClient::CaFileVariable, QFile::encodeName(path));
        ApiClient client;
        qputenv(ApiClient::CaFileVariable, QFile::encodeName(m_certs + u"/ca.pem"_s));
        connectThroughPath(client);
        UploadRequest request;
        request.serviceSid = m_service;
        request.filePath = writeFile(u"ca-problem.bin"_s, pseudoRandom(1000, 4));
        UploadJob job(&client, request);
        QVERIFY(run(&job));
        QCOMPARE(job.error().kind(), TwilioError::Kind::Tls);
        QVERIFY2(job.error().userMessage().contains(says), qPrintable(job.error().userMessage()));
        QVERIFY2(job.error().userMessage().contains(u"MEDIADESK_CA_FILE"_s),
                 qPrintable(job.error().userMessage()));
    }

    void cleanupTestCase()
    {
        if (m_emulator)
            QCOMPARE(counter("credential_leaks"), 0);
    }
};

QTEST_GUILESS_MAIN(TestTlsWan)
#include "tst_tlswan.moc"
