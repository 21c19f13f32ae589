#include "chatservice.h"

#include "media.h"
#include "sid.h"
#include "text/displaytext.h"

namespace mediadesk {

std::optional<ChatService> ChatService::fromJson(const QJsonObject &object)
{
    ChatService s;
    s.sid = object.value(QLatin1String("sid")).toString();
    if (!Sid::parse(s.sid, SidKind::Service))
        return std::nullopt;
    s.friendlyName = object.value(QLatin1String("friendly_name")).toString();
    s.accountSid = object.value(QLatin1String("account_sid")).toString();
    s.dateCreated = parseTwilioDate(object.value(QLatin1String("date_created")).toString());
    return s;
}

QString ChatService::displayName() const
{
    if (friendlyName.isEmpty())
        return printableText(sid);
    return printableText(friendlyName) + QStringLiteral(" — ") + printableText(sid); // the server's words
}

} // namespace mediadesk
