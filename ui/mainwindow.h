#pragma once

#include "session/session.h"
#include "store/appsettings.h"
#include "transfer/transferqueue.h"
#include "twilio/chatservice.h"

#include <QMainWindow>
#include <QPointer>
#include <functional>
#include <memory>

class QComboBox;
class QLabel;

namespace Ui {
class MainWindow;
}

namespace mediadesk {

class ApiClient;
class LibraryModel;
class MediaDetailsPanel;
class MediaLibrary;
struct Media;
class TransferFilterModel;
class TransferModel;
class TransferQueue;
class RequestLogWindow;
class ServicePicker;

// The main window: the account (profile) and Chat Service pickers in the toolbar, a welcome page on
// first run, the sandbox and keychain banners, the selected service's overview, and the status bar.
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

    Ui::MainWindow *form() const { return m_ui.get(); }
    QComboBox *profileCombo() const { return m_profileCombo; }
    ServicePicker *servicePicker() const { return m_picker; }
    LibraryModel *libraryModel() const { return m_libraryModel; }
    TransferQueue *transferQueue() const { return m_queue; }
    TransferModel *transferModel() const { return m_transferModel; }
    MediaDetailsPanel *detailsPanel() const;

    // Queues files and folders (expanded) for the chosen Chat Service; web addresses and other
    // non-local items are listed as refused, with the reason. Returns false with a message in the
    // status bar when no account or service is chosen yet.
    bool addUrls(const QList<QUrl> &urls);
    bool pasteFromClipboard();
    // Shows the Details tab and looks the media up there (in serviceSid, or the selected service).
    void showDetails(const QString &mediaSid, const QString &serviceSid = {});
    // Asks where to save the media (name from its metadata) and queues the download; returns the
    // transfer id, "" when cancelled or when no account is ready.
    QString downloadMedia(const Media &media);
    // Asks for the file to save a download as (suggested: a full path); "" = cancelled. The dialog
    // asks before overwriting. Replaceable for tests.
    static std::function<QString(QWidget *parent, const QString &suggestedPath)> askSavePath;

    // Media that is uploaded and can go into a conversation.
    struct SendableMedia
    {
        QString mediaSid;
        QString fileName;
        QString serviceSid;
        qint64 size = 0;
    };
    struct SendChoice
    {
        SendTarget target;
        QString label; // the conversation as people know it
    };
    // Where dropped and added files go on to once uploaded (shown in a banner until cleared).
    void setSendTarget(const SendTarget &target, const QString &label);
    void clearSendTarget();
    const SendTarget &sendTarget() const { return m_sendTarget; }
    void chooseSendTarget();
    // Asks for the conversation, author and a body for the first; queues one message per media.
    // Returns how many were queued.
    int sendToConversation(const QList<SendableMedia> &media);
    // The send dialog (forTarget: choose where dropped files go); nullopt when cancelled.
    // Replaceable for tests.
    static std::function<std::optional<SendChoice>(QWidget *parent, bool forTarget, ApiClient *client,
                                                   const QString &serviceSid, const QStringList &names,
                                                   const SendTarget &initial)>
        askSendTarget;
    // Asked before queueing a folder with more than 50 files; replaceable for tests.
    static std::function<bool(QWidget *parent, int fileCount)> confirmLargeFolder;
    Session *session() const { return m_session; }
    bool isWelcomeShown() const;
    QString statusText() const; // the status bar's labels, for tests and accessibility

    void selectProfile(const Session::Ref &ref);
    void addAccount();
    void editAccount();
    void removeAccount();
    void openSettings();
    void showRequestLog();

    // Asked before removing a profile; replaceable so tests need no modal box.
    static std::function<bool(QWidget *parent, const QString &profile)> confirmRemoval;
    // Asks for a secret to keep in memory for this run; nullopt when cancelled. Replaceable for tests.
    static std::function<std::optional<QString>(QWidget *parent, const QString &profile)> askSessionSecret;

protected:
    void closeEvent(QCloseEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dragLeaveEvent(QDragLeaveEvent *event) override;
    void dropEvent(QDropEvent *event) override;

private:
    void buildToolbar();
    void rebuildProfileCombo();
    void onProfileActivated(int index);
    void onSessionState(Session::State state);
    void onServiceChanged(const ChatService &service);
    void onKeychainUnavailable(const QString &profile, const QString &message);
    void enterSecretForSession();
    void updateStatus();
    void updateOverview();
    void applySettings();
    void chooseStartProfile();
    void setUpLibrary(const QString &path);
    void setUpTransfers(const QString &statePath);
    void setUpDetails();
    void showTransferMenu(const QPoint &pos);
    void showLibraryMenu(const QPoint &pos);
    QList<SendableMedia> selectedSendable() const; // from the Transfers or Library tab, whichever shows
    QString rememberedAuthor() const;
    void rememberAuthor(const QString &author);
    void updateTargetBanner();
    void updateTransferButtons();
    void updateTransferSummary();
    void onBatchFinished(int done, int failed);
    QStringList selectedTransferIds() const;
    QString currentProfileLabel() const;
    QString rememberedServiceFor(const Session::Ref &ref) const;
    void rememberService(const Session::Ref &ref, const QString &sid);
    static QString refKey(const Session::Ref &ref);

    std::unique_ptr<Ui::MainWindow> m_ui;
    Session *m_session;
    AppSettings m_settings;
    QComboBox *m_profileCombo;
    ServicePicker *m_picker;
    QLabel *m_statusProfile;
    QLabel *m_statusRegion;
    QLabel *m_statusConnection;
    QPointer<RequestLogWindow> m_logWindow;
    std::unique_ptr<MediaLibrary> m_library;
    LibraryModel *m_libraryModel = nullptr;
    TransferQueue *m_queue = nullptr;
    TransferModel *m_transferModel = nullptr;
    TransferFilterModel *m_transferFilter = nullptr;
    QLabel *m_statusTransfers;
    QString m_keychainProfile; // the profile the keychain banner is about
    SendTarget m_sendTarget;
    QString m_sendTargetLabel;
    QString m_sendTargetService; // the target belongs to this service
    bool m_updatingCombo = false;
};

} // namespace mediadesk
