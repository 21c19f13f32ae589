#pragma once

#include "sendablemedia.h"
#include "twilio/conversation.h"

#include <QWidget>
#include <memory>

class QSortFilterProxyModel;

namespace Ui {
class ConversationsTab;
}

namespace mediadesk {

class ApiClient;
class ConversationMediaModel;
class ConversationsPresenter;
class ThumbnailCache;
struct Media;

// The Conversations tab, a view of ConversationsPresenter: the selected service's conversations
// (searchable) and, for the one picked, the media its messages carry, newest first, read as the
// view nears its end, with thumbnails. From a media row: Details, Open Content, Download, Send; from
// the conversation or the selected messages: an export into a folder, which the frame queues.
class ConversationsTab : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationsTab(QWidget *parent = nullptr);
    ~ConversationsTab() override;

    ConversationsPresenter *presenter() const { return m_presenter; }
    ConversationMediaModel *mediaModel() const;
    ThumbnailCache *thumbnails() const;
    QSortFilterProxyModel *conversationModel() const { return m_filter; }

    // The account's client and the selected service (nullptr / "" while there is none).
    void setSource(ApiClient *client, const QString &serviceSid);
    void setParallel(int n);
    void reload();
    bool isLoadingConversations() const;
    const QList<Conversation> &conversations() const;
    // Picks a listed conversation (among those the search shows) and shows its media; false when
    // it is not there.
    bool selectConversation(const QString &conversationSid);
    Conversation currentConversation() const;
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
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::ConversationsTab *form() const { return m_ui.get(); }
    void onConversationShown();
    void updateStatus();
    void updateButtons();
    void readIfNearTheEnd();
    void showMenu(const QPoint &pos);
    QList<int> selectedRows() const; // in the order shown

    std::unique_ptr<Ui::ConversationsTab> m_ui;
    ConversationsPresenter *m_presenter;
    QSortFilterProxyModel *m_filter;
};

} // namespace mediadesk
