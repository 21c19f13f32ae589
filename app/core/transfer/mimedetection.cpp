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
    static const QRegularExpression pattern(QStringLiteral(
        R"(^[A-Za-z0-9!#$&^_.+-]+/[A-Za-z0-9!#$&^_.+-]+(\s*;\s*[A-Za-z0-9!#$&^_.+-]+=[^;]+)*$)"));
    return pattern.match(contentType.trimmed()).hasMatch();
}

} // namespace mediadesk
