#include "sid.h"

#include <array>

namespace mediadesk {

namespace {
constexpr int HexDigits = 32;
constexpr int SidLength = 2 + HexDigits;

struct KindInfo
{
    SidKind kind;
    const char *prefix;
};
constexpr std::array<KindInfo, 8> Kinds = {{{SidKind::Account, "AC"},
                                            {SidKind::ApiKey, "SK"},
                                            {SidKind::Service, "IS"},
                                            {SidKind::Media, "ME"},
                                            {SidKind::Conversation, "CH"},
                                            {SidKind::Message, "IM"},
                                            {SidKind::Participant, "MB"},
                                            {SidKind::User, "US"}}};

bool isHexDigit(QChar c)
{
    return (c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f') || (c >= u'A' && c <= u'F');
}
} // namespace

QString Sid::prefix(SidKind kind)
{
    for (const auto &info : Kinds) {
        if (info.kind == kind)
            return QLatin1String(info.prefix);
    }
    return {};
}

std::optional<SidKind> Sid::kindOfPrefix(QStringView twoLetters)
{
    for (const auto &info : Kinds) {
        if (twoLetters == QLatin1String(info.prefix))
            return info.kind;
    }
    return std::nullopt;
}

QString Sid::kindName(SidKind kind)
{
    switch (kind) {
    case SidKind::Account:
        return tr("Account");
    case SidKind::ApiKey:
        return tr("API Key");
    case SidKind::Service:
        return tr("Chat Service");
    case SidKind::Media:
        return tr("Media");
    case SidKind::Conversation:
        return tr("Conversation");
    case SidKind::Message:
        return tr("Message");
    case SidKind::Participant:
        return tr("Participant");
    case SidKind::User:
        return tr("User");
    }
    return {};
}

Result<Sid> Sid::parse(QStringView input, SidKind expected)
{
    const QStringView text = input.trimmed();
    const QString wanted = prefix(expected);
    if (text.isEmpty()) {
        //: %1 is the kind of SID, e.g. "Media"; %2 its two-letter prefix
        return Failure(tr("The %1 SID is empty; it starts with %2 followed by 32 hexadecimal digits.")
                           .arg(kindName(expected), wanted));
    }
    const QStringView head = text.left(2);
    if (head != wanted) {
        if (const auto other = kindOfPrefix(head.toString().toUpper()); other && *other != expected) {
            //: %1 the text typed, %2 its kind ("Conversation"), %3 the kind expected, %4 expected prefix
            return Failure(
                tr("“%1” is a SID of type “%2”, but a SID of type “%3” is needed here (those start with "
                   "%4).")
                    .arg(text.toString(), kindName(*other), kindName(expected), wanted));
        }
        return Failure(tr("%1 SIDs start with %2, but “%3” starts with “%4”.")
                           .arg(kindName(expected), wanted, text.toString(), head.toString()));
    }
    for (qsizetype i = 2; i < text.size() && i < SidLength; ++i) {
        if (!isHexDigit(text.at(i))) {
            //: %3 is a 1-based character position
            return Failure(
                tr("“%1” contains “%2” at position %3; a SID has only hexadecimal digits (0–9, a–f) after "
                   "%4.")
                    .arg(text.toString(), text.mid(i, 1).toString())
                    .arg(i + 1)
                    .arg(wanted));
        }
    }
    if (text.size() != SidLength) {
        return Failure(tr("%1 SIDs have 34 characters (%2 and 32 hexadecimal digits), but “%3” has %4.")
                           .arg(kindName(expected), wanted, text.toString())
                           .arg(text.size()));
    }
    return Sid(expected, text.toString());
}

} // namespace mediadesk
