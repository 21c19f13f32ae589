#include "apireply.h"

#include "clock.h"
#include "logging.h"
#include "requestlog.h"
#include "socketoptions.h"
#include "text/displaytext.h"
#include "throttledbody.h"
#include "urlpolicy.h"

#include <QBuffer>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QSslError>
#include <QTimer>
#include <algorithm>

namespace mediadesk {

namespace {
constexpr qint64 ReadChunk = 256 * 1024;
constexpr qint64 StreamBufferBytes = 4 * 1024 * 1024;
constexpr qsizetype LoggedBodyBytes = 64 * 1024; // a larger in-memory body is left out of the log

// What QNAM may read ahead of a limited download: a quarter of a second's worth, so the limit
// governs what the network carries too, not only what reaches the disk.
qint64 readAheadBytes(const RateLimiter *limiter)
{
    if (!limiter->isLimited(RateLimiter::Direction::Download))
        return StreamBufferBytes;
    return std::clamp(limiter->rate(RateLimiter::Direction::Download) / 4, qint64(16 * 1024),
                      StreamBufferBytes);
}

bool isRedirect(int status)
{
    return status == 301 || status == 302 || status == 303 || status == 307 || status == 308;
}

// RFC 9110 §5.1/§5.5: a name is a token; a value holds no control character but HTAB. Qt writes
// raw headers as given, so a CR or LF here would put a header of its own on the wire.
bool isSafeHeaderField(const QByteArray &name, const QByteArray &value)
{
    static constexpr QByteArrayView tokenPunctuation = "!#$%&'*+-.^_`|~";
    if (name.isEmpty())
        return false;
    for (const char c : name) {
        const bool alnum = (c >= '0' && c <= '9') || (c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z');
        if (!alnum && !tokenPunctuation.contains(c))
            return false;
    }
    for (const char c : value) {
        const auto byte = static_cast<unsigned char>(c);
        if ((byte < 0x20 && byte != '\t') || byte == 0x7f)
            return false;
    }
    return true;
}
} // namespace

ApiReply::ApiReply(ApiClient *client, ApiRequest request)
    : m_client(client)
    , m_request(std::move(request))
    , m_inactivity(new QTimer(this))
    , m_deadline(new QTimer(this))
    , m_pace(new QTimer(this))
    , m_retryTimer(new QTimer(this))
{
    m_inactivity->setSingleShot(true);
    m_deadline->setSingleShot(true);
    connect(m_deadline, &QTimer::timeout, this, [this] {
        timeOut(
            tr("no complete reply within %1 seconds").arg(m_client->requestDeadlineMs() / 1000.0, 0, 'g', 3));
    });
    connect(m_pace, &QTimer::timeout, this, &ApiReply::onPaceCheck);
    m_retryTimer->setSingleShot(true);
    m_retryTimer->setTimerType(Qt::PreciseTimer); // a coarse timer may fire before Retry-After
    connect(m_inactivity, &QTimer::timeout, this, &ApiReply::onInactivity);
    connect(m_retryTimer, &QTimer::timeout, this, &ApiReply::issue);
    if (m_request.rateLimit == RateLimiter::Direction::Download && m_request.bodySink) {
        connect(m_client->rateLimiter(), &RateLimiter::ratesChanged, this, [this] {
            if (m_reply)
                m_reply->setReadBufferSize(readAheadBytes(m_client->rateLimiter()));
        });
    }
}

ApiReply::~ApiReply()
{
    releaseReply();
}

void ApiReply::start()
{
    if (m_finished || m_attempt > 0)
        return;
    m_attempt = 1;
    m_currentUrl = m_request.url;
    m_method = m_request.method;
    if (const Result<> transport = UrlPolicy::checkTransport(m_currentUrl); !transport) {
        finish(TwilioError::make(TwilioError::Kind::InsecureUrl, transport.problem(), m_currentUrl.host()));
        return;
    }
    for (const auto &[name, value] : m_request.headers) {
        if (!isSafeHeaderField(name, value)) {
            finish(TwilioError::make(
                TwilioError::Kind::InvalidRequest,
                tr("MediaDesk refused to send the header “%1”: its name or value holds a control "
                   "character, which could end the header line and add headers nobody asked for.")
                    .arg(QString::fromLatin1(name.toPercentEncoding()))));
            return;
        }
    }
    if (const QString problem = m_client->caFileProblem(); !problem.isEmpty()) {
        finish(TwilioError::make(TwilioError::Kind::Tls, problem, m_currentUrl.host()));
        return;
    }
    issue();
}

void ApiReply::issue()
{
    if (m_finished)
        return;
    m_status = 0;
    m_headers.clear();
    m_body.clear();
    m_bodyOverflow = false;
    m_bodyStarted = false;
    m_finishDeferred = false;
    m_waitingForLimit = false;
    m_bytesSent = 0;
    m_bytesReceived = 0;
    m_waitMs = -1;
    m_timedOut.clear();
    m_tlsRefusal.clear();
    m_paceMark = 0;

    QNetworkRequest request(m_currentUrl);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    if (m_currentUrl.scheme() == QLatin1String("https"))
        request.setSslConfiguration(m_client->sslConfiguration());
    // Transfers (a body from a file, or one streamed to disk) go on HTTP/1.1 connections of their
    // own: with HTTP/2 allowed, QNAM first opens a single connection to learn from ALPN whether
    // the server speaks it, and opens the others only after that handshake; 200 small uploads
    // four at a time over TLS at 50 ms took 3.17 s that way and 3.06 s without (curl: 3.05 s).
    // A transfer on its own connection also gets its own congestion window, and never shares
    // HTTP/2 flow control with a 150 MB neighbour. API calls keep HTTP/2 where it is offered.
    if ((m_sendBody && m_request.openBody) || m_request.bodySink)
        request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QStringLiteral("MediaDesk/%1 (Qt %2)")
                          .arg(QCoreApplication::applicationVersion(), QString::fromLatin1(qVersion())));
    for (const auto &[name, value] : m_request.headers)
        request.setRawHeader(name, value);
    if (m_request.attemptHeaders) {
        for (const auto &[name, value] : m_request.attemptHeaders()) {
            if (isSafeHeaderField(name, value)) // values may come from a server (an ETag)
                request.setRawHeader(name, value);
        }
    }
    // Credentials only on the first origin of the chain, only if it is a configured one, and
    // never again once the chain has left it: a path a foreign host chose is not ours to sign.
    if (m_request.authenticate && !m_leftOrigin && UrlPolicy::sameOrigin(m_currentUrl, m_request.url)) {
        if (const QByteArray auth = m_client->authorizationFor(m_currentUrl); !auth.isEmpty())
            request.setRawHeader(QByteArrayLiteral("Authorization"), auth);
    }

    m_bodyDevice = nullptr;
    if (m_sendBody && m_request.openBody) {
        const Result<QIODevice *> body = m_request.openBody();
        if (!body) {
            finish(TwilioError::make(TwilioError::Kind::File, body.problem()));
            return;
        }
        m_bodyDevice = *body;
        // A body in memory goes to QNAM as it is while no upload limit holds: the request then
        // turns round faster (measured at the relay: 1.47 → 1.30 ms from an answer to the next
        // request). A limit set while it is sent leaves its at most 1 MiB unheld.
        if (m_request.rateLimit == RateLimiter::Direction::Upload &&
            (m_client->rateLimiter()->isLimited(RateLimiter::Direction::Upload) ||
             !qobject_cast<QBuffer *>(m_bodyDevice)))
            m_bodyDevice = new ThrottledBody(m_bodyDevice, m_client->rateLimiter());
        if (m_request.bodySize >= 0)
            request.setHeader(QNetworkRequest::ContentLengthHeader, m_request.bodySize);
    }

    HeaderList headersSent;
    for (const QByteArray &name : request.rawHeaderList())
        headersSent.append({name, request.rawHeader(name)});
    m_sentHeaders = RequestLog::redactedHeaders(headersSent);
    // Which credentials went (as sent: the account may change before the reply is in).
    m_sentCredentials.reset();
    if (request.hasRawHeader(QByteArrayLiteral("Authorization")) && m_client->credentials())
        m_sentCredentials = m_client->credentials()->method();

    m_startedAt = Clock::nowUtc();
    m_elapsed.start();
    // A kept-alive connection made for an earlier request is reused now: make sure it sends
    // without Nagle's wait (see socketoptions.h).
    enableLowDelayOnTcpSockets();
    m_reply = m_client->network()->sendCustomRequest(request, m_method, m_bodyDevice);
    if (m_bodyDevice)
        m_bodyDevice->setParent(m_reply); // QNAM reads it until the reply is gone
    // Streamed to disk: QNAM reads ahead of the disk at most this far, so memory stays flat.
    if (m_request.bodySink)
        m_reply->setReadBufferSize(m_request.rateLimit == RateLimiter::Direction::Download
                                       ? readAheadBytes(m_client->rateLimiter())
                                       : StreamBufferBytes);
    connect(m_reply, &QNetworkReply::readyRead, this, &ApiReply::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &ApiReply::onFinished);
    connect(m_reply, &QNetworkReply::uploadProgress, this, [this](qint64 sent, qint64 total) {
        m_inactivity->start();
        m_bytesSent = std::max(m_bytesSent, sent); // Qt ends with (0, 0) when it told nothing before
        emit uploadProgress(sent, total);
    });
    connect(m_reply, &QNetworkReply::downloadProgress, this, [this](qint64 received, qint64 total) {
        m_inactivity->start();
        if (m_status >= 200 && m_status < 300)
            emit downloadProgress(received, total);
    });
    connect(m_reply, &QNetworkReply::metaDataChanged, this, [this] {
        m_inactivity->start();
        if (m_waitMs < 0)
            m_waitMs = m_elapsed.elapsed();
    });
    // A server the CA file does not vouch for may still be one the system's authorities do.
    connect(m_reply, &QNetworkReply::sslErrors, this, [this](const QList<QSslError> &errors) {
        const QList<QSslCertificate> chain = m_reply->sslConfiguration().peerCertificateChain();
        if (m_client->systemTrusts(errors, chain, m_currentUrl.host()))
            m_reply->ignoreSslErrors(errors);
        else if (m_client->caFileLoaded() && ApiClient::onlyIssuerErrors(errors))
            m_tlsRefusal = ApiClient::chainCheckProblem(); // "" where the system was asked and said no
    });
    // A new connection: its socket exists now, and its first request leaves after the handshake.
    connect(m_reply, &QNetworkReply::socketStartedConnecting, this, [] { enableLowDelayOnTcpSockets(); });
    m_inactivity->start(m_client->inactivityTimeoutMs());
    if (m_request.openBody || m_request.bodySink)
        m_pace->start(m_client->minimumProgress().windowMs);
    else
        m_deadline->start(m_client->requestDeadlineMs());
}

void ApiReply::captureHeaders()
{
    if (m_status != 0 || !m_reply)
        return;
    m_status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    for (const auto &[name, value] : m_reply->rawHeaderPairs())
        m_headers.insert(name.toLower(), value);
}

void ApiReply::onReadyRead()
{
    if (!m_reply)
        return;
    m_inactivity->start();
    captureHeaders();
    const bool success = m_status >= 200 && m_status < 300;
    if (success && !m_bodyStarted && m_request.bodyStarts) {
        m_bodyStarted = true;
        if (const Result<> accepted = m_request.bodyStarts(*this); !accepted) {
            fail(TwilioError::make(TwilioError::Kind::InvalidResponse, accepted.problem(),
                                   m_currentUrl.host()));
            return;
        }
    }
    const bool limited =
        success && m_request.bodySink && m_request.rateLimit == RateLimiter::Direction::Download;
    char buffer[ReadChunk];
    while (m_reply && m_reply->bytesAvailable() > 0) {
        qint64 wanted = sizeof buffer;
        if (limited) {
            wanted = m_client->rateLimiter()->take(RateLimiter::Direction::Download,
                                                   std::min(wanted, m_reply->bytesAvailable()), this,
                                                   [this] { onReadyRead(); });
            m_waitingForLimit = wanted == 0;
            if (m_waitingForLimit)
                break; // woken again when the limit allows more
        }
        const qint64 n = m_reply->read(buffer, wanted);
        if (n <= 0)
            break;
        m_bytesReceived += n;
        if (isRedirect(m_status))
            continue; // the body of a redirect is never used
        if (success && m_request.bodySink) {
            if (const Result<> sunk = m_request.bodySink(QByteArrayView(buffer, n)); !sunk) {
                fail(TwilioError::make(TwilioError::Kind::File, sunk.problem()));
                return;
            }
            continue;
        }
        if (m_body.size() + n > m_request.maxBodyBytes) {
            m_bodyOverflow = true;
            continue;
        }
        m_body.append(buffer, n);
    }
    if (m_finishDeferred && m_reply && !m_waitingForLimit) {
        m_finishDeferred = false;
        onFinished();
    }
}

TwilioError ApiReply::networkError() const
{
    using E = QNetworkReply::NetworkError;
    const E code = m_reply->error();
    const QString host = m_currentUrl.host();
    const QString detail = printableText(m_reply->errorString()); // may quote the server's reason
    if (code >= E::ProxyConnectionRefusedError && code <= E::ProxyAuthenticationRequiredError)
        return TwilioError::make(TwilioError::Kind::Proxy, detail, host);
    if (code == E::SslHandshakeFailedError)
        return TwilioError::make(TwilioError::Kind::Tls, m_tlsRefusal.isEmpty() ? detail : m_tlsRefusal,
                                 host);
    if (code == E::TimeoutError)
        return TwilioError::make(TwilioError::Kind::Timeout, detail, host);
    return TwilioError::make(TwilioError::Kind::Network, detail, host);
}

void ApiReply::onFinished()
{
    if (!m_reply || m_finished)
        return;
    m_inactivity->stop();
    m_deadline->stop();
    m_pace->stop();
    captureHeaders();
    if (!m_stopping) // after abort() or fail(), nothing more goes to the sink
        onReadyRead();
    if (m_finished || !m_reply)
        return;
    if (!m_stopping && m_waitingForLimit && m_reply->bytesAvailable() > 0) {
        m_finishDeferred = true; // the download limit holds back the last bytes; onReadyRead() ends it
        return;
    }

    if (m_stopping) {
        logAttempt(m_stopReason.logSummary(), m_stopReason.kind() != TwilioError::Kind::Cancelled);
        finish(m_stopReason);
        return;
    }
    if (!m_timedOut.isEmpty()) {
        const auto error = TwilioError::make(TwilioError::Kind::Timeout, m_timedOut, m_currentUrl.host());
        logAttempt(error.logSummary(), true);
        retryOrFail(error, {});
        return;
    }

    const QNetworkReply::NetworkError netError = m_reply->error();
    if (netError != QNetworkReply::NoError && (m_status == 0 || (m_status >= 200 && m_status < 300))) {
        // No answer at all, or a 2xx that Qt ended with any error (cut off, a body that does not
        // inflate, a broken stream): never a success, however many bytes arrived.
        const TwilioError error = networkError();
        logAttempt(error.logSummary(), true);
        retryOrFail(error, {});
        return;
    }

    if (isRedirect(m_status)) {
        logAttempt(tr("redirect"), false);
        handleRedirect(m_status);
        return;
    }

    if (m_status >= 200 && m_status < 300) {
        const QByteArray rawLength = header(QByteArrayLiteral("content-length"));
        const bool lengthValid =
            std::all_of(rawLength.cbegin(), rawLength.cend(), [](char c) { return c >= '0' && c <= '9'; }) &&
            rawLength.size() <= 18;
        if (!rawLength.isEmpty() && !lengthValid) {
            const auto error = TwilioError::make(
                TwilioError::Kind::InvalidResponse,
                tr("%1 announced a length that is not a number of bytes (Content-Length: %2); the reply "
                   "was not used.")
                    .arg(m_currentUrl.host(), printableText(QString::fromLatin1(rawLength.left(40)))),
                m_currentUrl.host());
            logAttempt(error.logSummary(), true);
            retryOrFail(error, {});
            return;
        }
        // Qt 6.4 sometimes reports a body cut off by a dropped connection as a clean finish:
        // fewer bytes than Content-Length is a connection failure, and worth another attempt.
        bool lengthKnown = false;
        const qint64 announced = rawLength.toLongLong(&lengthKnown);
        if (lengthKnown && m_bytesReceived < announced && m_method != "HEAD") {
            const auto error = TwilioError::make(
                TwilioError::Kind::Network,
                tr("the connection closed after %1 of %2 bytes").arg(m_bytesReceived).arg(announced),
                m_currentUrl.host());
            logAttempt(error.logSummary(), true);
            retryOrFail(error, {});
            return;
        }
        logAttempt({}, false);
        if (m_bodyOverflow) {
            finish(TwilioError::make(TwilioError::Kind::InvalidResponse,
                                     tr("The server's reply is larger than expected (over %1 MB).")
                                         .arg(m_request.maxBodyBytes / (1024 * 1024))));
            return;
        }
        finish({});
        return;
    }

    const TwilioError error =
        TwilioError::fromHttp(m_status, m_body, header(QByteArrayLiteral("content-type")),
                              m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString());
    logAttempt(error.logSummary(), true);
    retryOrFail(error, header(QByteArrayLiteral("retry-after")));
}

void ApiReply::handleRedirect(int status)
{
    const QUrl base = m_reply->url();
    const QByteArray location = header(QByteArrayLiteral("location"));
    releaseReply();
    if (location.isEmpty()) {
        finish(TwilioError::make(TwilioError::Kind::InvalidResponse,
                                 tr("The server sent a redirect (HTTP %1) without a target.").arg(status)));
        return;
    }
    if (++m_hops > ApiClient::MaxRedirects) {
        finish(
            TwilioError::make(TwilioError::Kind::Redirect,
                              tr("Stopped after %1 redirects: the server keeps sending MediaDesk elsewhere.")
                                  .arg(ApiClient::MaxRedirects)));
        return;
    }
    const QUrl target = base.resolved(QUrl::fromEncoded(location));
    if (base.scheme() == QLatin1String("https") && target.scheme() != QLatin1String("https")) {
        finish(
            TwilioError::make(TwilioError::Kind::Redirect,
                              tr("Refused a redirect from a secure (https) address to an insecure one (%1).")
                                  .arg(UrlPolicy::redacted(target)),
                              target.host()));
        return;
    }
    if (const Result<> transport = UrlPolicy::checkTransport(target); !transport) {
        finish(TwilioError::make(TwilioError::Kind::InsecureUrl, transport.problem(), target.host()));
        return;
    }
    const bool keepsMethod = status == 307 || status == 308;
    if (!keepsMethod && m_method != "GET" && m_method != "HEAD") {
        m_method = QByteArrayLiteral("GET");
        m_sendBody = false;
    }
    if (!UrlPolicy::sameOrigin(target, m_request.url))
        m_leftOrigin = true;
    m_currentUrl = target;
    issue();
}

void ApiReply::retryOrFail(const TwilioError &error, const QByteArray &retryAfter)
{
    releaseReply();
    const bool accepted = m_status >= 200 && m_status < 300;
    if (accepted && m_method != "GET" && m_method != "HEAD") {
        // The server already accepted this request: sending it again would create it twice.
        finish(TwilioError::make(
            TwilioError::Kind::InvalidResponse,
            tr("%1 accepted the request (HTTP %2) but its reply was cut off (%3), so it may "
               "have been created. Check before trying again.")
                .arg(m_currentUrl.host())
                .arg(m_status)
                .arg(error.detail()),
            m_currentUrl.host()));
        return;
    }
    if (!m_request.retry || !error.isTransient()) {
        finish(error);
        return;
    }
    const auto delay = m_client->retryPolicy().nextDelayMs(m_attempt, retryAfter, Clock::nowUtc(),
                                                           QRandomGenerator::global()->generateDouble());
    if (!delay) {
        finish(error);
        return;
    }
    qCInfo(lcNet).noquote().nospace() << "retrying " << m_method << " " << UrlPolicy::redacted(m_currentUrl)
                                      << " in " << *delay << " ms: " << error.logSummary();
    ++m_attempt;
    emit retrying(m_attempt, *delay, error);
    m_currentUrl = m_request.url;
    m_method = m_request.method;
    m_sendBody = true;
    m_hops = 0;
    m_leftOrigin = false; // a new chain, from the origin
    if (m_request.resetSink)
        m_request.resetSink();
    m_retryTimer->start(*delay);
}

void ApiReply::onInactivity()
{
    timeOut(tr("no data for %1 seconds").arg(m_client->inactivityTimeoutMs() / 1000.0, 0, 'g', 3));
}

void ApiReply::onPaceCheck()
{
    // A window in which nothing moved is the inactivity timer's to judge (a server may think
    // for a while after the last byte of an upload); one in which a trickle moved is a drip.
    const qint64 moved = m_bytesSent + m_bytesReceived;
    const ApiClient::MinimumProgress rule = m_client->minimumProgress();
    if (moved > m_paceMark && moved - m_paceMark < rule.bytes) {
        timeOut(tr("fewer than %1 bytes moved in %2 seconds")
                    .arg(rule.bytes)
                    .arg(rule.windowMs / 1000.0, 0, 'g', 3));
        return;
    }
    m_paceMark = moved;
}

void ApiReply::timeOut(const QString &why)
{
    if (!m_reply || !m_timedOut.isEmpty())
        return;
    m_timedOut = why;
    m_reply->abort();
}

void ApiReply::abort()
{
    fail(TwilioError::make(TwilioError::Kind::Cancelled, TwilioError::tr("Cancelled.")));
}

void ApiReply::fail(const TwilioError &reason)
{
    if (m_finished || m_stopping)
        return;
    m_retryTimer->stop();
    if (m_reply && m_reply->isRunning()) {
        m_stopping = true;
        m_stopReason = reason;
        m_reply->abort(); // onFinished() finishes with m_stopReason
        if (!m_finished)  // abort() normally emits finished() synchronously
            finish(reason);
        return;
    }
    finish(reason);
}

void ApiReply::logAttempt(const QString &note, bool failed)
{
    qCDebug(lcNet).noquote().nospace()
        << m_method << " " << UrlPolicy::redacted(m_currentUrl) << " → " << m_status << " in "
        << (m_elapsed.isValid() ? m_elapsed.elapsed() : 0) << " ms, attempt " << m_attempt << ", sent "
        << m_bytesSent << " B, received " << m_bytesReceived << " B"
        << (note.isEmpty() ? QString() : QStringLiteral(" (") + note + u')');
    RequestLogEntry entry;
    entry.startedAt = m_startedAt;
    entry.method = m_method;
    entry.url = UrlPolicy::redacted(m_currentUrl);
    entry.status = m_status;
    entry.durationMs = m_elapsed.isValid() ? m_elapsed.elapsed() : 0;
    entry.bytesSent = m_bytesSent;
    // A body sent faster than Qt reports progress is still sent: a 2xx says the server took it.
    if (m_sendBody && m_request.openBody && m_status >= 200 && m_status < 300)
        entry.bytesSent = std::max(m_bytesSent, m_request.bodySize);
    entry.bytesReceived = m_bytesReceived;
    entry.note = note;
    entry.failed = failed;
    entry.waitMs = m_waitMs;
    if (m_reply) {
        entry.statusText = m_reply->attribute(QNetworkRequest::HttpReasonPhraseAttribute).toString();
        if (m_reply->attribute(QNetworkRequest::Http2WasUsedAttribute).toBool())
            entry.httpVersion = QByteArrayLiteral("HTTP/2.0");
        entry.responseHeaders = RequestLog::redactedHeaders(m_reply->rawHeaderPairs());
    }
    entry.credentials = m_sentCredentials;
    entry.requestHeaders = m_sentHeaders;
    if (m_sendBody) {
        entry.bodyFile = m_request.bodyFile;
        if (m_request.bodyBytes.size() <= LoggedBodyBytes)
            entry.bodyText =
                RequestLog::redactedBody(m_request.bodyBytes, headerValue(m_request.headers, "content-type"));
    }
    if (m_attempt > 1)
        entry.note =
            tr("attempt %1").arg(m_attempt) + (note.isEmpty() ? QString() : QStringLiteral(", ") + note);
    m_client->requestLog()->add(entry);
}

void ApiReply::releaseReply()
{
    m_inactivity->stop();
    m_deadline->stop();
    m_pace->stop();
    if (m_reply) {
        m_reply->disconnect(this);
        if (m_reply->isRunning())
            m_reply->abort();
        m_reply->deleteLater();
    }
    m_reply = nullptr;
    m_bodyDevice = nullptr; // owned by the reply
}

void ApiReply::finish(const TwilioError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    m_error.setAttempts(m_attempt);
    m_retryTimer->stop();
    releaseReply();
    emit finished();
}

} // namespace mediadesk
