#pragma once

#include <QNetworkProxy>
#include <QString>
#include <memory>
#include <optional>

class QSettings;

namespace mediadesk {

// The window's preferences (never a secret: the proxy password lives in the keychain under
// ProxyPasswordKey). Stored in the same settings file as the profiles.
struct AppSettings
{
    enum class ProxyMode { System, None, Manual };

    QString language;        // "" = follow the system, "en", "ja"
    int parallelUploads = 3; // 1–8
    QString downloadFolder;  // "" = defaultDownloadFolder()
    ProxyMode proxyMode = ProxyMode::System;
    QNetworkProxy::ProxyType proxyType = QNetworkProxy::HttpProxy; // HttpProxy or Socks5Proxy
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;

    static constexpr const char *ProxyPasswordKey = "proxy-password"; // keychain profile name

    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    static std::unique_ptr<QSettings> openUserSettings(); // the file ProfileStore uses too

    // Where downloads are offered: the chosen folder while it exists, else the default. Always an
    // absolute path to a folder that exists (or the home folder, when nothing else can be made).
    QString effectiveDownloadFolder() const;
    // True when a folder was chosen and is gone (removed, an unplugged drive): Settings says so.
    bool isChosenDownloadFolderMissing() const;
    // The desktop's download folder (QStandardPaths::DownloadLocation), created when missing; the
    // home folder when there is none or it cannot be created.
    static QString defaultDownloadFolder();
    // The proxy for ApiClient::setManualProxy: nullopt = the system's.
    std::optional<QNetworkProxy> proxy(const QString &password) const;
};

} // namespace mediadesk
