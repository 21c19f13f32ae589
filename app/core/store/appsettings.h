#pragma once

#include "transfer/conflictpolicy.h"

#include <QNetworkProxy>
#include <QString>
#include <optional>

class QSettings;

namespace mediadesk {

// The window's preferences (never a secret: the proxy password lives in the keychain, under
// CredentialStore::proxyPasswordKey()). Stored in the same settings file as the profiles.
struct AppSettings
{
    enum class ProxyMode { System, None, Manual };

    QString language;          // "" = follow the system, "en", "ja"
    int parallelTransfers = 3; // 1–8: uploads, downloads, an export's downloads and sends, all together
    QString downloadFolder;    // "" = defaultDownloadFolder()
    ProxyMode proxyMode = ProxyMode::System;
    QNetworkProxy::ProxyType proxyType = QNetworkProxy::HttpProxy; // HttpProxy or Socks5Proxy
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;
    // Speed limits in KiB per second, each with its switch (the number is kept while it is off),
    // and one switch for both that the status bar flips: a limit applies while both are on.
    bool limitUploads = false;
    int uploadLimitKiB = 1024;
    bool limitDownloads = false;
    int downloadLimitKiB = 1024;
    bool limitsEnabled = true;
    // Told when done: a desktop notification when a batch ends while the window is not in front,
    // and the batch's progress on the launcher icon (docks and KDE's task manager).
    // What a download into the download folder does when its file exists there: nullopt asks each
    // time (Overwrite, Rename or Skip; never Fail, which is for scripts).
    std::optional<ConflictPolicy> downloadConflict;
    bool notifyWhenDone = true;
    bool launcherProgress = true;

    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;

    // Where downloads are offered: the chosen folder while it exists, else the default. Always an
    // absolute path to a folder that exists (or the home folder, when nothing else can be made).
    QString effectiveDownloadFolder() const;
    // True when a folder was chosen and is gone (removed, an unplugged drive): Settings says so.
    bool isChosenDownloadFolderMissing() const;
    // The desktop's download folder (QStandardPaths::DownloadLocation), created when missing; the
    // home folder when there is none or it cannot be created.
    static QString defaultDownloadFolder();
    static constexpr int MaxLimitKiB = 10 * 1024 * 1024; // 10 GiB/s: beyond any link
    // Bytes per second for RateLimiter::setRate; 0 = no limit now.
    qint64 effectiveUploadLimit() const
    {
        return limitsEnabled && limitUploads ? uploadLimitKiB * qint64(1024) : 0;
    }
    qint64 effectiveDownloadLimit() const
    {
        return limitsEnabled && limitDownloads ? downloadLimitKiB * qint64(1024) : 0;
    }
    bool hasLimits() const { return limitUploads || limitDownloads; }
    // The proxy for ApiClient::setManualProxy: nullopt = the system's.
    std::optional<QNetworkProxy> proxy(const QString &password) const;
};

} // namespace mediadesk
