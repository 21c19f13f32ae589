#pragma once

#include <QString>

namespace mediadesk {

// MediaDesk's own files (the library, the queue with message bodies, settings, pasted images, the
// sandbox's media) are nobody else's business on a shared machine: folders 0700, files 0600.
// Both return false (with errno untouched by us) when the folder or file cannot be made so.

// Creates the folder (and missing parents) and makes the folder itself owner-only.
bool makePrivateFolder(const QString &path);
// Creates an empty owner-only file if there is none, or makes an existing one owner-only.
bool makePrivateFile(const QString &path);

} // namespace mediadesk
