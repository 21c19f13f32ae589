#include "filenames.h"

#include "mimedetection.h"

#include <QStringList>

namespace mediadesk {

namespace {
constexpr qsizetype MaxNameBytes = 255;

// C0 and C1 controls, DEL, separators and invisible format characters (bidi overrides) never
// reach a file name: a terminal or a file manager would act on them or show them misleadingly.
bool isForbidden(QChar c)
{
    return c.unicode() < 0x20 || (c.unicode() >= 0x7f && c.unicode() <= 0x9f) || c == u'/' || c == u'\\' ||
           c == u':' || c == u'*' || c == u'?' || c == u'"' || c == u'<' || c == u'>' || c == u'|' ||
           c.category() == QChar::Other_Format || c.category() == QChar::Separator_Line ||
           c.category() == QChar::Separator_Paragraph;
}
// Names Windows reserves for devices, with or without an extension ("NUL.txt" is the device too):
// a file saved under one on a shared or synced folder cannot be opened there.
bool isReservedDeviceName(const QString &name)
{
    const QString stem = name.section(u'.', 0, 0).trimmed().toUpper();
    static const QStringList reserved = {QStringLiteral("CON"),    QStringLiteral("PRN"),
                                         QStringLiteral("AUX"),    QStringLiteral("NUL"),
                                         QStringLiteral("CONIN$"), QStringLiteral("CONOUT$")};
    if (reserved.contains(stem))
        return true;
    return stem.size() == 4 &&
           (stem.startsWith(QLatin1String("COM")) || stem.startsWith(QLatin1String("LPT"))) &&
           stem.at(3) >= u'1' && stem.at(3) <= u'9';
}
} // namespace

QString sanitizeFileName(const QString &name)
{
    QString cleaned;
    cleaned.reserve(name.size());
    for (const QChar c : name)
        cleaned.append(isForbidden(c) ? QChar(u'_') : c);
    // Strip what hides or escapes a file: leading dots, trailing dots and spaces.
    while (!cleaned.isEmpty() && (cleaned.front() == u'.' || cleaned.front().isSpace()))
        cleaned.remove(0, 1);
    while (!cleaned.isEmpty() && (cleaned.back() == u'.' || cleaned.back().isSpace()))
        cleaned.chop(1);
    if (cleaned.isEmpty() || cleaned.count(u'_') == cleaned.size())
        return {};
    if (isReservedDeviceName(cleaned))
        cleaned.prepend(u'_');

    if (cleaned.toUtf8().size() > MaxNameBytes) {
        const qsizetype dot = cleaned.lastIndexOf(u'.');
        const QString ext = (dot > 0 && cleaned.size() - dot <= 16) ? cleaned.mid(dot) : QString();
        QString stem = cleaned.left(cleaned.size() - ext.size());
        while (!stem.isEmpty() && (stem + ext).toUtf8().size() > MaxNameBytes) {
            stem.chop(1);
            if (!stem.isEmpty() && stem.back().isHighSurrogate())
                stem.chop(1);
        }
        cleaned = stem + ext;
    }
    return cleaned;
}

QString downloadFileName(const QString &metadataName, const QString &mediaSid, const QString &contentType)
{
    const QString safe = sanitizeFileName(metadataName);
    if (!safe.isEmpty())
        return safe;
    return mediaSid + suffixForContentType(contentType);
}

} // namespace mediadesk
