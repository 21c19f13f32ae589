#pragma once

#include "sendablemedia.h"
#include "twilio/conversation.h"

#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QSortFilterProxyModel;
class QStandardItemModel;

namespace Ui {
class ConversationsTab;
}

namespace mediadesk {

class ApiClient;
class ConversationMediaModel;
class PagedListJob;
class ThumbnailCache;
class TemporaryUrlJob;
struct Media;

// The Conversations tab: the selected service's conversations (every page, searchable) and, for the
// one picked, the media its messages carry, newest first, read lazily as one scrolls, with
// thumbnails. From a media row: Details, Open Content, Download, Send; from the conversation or the
// selected messages: an export into a folder, which the frame queues as a transfer.
class ConversationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationsTab(QWidget *parent = nullptr);
    ~ConversationsTab() override;

    Ui::ConversationsTab *form() const { return m_ui.get(); }
    ConversationMediaModel *mediaModel() const { return m_media; }
    ThumbnailCache *thumbnails() const { return m_thumbnails; }
    QSortFilterProxyModel *conversationModel() const { return m_filter; }

    // The account's client and the selected service (nullptr / "" while there is none): the list
    // loads again when either changes.
    void setSource(ApiClient *client, const QString &serviceSid);
    void setParallel(int n);
    void reload();
    bool isLoadingConversations() const;
    const QList<Conversation> &conversations() const { return m_conversations; }
    // Picks a listed conversation and shows its media; false when it is not listed.
    bool selectConversation(const QString &conversationSid);
    Conversation currentConversation() const { return m_current; }
    QList<SendableMedia> selectedSendable() const;
    QStringList selectedMessageSids() const; // in the order shown, each once
    QString status() const;                  // the line under the media, for tests and accessibility

    void showDetailsOfSelected();
    void openSelectedContent();
    void downloadAll();
    void downloadSelected();

signals:
    void detailsRequested(const QString &mediaSid, const QString &serviceSid);
    void downloadRequested(const mediadesk::Media &media);
    void sendRequested(const QList<mediadesk::SendableMedia> &media);
    // Save the media of these messages (all of the conversation when messageSids is empty); mediaCount
    // is how many media are known to come (0 when unknown).
    void exportRequested(const QString &conversationSid, const QString &label, const QStringList &messageSids,
                         int mediaCount);

private:
    void loadConversations();
    void showConversation(const Conversation &conversation);
    void updateStatus();
    void updateButtons();
    void showMenu(const QPoint &pos);
    QList<int> selectedRows() const; // in the order shown

    std::unique_ptr<Ui::ConversationsTab> m_ui;
    QStandardItemModel *m_list;
    QSortFilterProxyModel *m_filter;
    ConversationMediaModel *m_media;
    ThumbnailCache *m_thumbnails;
    QPointer<ApiClient> m_client;
    QString m_serviceSid;
    QPointer<PagedListJob> m_listJob;
    QString m_listProblem;
    QList<Conversation> m_conversations;
    Conversation m_current;
    QString m_reselect; // the conversation to show again once the list is loaded again
    QPointer<TemporaryUrlJob> m_linkJob;
    QString m_note; // the outcome of the latest Open Content, shown after the counts
};

} // namespace mediadesk
