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
    QString downloadFolder;  // "" = the system's Downloads folder
    ProxyMode proxyMode = ProxyMode::System;
    QNetworkProxy::ProxyType proxyType = QNetworkProxy::HttpProxy; // HttpProxy or Socks5Proxy
    QString proxyHost;
    int proxyPort = 8080;
    QString proxyUser;

    static constexpr const char *ProxyPasswordKey = "proxy-password"; // keychain profile name

    static AppSettings load(QSettings &settings);
    void save(QSettings &settings) const;
    static std::unique_ptr<QSettings> openUserSettings(); // the file ProfileStore uses too

    QString effectiveDownloadFolder() const;
    // The proxy for ApiClient::setManualProxy: nullopt = the system's.
    std::optional<QNetworkProxy> proxy(const QString &password) const;
};

} // namespace mediadesk
