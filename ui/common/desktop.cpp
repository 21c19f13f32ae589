#include "desktop.h"

#include <QDesktopServices>

namespace mediadesk {

std::function<bool(const QUrl &)> Desktop::openUrl = [](const QUrl &url) {
    return QDesktopServices::openUrl(url);
};

} // namespace mediadesk
