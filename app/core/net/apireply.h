#pragma once

#include "net/apiclient.h"
#include "net/requestlog.h"
#include "twilio/twilioerror.h"

#include <QElapsedTimer>
#include <QHash>
#include <QPointer>

class QNetworkReply;
class QTimer;

namespace mediadesk {

// One logical request: possibly several attempts and redirect hops, ending in one finished().
class ApiReply : public QObject
{
    Q_OBJECT

public:
    ~ApiReply() override;

    bool succeeded() const { return m_finished && !m_error.isError(); }
    bool isFinished() const { return m_finished; }
    const TwilioError &error() const { return m_error; }
    int status() const { return m_status; }
    const QByteArray &body() const { return m_body; }
    QByteArray header(const QByteArray &name) const { return m_headers.value(name.toLower()); }
    QUrl finalUrl() const { return m_currentUrl; }
    int attempts() const { return m_attempt; }

    void abort();                         // finishes with Kind::Cancelled
    void fail(const TwilioError &reason); // stops now with this error (no retry)

signals:
    void uploadProgress(qint64 sent, qint64 total);
    void downloadProgress(qint64 received, qint64 total);
    void retrying(int nextAttempt, int delayMs, const mediadesk::TwilioError &reason);
    void finished();

private:
    friend class ApiClient;
    ApiReply(ApiClient *client, ApiRequest request);

    void start();
    void issue();
    void onReadyRead();
    void onFinished();
    void onInactivity();
    void onPaceCheck();
    void timeOut(const QString &why); // aborts the attempt; onFinished() retries or fails with why
    void handleRedirect(int status);
    void retryOrFail(const TwilioError &error, const QByteArray &retryAfter);
    void finish(const TwilioError &error);
    void logAttempt(const QString &note, bool failed); // failed: not a success, nor a redirect or a cancel
    void releaseReply();
    void captureHeaders();
    TwilioError networkError() const;

    ApiClient *m_client;
    ApiRequest m_request;
    QPointer<QNetworkReply> m_reply;
    QIODevice *m_bodyDevice = nullptr;
    QTimer *m_inactivity;
    QTimer *m_deadline; // a whole API reply (not a transfer) must arrive within requestDeadlineMs()
    QTimer *m_pace;     // a transfer that moves a few bytes at a time is as stuck as a silent one
    qint64 m_paceMark = 0;
    QTimer *m_retryTimer;
    QElapsedTimer m_elapsed;
    QDateTime m_startedAt;

    QUrl m_currentUrl;
    QByteArray m_method;
    bool m_sendBody = true;
    int m_attempt = 0;
    int m_hops = 0;
    bool m_leftOrigin = false; // this redirect chain has been on another origin
    bool m_finished = false;
    QString m_timedOut;      // why the attempt was aborted for taking too long; empty when it was not
    QString m_tlsRefusal;    // why a certificate could not be checked here (ApiClient::chainCheckProblem)
    bool m_stopping = false; // abort() or fail() in progress
    TwilioError m_stopReason;

    int m_status = 0;
    QHash<QByteArray, QByteArray> m_headers;
    QByteArray m_body;
    bool m_bodyOverflow = false;
    bool m_bodyStarted = false;     // bodyStarts was told about this attempt's 2xx
    bool m_finishDeferred = false;  // finished, with bytes the download limit has not let through yet
    bool m_waitingForLimit = false; // the last read stopped for the download limit; a wake resumes it
    HeaderList m_sentHeaders;       // this attempt's, for the log (redacted)
    std::optional<Credentials::Method> m_sentCredentials; // what this attempt's Authorization held
    qint64 m_waitMs = -1;                                 // this attempt's time to the reply's headers
    qint64 m_bytesSent = 0;
    qint64 m_bytesReceived = 0;
    TwilioError m_error;
};

} // namespace mediadesk
