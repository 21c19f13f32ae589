#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QJsonObject>
#include <QUrl>
#include <optional>

namespace mediadesk {

// One MCS Media resource as the client understands it. Every key that MCS may leave out or send as
// null (older answers omit it) is optional here; relative URLs are already resolved against the MCS base.
struct Media
{
    Q_DECLARE_TR_FUNCTIONS(Media)

public:
    QString sid;
    QString serviceSid;
    std::optional<QString> accountSid;
    QDateTime dateCreated; // UTC; invalid when absent
    QDateTime dateUploadUpdated;
    QDateTime dateUpdated;
    qint64 size = -1;
    QString contentType;
    std::optional<QString> filename;
    std::optional<QString> author;
    std::optional<QString> category;
    std::optional<QString> messageSid;
    std::optional<QString> channelSid;
    bool isMultipartUpstream = false;
    QUrl url;
    QUrl contentUrl;                 // links.content, absolute
    QUrl temporaryUrl;               // links.content_direct_temporary; empty when absent
    QDateTime temporaryUrlExpiresAt; // from its Expires parameter; invalid when unknown
    QJsonObject json;                // the resource exactly as received

    // A failure says why the body is not a Media resource (not JSON, no valid "sid").
    static Result<Media> fromJson(const QByteArray &body, const QUrl &mcsBase);
    // What the transfer list or the library knows of a media without asking Twilio: enough to
    // suggest where to save it and to download it.
    static Media known(const QString &sid, const QString &serviceSid, const QString &fileName,
                       const QString &contentType, qint64 size);
    static Result<Media> fromJsonObject(const QJsonObject &object, const QUrl &mcsBase);

    // True when the temporary link exists and stays valid for at least marginSeconds more.
    bool hasUsableTemporaryUrl(const QDateTime &nowUtc, int marginSeconds = 5) const;
};

// ISO-8601 with or without fraction (any number of digits) and with Z or ±hh:mm, returned in UTC.
QDateTime parseTwilioDate(const QString &text);
// The Expires=<unix seconds> query parameter of a signed link, or an invalid QDateTime.
QDateTime expiryOfSignedUrl(const QUrl &url);

} // namespace mediadesk
