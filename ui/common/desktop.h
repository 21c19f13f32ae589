#pragma once

#include <QUrl>
#include <functional>

namespace mediadesk {

// Hands a URL (a web link, a file, a folder) to the desktop's handler. Replaceable so tests can
// see what would have been opened without launching anything.
struct Desktop
{
    static std::function<bool(const QUrl &url)> openUrl;
};

} // namespace mediadesk
