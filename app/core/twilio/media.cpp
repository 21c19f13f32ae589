#include "media.h"

#include "sid.h"

#include <QJsonDocument>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QUrlQuery>
#include <cmath>

namespace mediadesk {

QDateTime parseTwilioDate(const QString &text)
{
    // Qt parses fractions of any length but only keeps milliseconds, which is all we show.
    static const QRegularExpression pattern(
        QStringLiteral(R"(^(\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2})(?:\.(\d+))?(Z|[+-]\d{2}:?\d{2})?$)"));
    const auto match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return {};
    QString normalised = match.captured(1);
    if (const QString fraction = match.captured(2); !fraction.isEmpty())
        normalised += QLatin1Char('.') + QString(fraction + QLatin1String("000")).left(3);
    QString zone = match.captured(3);
    if (zone.isEmpty())
        zone = QStringLiteral("Z"); // Twilio dates without a zone are UTC
    else if (zone.size() == 5)
        zone.insert(3, QLatin1Char(':'));
    QDateTime dt = QDateTime::fromString(normalised + zone, Qt::ISODateWithMs);
    if (!dt.isValid())
        return {};
    return dt.toUTC();
}

QDateTime expiryOfSignedUrl(const QUrl &url)
{
    const QUrlQuery query(url);
    bool ok = false;
    const qint64 seconds = query.queryItemValue(QStringLiteral("Expires")).toLongLong(&ok);
    if (!ok || seconds <= 0)
        return {};
    return QDateTime::fromSecsSinceEpoch(seconds, Qt::UTC);
}

namespace {
// A byte count: a whole number from 0 to 2^53 (what a double holds exactly). Anything else
// (1e300, -1, 2.5, NaN, a string) is "unknown", never a cast with undefined behaviour.
qint64 sizeFromJson(const QJsonValue &value)
{
    if (!value.isDouble())
        return -1;
    const double d = value.toDouble();
    constexpr double Largest = 9007199254740992.0; // 2^53
    if (!(d >= 0 && d <= Largest) || d != std::floor(d))
        return -1;
    return qint64(d);
}

std::optional<QString> optionalString(const QJsonObject &o, QLatin1String key)
{
    const QJsonValue v = o.value(key);
    if (v.isString())
        return v.toString();
    return std::nullopt;
}

QUrl resolved(const QJsonValue &value, const QUrl &base)
{
    if (!value.isString() || value.toString().isEmpty())
        return {};
    const QUrl url(value.toString());
    return url.isRelative() ? base.resolved(url) : url;
}
} // namespace

Media Media::known(const QString &sid, const QString &serviceSid, const QString &fileName,
                   const QString &contentType, qint64 size)
{
    Media media;
    media.sid = sid;
    media.serviceSid = serviceSid;
    media.filename = fileName;
    media.contentType = contentType;
    media.size = size;
    return media;
}

Result<Media> Media::fromJson(const QByteArray &body, const QUrl &mcsBase)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        return Failure(parseError.error != QJsonParseError::NoError
                           ? tr("The media description is not valid JSON (%1).").arg(parseError.errorString())
                           : tr("The media description is not a JSON object."));
    }
    return fromJsonObject(doc.object(), mcsBase);
}

Result<Media> Media::fromJsonObject(const QJsonObject &o, const QUrl &mcsBase)
{
    Media m;
    m.json = o;
    m.sid = o.value(QLatin1String("sid")).toString();
    if (!Sid::parse(m.sid, SidKind::Media))
        return Failure(tr("The reply does not describe a media item (no valid “sid”)."));
    m.serviceSid = o.value(QLatin1String("service_sid")).toString();
    m.accountSid = optionalString(o, QLatin1String("account_sid"));
    m.dateCreated = parseTwilioDate(o.value(QLatin1String("date_created")).toString());
    m.dateUploadUpdated = parseTwilioDate(o.value(QLatin1String("date_upload_updated")).toString());
    m.dateUpdated = parseTwilioDate(o.value(QLatin1String("date_updated")).toString());
    const QJsonValue size = o.value(QLatin1String("size"));
    m.size = sizeFromJson(size);
    m.contentType = o.value(QLatin1String("content_type")).toString();
    m.filename = optionalString(o, QLatin1String("filename"));
    if (!m.filename) // the documentation's spelling; the service sends "filename"
        m.filename = optionalString(o, QLatin1String("file_name"));
    m.author = optionalString(o, QLatin1String("author"));
    m.category = optionalString(o, QLatin1String("category"));
    m.messageSid = optionalString(o, QLatin1String("message_sid"));
    m.channelSid = optionalString(o, QLatin1String("channel_sid"));
    m.isMultipartUpstream = o.value(QLatin1String("is_multipart_upstream")).toBool(false);
    m.url = resolved(o.value(QLatin1String("url")), mcsBase);
    const QJsonObject links = o.value(QLatin1String("links")).toObject();
    m.contentUrl = resolved(links.value(QLatin1String("content")), mcsBase);
    m.temporaryUrl = resolved(links.value(QLatin1String("content_direct_temporary")), mcsBase);
    m.temporaryUrlExpiresAt = expiryOfSignedUrl(m.temporaryUrl);
    return m;
}

bool Media::hasUsableTemporaryUrl(const QDateTime &nowUtc, int marginSeconds) const
{
    if (temporaryUrl.isEmpty())
        return false;
    if (!temporaryUrlExpiresAt.isValid())
        return true; // no Expires parameter: the only way to know is to try it
    return nowUtc.secsTo(temporaryUrlExpiresAt) >= marginSeconds;
}

} // namespace mediadesk
