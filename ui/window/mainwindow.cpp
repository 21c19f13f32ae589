#include "mainwindow.h"

#include "aboutdialog.h"
#include "accessiblenames.h"
#include "accountstatus.h"
#include "accountswitcher.h"
#include "conversationnames.h"
#include "conversationspresenter.h"
#include "conversationstab.h"
#include "desktopnotifier.h"
#include "dialogs.h"
#include "launcherprogress.h"
#include "librarymodel.h"
#include "librarytab.h"
#include "mediadetailspanel.h"
#include "net/apiclient.h"
#include "overviewtab.h"
#include "requestlogwindow.h"
#include "sendcoordinator.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/servicelist.h"
#include "settingsdialog.h"
#include "speedlimitbutton.h"
#include "store/credentialstore.h"
#include "store/library.h"
#include "transfermodel.h"
#include "transferstab.h"
#include "ui_mainwindow.h"
#include "ui_transferstab.h"

#include <QAccessible>
#include <QCloseEvent>
#include <QComboBox>
#include <QDragEnterEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMimeData>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QStatusBar>
#include <QStyle>
#include <QTimer>
#include <QToolBar>

namespace mediadesk {

MainWindow::MainWindow(Session *session, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_settings(AppSettings::load(session->profiles()->settings()))
    , m_context(new AccountContext(session, this))
    , m_profileCombo(new QComboBox(this))
    , m_picker(new ServicePicker(m_context->services(), this))
    , m_statusProfile(new QLabel(this))
    , m_statusRegion(new QLabel(this))
    , m_statusConnection(new QLabel(this))
    , m_statusTransfers(new QLabel(this))
    , m_speedLimit(new SpeedLimitButton(this))
    , m_notifier(new DesktopNotifier(this))
    , m_accountStatus(new AccountStatus(session, this))
    , m_conversationNames(new ConversationNames(this))
{
    m_ui->setupUi(this);
    m_ui->overviewTab->setContext(m_context);
    m_accounts = new AccountSwitcher(m_session, m_profileCombo, this);
    m_send = new SendCoordinator(m_context, this);
    connect(m_context, &AccountContext::sendTargetChanged, this, &MainWindow::updateTargetBanner);
    connect(m_send, &SendCoordinator::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    connect(m_send, &SendCoordinator::sendQueued, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->workspacePage);
        m_ui->workspaceTabs->setCurrentWidget(m_ui->transfersTab);
    });
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.mediadesk.MediaDesk.svg")));

    // Banners use palette roles only, so they follow light and dark themes.
    m_ui->sandboxBanner->setBackgroundRole(QPalette::ToolTipBase);
    m_ui->sandboxBanner->setForegroundRole(QPalette::ToolTipText);
    m_ui->sandboxBanner->setFrameShape(QFrame::StyledPanel);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->sandboxIcon->setPixmap(QIcon(QStringLiteral(":/icons/sandbox.svg")).pixmap(icon, icon));
    m_ui->sandboxBanner->hide();
    setUpAccountBanner();
    // The send target stands out: while it is set, every drop ends up in a conversation.
    m_ui->targetBanner->setBackgroundRole(QPalette::Highlight);
    m_ui->targetBanner->setForegroundRole(QPalette::HighlightedText);
    m_ui->targetBanner->setFrameShape(QFrame::StyledPanel);
    m_ui->targetIcon->setPixmap(style()->standardIcon(QStyle::SP_ArrowForward).pixmap(icon, icon));
    m_ui->targetBanner->hide();
    m_ui->welcomeIcon->setPixmap(QIcon(QStringLiteral(":/icons/org.mediadesk.MediaDesk.svg")).pixmap(96, 96));
    QFont title = m_ui->welcomeTitle->font();
    title.setPointSizeF(title.pointSizeF() * 1.6);
    title.setBold(true);
    m_ui->welcomeTitle->setFont(title);
    // A fixed width lets the wrapped text report its real height (no clipped lines).
    m_ui->welcomeText->setFixedWidth(540);
    m_ui->welcomeText->setMinimumHeight(m_ui->welcomeText->heightForWidth(540));
    m_ui->welcomeLayout->setAlignment(m_ui->welcomeText, Qt::AlignHCenter);
    m_ui->welcomeLayout->setSpacing(14);
    for (QPushButton *button : {m_ui->welcomeAddAccount, m_ui->welcomeSandbox}) {
        button->setMinimumSize(200, 40);
        button->setIconSize(QSize(20, 20));
    }
    m_ui->welcomeAddAccount->setIcon(QIcon(QStringLiteral(":/icons/account.svg")));
    m_ui->welcomeSandbox->setIcon(QIcon(QStringLiteral(":/icons/sandbox.svg")));

    buildToolbar();
    setUpKeyboard();
    statusBar()->addWidget(m_statusProfile);
    statusBar()->addWidget(m_statusRegion);
    statusBar()->addPermanentWidget(m_statusTransfers);
    statusBar()->addPermanentWidget(m_speedLimit);
    connect(m_speedLimit, &SpeedLimitButton::settingsWanted, this, &MainWindow::openSettings);
    connect(m_speedLimit, &SpeedLimitButton::limitsSwitched, this, [this](bool on) {
        m_settings.limitsEnabled = on;
        m_settings.save(m_session->profiles()->settings());
        applySpeedLimits();
    });
    statusBar()->addPermanentWidget(m_statusConnection);

    connect(m_ui->actionQuit, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->actionAddAccount, &QAction::triggered, this, &MainWindow::addAccount);
    connect(m_ui->welcomeAddAccount, &QPushButton::clicked, this, &MainWindow::addAccount);
    connect(m_ui->actionEditAccount, &QAction::triggered, this, &MainWindow::editAccount);
    connect(m_ui->actionRemoveAccount, &QAction::triggered, this, &MainWindow::removeAccount);
    connect(m_ui->actionSandbox, &QAction::triggered, this, [this] {
        selectProfile({Session::Kind::Sandbox, {}});
    });
    connect(m_ui->welcomeSandbox, &QPushButton::clicked, this, [this] {
        selectProfile({Session::Kind::Sandbox, {}});
    });
    connect(m_ui->actionRefreshServices, &QAction::triggered, m_context->services(), &ServiceList::refresh);
    connect(m_ui->actionRefreshServices, &QAction::triggered, m_ui->conversationsTab,
            &ConversationsTab::reload);
    connect(m_ui->actionRequestLog, &QAction::triggered, this, &MainWindow::showRequestLog);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] { showAboutDialog(this); });
    connect(m_accounts, &AccountSwitcher::aboutToSelect, this, [this](const Session::Ref &ref) {
        m_accountStatus->clear();
        m_ui->sandboxBanner->setVisible(ref.kind == Session::Kind::Sandbox);
        m_ui->pages->setCurrentWidget(m_ui->workspacePage);
    });
    connect(m_accounts, &AccountSwitcher::selected, this, [this] { updateOverview(); });
    connect(m_accounts, &AccountSwitcher::nothingToOpen, this, [this] {
        m_ui->sandboxBanner->hide();
        m_accountStatus->clear();
        m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    });
    connect(m_accounts, &AccountSwitcher::profilesChanged, this, &MainWindow::updateStatus);
    connect(m_session, &Session::stateChanged, this, &MainWindow::onSessionState);
    connect(m_session, &Session::keychainUnavailable, this, &MainWindow::onKeychainUnavailable);
    ServiceList *services = m_context->services();
    connect(services, &ServiceList::currentChanged, this, &MainWindow::onServiceChanged);
    connect(services, &ServiceList::loaded, this, [this] {
        m_accountStatus->servicesLoaded();
        updateStatus();
        updateOverview();
    });
    connect(services, &ServiceList::loadFailed, this, [this](const TwilioError &error) {
        m_accountStatus->servicesFailed(error);
        updateStatus();
        updateOverview();
    });

    QSettings &settings = m_session->profiles()->settings();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray())) {
        // Room for the Conversations tab's columns with the Media SID whole, within the screen.
        QSize size(1120, 720);
        if (const QScreen *where = screen())
            size = size.boundedTo(where->availableGeometry().size() * 0.9);
        resize(size);
    }

    setUpLibrary(options.libraryPath.isEmpty() ? MediaLibrary::defaultPath() : options.libraryPath);
    setUpTransfers(options.queuePath.isEmpty() ? TransferQueue::defaultStatePath() : options.queuePath);
    setUpDetails();
    setUpConversations();
    applySettings();
    m_accounts->rebuild();
    if (options.sandbox)
        selectProfile({Session::Kind::Sandbox, {}});
    else
        m_accounts->selectStart();
    updateStatus();
    nameBuiltInParts(this);
}

MainWindow::~MainWindow()
{
    // The queue finishes what it records into the library first, while both are here; nothing
    // shows it from then on (the window's widgets go after this body).
    m_ui->transfersTab->forgetQueue();
    delete m_queue;
    m_queue = nullptr;
}

void MainWindow::setUpLibrary(const QString &path)
{
    m_library = std::make_unique<Library>(path);
    const Result<> opened = m_library->open();
    m_ui->libraryTab->setLibrary(m_library.get(), opened.problem());
    if (opened)
        m_ui->detailsPanel->setLibrary(m_library.get());
    connect(m_library.get(), &Library::failed, this,
            [this](const QString &, const QString &problem) { statusBar()->showMessage(problem, 10000); });
    connect(m_ui->libraryTab, &LibraryTab::detailsRequested, this, &MainWindow::showDetails);
    connect(m_ui->libraryTab, &LibraryTab::downloadRequested, this, &MainWindow::downloadMedia);
    connect(m_ui->libraryTab, &LibraryTab::downloadToFolderRequested, this, &MainWindow::downloadToFolder);
    // The library keeps a conversation's SID; its name comes from the conversations listed here.
    ConversationsPresenter *conversations = m_ui->conversationsTab->presenter();
    connect(conversations, &ConversationsPresenter::statusChanged, m_conversationNames,
            [this, conversations] {
                QHash<QString, QString> names;
                for (const Conversation &c : conversations->conversations())
                    names.insert(c.sid, c.name()); // "" when it has none: the SID stays
                m_conversationNames->add(names);
            });
    if (LibraryModel *model = m_ui->libraryTab->model())
        model->setConversationNames(m_conversationNames);
}

void MainWindow::setUpTransfers(const QString &statePath)
{
    m_queue = new TransferQueue(statePath, m_library->isOpen() ? m_library.get() : nullptr, this);
    // An item goes out with the account it was queued for, and waits while that is not the one open.
    m_queue->setClientProvider([this](const QString &profileKey) -> ApiClient * {
        if (m_session->state() != Session::State::Ready || m_session->current().key() != profileKey)
            return nullptr;
        return m_session->client();
    });
    m_queue->setParallelTransfers(m_settings.parallelTransfers);
    m_send->setQueue(m_queue);
    m_launcherProgress = new LauncherProgress(m_queue, m_notifier, m_queue);
    m_launcherProgress->setEnabled(m_settings.launcherProgress);

    TransfersTab *tab = m_ui->transfersTab;
    tab->setQueue(m_queue);
    tab->model()->setConversationNames(m_conversationNames);
    tab->setContext(m_context);
    const QList<QAction *> queueActions = tab->queueActions();
    m_ui->menuTransfers->addActions(queueActions.mid(0, 2)); // the selection's
    m_ui->menuTransfers->addSeparator();
    m_ui->menuTransfers->addActions(queueActions.mid(2)); // everything's
    m_ui->menuTransfers->addSeparator();
    m_ui->menuTransfers->addAction(m_speedLimit->action());
    connect(tab, &TransfersTab::filesQueued, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->workspacePage);
        m_ui->workspaceTabs->setCurrentWidget(m_ui->transfersTab);
    });
    connect(tab, &TransfersTab::detailsRequested, this, &MainWindow::showDetails);
    connect(tab, &TransfersTab::downloadRequested, this, &MainWindow::downloadMedia);
    m_statusTransfers->setObjectName(QStringLiteral("transferSummary"));
    connect(tab, &TransfersTab::summaryChanged, this, [this](const QString &summary) {
        if (summary == m_statusTransfers->text())
            return;
        m_statusTransfers->setText(summary);
        // A screen reader hears how the transfers stand as it changes, not only when asked.
        QAccessibleEvent changed(m_statusTransfers, QAccessible::NameChanged);
        QAccessible::updateAccessibility(&changed);
    });
    connect(tab, &TransfersTab::message, this,
            [this](const QString &text, int timeoutMs) { statusBar()->showMessage(text, timeoutMs); });
    m_ui->dropHint->hide();
    m_ui->dropHint->setBackgroundRole(QPalette::Highlight);
    m_ui->dropHint->setForegroundRole(QPalette::HighlightedText);
    setAcceptDrops(true);

    connect(m_queue, &TransferQueue::batchFinished, this, &MainWindow::onBatchFinished);
    connect(m_queue, &TransferQueue::stateSaveError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });

    if (const Result<> restored = m_queue->restore(); !restored)
        statusBar()->showMessage(restored.problem(), 15000);
    m_statusTransfers->setText(tab->summary());
}

void MainWindow::onBatchFinished(int done, int failed)
{
    const QString message =
        failed == 0 ? tr("Transfers finished: %n done.", nullptr, done)
                    //: "failed" covers transfers refused before they started too
                    : tr("Transfers finished: %1 done, %2 failed or refused.").arg(done).arg(failed);
    statusBar()->showMessage(message, 15000);
    QAccessibleEvent alert(statusBar(), QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
    if (isActiveWindow())
        return; // the status bar has said it where the user is looking
    QApplication::alert(this);
    if (m_settings.notifyWhenDone) {
        m_notifier->notify(failed == 0 ? tr("Transfers finished") : tr("Transfers finished, some failed"),
                           failed == 0 ? tr("%n done.", nullptr, done)
                                       : tr("%1 done, %2 failed or refused.").arg(done).arg(failed),
                           failed != 0);
    }
}

bool MainWindow::addUrls(const QList<QUrl> &urls)
{
    return m_ui->transfersTab->addUrls(urls);
}

bool MainWindow::pasteFromClipboard()
{
    return m_ui->transfersTab->pasteFromClipboard();
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    m_ui->dropHint->setText(m_ui->transfersTab->dropDescription());
    m_ui->dropHint->show();
    event->acceptProposedAction();
}

void MainWindow::dragLeaveEvent(QDragLeaveEvent *event)
{
    m_ui->dropHint->hide();
    QMainWindow::dragLeaveEvent(event);
}

void MainWindow::dropEvent(QDropEvent *event)
{
    m_ui->dropHint->hide();
    if (!event->mimeData()->hasUrls())
        return;
    if (addUrls(event->mimeData()->urls()))
        event->acceptProposedAction();
}

void MainWindow::buildToolbar()
{
    QToolBar *bar = m_ui->toolBar;
    auto *accountLabel = new QLabel(tr("Account:"), bar);
    accountLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(accountLabel);
    // As wide as its longest entry ("Environment (TWILIO_*)", a long profile name): never clipped.
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_profileCombo->setToolTip(tr("The Twilio account (profile) to work with"));
    m_profileCombo->setPlaceholderText(tr("No account"));
    bar->addWidget(m_profileCombo);
    bar->addSeparator();
    auto *serviceLabel = new QLabel(tr("Chat Service:"), bar);
    serviceLabel->setContentsMargins(6, 0, 4, 0);
    bar->addWidget(serviceLabel);
    bar->addWidget(m_picker);
    accountLabel->setBuddy(m_profileCombo);
    serviceLabel->setBuddy(m_picker->comboBox());
    bar->addSeparator();
    // Next to the service: where dropped files go on to (a conversation), shown in a banner when set.
    m_ui->actionSendTarget->setIcon(style()->standardIcon(QStyle::SP_ArrowForward));
    m_ui->actionSendTarget->setIconText(tr("Send To…"));
    bar->addAction(m_ui->actionSendTarget);
    bar->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    // Toolbar buttons take no focus by default: this one is reached by Tab like every control.
    if (QWidget *sendTo = bar->widgetForAction(m_ui->actionSendTarget)) {
        sendTo->setFocusPolicy(Qt::TabFocus);
        sendTo->setAccessibleName(m_ui->actionSendTarget->iconText());
        sendTo->setAccessibleDescription(m_ui->actionSendTarget->toolTip());
    }
    m_profileCombo->setAccessibleName(tr("Account"));
}

void MainWindow::setUpKeyboard()
{
    // F10 opens the menu bar, as on GNOME, KDE and Windows; Qt leaves it to the platform.
    auto *menuKey = new QShortcut(QKeySequence(Qt::Key_F10), this);
    connect(menuKey, &QShortcut::activated, this, [this] {
        QAction *first = menuBar()->actions().value(0);
        if (first && !menuBar()->activeAction()) {
            menuBar()->setFocus(Qt::MenuBarFocusReason);
            menuBar()->setActiveAction(first);
        }
    });
    connect(m_ui->actionAddFiles, &QAction::triggered, this, [this] {
        m_ui->pages->setCurrentWidget(m_ui->workspacePage);
        m_ui->workspaceTabs->setCurrentWidget(m_ui->transfersTab);
        m_ui->transfersTab->chooseFilesToAdd();
    });
    connect(m_ui->actionPasteFiles, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
    m_ui->actionAddFiles->setEnabled(false); // until a Chat Service is chosen
    m_ui->actionPasteFiles->setEnabled(false);
}

bool MainWindow::isWelcomeShown() const
{
    return m_ui->pages->currentWidget() == m_ui->welcomePage;
}

void MainWindow::selectProfile(const Session::Ref &ref)
{
    m_accounts->select(ref);
}

void MainWindow::onSessionState(Session::State state)
{
    if (state == Session::State::Ready) // (the AccountContext loads its services meanwhile)
        m_queue->schedule();            // transfers waiting for this account can go now
    m_ui->detailsPanel->setClient(state == Session::State::Ready ? m_session->client() : nullptr);
    if (state != Session::State::Ready)
        m_ui->conversationsTab->setSource(nullptr, {});
    updateStatus();
    updateOverview();
}

void MainWindow::onServiceChanged(const ChatService &service)
{
    m_ui->detailsPanel->setService(service);
    m_ui->conversationsTab->setSource(
        m_session->state() == Session::State::Ready ? m_session->client() : nullptr, service.sid);
    // Files go to a service: without one, Add Files… and Paste Files would only be refused.
    for (QAction *action : {m_ui->actionSendTarget, m_ui->actionAddFiles, m_ui->actionPasteFiles})
        action->setEnabled(!service.sid.isEmpty());
    updateOverview();
}

void MainWindow::onKeychainUnavailable(const QString &profile)
{
    m_keychainProfile = profile; // the account banner (AccountStatus) says the rest
}

void MainWindow::enterSecretForSession()
{
    m_accounts->enterSecretForThisRun(m_keychainProfile);
}

QString MainWindow::statusText() const
{
    return m_statusProfile->text() + QLatin1Char('|') + m_statusRegion->text() + QLatin1Char('|') +
           m_statusConnection->text();
}

void MainWindow::updateStatus()
{
    const Session::Ref &ref = m_session->current();
    const bool idle = m_session->state() == Session::State::Idle;
    QString profile;
    if (!idle) {
        profile = ref.kind == Session::Kind::Saved         ? ref.name
                  : ref.kind == Session::Kind::Environment ? tr("Environment")
                                                           : tr("Sandbox");
    }
    m_statusProfile->setText(idle ? tr("No account") : tr("Account: %1").arg(profile));
    m_statusRegion->setText(idle || m_session->state() != Session::State::Ready
                                ? QString()
                                : (ref.kind == Session::Kind::Sandbox
                                       ? tr("Region: local sandbox")
                                       : tr("Region: %1").arg(m_session->region())));
    switch (m_session->state()) {
    case Session::State::Idle:
        m_statusConnection->setText(tr("Not connected"));
        break;
    case Session::State::Connecting:
        m_statusConnection->setText(ref.kind == Session::Kind::Sandbox ? tr("Starting the sandbox…")
                                                                       : tr("Connecting…"));
        break;
    case Session::State::Ready:
        m_statusConnection->setText(m_context->services()->isLoading() ? tr("Loading Chat Services…")
                                                                       : tr("Ready"));
        break;
    case Session::State::Failed:
        m_statusConnection->setText(tr("Not connected"));
        break;
    }
    if (m_accountStatus->hasProblem()) // never "Ready" while the account does not work
        m_statusConnection->setText(m_accountStatus->statusText());
    const bool saved = ref.kind == Session::Kind::Saved && !idle;
    m_ui->actionEditAccount->setEnabled(saved);
    m_ui->actionRemoveAccount->setEnabled(saved);
    m_ui->actionRefreshServices->setEnabled(m_session->state() == Session::State::Ready);
    setWindowTitle(idle ? tr("MediaDesk") : tr("%1 — MediaDesk").arg(profile));
}

void MainWindow::updateOverview()
{
    m_ui->overviewTab->refresh();
}

void MainWindow::addAccount()
{
    m_accounts->add();
}

void MainWindow::editAccount()
{
    m_accounts->edit();
}

void MainWindow::removeAccount()
{
    m_accounts->remove();
}

void MainWindow::applySettings()
{
    if (m_queue)
        m_queue->setParallelTransfers(m_settings.parallelTransfers);
    m_ui->conversationsTab->setParallel(m_settings.parallelTransfers); // thumbnails, as many at once
    applySpeedLimits();
    if (m_launcherProgress)
        m_launcherProgress->setEnabled(m_settings.launcherProgress);
    // At once (a manual proxy without its password yet), so no request slips past it meanwhile.
    m_session->client()->setManualProxy(m_settings.proxy({}));
    if (m_settings.proxyMode != AppSettings::ProxyMode::Manual)
        return;
    KeychainJob *read = m_session->keychain()->readProxyPassword();
    connect(read, &KeychainJob::finished, this, [this, read] {
        m_session->client()->setManualProxy(m_settings.proxy(read->succeeded() ? read->secret() : QString()));
    });
}

void MainWindow::applySpeedLimits()
{
    RateLimiter *limiter = m_session->client()->rateLimiter();
    limiter->setRate(RateLimiter::Direction::Upload, m_settings.effectiveUploadLimit());
    limiter->setRate(RateLimiter::Direction::Download, m_settings.effectiveDownloadLimit());
    m_speedLimit->showLimits(m_settings);
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_session->keychain(), this);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    m_settings.save(m_session->profiles()->settings());
    if (dialog.proxyPasswordChanged()) {
        KeychainJob *write = m_session->keychain()->writeProxyPassword(dialog.proxyPassword());
        connect(write, &KeychainJob::finished, this, [this, write] {
            if (!write->succeeded())
                Dialogs::warning(this, tr("Proxy Password"), write->problem());
            applySettings();
        });
        return;
    }
    applySettings();
}

void MainWindow::showRequestLog()
{
    if (!m_logWindow)
        m_logWindow = new RequestLogWindow(m_session->client()->requestLog(), this);
    m_logWindow->show();
    m_logWindow->raise();
    m_logWindow->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_session->profiles()->settings().setValue(QStringLiteral("window/geometry"), saveGeometry());
    QMainWindow::closeEvent(event);
}

} // namespace mediadesk
