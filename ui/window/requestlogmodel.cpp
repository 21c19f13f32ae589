#include "requestlogmodel.h"

#include <QLocale>

namespace mediadesk {

namespace {
constexpr int MaxRows = 1000;
}

RequestLogModel::RequestLogModel(RequestLog *log, QObject *parent)
    : QAbstractTableModel(parent), m_log(log), m_entries(log->entries())
{
    connect(log, &RequestLog::entryAdded, this, [this](const RequestLogEntry &entry) {
        if (m_entries.size() >= MaxRows) {
            beginRemoveRows({}, 0, 0);
            m_entries.removeFirst();
            endRemoveRows();
        }
        beginInsertRows({}, int(m_entries.size()), int(m_entries.size()));
        m_entries.append(entry);
        endInsertRows();
    });
    connect(log, &RequestLog::cleared, this, [this] {
        beginResetModel();
        m_entries.clear();
        endResetModel();
    });
}

int RequestLogModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int RequestLogModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RequestLogModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const RequestLogEntry &e = m_entries.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        const bool number = index.column() == Status || index.column() == Duration ||
                            index.column() == Sent || index.column() == Received;
        return QVariant::fromValue(
            Qt::Alignment(number ? Qt::AlignRight | Qt::AlignVCenter : Qt::AlignLeft | Qt::AlignVCenter));
    }
    if (role == Qt::ToolTipRole && index.column() == Url)
        return e.url;
    if (role == Qt::ToolTipRole && index.column() == Time) // the column shows the local time of day
        return tr("%1 local time\n%2 UTC")
            .arg(QLocale().toString(e.startedAt.toLocalTime(), QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t")),
                 e.startedAt.toUTC().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz")));
    if (role != Qt::DisplayRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    case Time:
        return locale.toString(e.startedAt.toLocalTime().time(), QStringLiteral("HH:mm:ss.zzz"));
    case Method:
        return QString::fromLatin1(e.method);
    case Url:
        return e.url;
    case Status:
        return e.status ? QString::number(e.status) : tr("—");
    case Duration:
        return tr("%1 ms").arg(e.durationMs);
    case Sent:
        return locale.formattedDataSize(e.bytesSent);
    case Received:
        return locale.formattedDataSize(e.bytesReceived);
    case Note:
        return e.note;
    }
    return {};
}

QVariant RequestLogModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Time:
        return tr("Time");
    case Method:
        return tr("Method");
    case Url:
        return tr("URL");
    case Status:
        return tr("Status");
    case Duration:
        return tr("Duration");
    case Sent:
        return tr("Sent");
    case Received:
        return tr("Received");
    case Note:
        return tr("Note");
    }
    return {};
}

QString RequestLogModel::toText(const QList<int> &rows) const
{
    QStringList lines;
    for (int row : rows) {
        if (row >= 0 && row < m_entries.size())
            lines.append(RequestLog::format(m_entries.at(row)));
    }
    return lines.join(QLatin1Char('\n'));
}

void RequestLogModel::clear()
{
    m_log->clear();
}

} // namespace mediadesk
