#include "endpoints.h"

namespace mediadesk {

QStringList Endpoints::knownRegions()
{
    return {QStringLiteral("us1"), QStringLiteral("ie1")};
}

Result<Endpoints> Endpoints::forRegion(const QString &region)
{
    const QString r = region.trimmed().toLower();
    Endpoints e;
    if (r.isEmpty() || r == QLatin1String("us1"))
        return e;
    if (r == QLatin1String("ie1")) {
        // Twilio's regional REST convention {product}.{edge}.{region}; MCS follows the SDK's
        // mcs.{region} host.
        e.region = r;
        e.mcs = QUrl(QStringLiteral("https://mcs.ie1.twilio.com"));
        e.conversations = QUrl(QStringLiteral("https://conversations.dublin.ie1.twilio.com"));
        return e;
    }
    //: %1 the region typed, %2 the list of known regions
    return Failure(tr("Unknown Twilio region “%1”; Conversations media is available in %2.")
                       .arg(region, knownRegions().join(QLatin1String(", "))));
}

QUrl Endpoints::normalisedBase(const QUrl &url)
{
    return url.adjusted(QUrl::RemovePath | QUrl::RemoveQuery | QUrl::RemoveFragment);
}

static QUrl join(const QUrl &base, const QString &path)
{
    QUrl url = base;
    url.setPath(path, QUrl::TolerantMode);
    return url;
}

QUrl Endpoints::mcsUrl(const QString &path) const
{
    return join(mcs, path);
}

QUrl Endpoints::conversationsUrl(const QString &path) const
{
    return join(conversations, path);
}

} // namespace mediadesk
