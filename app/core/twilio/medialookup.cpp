#include "medialookup.h"

#include "sid.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QUrl>

namespace mediadesk {

namespace {
// A SID inside a longer text: two letters and 32 hex digits, not part of a longer word.
QString findSid(QStringView text, const QString &prefix)
{
    static const QRegularExpression any(
        QStringLiteral("(?<![0-9A-Za-z])([A-Z]{2})([0-9a-fA-F]{32})(?![0-9A-Za-z])"));
    for (auto it = any.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (m.captured(1) == prefix)
            return m.captured(0);
    }
    return {};
}

// The kind of the first SID in a text, to say what was pasted when it holds no Media SID.
QString firstSidKind(QStringView text)
{
    static const QRegularExpression any(
        QStringLiteral("(?<![0-9A-Za-z])([A-Z]{2})[0-9a-fA-F]{32}(?![0-9A-Za-z])"));
    for (auto it = any.globalMatch(text); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        if (const auto kind = Sid::kindOfPrefix(m.capturedView(1)))
            return Sid::kindName(*kind);
    }
    return {};
}

bool looksLikeAddress(QStringView text)
{
    return text.contains(QLatin1String("://")) || text.startsWith(u'/');
}
} // namespace

Result<MediaLookupInput> MediaLookupInput::parse(QStringView input)
{
    MediaLookupInput result;
    QStringView text = input.trimmed();
    // Quotes come along when a value is copied out of JSON or a shell line.
    while (text.size() >= 2 && (text.front() == u'"' || text.front() == u'\'') && text.back() == text.front())
        text = text.mid(1, text.size() - 2).trimmed();

    if (text.startsWith(u'{')) {
        result.source = Source::Json;
        QJsonParseError parseError;
        const QJsonDocument doc = QJsonDocument::fromJson(text.toUtf8(), &parseError);
        if (!doc.isObject()) {
            return Failure(tr("The pasted text starts like JSON but is not valid JSON (%1).")
                               .arg(parseError.errorString()));
        }
        const QJsonObject object = doc.object();
        const QString sid = object.value(QLatin1String("sid")).toString();
        if (sid.isEmpty()) {
            return Failure(tr("The pasted JSON has no “sid”; paste the Media resource as MCS returned it."));
        }
        if (const Result<Sid> valid = Sid::parse(sid, SidKind::Media); !valid)
            return Failure(valid.problem());
        result.mediaSid = sid;
        const QString service = object.value(QLatin1String("service_sid")).toString();
        if (Sid::parse(service, SidKind::Service))
            result.serviceSid = service;
        return result;
    }

    if (looksLikeAddress(text)) {
        result.source = Source::Url;
        const QUrl url(text.toString());
        const QString path = url.isValid() ? url.path() : text.toString();
        result.mediaSid = findSid(path, Sid::prefix(SidKind::Media));
        if (result.mediaSid.isEmpty()) {
            const QString kind = firstSidKind(path);
            return Failure(kind.isEmpty()
                               ? tr("The address holds no Media SID (ME followed by 32 hexadecimal digits).")
                               //: %1 the kind of SID found instead, e.g. "Conversation"
                               : tr("The address names a %1, not a Media item; paste an address that "
                                    "contains a Media SID (ME…).")
                                     .arg(kind));
        }
        // …/Services/IS…/Media/ME…: the media lives in that service.
        static const QRegularExpression inService(QStringLiteral("/Services/(IS[0-9a-fA-F]{32})/Media/"),
                                                  QRegularExpression::CaseInsensitiveOption);
        if (const QRegularExpressionMatch m = inService.match(path); m.hasMatch())
            result.serviceSid = m.captured(1);
        return result;
    }

    result.source = Source::Sid;
    if (const Result<Sid> valid = Sid::parse(text, SidKind::Media); !valid)
        return Failure(valid.problem());
    result.mediaSid = text.toString();
    return result;
}

} // namespace mediadesk
