#pragma once

#include "sendablemedia.h"
#include "session/session.h"
#include "store/appsettings.h"
#include "transfer/transferqueue.h"
#include "twilio/chatservice.h"

#include <QMainWindow>
#include <QPointer>
#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace mediadesk {

class AccountContext;
class AccountStatus;
class ConversationNames;
class AccountSwitcher;
class SendCoordinator;
class SpeedLimitButton;
class DesktopNotifier;
class LauncherProgress;
class ApiClient;
class LibraryTab;
class Library;
class MediaDetailsPanel;
struct Media;
class TransferQueue;
class TransfersTab;
class RequestLogWindow;
class ServicePicker;

// The main window, a frame: the account (profile) and Chat Service pickers in the toolbar, a welcome
// page on first run, the sandbox, keychain and send-target banners, the selected service's
// overview, and the status bar, around the tabs that do the work (TransfersTab, LibraryTab,
// MediaDetailsPanel). It routes between them: a tab asks for details or a download, the frame
// shows the Details tab or asks where to save. Its modal questions go through Dialogs.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    struct Options
    {
        bool sandbox = false; // --sandbox: open the Sandbox profile at once
        QString libraryPath;  // "" = MediaLibrary::defaultPath()
        QString queuePath;    // "" = TransferQueue::defaultStatePath()
    };

    MainWindow(Session *session, const Options &options, QWidget *parent = nullptr);
    ~MainWindow() override;

    QComboBox *profileCombo() const { return m_profileCombo; }
    ServicePicker *servicePicker() const { return m_picker; }
    AccountContext *accountContext() const { return m_context; }
    TransferQueue *transferQueue() const { return m_queue; }
    DesktopNotifier *desktopNotifier() const { return m_notifier; }
    LauncherProgress *launcherProgress() const { return m_launcherProgress; }

    // What the Transfers tab does with files (see TransfersTab::addUrls), for drops on any part of
    // the window; a message in the status bar when no account or service is chosen yet.
    bool addUrls(const QList<QUrl> &urls);
    bool pasteFromClipboard();
    // Shows the Details tab and looks the media up there (in serviceSid, or the selected service).
    void showDetails(const QString &mediaSid, const QString &serviceSid = {});
    // Asks where to save the media (name from its metadata) and queues the download; returns the
    // transfer id, "" when cancelled or when no account is ready.
    QString downloadMedia(const Media &media);
    // Queues downloads of the media into the download folder under their own names; for a file
    // that exists there, does what Settings says or asks (Replace, Keep Both, Skip, for the rest of
    // the batch too). Returns the transfer ids queued.
    QStringList downloadToFolder(const QList<Media> &media);
    // Asks for a folder and queues an export of the conversation's media (of messageSids only, when
    // given) into a folder named after it there; returns the transfer id, "" when cancelled.
    QString exportConversation(const QString &conversationSid, const QString &label,
                               const QStringList &messageSids, int mediaCount);

    using SendableMedia = mediadesk::SendableMedia;
    // Where dropped and added files go on to once uploaded (shown in a banner until cleared).
    void clearSendTarget();
    const SendTarget &sendTarget() const;
    void chooseSendTarget();
    // Asks for the conversation, author and a body for the first; queues one message per media.
    // Returns how many were queued.
    int sendToConversation(const QList<SendableMedia> &media);
    Session *session() const { return m_session; }
    bool isWelcomeShown() const;
    QString statusText() const; // the status bar's labels, for tests and accessibility
    AccountStatus *accountStatus() const { return m_accountStatus; }

    void selectProfile(const Session::Ref &ref);
    void addAccount();
    void editAccount();
    void removeAccount();
    void openSettings();
    void showRequestLog();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::MainWindow *form() const { return m_ui.get(); }
    void buildToolbar();
    void setUpKeyboard(); // F10, the File menu's entries for what the Transfers tab does
    void onSessionState(Session::State state);
    void onServiceChanged(const ChatService &service);
    void onKeychainUnavailable(const QString &profile);
    // The message bar under the toolbar for what stops the whole account (AccountStatus).
    void setUpAccountBanner();
    void tintAccountBanner(); // again when the desktop's palette changes
    void showAccountProblem();
    void tryAccountAgain();
    void enterSecretForSession();
    void updateStatus();
    void updateOverview();
    void applySettings();
    void applySpeedLimits(); // the settings' limits to the client, and the status bar's view of them
    void setUpLibrary(const QString &path);
    void setUpTransfers(const QString &statePath);
    void setUpDetails();
    void setUpConversations();
    QList<SendableMedia> selectedSendable() const; // from the Transfers or Library tab, whichever shows
    void updateTargetBanner();
    void onBatchFinished(int done, int failed);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session *m_session;
    AppSettings m_settings;
    AccountContext *m_context; // where work goes: the account, its service, the send target
    QComboBox *m_profileCombo;
    AccountSwitcher *m_accounts;
    SendCoordinator *m_send;
    ServicePicker *m_picker; // the view of m_context's services
    QLabel *m_statusProfile;
    QLabel *m_statusRegion;
    QLabel *m_statusConnection;
    QPointer<RequestLogWindow> m_logWindow;
    std::unique_ptr<Library> m_library; // outlives m_queue, which records into it
    TransferQueue *m_queue = nullptr;
    QLabel *m_statusTransfers;
    SpeedLimitButton *m_speedLimit;
    DesktopNotifier *m_notifier;
    LauncherProgress *m_launcherProgress = nullptr; // follows m_queue
    AccountStatus *m_accountStatus;
    ConversationNames *m_conversationNames; // learnt from the Conversations tab, for Library and Transfers
    QString m_keychainProfile; // the profile without a keychain (Enter Secret for This Session… is for it)
};

} // namespace mediadesk
