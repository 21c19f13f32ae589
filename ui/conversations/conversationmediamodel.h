#pragma once

#include "net/runningjob.h"
#include "twilio/conversationmessage.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QIcon>
#include <QPointer>
#include <QUrl>

namespace mediadesk {

class ApiClient;
class PagedListJob;
class ThumbnailCache;

// The media of one conversation's messages, newest first: a row per media, with its message's
// author, date and body. Messages are read a page at a time when asked (readMore(): the tab asks as
// the view nears its end); while a page brings fewer than a screenful of media, the next page
// follows at once. (Not canFetchMore/fetchMore: QTreeView asks for more whenever it thinks its last
// row is visible, which before its layout catches up reads pages nobody scrolled to.) Images show a thumbnail
// once ThumbnailCache has it.
class ConversationMediaModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Name, Author, Date, Message, Type, Size, MediaSid, ColumnCount };
    enum Role { MediaSidRole = Qt::UserRole + 1, MessageSidRole };
    static constexpr int PageSize = 100;
    static constexpr int ScreenfulRows = 40;
    static constexpr int ExcerptLength = 120;

    explicit ConversationMediaModel(QObject *parent = nullptr);
    ~ConversationMediaModel() override;

    void setThumbnails(ThumbnailCache *thumbnails);
    // Shows this conversation (nothing while client is nullptr or the SID empty); reading starts with
    // the first readMore().
    void setConversation(ApiClient *client, const QString &serviceSid, const QString &conversationSid);
    const QString &conversationSid() const { return m_conversationSid; }
    void retry(); // after a failed page: reads it again
    // Whether there are older messages to read now (not while a page loads, nor after a failure).
    bool canReadMore() const;
    void readMore();

    bool isLoading() const;
    bool isAtEnd() const { return m_atEnd; }
    int messagesRead() const { return m_read; }
    int messagesWithMedia() const { return int(m_messages.size()); }
    const QString &problem() const { return m_problem; } // why the latest page failed

    const ConversationMessage &messageAt(int row) const;
    const MessageMedia &mediaAt(int row) const;
    int rowOf(const QString &mediaSid) const; // -1 when not read (yet)

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    // Reading started, a page came, or reading stopped (at the end, or with a problem).
    void loadingChanged();

private:
    struct Row
    {
        int message;
        int media;
    };
    void readPage();
    void onPage(PagedListJob *job);
    void stop();
    QIcon typeIcon(const QString &contentType) const;

    QPointer<ApiClient> m_client;
    QPointer<ThumbnailCache> m_thumbnails;
    QString m_serviceSid;
    QString m_conversationSid;
    QList<ConversationMessage> m_messages; // those with media
    QList<Row> m_rows;
    QHash<QString, int> m_rowOfMedia;
    RunningJob<PagedListJob> m_job{this};
    QUrl m_next; // empty: the first page
    bool m_atEnd = true;
    int m_read = 0;
    int m_rowsThisFetch = 0;
    QString m_problem;
    mutable QHash<QString, QIcon> m_typeIcons;
};

} // namespace mediadesk
