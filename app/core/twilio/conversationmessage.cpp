#include "conversationmessage.h"

#include "twilio/media.h"

#include <QJsonArray>

namespace mediadesk {

QJsonObject MessageMedia::toJson() const
{
    return {{QStringLiteral("sid"), sid},
            {QStringLiteral("filename"), filename ? QJsonValue(*filename) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("content_type"), contentType},
            {QStringLiteral("size"), size >= 0 ? QJsonValue(size) : QJsonValue(QJsonValue::Null)},
            {QStringLiteral("category"), category}};
}

std::optional<ConversationMessage> ConversationMessage::fromJson(const QJsonObject &o)
{
    ConversationMessage m;
    m.sid = o.value(QLatin1String("sid")).toString();
    if (!m.sid.startsWith(QLatin1String("IM")))
        return std::nullopt;
    m.index = o.value(QLatin1String("index")).toInt(-1);
    m.author = o.value(QLatin1String("author")).toString();
    if (const QJsonValue body = o.value(QLatin1String("body")); body.isString())
        m.body = body.toString();
    m.dateCreated = parseTwilioDate(o.value(QLatin1String("date_created")).toString());
    for (const QJsonValue &entry : o.value(QLatin1String("media")).toArray()) {
        const QJsonObject item = entry.toObject();
        MessageMedia media;
        media.sid = item.value(QLatin1String("sid")).toString();
        if (!media.sid.startsWith(QLatin1String("ME")))
            continue;
        if (const QJsonValue name = item.value(QLatin1String("filename")); name.isString())
            media.filename = name.toString();
        media.contentType = item.value(QLatin1String("content_type")).toString();
        media.size = item.value(QLatin1String("size")).toInteger(-1);
        media.category = item.value(QLatin1String("category")).toString();
        m.media.append(media);
    }
    m.json = o;
    return m;
}

} // namespace mediadesk
