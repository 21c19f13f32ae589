#include "apiclient.h"

#include "apireply.h"
#include "requestlog.h"
#include "urlpolicy.h"

#include <QNetworkAccessManager>
#include <QNetworkProxy>

namespace mediadesk {

ApiClient::ApiClient(QObject *parent)
    : QObject(parent), m_network(new QNetworkAccessManager(this)), m_log(new RequestLog(this))
{
    // We follow redirects ourselves (ApiReply::handleRedirect): Qt 6.4 would forward a raw
    // Authorization header to any host (toolchain.md §6).
    m_network->setRedirectPolicy(QNetworkRequest::ManualRedirectPolicy);
    m_network->setAutoDeleteReplies(false);
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

void ApiClient::setProxy(const QNetworkProxy &proxy)
{
    m_network->setProxy(proxy);
}

bool ApiClient::isCredentialOrigin(const QUrl &url) const
{
    if (!UrlPolicy::checkTransport(url).isEmpty())
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

ApiReply *ApiClient::send(ApiRequest request)
{
    auto *reply = new ApiReply(this, std::move(request));
    QMetaObject::invokeMethod(reply, &ApiReply::start, Qt::QueuedConnection);
    return reply;
}

} // namespace mediadesk
