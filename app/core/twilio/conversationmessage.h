#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <optional>

namespace mediadesk {

// One media a Conversations Message carries, as the message lists it (its "media" array).
struct MessageMedia
{
    QString sid;
    std::optional<QString> filename;
    QString contentType;
    qint64 size = -1; // -1 when the message does not say
    QString category;

    QJsonObject toJson() const; // the message's own key names
};

// One Conversations Message, with what an export or a browser of attachments needs.
struct ConversationMessage
{
    QString sid;
    int index = -1;
    QString author;
    std::optional<QString> body;
    QDateTime dateCreated; // UTC; invalid when absent
    QList<MessageMedia> media;
    QJsonObject json; // the resource exactly as received

    // nullopt when the object is no message (no IM… sid). A media entry without a ME… sid is left
    // out; a "media" that is null or absent is no media.
    static std::optional<ConversationMessage> fromJson(const QJsonObject &object);
};

} // namespace mediadesk
