#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStandardPaths>

namespace mediadesk {

AppSettings AppSettings::load(QSettings &s)
{
    AppSettings a;
    s.beginGroup(QStringLiteral("settings"));
    a.language = s.value(QStringLiteral("language")).toString();
    // (Saved as "parallelUploads" before it said what it limits.)
    a.parallelTransfers = qBound(
        1,
        s.value(QStringLiteral("parallelTransfers"), s.value(QStringLiteral("parallelUploads"), 3)).toInt(),
        8);
    a.downloadFolder = s.value(QStringLiteral("downloadFolder")).toString();
    const QString mode = s.value(QStringLiteral("proxyMode"), QStringLiteral("system")).toString();
    a.proxyMode = mode == QLatin1String("none")     ? ProxyMode::None
                  : mode == QLatin1String("manual") ? ProxyMode::Manual
                                                    : ProxyMode::System;
    a.proxyType = s.value(QStringLiteral("proxyType")).toString() == QLatin1String("socks5")
                      ? QNetworkProxy::Socks5Proxy
                      : QNetworkProxy::HttpProxy;
    a.proxyHost = s.value(QStringLiteral("proxyHost")).toString();
    a.proxyPort = qBound(1, s.value(QStringLiteral("proxyPort"), 8080).toInt(), 65535);
    a.proxyUser = s.value(QStringLiteral("proxyUser")).toString();
    a.limitUploads = s.value(QStringLiteral("limitUploads"), false).toBool();
    a.uploadLimitKiB = qBound(1, s.value(QStringLiteral("uploadLimitKiB"), 1024).toInt(), MaxLimitKiB);
    a.limitDownloads = s.value(QStringLiteral("limitDownloads"), false).toBool();
    a.downloadLimitKiB = qBound(1, s.value(QStringLiteral("downloadLimitKiB"), 1024).toInt(), MaxLimitKiB);
    a.limitsEnabled = s.value(QStringLiteral("limitsEnabled"), true).toBool();
    a.downloadConflict = conflictPolicyFromName(s.value(QStringLiteral("downloadConflict")).toString());
    if (a.downloadConflict == ConflictPolicy::Fail)
        a.downloadConflict.reset(); // the window has no use for "fail": it asks
    a.notifyWhenDone = s.value(QStringLiteral("notifyWhenDone"), true).toBool();
    a.launcherProgress = s.value(QStringLiteral("launcherProgress"), true).toBool();
    s.endGroup();
    return a;
}

void AppSettings::save(QSettings &s) const
{
    s.beginGroup(QStringLiteral("settings"));
    s.setValue(QStringLiteral("language"), language);
    s.setValue(QStringLiteral("parallelTransfers"), parallelTransfers);
    s.remove(QStringLiteral("parallelUploads"));
    s.setValue(QStringLiteral("downloadFolder"), downloadFolder);
    s.setValue(QStringLiteral("proxyMode"), proxyMode == ProxyMode::None     ? QStringLiteral("none")
                                            : proxyMode == ProxyMode::Manual ? QStringLiteral("manual")
                                                                             : QStringLiteral("system"));
    s.setValue(QStringLiteral("proxyType"),
               proxyType == QNetworkProxy::Socks5Proxy ? QStringLiteral("socks5") : QStringLiteral("http"));
    s.setValue(QStringLiteral("proxyHost"), proxyHost);
    s.setValue(QStringLiteral("proxyPort"), proxyPort);
    s.setValue(QStringLiteral("proxyUser"), proxyUser);
    s.setValue(QStringLiteral("limitUploads"), limitUploads);
    s.setValue(QStringLiteral("uploadLimitKiB"), uploadLimitKiB);
    s.setValue(QStringLiteral("limitDownloads"), limitDownloads);
    s.setValue(QStringLiteral("downloadLimitKiB"), downloadLimitKiB);
    s.setValue(QStringLiteral("limitsEnabled"), limitsEnabled);
    s.setValue(QStringLiteral("downloadConflict"),
               downloadConflict ? conflictPolicyName(*downloadConflict) : QStringLiteral("ask"));
    s.setValue(QStringLiteral("notifyWhenDone"), notifyWhenDone);
    s.setValue(QStringLiteral("launcherProgress"), launcherProgress);
    s.endGroup();
    s.sync();
}

QString AppSettings::effectiveDownloadFolder() const
{
    if (!downloadFolder.isEmpty() && !isChosenDownloadFolderMissing())
        return QDir::cleanPath(QFileInfo(downloadFolder).absoluteFilePath());
    return defaultDownloadFolder();
}

bool AppSettings::isChosenDownloadFolderMissing() const
{
    return !downloadFolder.isEmpty() && !QFileInfo(downloadFolder).isDir();
}

QString AppSettings::defaultDownloadFolder()
{
    const QString home = QDir::homePath();
    const QString location = QStandardPaths::writableLocation(QStandardPaths::DownloadLocation);
    // Qt names $HOME/Downloads even where no such folder exists; a save dialog would then offer a
    // path that cannot be saved to. The default is ours to create (a chosen folder never is).
    if (location.isEmpty() || !QDir::isAbsolutePath(location) ||
        QDir::cleanPath(location) == QDir::cleanPath(home))
        return home;
    if (QFileInfo(location).isDir() || QDir().mkpath(location))
        return QDir::cleanPath(location);
    return home;
}

std::optional<QNetworkProxy> AppSettings::proxy(const QString &password) const
{
    switch (proxyMode) {
    case ProxyMode::System:
        return std::nullopt;
    case ProxyMode::None:
        return QNetworkProxy(QNetworkProxy::NoProxy);
    case ProxyMode::Manual:
        return QNetworkProxy(proxyType, proxyHost, quint16(proxyPort), proxyUser, password);
    }
    return std::nullopt;
}

} // namespace mediadesk
