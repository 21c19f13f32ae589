#pragma once

#include "store/medialibrary.h"

#include <QAbstractTableModel>
#include <QPointer>

namespace mediadesk {

class AttachmentStatus;
class ConversationNames;

// The library as a table that loads lazily: the count comes from SQL, rows arrive a page at a time
// as the view scrolls (canFetchMore/fetchMore), and searching and sorting happen in SQL. 100,000
// uploads open and filter without a stall.
class LibraryModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        FileName,
        MediaSid,
        ContentType,
        Size,
        UploadedAt,
        Conversation,
        MessageSid,
        ServiceSid,
        Profile,
        ColumnCount
    };
    static constexpr int PageSize = 200;
    static constexpr int SortRole = Qt::UserRole + 1;

    explicit LibraryModel(const MediaLibrary *library, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

    void setSearch(const QString &search);
    const QString &search() const { return m_search; }
    qint64 totalCount() const { return m_total; }
    void reload();
    const LibraryEntry *entryAt(int row) const;
    // Where a conversation's name is found (the library keeps only its SID).
    void setConversationNames(const ConversationNames *names);

signals:
    void totalCountChanged(qint64 count);

private:
    void tick();
    AttachmentStatus attachmentOf(const LibraryEntry &e) const;

    const MediaLibrary *m_library;
    QString m_search;
    MediaLibrary::Column m_sortBy = MediaLibrary::Column::UploadedAt;
    Qt::SortOrder m_order = Qt::DescendingOrder; // newest first
    qint64 m_total = 0;
    QList<LibraryEntry> m_rows;
    QPointer<const ConversationNames> m_conversationNames; // the window's, gone before the models
    bool m_fetching = false;
};

} // namespace mediadesk
