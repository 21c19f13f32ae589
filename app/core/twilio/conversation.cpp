#include "conversation.h"

#include "sid.h"
#include "text/displaytext.h"

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
    // The server's words, shown as text and never acted on.
    QString name = printableText(friendlyName);
    if (!uniqueName.isEmpty() && uniqueName != friendlyName)
        name += name.isEmpty() ? printableText(uniqueName)
                               : QStringLiteral(" (") + printableText(uniqueName) + QLatin1Char(')');
    return name.isEmpty() ? printableText(sid) : name + QStringLiteral(" — ") + printableText(sid);
}

QString Conversation::name() const
{
    return printableText(friendlyName.isEmpty() ? uniqueName : friendlyName);
}

} // namespace mediadesk
