#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace mediadesk {

// A Conversations (Chat) Service as listed by GET /v1/Services.
struct ChatService
{
    QString sid;
    QString friendlyName;
    QString accountSid;
    QDateTime dateCreated;

    static std::optional<ChatService> fromJson(const QJsonObject &object);
    // "Friendly name — IS…", or just the SID when the service has no name.
    QString displayName() const;
};

} // namespace mediadesk
