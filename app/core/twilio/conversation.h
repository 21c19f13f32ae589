#pragma once

#include <QJsonObject>
#include <QString>
#include <optional>

namespace mediadesk {

// One Conversation of a Chat Service, as the picker lists it.
struct Conversation
{
    QString sid; // CH…
    QString friendlyName;
    QString uniqueName;

    static std::optional<Conversation> fromJson(const QJsonObject &object);
    // "Friendly name (unique-name) — CH…", leaving out what is empty.
    QString displayName() const;
    QString name() const; // the friendly name, else the unique name, else "" (printable)
};

// Conversations' limit on a message body (characters).
constexpr int MaxMessageBodyLength = 1600;

} // namespace mediadesk
