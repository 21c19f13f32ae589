#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>
#include <QUrl>

namespace mediadesk {

// The URL rules in one place: HTTPS everywhere except loopback, and origins
// (scheme, host, port) as the unit that decides where credentials may go.
class UrlPolicy
{
    Q_DECLARE_TR_FUNCTIONS(UrlPolicy)

public:
    static bool isLoopbackHost(const QString &host);
    // https anywhere, http only to 127.0.0.0/8, ::1 and localhost; a failure says why not.
    static Result<> checkTransport(const QUrl &url);
    // A base URL must be an origin: scheme://host[:port] with no path, query or fragment.
    static Result<> checkBaseUrl(const QUrl &url);
    static bool sameOrigin(const QUrl &a, const QUrl &b);
    static QString origin(const QUrl &url); // "https://host:443"
    // The URL as it may appear in a log: no user info, signature-like query values replaced.
    static QString redacted(const QUrl &url);
};

} // namespace mediadesk
