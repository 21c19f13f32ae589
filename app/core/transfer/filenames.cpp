#include "filenames.h"

#include "mimedetection.h"

namespace mediadesk {

namespace {
constexpr qsizetype MaxNameBytes = 255;

bool isForbidden(QChar c)
{
    return c.unicode() < 0x20 || c.unicode() == 0x7f || c == u'/' || c == u'\\' || c == u':' || c == u'*' ||
           c == u'?' || c == u'"' || c == u'<' || c == u'>' || c == u'|' ||
           c.category() == QChar::Other_Format;
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
