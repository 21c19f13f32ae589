#include "transfermodel.h"

#include "attachmentstatus.h"
#include "clock.h"
#include "conversationnames.h"
#include "text/displaytext.h"
#include "transfer/mimedetection.h"

#include <QApplication>
#include <QLocale>
#include <QStyle>
#include <QTimer>

namespace mediadesk {

TransferModel::TransferModel(TransferQueue *queue, QObject *parent)
    : QAbstractTableModel(parent)
    , m_queue(queue)
    , m_uploadIcon(QApplication::style()->standardIcon(QStyle::SP_ArrowUp))
    , m_downloadIcon(QApplication::style()->standardIcon(QStyle::SP_ArrowDown))
    , m_messageIcon(QStringLiteral(":/icons/message.svg"))
{
    connect(queue, &TransferQueue::itemAboutToBeAdded, this,
            [this](int row) { beginInsertRows({}, row, row); });
    connect(queue, &TransferQueue::itemAdded, this, [this] { endInsertRows(); });
    connect(queue, &TransferQueue::itemAboutToBeRemoved, this,
            [this](int row) { beginRemoveRows({}, row, row); });
    connect(queue, &TransferQueue::itemRemoved, this, [this] { endRemoveRows(); });
    connect(queue, &TransferQueue::itemChanged, this,
            [this](int row) { emit dataChanged(index(row, 0), index(row, ColumnCount - 1)); });
    // The five-minute countdowns move every second.
    auto *ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, &TransferModel::tick);
    ticker->start();
}

// The conversation as people know it: its name, else its SID.
QString TransferModel::conversationLabel(const SendTarget &target) const
{
    if (!target.conversationName.isEmpty())
        return target.conversationName;
    const QString known =
        m_conversationNames ? m_conversationNames->nameOf(target.conversationSid) : QString();
    return known.isEmpty() ? target.conversationSid : known;
}

// What an upload or a send (which have a delivery) tells of its media's attachment.
AttachmentStatus TransferModel::attachmentOf(const TransferItem &item, const QDateTime &now) const
{
    const MessageDelivery &delivery = *item.delivery();
    const LookupCheck &check = *item.check();
    AttachmentStatus status(delivery.target.conversationSid, delivery.messageSid, item.finishedAt, check.at,
                            check.found, now);
    if (conversationLabel(delivery.target) != delivery.target.conversationSid)
        status.setConversationName(conversationLabel(delivery.target));
    return status;
}

void TransferModel::setConversationNames(const ConversationNames *names)
{
    m_conversationNames = names;
    connect(names, &ConversationNames::changed, this, [this] {
        if (rowCount() > 0)
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
}

bool TransferModel::hasAttachmentStatus(const TransferItem &item)
{
    if (!item.delivery() || item.isActive())
        return false;
    // Done, or an upload that is on the service although its message failed: the clock runs.
    return item.state == TransferItem::State::Done ||
           (item.kind() == TransferItem::Kind::Upload && !item.mediaSid.isEmpty());
}

void TransferModel::tick()
{
    const QDateTime now = Clock::nowUtc();
    const QList<TransferItem> &items = m_queue->items();
    for (int row = 0; row < items.size(); ++row) {
        const TransferItem &i = items.at(row);
        if (hasAttachmentStatus(i) && i.messageSid().isEmpty() &&
            attachmentOf(i, now.addSecs(-1)).isTicking())
            emit dataChanged(index(row, Conversation), index(row, Conversation));
    }
}

int TransferModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_queue->items().size());
}

int TransferModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString TransferModel::stateText(const TransferItem &item)
{
    switch (item.state) {
    case TransferItem::State::Queued:
        return tr("Waiting");
    case TransferItem::State::Running:
        if (item.attempt > 1)
            return tr("Retrying (attempt %1)").arg(item.attempt);
        if (item.isSending())
            return tr("Sending");
        switch (item.kind()) {
        case TransferItem::Kind::Download:
            return tr("Downloading");
        case TransferItem::Kind::Export:
            return tr("Exporting");
        case TransferItem::Kind::Upload:
        case TransferItem::Kind::Send:
            break;
        }
        return tr("Uploading");
    case TransferItem::State::Done:
        return tr("Done");
    case TransferItem::State::Failed:
        return tr("Failed");
    case TransferItem::State::Cancelled:
        return tr("Cancelled");
    case TransferItem::State::Refused:
        return tr("Refused");
    case TransferItem::State::Paused:
        return tr("Paused");
    }
    return {};
}

QVariant TransferModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_queue->items().size())
        return {};
    const TransferItem &item = m_queue->items().at(index.row());
    const QLocale locale;
    switch (role) {
    case IdRole:
        return item.id;
    case StateRole:
        return int(item.state);
    case ProgressRole:
        if (item.state == TransferItem::State::Done)
            return 100;
        if (item.state == TransferItem::State::Refused)
            return -1; // never started: no bar
        return item.total > 0 ? int(item.done * 100 / item.total) : 0;
    case SortRole:
        if (index.column() == Size)
            return item.total;
        if (index.column() == Progress)
            return data(index, ProgressRole);
        return data(index, Qt::DisplayRole);
    case Qt::DecorationRole:
        if (index.column() == Name)
            return item.kind() == TransferItem::Kind::Send                          ? m_messageIcon
                   : item.kind() == TransferItem::Kind::Download || item.exported() ? m_downloadIcon
                                                                                    : m_uploadIcon;
        return {};
    case Qt::ToolTipRole:
        if (index.column() == Name)
            return item.kind() == TransferItem::Kind::Download
                       ? tr("Download to %1").arg(printableText(item.path))
                   : item.exported() ? tr("Export of the media of conversation %1 into %2")
                                           .arg(item.exported()->conversationSid, printableText(item.path))
                   : item.kind() == TransferItem::Kind::Send
                       //: %1 the file name, %2 its Media SID, %3 the conversation's SID
                       ? tr("A message carrying %1 (%2) into conversation %3")
                             .arg(printableText(item.fileName), item.mediaSid,
                                  item.delivery() ? item.delivery()->target.conversationSid : QString())
                       : tr("Upload of %1").arg(printableText(item.path));
        if (index.column() == Status)
            return item.message.isEmpty() ? printableText(item.path) : item.message;
        if (index.column() == MediaSid)
            return item.mediaSid;
        if (index.column() == Conversation && hasAttachmentStatus(item)) {
            const QString story = attachmentOf(item).tooltip();
            const int messageIndex = item.delivery()->messageIndex;
            //: %1 what happened, %2 the message's index in its conversation
            return messageIndex >= 0 ? tr("%1 It is message #%2 there.").arg(story).arg(messageIndex) : story;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size || index.column() == Speed || index.column() == Eta)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::EditRole:
        if (index.column() == Type)
            return item.contentType;
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    // Names and types can come from a server or an oddly named file: shown escaped (displaytext.h).
    case Name:
        if (item.kind() == TransferItem::Kind::Send && item.delivery())
            //: a transfer row that sends an uploaded media into a conversation
            return tr("Message to %1").arg(conversationLabel(item.delivery()->target));
        return printableText(item.fileName);
    case Type:
        if (item.kind() == TransferItem::Kind::Send)
            return printableText(item.fileName); // what the message carries
        return printableText(item.contentType);  // detected once when queued: painting never touches the disk
    case Size:
        if (item.exported())
            return item.total > 0 ? tr("%n media", nullptr, int(item.total)) : QString();
        return item.total > 0 ? locale.formattedDataSize(item.total) : QString();
    case Progress:
        return data(index, ProgressRole).toInt() < 0 ? QString()
                                                     : tr("%1%").arg(data(index, ProgressRole).toInt());
    case Speed:
        return item.state == TransferItem::State::Running && item.bytesPerSecond > 0 && !item.exported()
                   ? tr("%1/s").arg(locale.formattedDataSize(qint64(item.bytesPerSecond)))
                   : QString();
    case Eta:
        if (item.state != TransferItem::State::Running || item.secondsLeft < 0 || item.exported())
            return QString(); // no guess until the estimate has settled
        return item.secondsLeft >= 3600
                   ? tr("%1 h %2 min").arg(item.secondsLeft / 3600).arg(item.secondsLeft % 3600 / 60)
               : item.secondsLeft >= 60
                   ? tr("%1 min %2 s").arg(item.secondsLeft / 60).arg(item.secondsLeft % 60)
                   : tr("%1 s").arg(item.secondsLeft);
    case Status:
        return stateText(item);
    case MediaSid:
        return item.mediaSid;
    case Conversation:
        if (hasAttachmentStatus(item))
            return attachmentOf(item).text();
        if (item.exported())
            return item.exported()->conversationSid;
        if (const MessageDelivery *delivery = item.delivery();
            delivery && delivery->target.isSet() && item.isActive())
            return tr("To %1").arg(conversationLabel(delivery->target));
        return {};
    }
    return {};
}

QVariant TransferModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case Progress:
        return tr("Progress");
    case Speed:
        return tr("Speed");
    case Eta:
        return tr("Time left");
    case Status:
        return tr("Status");
    case MediaSid:
        return tr("Media SID");
    case Conversation:
        return tr("Conversation");
    }
    return {};
}

Qt::ItemFlags TransferModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractTableModel::flags(index);
    if (index.isValid() && index.column() == Type && index.row() < m_queue->items().size() &&
        m_queue->items().at(index.row()).state == TransferItem::State::Queued &&
        m_queue->items().at(index.row()).kind() == TransferItem::Kind::Upload)
        f |= Qt::ItemIsEditable; // the type can be corrected until the upload starts
    return f;
}

bool TransferModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || index.column() != Type || !(flags(index) & Qt::ItemIsEditable))
        return false;
    const QString type = value.toString().trimmed();
    if (!isValidContentType(type))
        return false;
    m_queue->setContentType(m_queue->items().at(index.row()).id, type);
    return true;
}

void TransferFilterModel::setFilter(Filter filter)
{
    m_filter = filter;
    invalidateFilter();
}

bool TransferFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const auto state = TransferItem::State(
        sourceModel()->index(sourceRow, 0, sourceParent).data(TransferModel::StateRole).toInt());
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Active:
        return state == TransferItem::State::Queued || state == TransferItem::State::Running ||
               state == TransferItem::State::Paused; // still to do
    case Filter::Failed:
        return state == TransferItem::State::Failed || state == TransferItem::State::Refused ||
               state == TransferItem::State::Cancelled;
    case Filter::Done:
        return state == TransferItem::State::Done;
    }
    return true;
}

} // namespace mediadesk
