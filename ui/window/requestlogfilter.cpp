#include "requestlogfilter.h"

#include "net/requestlog.h"
#include "requestlogmodel.h"

#include <QUrl>

namespace mediadesk {

RequestLogFilter::RequestLogFilter(RequestLogModel *source, QObject *parent)
    : QSortFilterProxyModel(parent), m_source(source)
{
    setSourceModel(source);
}

void RequestLogFilter::setText(const QString &text)
{
    m_text = text.trimmed();
    changed();
}

void RequestLogFilter::setMethod(const QByteArray &method)
{
    m_method = method;
    changed();
}

void RequestLogFilter::setStatusClass(StatusClass statusClass)
{
    m_statusClass = statusClass;
    changed();
}

void RequestLogFilter::setHost(const QString &host)
{
    m_host = host;
    changed();
}

void RequestLogFilter::setFailuresOnly(bool failuresOnly)
{
    m_failuresOnly = failuresOnly;
    changed();
}

bool RequestLogFilter::isFiltering() const
{
    return !m_text.isEmpty() || !m_method.isEmpty() || m_statusClass != StatusClass::Any ||
           !m_host.isEmpty() || m_failuresOnly;
}

bool RequestLogFilter::isFailure(const RequestLogEntry &entry)
{
    return entry.failed || entry.status == 0 || entry.status >= 400;
}

void RequestLogFilter::changed()
{
    invalidateRowsFilter();
}

bool RequestLogFilter::filterAcceptsRow(int sourceRow, const QModelIndex &) const
{
    const RequestLogEntry &e = m_source->entryAt(sourceRow);
    if (m_failuresOnly && !isFailure(e))
        return false;
    if (!m_method.isEmpty() && e.method != m_method)
        return false;
    if (!m_host.isEmpty() && QUrl(e.url).host() != m_host)
        return false;
    switch (m_statusClass) {
    case StatusClass::Any:
        break;
    case StatusClass::Success:
    case StatusClass::Redirect:
    case StatusClass::ClientError:
    case StatusClass::ServerError:
        if (e.status / 100 != int(m_statusClass) + 1) // Success is 2xx, Redirect 3xx, and so on
            return false;
        break;
    case StatusClass::NoReply:
        if (e.status != 0)
            return false;
        break;
    }
    if (m_text.isEmpty())
        return true;
    const QString status = e.status ? QString::number(e.status) : QString();
    for (const QString &field : {e.url, QString::fromLatin1(e.method), status, e.note}) {
        if (field.contains(m_text, Qt::CaseInsensitive))
            return true;
    }
    return false;
}

} // namespace mediadesk
