#pragma once

#include "net/ratelimiter.h"
#include "net/retrypolicy.h"
#include "result.h"
#include "twilio/credentials.h"
#include "twilio/endpoints.h"

#include <QHash>
#include <QList>
#include <QNetworkProxy>
#include <QObject>
#include <QPair>
#include <QSslConfiguration>
#include <functional>
#include <optional>

class QIODevice;
class QSslCertificate;
class QSslError;
class QNetworkAccessManager;

namespace mediadesk {

class ApiReply;
class RequestLog;

// Everything one HTTP exchange needs. The body is opened afresh for each attempt so that retries
// and 307/308 redirects can send it again without holding it in memory.
struct ApiRequest
{
    QByteArray method = QByteArrayLiteral("GET");
    QUrl url;
    QList<QPair<QByteArray, QByteArray>> headers;
    std::function<Result<QIODevice *>()> openBody; // the reply owns the returned device
    qint64 bodySize = -1;
    QString bodyFile;         // the file openBody reads, named in the request log (Copy as curl)
    QByteArray bodyBytes;     // the body setBody() holds, shown in the request log as far as it may be
    bool authenticate = true; // attach credentials (only ever to the configured origins)
    bool retry = true;        // retry transient failures (429, 502–504, connection, timeout)
    // When set, a 2xx body goes here as it arrives instead of into memory; a failure stops the
    // transfer.
    std::function<Result<>(QByteArrayView chunk)> bodySink;
    std::function<void()> resetSink; // called before a retry writes again
    // Asked afresh for each attempt and hop, after `headers`: headers that follow what the sink
    // holds by then (a download's Range and If-Range).
    std::function<QList<QPair<QByteArray, QByteArray>>()> attemptHeaders;
    // Called once per attempt when a 2xx's headers are in, before its first byte reaches bodySink
    // (a 206 or a 200 to a Range); a failure stops the transfer with it.
    std::function<Result<>(const ApiReply &reply)> bodyStarts;
    qint64 maxBodyBytes = 16 * 1024 * 1024; // cap on what is kept in memory
    // A transfer's body (the upload's, or the one streamed to bodySink) moves within this
    // direction's limit of the client's rateLimiter(); API calls are never held back.
    std::optional<RateLimiter::Direction> rateLimit;

    // A small body held in memory (a form, a JSON command), sent again as it is on each attempt.
    void setBody(const QByteArray &body);
};

// The one place MediaDesk talks HTTP. It enforces the project's rules: credentials only to the
// configured MCS/Conversations origins, our own redirect handling (credentials dropped when the
// origin changes, https→http refused, at most 5 hops), https except on loopback, an inactivity
// timeout, retries with back-off and jitter honouring Retry-After, and a redacted request log.
class ApiClient : public QObject
{
    Q_OBJECT

public:
    static constexpr int MaxRedirects = 5;

    explicit ApiClient(QObject *parent = nullptr);
    ~ApiClient() override;

    void setEndpoints(const Endpoints &endpoints);
    const Endpoints &endpoints() const { return m_endpoints; }
    void setCredentials(const std::optional<Credentials> &credentials);
    bool hasCredentials() const { return m_credentials.has_value(); }
    const std::optional<Credentials> &credentials() const { return m_credentials; }
    void setRetryPolicy(const RetryPolicy &policy) { m_retryPolicy = policy; }
    const RetryPolicy &retryPolicy() const { return m_retryPolicy; }
    void setInactivityTimeoutMs(int ms) { m_inactivityTimeoutMs = ms; }
    int inactivityTimeoutMs() const { return m_inactivityTimeoutMs; }
    // A server that keeps a request alive with a byte now and then never trips the inactivity
    // timeout: an API reply (small, in memory) must be complete within the deadline, and a
    // transfer must move at least `bytes` in every window of `windowMs` in which it moves at all.
    void setRequestDeadlineMs(int ms) { m_requestDeadlineMs = ms; }
    int requestDeadlineMs() const { return m_requestDeadlineMs; }
    struct MinimumProgress
    {
        qint64 bytes = 1024;
        int windowMs = 30000;
    };
    void setMinimumProgress(MinimumProgress rule) { m_minimumProgress = rule; }
    MinimumProgress minimumProgress() const { return m_minimumProgress; }
    // No proxy for loopback, else the manual proxy when one is set, else the system's.
    void setManualProxy(const std::optional<QNetworkProxy> &proxy);
    QNetworkProxy proxyFor(const QUrl &url) const;
    const std::optional<QNetworkProxy> &manualProxy() const { return m_manualProxy; }

    // Certificates trusted besides the system's, for every request (a TLS-inspecting corporate
    // proxy, or the emulator's throwaway test CA). The constructor loads MEDIADESK_CA_FILE (PEM);
    // a file that cannot be read or holds no certificate makes every request fail with
    // caFileProblem(), rather than silently trusting less or more than asked.
    //
    // Handshakes check the file's certificates alone, which costs nothing; a server the file does
    // not vouch for is then checked against the system's authorities (systemTrusts()). Putting
    // both in one list would have Qt parse the whole system store (~140 ms) in every process.
    static constexpr const char *CaFileVariable = "MEDIADESK_CA_FILE";
    bool loadCaFile(const QString &path);
    QString caFileProblem() const { return m_caFileProblem; }
    bool caFileLoaded() const { return m_caFileLoaded; }
    const QSslConfiguration &sslConfiguration() const { return m_ssl; }
    // True when a handshake failed only because the CA file does not vouch for the server, and
    // the system's authorities (with Qt's default configuration) do, for this host name. Cached
    // per host and chain, since each check reloads the system store (~100 ms). Always false where
    // the TLS backend cannot check a chain (see chainCheckProblem()): it fails closed.
    bool systemTrusts(const QList<QSslError> &errors, const QList<QSslCertificate> &chain,
                      const QString &host);
    // Why a server the CA file does not vouch for cannot be checked against the system's
    // authorities here; "" where it can. Only Qt's OpenSSL backend implements
    // QSslCertificate::verify(); Schannel, Secure Transport and the certificate-only backend
    // return no error without checking anything, which must never read as "trusted".
    static QString chainCheckProblem();
    // True when every error only says no trusted issuer was found: the one kind systemTrusts() may
    // overrule.
    static bool onlyIssuerErrors(const QList<QSslError> &errors);

    RequestLog *requestLog() const { return m_log; }
    RateLimiter *rateLimiter() const { return m_rateLimiter; }
    QNetworkAccessManager *network() const { return m_network; }

    // True when credentials may be attached to a request for this URL.
    bool isCredentialOrigin(const QUrl &url) const;
    QByteArray authorizationFor(const QUrl &url) const; // empty when none may be sent

    // Starts the request at once, after connectFirst (when given) has connected what the caller
    // needs (see Job::send). A request refused before sending (an unsafe URL or header) finishes
    // before this returns. The caller owns the reply (deleteLater() after finished()).
    ApiReply *sendNow(ApiRequest request, const std::function<void(ApiReply *)> &connectFirst = {});

private:
    QNetworkAccessManager *m_network;
    RequestLog *m_log;
    RateLimiter *m_rateLimiter;
    Endpoints m_endpoints;
    std::optional<Credentials> m_credentials;
    std::optional<QNetworkProxy> m_manualProxy;
    RetryPolicy m_retryPolicy;
    QSslConfiguration m_ssl;
    QString m_caFileProblem;
    bool m_caFileLoaded = false;
    QHash<QByteArray, bool> m_systemVerdicts; // host + chain digest → trusted by the system
    int m_inactivityTimeoutMs = 60000;
    int m_requestDeadlineMs = 120000;
    MinimumProgress m_minimumProgress;
};

} // namespace mediadesk
