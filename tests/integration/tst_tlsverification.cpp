// TLS that fails closed: where Qt's TLS backend cannot check a certificate chain (Schannel,
// Secure Transport, the certificate-only backend; Debian ships the last one as a plugin), a server
// the CA file does not vouch for is refused, never taken as trusted because nothing said no.
#include "net/apiclient.h"
#include "wansimprocess.h"

#include <QFile>
#include <QScopeGuard>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;
using namespace Qt::StringLiterals;

class TestTlsVerification : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_trusted; // the CA file's authority
    QString m_other;   // an authority the CA file does not hold

private slots:
    void initTestCase()
    {
        // Before anything touches TLS: this process runs on the backend that cannot verify.
        QVERIFY2(QSslSocket::availableBackends().contains(u"cert-only"_s),
                 qPrintable(QSslSocket::availableBackends().join(u", "_s)));
        QVERIFY(QSslSocket::setActiveBackend(u"cert-only"_s));
        QCOMPARE(QSslSocket::activeBackend(), u"cert-only"_s);
        QVERIFY(m_dir.isValid());
        QString error;
        m_trusted = m_dir.filePath(u"trusted"_s);
        m_other = m_dir.filePath(u"other"_s);
        QVERIFY2(WanSimProcess::makeTestCertificates(m_trusted, &error), qPrintable(error));
        QVERIFY2(WanSimProcess::makeTestCertificates(m_other, &error), qPrintable(error));
        qputenv(ApiClient::CaFileVariable, QFile::encodeName(m_trusted + u"/ca.pem"_s));
    }

    void aChainNothingHereCanCheckIsRefused_data()
    {
        QTest::addColumn<bool>("inSystemList");
        QTest::newRow("an issuer no one vouches for") << false;
        QTest::newRow("an issuer in the system's list, unverifiable here") << true;
    }

    void aChainNothingHereCanCheckIsRefused()
    {
        QFETCH(bool, inSystemList);
        const QSslConfiguration saved = QSslConfiguration::defaultConfiguration();
        const auto restore = qScopeGuard([&] { QSslConfiguration::setDefaultConfiguration(saved); });
        if (inSystemList) {
            QSslConfiguration system = saved;
            system.addCaCertificates(QSslCertificate::fromPath(m_other + u"/ca.pem"_s));
            QSslConfiguration::setDefaultConfiguration(system);
        }
        QList<QSslCertificate> chain = QSslCertificate::fromPath(m_other + u"/server.pem"_s);
        chain += QSslCertificate::fromPath(m_other + u"/ca.pem"_s);
        QCOMPARE(chain.size(), 2);
        // What made the old check fail open: this backend answers "no errors" without checking.
        QVERIFY(QSslCertificate::verify(chain, u"localhost"_s).isEmpty());

        ApiClient client;
        QVERIFY2(client.caFileLoaded(), qPrintable(client.caFileProblem()));
        const QList<QSslError> handshake{
            QSslError(QSslError::UnableToGetLocalIssuerCertificate, chain.first())};
        QVERIFY(!client.systemTrusts(handshake, chain, u"localhost"_s));
        QVERIFY(!client.systemTrusts(handshake, chain, u"localhost"_s)); // and again, from no cache
    }

    void theRefusalSaysWhy()
    {
        const QString problem = ApiClient::chainCheckProblem();
        QVERIFY(problem.contains(u"cert-only"_s));
        QVERIFY(problem.contains(QLatin1String(ApiClient::CaFileVariable)));
    }

    void onlyAMissingIssuerCountsAsOne_data()
    {
        // What decides whether a refusal is explained by chainCheckProblem(): an expired
        // certificate is refused for being expired, whatever the backend can check.
        QTest::addColumn<QList<QSslError::SslError>>("errors");
        QTest::addColumn<bool>("onlyIssuer");
        using E = QSslError;
        QTest::newRow("no local issuer") << QList<E::SslError>{E::UnableToGetLocalIssuerCertificate} << true;
        QTest::newRow("self-signed in chain, untrusted")
            << QList<E::SslError>{E::SelfSignedCertificateInChain, E::CertificateUntrusted} << true;
        QTest::newRow("expired too") << QList<E::SslError>{E::UnableToGetLocalIssuerCertificate,
                                                           E::CertificateExpired}
                                     << false;
        QTest::newRow("wrong host name") << QList<E::SslError>{E::HostNameMismatch} << false;
        QTest::newRow("none") << QList<E::SslError>{} << false;
    }

    void onlyAMissingIssuerCountsAsOne()
    {
        QFETCH(QList<QSslError::SslError>, errors);
        QFETCH(bool, onlyIssuer);
        const QList<QSslCertificate> chain = QSslCertificate::fromPath(m_other + u"/server.pem"_s);
        QList<QSslError> sslErrors;
        for (QSslError::SslError error : errors)
            sslErrors.append(QSslError(error, chain.value(0)));
        QCOMPARE(ApiClient::onlyIssuerErrors(sslErrors), onlyIssuer);
    }

    void cleanupTestCase() { qunsetenv(ApiClient::CaFileVariable); }
};

QTEST_GUILESS_MAIN(TestTlsVerification)
#include "tst_tlsverification.moc"
