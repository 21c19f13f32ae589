#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <optional>

namespace mediadesk {

// The kinds of Twilio SIDs MediaDesk deals with; each is two letters plus 32 hex digits.
enum class SidKind { Account, ApiKey, Service, Media, Conversation, Message, Participant, User };

// A validated Twilio SID. Construct through parse() so that every Sid in the program is well-formed.
class Sid
{
    Q_DECLARE_TR_FUNCTIONS(Sid)

public:
    Sid() = default;

    // Trims surrounding white space; a failure says exactly what is wrong (wrong kind, length,
    // character).
    static Result<Sid> parse(QStringView text, SidKind expected);

    static QString prefix(SidKind kind);
    static QString kindName(SidKind kind); // translated, e.g. "Media"
    static std::optional<SidKind> kindOfPrefix(QStringView twoLetters);

    bool isNull() const { return m_text.isEmpty(); }
    SidKind kind() const { return m_kind; }
    const QString &toString() const { return m_text; }

    friend bool operator==(const Sid &a, const Sid &b) { return a.m_text == b.m_text; }

private:
    Sid(SidKind kind, QString text) : m_kind(kind), m_text(std::move(text)) {}
    SidKind m_kind = SidKind::Account;
    QString m_text;
};

} // namespace mediadesk
