#pragma once

#include "attachmentstatus.h"
#include "clock.h"
#include "transfer/transferqueue.h"

#include <QAbstractTableModel>
#include <QIcon>
#include <QPointer>
#include <QSortFilterProxyModel>

namespace mediadesk {

class ConversationNames;

// The transfer queue as a table: name (an arrow tells upload from download, a message icon a send), type
// (editable while an upload waits), size, progress, speed, ETA, status, Media SID, and the conversation it
// went to or, live, how long Twilio keeps it while no message carries it.
class TransferModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Type, Size, Progress, Speed, Eta, Status, MediaSid, Conversation, ColumnCount };
    enum Role { ProgressRole = Qt::UserRole + 1, IdRole, StateRole, SortRole };

    explicit TransferModel(TransferQueue *queue, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;

    static QString stateText(const TransferItem &item);
    static bool hasAttachmentStatus(const TransferItem &item);
    // Where a conversation's name is found when the row knows only its SID.
    void setConversationNames(const ConversationNames *names);

private:
    void tick();
    QString conversationLabel(const SendTarget &target) const;
    AttachmentStatus attachmentOf(const TransferItem &item, const QDateTime &now = Clock::nowUtc()) const;

    TransferQueue *m_queue;
    QPointer<const ConversationNames> m_conversationNames; // the window's, gone before the models
    QIcon m_uploadIcon;
    QIcon m_downloadIcon;
    QIcon m_messageIcon;
};

// All, active, failed (failed, refused, cancelled) or done.
class TransferFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    enum class Filter { All, Active, Failed, Done };
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setFilter(Filter filter);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    Filter m_filter = Filter::All;
};

} // namespace mediadesk
