#pragma once

#include <QSortFilterProxyModel>

namespace mediadesk {

struct RequestLogEntry;
class RequestLogModel;

// Which rows of the request log are shown: those matching every criterion set.
class RequestLogFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class StatusClass { Any, Success, Redirect, ClientError, ServerError, NoReply };

    explicit RequestLogFilter(RequestLogModel *source, QObject *parent = nullptr);

    void setText(const QString &text);        // in the address, method, status or note
    void setMethod(const QByteArray &method); // empty: any
    void setStatusClass(StatusClass statusClass);
    void setHost(const QString &host);       // empty: any
    void setFailuresOnly(bool failuresOnly); // no reply, or 4xx/5xx
    bool isFiltering() const;

    static bool isFailure(const RequestLogEntry &entry);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    void changed();

    RequestLogModel *m_source;
    QString m_text;
    QByteArray m_method;
    StatusClass m_statusClass = StatusClass::Any;
    QString m_host;
    bool m_failuresOnly = false;
};

} // namespace mediadesk
