#include "mimedetection.h"

#include <QMimeDatabase>
#include <QRegularExpression>

namespace mediadesk {

QString detectContentType(const QString &path)
{
    const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForFile(path, QMimeDatabase::MatchDefault);
    if (!type.isValid() || type.isDefault())
        return QStringLiteral("application/octet-stream");
    return type.name();
}

QString suffixForContentType(const QString &contentType)
{
    const QMimeDatabase db;
    const QMimeType type = db.mimeTypeForName(contentType.section(QLatin1Char(';'), 0, 0).trimmed());
    if (!type.isValid() || type.preferredSuffix().isEmpty())
        return {};
    return QLatin1Char('.') + type.preferredSuffix();
}

bool isValidContentType(const QString &contentType)
{
    // RFC 9110 §8.3.1: type "/" subtype *( OWS ";" OWS parameter ), a parameter's value a token
    // or a quoted-string. Visible ASCII only: nothing in it can end the header line (CR, LF) or
    // smuggle bytes the server would read differently.
    static const QRegularExpression pattern(QStringLiteral(
        R"(\A[ \t]*[A-Za-z0-9!#$%&'*+.^_`|~-]+/[A-Za-z0-9!#$%&'*+.^_`|~-]+)"
        R"((?:[ \t]*;[ \t]*[A-Za-z0-9!#$%&'*+.^_`|~-]+=)"
        R"((?:[A-Za-z0-9!#$%&'*+.^_`|~-]+|"(?:[\t \x21\x23-\x5B\x5D-\x7E]|\\[\t \x21-\x7E])*"))*[ \t]*\z)"));
    return pattern.match(contentType).hasMatch();
}

} // namespace mediadesk
