#include "requestlog.h"

namespace mediadesk {

RequestLog::RequestLog(QObject *parent, int capacity) : QObject(parent), m_capacity(capacity) {}

void RequestLog::add(RequestLogEntry entry)
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.append(entry);
        if (m_entries.size() > m_capacity)
            m_entries.remove(0, m_entries.size() - m_capacity);
    }
    emit entryAdded(entry);
}

QList<RequestLogEntry> RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void RequestLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
    }
    emit cleared();
}

QString RequestLog::format(const RequestLogEntry &e)
{
    QString line = e.startedAt.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
                   QString::fromLatin1(e.method) + QLatin1Char(' ') + e.url + QLatin1String(" -> ") +
                   (e.status ? QString::number(e.status) : QStringLiteral("---")) +
                   QStringLiteral(" %1 ms, %2 B sent, %3 B received")
                       .arg(e.durationMs)
                       .arg(e.bytesSent)
                       .arg(e.bytesReceived);
    if (!e.note.isEmpty())
        line += QLatin1String(" (") + e.note + QLatin1Char(')');
    return line;
}

} // namespace mediadesk
