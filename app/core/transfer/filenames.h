#pragma once

#include <QString>

namespace mediadesk {

// A name that is safe to create in a folder: no separators, no "." or "..", no control
// characters, no leading/trailing spaces or dots, no device names Windows reserves (CON, NUL.txt,
// COM1…: prefixed with "_"), at most 255 UTF-8 bytes (extension kept).
// Returns "" when nothing usable is left.
QString sanitizeFileName(const QString &name);

// The local file name for downloaded media: the sanitised metadata name, or the SID plus the
// extension of its content type.
QString downloadFileName(const QString &metadataName, const QString &mediaSid, const QString &contentType);

} // namespace mediadesk
