#pragma once

#include "sendablemedia.h"
#include "transfer/transferqueue.h"

#include <QWidget>
#include <memory>
#include <optional>

class QMenu;
class QUrl;

namespace Ui {
class TransfersTab;
}

namespace mediadesk {

class AccountContext;
struct Media;
class TransferFilterModel;
class TransferModel;

// The Transfers tab: the queue's table with its filter, buttons and menu, and the ways files come
// in (Add Files…, paste, and drops the window passes on), which go where the AccountContext says
// (UploadIntake sorts them). What it cannot do itself (show details, start a download, put a
// message in the status bar) it asks for through its signals.
class TransfersTab : public QWidget
{
    Q_OBJECT

public:
    explicit TransfersTab(QWidget *parent = nullptr);
    ~TransfersTab() override;

    // The queue shown; set once, before use.
    void setQueue(TransferQueue *queue);
    // The queue is about to go (the window closes before its widgets): nothing shows or uses it after.
    void forgetQueue();
    // Where added files go: the account, service and send target chosen now.
    void setContext(AccountContext *context);

    TransferModel *model() const { return m_model; }

    // Asks which files to add (the file dialog) and queues them as addUrls() does.
    void chooseFilesToAdd();
    // Queues files and folders (expanded) for the destination; web addresses and other non-local
    // items are listed as refused, with the reason. False (and a message) when there is no
    // destination yet, or when the user declined a large folder.
    bool addUrls(const QList<QUrl> &urls);
    // Files on the clipboard, or an image (saved as a PNG first).
    bool pasteFromClipboard();
    // What dropping files would do now, for the window's drop hint.
    QString dropDescription() const;

    // Pause, Resume (of the selection), Pause All and Resume All, with their keys, for the
    // window's Transfers menu; the tab's button and menu use them too.
    QList<QAction *> queueActions() const;

    QStringList selectedIds() const;
    QList<SendableMedia> selectedSendable() const; // finished uploads not yet in a conversation
    QString summary() const;                       // "2 uploading, 5 waiting"; "" when idle

signals:
    void filesQueued();
    void detailsRequested(const QString &mediaSid, const QString &serviceSid);
    void downloadRequested(const mediadesk::Media &media);
    void summaryChanged(const QString &summary);
    void message(const QString &text, int timeoutMs);

private:
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::TransfersTab *form() const { return m_ui.get(); }
    void setUpTable();
    void showMenu(const QPoint &pos);
    void addQueueActions(QMenu &menu, const TransferItem &item);
    void openItem(const QModelIndex &index);
    void updateButtons();
    const TransferItem *itemWithId(const QString &id) const;

    void setUpQueueActions();

    std::unique_ptr<Ui::TransfersTab> m_ui;
    QAction *m_pause = nullptr;
    QAction *m_resume = nullptr;
    QAction *m_pauseAll = nullptr;
    QAction *m_resumeAll = nullptr;
    TransferQueue *m_queue = nullptr;
    TransferModel *m_model = nullptr;
    TransferFilterModel *m_filter = nullptr;
    AccountContext *m_context = nullptr;
};

} // namespace mediadesk
