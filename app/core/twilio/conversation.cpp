#include "conversation.h"

#include "sid.h"

namespace mediadesk {

std::optional<Conversation> Conversation::fromJson(const QJsonObject &object)
{
    Conversation c;
    c.sid = object.value(QLatin1String("sid")).toString();
    if (!Sid::parse(c.sid, SidKind::Conversation))
        return std::nullopt;
    c.friendlyName = object.value(QLatin1String("friendly_name")).toString();
    c.uniqueName = object.value(QLatin1String("unique_name")).toString();
    return c;
}

QString Conversation::displayName() const
{
    QString name = friendlyName;
    if (!uniqueName.isEmpty() && uniqueName != friendlyName)
        name += name.isEmpty() ? uniqueName : QStringLiteral(" (") + uniqueName + QLatin1Char(')');
    return name.isEmpty() ? sid : name + QStringLiteral(" — ") + sid;
}

} // namespace mediadesk
