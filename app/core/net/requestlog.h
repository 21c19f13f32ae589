#pragma once

#include "twilio/credentials.h"

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>
#include <optional>

namespace mediadesk {

using HeaderList = QList<QPair<QByteArray, QByteArray>>;
QByteArray headerValue(const HeaderList &headers, QByteArrayView lowerName); // first match, or empty

// One finished HTTP exchange as it may be shown to people: no credentials, no signatures. It holds
// enough to write the exchange again as a curl command or a HAR entry (requestexport.h).
struct RequestLogEntry
{
    QDateTime startedAt;
    QByteArray method;
    QString url; // redacted
    int status = 0;
    QString statusText; // the server's reason phrase
    QByteArray httpVersion = QByteArrayLiteral("HTTP/1.1");
    qint64 durationMs = 0;
    qint64 waitMs = -1; // until the reply's headers came in; -1 when none came
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    QString note;        // "retry 2/5", "redirect", an error summary
    bool failed = false; // no reply, an error status, or a reply that could not be used (cut short)
    // Which credentials went with the request (never the credentials); nullopt when none did.
    std::optional<Credentials::Method> credentials;
    HeaderList requestHeaders;  // as sent, without Authorization or anything else secret
    HeaderList responseHeaders; // as received, a Location redacted like the URL, no cookies
    QString bodyFile;           // the file an upload's body was read from
    QByteArray bodyText;        // a small body held in memory (a form), secret fields redacted
};

// A bounded, thread-safe list of recent requests; the request-log window and `--verbose` read it.
class RequestLog : public QObject
{
    Q_OBJECT

public:
    explicit RequestLog(QObject *parent = nullptr, int capacity = 1000);

    void add(RequestLogEntry entry);
    QList<RequestLogEntry> entries() const;
    void clear();

    static QString format(const RequestLogEntry &entry); // one line, untranslated

    // What of a request may go into the log: its headers without Authorization, cookies or
    // anything named like a token, secret or signature, a Location redacted like a URL; a form or
    // JSON body with such fields redacted, and no other kind of body at all (empty).
    static HeaderList redactedHeaders(const HeaderList &headers);
    static QByteArray redactedBody(const QByteArray &body, const QByteArray &contentType);

signals:
    void entryAdded(const mediadesk::RequestLogEntry &entry);
    void cleared();

private:
    mutable QMutex m_mutex;
    QList<RequestLogEntry> m_entries;
    int m_capacity;
};

} // namespace mediadesk

Q_DECLARE_METATYPE(mediadesk::RequestLogEntry)
