#pragma once

#include "net/runningjob.h"
#include "twilio/conversation.h"

#include <QObject>
#include <QPointer>

class QStandardItemModel;

namespace mediadesk {

class ApiClient;
class ConversationMediaModel;
class PagedListJob;
class TemporaryUrlJob;
class ThumbnailCache;

// What the Conversations tab does, without widgets: the selected service's conversations (every
// page) as a list model, the media of the one shown (ConversationMediaModel, with its thumbnails),
// Open Content through a fresh temporary link, and the status lines that tell where each stands.
// The tab shows what it reports and handles what depends on the view (selection, scrolling).
class ConversationsPresenter : public QObject
{
    Q_OBJECT

public:
    static constexpr int SidRole = Qt::UserRole + 1;    // of a conversation row
    static constexpr int SearchRole = Qt::UserRole + 2; // its name, unique name and SID

    explicit ConversationsPresenter(QObject *parent = nullptr);
    ~ConversationsPresenter() override;

    // How a conversation is listed, and what its export's folder is called.
    static QString titleOf(const Conversation &conversation);

    QStandardItemModel *conversationList() const { return m_list; }
    ConversationMediaModel *media() const { return m_media; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }

    // The account's client and the selected service (nullptr / "" while there is none): the list
    // loads again when either changes.
    void setSource(ApiClient *client, const QString &serviceSid);
    void setParallel(int n);
    // Loads the list again; the conversation shown is shown again once it is back.
    void reload();
    // Shows a listed conversation's media ("" or one not listed: none).
    void showConversation(const QString &conversationSid);
    // After a failure: loads the list, or reads the page that failed, again.
    void retry();
    // Opens the media's content through a fresh temporary link (the outcome joins the status).
    void openContent(const QString &mediaSid);

    bool hasSource() const;
    const QString &serviceSid() const { return m_serviceSid; }
    bool isLoadingConversations() const;
    const QList<Conversation> &conversations() const { return m_conversations; }
    const Conversation &current() const { return m_current; }
    bool isOpening() const;
    QString listStatus() const;  // under the list of conversations
    QString mediaStatus() const; // under the media
    bool canRetry() const;

signals:
    void conversationShown(); // current() changed
    void statusChanged();     // a status line, canRetry() or isOpening() may have changed

private:
    void loadConversations();
    void stopOpening();

    QStandardItemModel *m_list;
    ConversationMediaModel *m_media;
    ThumbnailCache *m_thumbnails;
    QPointer<ApiClient> m_client;
    QString m_serviceSid;
    QPointer<PagedListJob> m_listJob;
    QString m_listProblem;
    QList<Conversation> m_conversations;
    Conversation m_current;
    QString m_reselect; // the conversation to show again once the list is loaded again
    RunningJob<TemporaryUrlJob> m_linkJob{this};
    QString m_note; // the outcome of the latest Open Content, shown after the counts
};

} // namespace mediadesk
