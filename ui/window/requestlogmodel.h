#pragma once

#include "net/requestlog.h"

#include <QAbstractTableModel>

namespace mediadesk {

// The core's redacted request log as a table, updated live.
class RequestLogModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Time, Method, Url, Status, Duration, Sent, Received, Note, ColumnCount };

    explicit RequestLogModel(RequestLog *log, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const RequestLogEntry &entryAt(int row) const { return m_entries.at(row); }
    // One line per row (RequestLog::format), for the clipboard.
    QString toText(const QList<int> &rows) const;
    void clear();

private:
    RequestLog *m_log;
    QList<RequestLogEntry> m_entries;
};

} // namespace mediadesk
