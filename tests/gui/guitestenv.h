#pragma once

#include <QDir>
#include <QTemporaryDir>

// Every GUI test gets its own settings and data folders, and no session bus unless it asks for one:
// nothing can touch the developer's real profiles or keychain.
inline void isolateGuiTest(QTemporaryDir &home, bool keepSessionBus = false)
{
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(home.path()).filePath(QStringLiteral("cache")).toUtf8());
    if (!keepSessionBus)
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mediadesk-test-bus");
}
