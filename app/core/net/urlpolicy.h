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
    // The URL as it may appear in a log: no user info or fragment, and the value of every query
    // parameter isSecretName() picks replaced by REDACTED.
    static QString redacted(const QUrl &url);
    // Every http(s) URL in a text (a message's body, a JSON string) redacted as above.
    static QString redactedUrlsIn(const QString &text);
    // A name that says its value is a credential, whatever the header, field, key or parameter:
    // signatures of CloudFront (Signature, Policy, Key-Pair-Id), S3 (X-Amz-Signature,
    // X-Amz-Credential, X-Amz-Security-Token) and Azure (sig), tokens, secrets, passwords, cookies.
    static bool isSecretName(QStringView name);
};

} // namespace mediadesk
