#include "apiclient.h"

#include "apireply.h"
#include "requestlog.h"
#include "urlpolicy.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QSslCertificate>
#include <QSslError>
#include <QSslSocket>

namespace mediadesk {

void ApiRequest::setBody(const QByteArray &body)
{
    bodySize = body.size();
    bodyBytes = body;
    openBody = [body]() -> Result<QIODevice *> {
        auto *buffer = new QBuffer;
        buffer->setData(body);
        buffer->open(QIODevice::ReadOnly);
        return buffer;
    };
}

namespace {
// QNAM asks this for every connection, so the manual/system choice and the loopback rule hold for
// every request.
class ClientProxyFactory : public QNetworkProxyFactory
{
public:
    explicit ClientProxyFactory(const ApiClient *client) : m_client(client) {}
    QList<QNetworkProxy> queryProxy(const QNetworkProxyQuery &query) override
    {
        return {m_client->proxyFor(query.url())};
    }

private:
    const ApiClient *m_client;
};
} // namespace

ApiClient::ApiClient(QObject *parent)
    : QObject(parent)
    , m_network(new QNetworkAccessManager(this))
    , m_log(new RequestLog(this))
    , m_rateLimiter(new RateLimiter(this))
{
    // We follow redirects ourselves (ApiReply::handleRedirect): Qt 6.4 would forward a raw
    // Authorization header to any host.
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
    m_network->setProxyFactory(new ClientProxyFactory(this)); // QNAM owns it
    m_ssl = QSslConfiguration::defaultConfiguration();
    if (const QString caFile = qEnvironmentVariable(CaFileVariable); !caFile.isEmpty())
        loadCaFile(caFile);
}

bool ApiClient::loadCaFile(const QString &path)
{
    m_caFileProblem.clear();
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_caFileProblem = tr("The certificate file %1 (%2) cannot be read: %3.")
                              .arg(path, QString::fromLatin1(CaFileVariable), file.errorString());
        return false;
    }
    const QList<QSslCertificate> certificates = QSslCertificate::fromData(file.readAll());
    if (certificates.isEmpty()) {
        m_caFileProblem = tr("The certificate file %1 (%2) holds no PEM certificate.")
                              .arg(path, QString::fromLatin1(CaFileVariable));
        return false;
    }
    // The file alone at the handshake; systemTrusts() keeps the system's authorities trusted.
    m_ssl = QSslConfiguration::defaultConfiguration();
    m_ssl.setCaCertificates(certificates);
    m_caFileLoaded = true;
    m_systemVerdicts.clear();
    m_network->clearConnectionCache(); // connections made under the old trust must not be reused
    return true;
}

bool ApiClient::systemTrusts(const QList<QSslError> &errors, const QList<QSslCertificate> &chain,
                             const QString &host)
{
    if (!m_caFileLoaded || chain.isEmpty() || host.isEmpty() || !onlyIssuerErrors(errors))
        return false;
    if (!chainCheckProblem().isEmpty())
        return false; // nothing here can say the system trusts it
    QCryptographicHash digest(QCryptographicHash::Sha256);
    digest.addData(host.toUtf8());
    for (const QSslCertificate &certificate : chain)
        digest.addData(certificate.toDer());
    const QByteArray key = digest.result();
    if (const auto known = m_systemVerdicts.constFind(key); known != m_systemVerdicts.cend())
        return known.value();
    // Qt verifies against the default configuration's and the system's authorities, with
    // expiry and the host name checked.
    const bool trusted = QSslCertificate::verify(chain, host).isEmpty();
    m_systemVerdicts.insert(key, trusted);
    return trusted;
}

bool ApiClient::onlyIssuerErrors(const QList<QSslError> &errors)
{
    if (errors.isEmpty())
        return false;
    // An expired certificate, a wrong host name or a bad signature stays an error whoever
    // vouches for the issuer.
    for (const QSslError &error : errors) {
        switch (error.error()) {
        case QSslError::UnableToGetIssuerCertificate:
        case QSslError::UnableToGetLocalIssuerCertificate:
        case QSslError::UnableToVerifyFirstCertificate:
        case QSslError::SelfSignedCertificateInChain:
        case QSslError::CertificateUntrusted:
            break;
        default:
            return false;
        }
    }
    return true;
}

QString ApiClient::chainCheckProblem()
{
    if (QSslSocket::isFeatureSupported(QSsl::SupportedFeature::CertificateVerification))
        return {};
    //: %1 the TLS library's name as Qt gives it ("schannel", "securetransport", "cert-only"), %2
    //: MEDIADESK_CA_FILE
    return tr("this computer's TLS library (%1) cannot check a certificate against the system's authorities, "
              "so with %2 set only the servers that file vouches for are trusted")
        .arg(QSslSocket::activeBackend(), QString::fromLatin1(CaFileVariable));
}

ApiClient::~ApiClient() = default;

void ApiClient::setEndpoints(const Endpoints &endpoints)
{
    m_endpoints = endpoints;
}

void ApiClient::setCredentials(const std::optional<Credentials> &credentials)
{
    m_credentials = credentials;
}

void ApiClient::setManualProxy(const std::optional<QNetworkProxy> &proxy)
{
    m_manualProxy = proxy;
    m_network->clearConnectionCache(); // open connections may go through the old proxy
}

QNetworkProxy ApiClient::proxyFor(const QUrl &url) const
{
    if (UrlPolicy::isLoopbackHost(url.host()))
        return QNetworkProxy(QNetworkProxy::NoProxy); // the emulator is never behind a proxy
    if (m_manualProxy)
        return *m_manualProxy;
    const QList<QNetworkProxy> system = QNetworkProxyFactory::systemProxyForQuery(QNetworkProxyQuery(url));
    return system.isEmpty() ? QNetworkProxy(QNetworkProxy::NoProxy) : system.first();
}

bool ApiClient::isCredentialOrigin(const QUrl &url) const
{
    if (!UrlPolicy::checkTransport(url))
        return false;
    return UrlPolicy::sameOrigin(url, m_endpoints.mcs) ||
           UrlPolicy::sameOrigin(url, m_endpoints.conversations);
}

QByteArray ApiClient::authorizationFor(const QUrl &url) const
{
    if (!m_credentials || !isCredentialOrigin(url))
        return {};
    return m_credentials->authorizationHeader();
}

ApiReply *ApiClient::sendNow(ApiRequest request, const std::function<void(ApiReply *)> &connectFirst)
{
    auto *reply = new ApiReply(this, std::move(request));
    if (connectFirst)
        connectFirst(reply);
    reply->start();
    return reply;
}

} // namespace mediadesk
