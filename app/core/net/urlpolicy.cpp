#include "urlpolicy.h"

#include <QHostAddress>
#include <QRegularExpression>
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

bool UrlPolicy::isSecretName(QStringView name)
{
    static const QLatin1String secretWords[] = {
        QLatin1String("signature"),  QLatin1String("policy"),        QLatin1String("key-pair-id"),
        QLatin1String("token"),      QLatin1String("secret"),        QLatin1String("password"),
        QLatin1String("credential"), QLatin1String("authorization"), QLatin1String("cookie")};
    const QString decoded = QUrl::fromPercentEncoding(name.toUtf8());
    for (const QLatin1String &word : secretWords) {
        if (decoded.contains(word, Qt::CaseInsensitive))
            return true;
    }
    return decoded.compare(QLatin1String("sig"), Qt::CaseInsensitive) == 0; // Azure's shared access signature
}

QString UrlPolicy::redacted(const QUrl &url)
{
    QUrl copy = url.adjusted(QUrl::RemoveUserInfo | QUrl::RemoveFragment);
    if (copy.hasQuery()) {
        QUrlQuery query(copy);
        const auto items = query.queryItems(QUrl::FullyEncoded);
        QUrlQuery cleaned;
        for (const auto &[key, value] : items)
            cleaned.addQueryItem(key, isSecretName(key) ? QStringLiteral("REDACTED") : value);
        copy.setQuery(cleaned);
    }
    return copy.toString(QUrl::FullyEncoded);
}

QString UrlPolicy::redactedUrlsIn(const QString &text)
{
    static const QRegularExpression link(QStringLiteral("https?://[^\\s\"'<>]+"),
                                         QRegularExpression::CaseInsensitiveOption);
    QString out;
    qsizetype from = 0;
    for (const QRegularExpressionMatch &m : link.globalMatch(text)) {
        // Punctuation that ends a sentence after a link is the sentence's, not the link's.
        QString found = m.captured();
        while (!found.isEmpty() && QStringLiteral(".,;:!?)]").contains(found.back()))
            found.chop(1);
        out += QStringView(text).mid(from, m.capturedStart() - from);
        out += redacted(QUrl(found));
        from = m.capturedStart() + found.size();
    }
    out += QStringView(text).mid(from);
    return out;
}

} // namespace mediadesk
