#pragma once

#include <QDateTime>
#include <QList>
#include <QMutex>
#include <QObject>

namespace mediadesk {

// One finished HTTP exchange as it may be shown to people: no credentials, no signatures.
struct RequestLogEntry
{
    QDateTime startedAt;
    QByteArray method;
    QString url; // redacted
    int status = 0;
    qint64 durationMs = 0;
    qint64 bytesSent = 0;
    qint64 bytesReceived = 0;
    QString note; // "retry 2/5", "redirect", an error summary
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
