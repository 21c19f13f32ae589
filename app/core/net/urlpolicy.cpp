#include "urlpolicy.h"

#include <QHostAddress>
#include <QUrlQuery>

namespace mediadesk {

bool UrlPolicy::isLoopbackHost(const QString &host)
{
    if (host.compare(QLatin1String("localhost"), Qt::CaseInsensitive) == 0)
        return true;
    QHostAddress address;
    if (!address.setAddress(host))
        return false;
    return address.isLoopback();
}

Result<> UrlPolicy::checkTransport(const QUrl &url)
{
    if (!url.isValid() || url.host().isEmpty())
        return Failure(tr("“%1” is not a valid web address.").arg(url.toDisplayString()));
    const QString scheme = url.scheme().toLower();
    if (scheme == QLatin1String("https"))
        return {};
    if (scheme == QLatin1String("http")) {
        if (isLoopbackHost(url.host()))
            return {};
        //: %1 is a host name
        return Failure(
            tr("Refusing plain http to %1: only https is allowed for hosts other than this computer "
               "(127.0.0.1, ::1, localhost).")
                .arg(url.host()));
    }
    return Failure(tr("“%1” uses the scheme “%2”; only https (or http to this computer) is supported.")
                       .arg(url.toDisplayString(), url.scheme()));
}

Result<> UrlPolicy::checkBaseUrl(const QUrl &url)
{
    if (Result<> transport = checkTransport(url); !transport)
        return transport;
    const QString path = url.path();
    if (!(path.isEmpty() || path == QLatin1String("/")) || url.hasQuery() || url.hasFragment() ||
        !url.userInfo().isEmpty()) {
        return Failure(
            tr("A base URL is only scheme, host and port (for example https://mcs.us1.twilio.com), "
               "but “%1” has more.")
                .arg(url.toDisplayString()));
    }
    return {};
}

QString UrlPolicy::origin(const QUrl &url)
{
    const QString scheme = url.scheme().toLower();
    const int defaultPort = scheme == QLatin1String("https") ? 443 : 80;
    return scheme + QLatin1String("://") + url.host().toLower() + QLatin1Char(':') +
           QString::number(url.port(defaultPort));
}

bool UrlPolicy::sameOrigin(const QUrl &a, const QUrl &b)
{
    return origin(a) == origin(b);
}

QString UrlPolicy::redacted(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery cleaned;
        for (const auto &[key, value] : items) {
            const bool secret = key.compare(QLatin1String("Signature"), Qt::CaseInsensitive) == 0 ||
                                key.compare(QLatin1String("Policy"), Qt::CaseInsensitive) == 0 ||
                                key.compare(QLatin1String("Key-Pair-Id"), Qt::CaseInsensitive) == 0 ||
                                key.contains(QLatin1String("token"), Qt::CaseInsensitive);
            cleaned.addQueryItem(key, secret ? QStringLiteral("REDACTED") : value);
        }
        copy.setQuery(cleaned);
    }
    return copy.toString(QUrl::FullyEncoded);
}

} // namespace mediadesk
