#pragma once

#include <QCoreApplication>
#include <QMetaType>
#include <QString>

namespace mediadesk {

// Everything that can go wrong talking to Twilio, reduced to what a person needs: what happened and
// what to do (userMessage), with the HTTP status and Twilio error code when there is one.
class TwilioError
{
    Q_DECLARE_TR_FUNCTIONS(TwilioError)

public:
    enum class Kind {
        None,
        Http,            // the server answered with a non-2xx status
        Network,         // could not connect, connection reset, host not found
        Timeout,         // no progress for the inactivity timeout
        Tls,             // certificate or handshake failure
        Proxy,           // the proxy refused or failed
        Cancelled,       // the user (or the program) aborted
        Redirect,        // too many hops, or a redirect that would downgrade to http
        InsecureUrl,     // a non-loopback http URL
        InvalidResponse, // the server's reply could not be understood
        File,            // a local file problem (refused before sending, changed, unwritable)
        InvalidRequest,  // MediaDesk refused to send a malformed request (e.g. a control character in a
                         // header)
    };

    TwilioError() = default;
    static TwilioError fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                                const QString &reasonPhrase = {});
    static TwilioError make(Kind kind, const QString &detail, const QString &host = {});

    Kind kind() const { return m_kind; }
    bool isError() const { return m_kind != Kind::None; }
    int httpStatus() const { return m_httpStatus; }
    int code() const { return m_code; } // Twilio error code, 0 when none
    // The service has no such resource (20404, or a plain 404): for a media, Twilio deleted it or
    // it never was in that service. The one rule for "gone".
    bool isNotFound() const { return m_code == 20404 || m_httpStatus == 404; }
    // The media host would not serve a temporary link: CloudFront answers 403 for an expired or bad
    // signature, and 400/404/410 are taken the same way. Worth one fresh link, never the same again.
    bool isRefusedLink() const;
    const QString &detail() const { return m_detail; }
    const QString &host() const { return m_host; }
    int attempts() const { return m_attempts; } // how many times the request was sent
    void setAttempts(int attempts) { m_attempts = attempts; }

    // Transient failures are worth an automatic retry: 429, 502, 503, 504, connection problems.
    bool isTransient() const;
    // Translated sentence(s) for people: what happened and what to do.
    QString userMessage() const;
    // Short, untranslated form for logs: "HTTP 404, Twilio 20404: The requested resource … was not found".
    QString logSummary() const;

private:
    QString triedText() const;

    Kind m_kind = Kind::None;
    int m_httpStatus = 0;
    int m_code = 0;
    QString m_serverMessage;
    QString m_detail;
    QString m_host;
    int m_attempts = 1;
};

} // namespace mediadesk

Q_DECLARE_METATYPE(mediadesk::TwilioError)
