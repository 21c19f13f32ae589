#pragma once

#include <QString>

namespace mediadesk {

// The MIME type of a local file from its content and its name (QMimeDatabase's default matching),
// e.g. "image/png" for a PNG without an extension. "application/octet-stream" when nothing fits.
QString detectContentType(const QString &path);

// A file-name extension (with the dot) for a content type, "" when none is known.
QString suffixForContentType(const QString &contentType);

// A content type typed by a person: "type/subtype" with token characters only.
bool isValidContentType(const QString &contentType);

} // namespace mediadesk
