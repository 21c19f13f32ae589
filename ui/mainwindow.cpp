#include "mainwindow.h"

#include "accountdialog.h"
#include "attachmentstatus.h"
#include "desktop.h"
#include "librarymodel.h"
#include "mediadetailspanel.h"
#include "net/apiclient.h"
#include "progressdelegate.h"
#include "requestlogwindow.h"
#include "servicepicker.h"
#include "session/sandboxprocess.h"
#include "settingsdialog.h"
#include "store/credentialstore.h"
#include "store/privatefiles.h"
#include "text/displaytext.h"
#include "transfermodel.h"
#include "ui_mainwindow.h"

#include <QClipboard>
#include <QCloseEvent>
#include <QComboBox>
#include <QDirIterator>
#include <QDragEnterEvent>
#include <QFileDialog>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QMimeData>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QStyle>
#include <QSystemTrayIcon>
#include <QTimer>
#include <QToolBar>

namespace mediadesk {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int AddAccountKind = 100;

} // namespace

std::function<bool(QWidget *, const QString &)> MainWindow::confirmRemoval = [](QWidget *parent,
                                                                                const QString &profile) {
    return QMessageBox::question(
               parent, MainWindow::tr("Remove Account"),
               MainWindow::tr("Remove the profile “%1” and delete its secret from the system "
                              "keychain? The Twilio account itself is not affected.")
                   .arg(profile),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel) == QMessageBox::Yes;
};

std::function<std::optional<QString>(QWidget *, const QString &)> MainWindow::askSessionSecret =
    [](QWidget *parent, const QString &profile) -> std::optional<QString> {
    bool ok = false;
    const QString secret = QInputDialog::getText(
        parent, MainWindow::tr("Secret for This Session"),
        MainWindow::tr("Secret for “%1” (kept in memory until MediaDesk quits):").arg(profile),
        QLineEdit::Password, {}, &ok);
    if (!ok || secret.isEmpty())
        return std::nullopt;
    return secret;
};

std::function<bool(QWidget *, int)> MainWindow::confirmLargeFolder = [](QWidget *parent, int fileCount) {
    return QMessageBox::question(
               parent, MainWindow::tr("Upload a Folder"),
               MainWindow::tr("The dropped folders hold %n file(s). Upload them all?", nullptr, fileCount),
               QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Yes) == QMessageBox::Yes;
};

MainWindow::MainWindow(Session *session, const Options &options, QWidget *parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_session(session)
    , m_settings(AppSettings::load(session->profiles()->settings()))
    , m_profileCombo(new QComboBox(this))
    , m_picker(new ServicePicker(this))
    , m_statusProfile(new QLabel(this))
    , m_statusRegion(new QLabel(this))
    , m_statusConnection(new QLabel(this))
    , m_statusTransfers(new QLabel(this))
{
    m_ui->setupUi(this);
    setWindowIcon(QIcon(QStringLiteral(":/icons/org.mediadesk.MediaDesk.svg")));

    // Banners use palette roles only, so they follow light and dark themes.
    for (QFrame *banner : {m_ui->sandboxBanner, m_ui->keychainBanner}) {
        banner->setBackgroundRole(QPalette::ToolTipBase);
        banner->setForegroundRole(QPalette::ToolTipText);
        banner->setFrameShape(QFrame::StyledPanel);
    }
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->sandboxIcon->setPixmap(QIcon(QStringLiteral(":/icons/sandbox.svg")).pixmap(icon, icon));
    m_ui->keychainIcon->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(icon, icon));
    m_ui->sandboxBanner->hide();
    m_ui->keychainBanner->hide();
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
    statusBar()->addWidget(m_statusProfile);
    statusBar()->addWidget(m_statusRegion);
    statusBar()->addPermanentWidget(m_statusTransfers);
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
    connect(m_ui->actionRefreshServices, &QAction::triggered, m_picker, &ServicePicker::refresh);
    connect(m_ui->actionRequestLog, &QAction::triggered, this, &MainWindow::showRequestLog);
    connect(m_ui->actionSettings, &QAction::triggered, this, &MainWindow::openSettings);
    connect(m_ui->actionAbout, &QAction::triggered, this, [this] {
        QMessageBox::about(
            this, tr("About MediaDesk"),
            tr("<h3>MediaDesk %1</h3><p>A desktop client for Twilio's Media Content Service: "
               "upload, inspect and download Conversations media.</p><p>Secrets stay in the system "
               "keychain.</p>")
                .arg(QCoreApplication::applicationVersion()));
    });
    connect(m_ui->keychainSessionButton, &QPushButton::clicked, this, &MainWindow::enterSecretForSession);
    connect(m_session, &Session::stateChanged, this, &MainWindow::onSessionState);
    connect(m_session, &Session::keychainUnavailable, this, &MainWindow::onKeychainUnavailable);
    connect(m_picker, &ServicePicker::serviceChanged, this, &MainWindow::onServiceChanged);
    connect(m_picker, &ServicePicker::servicesLoaded, this, [this] { updateOverview(); });
    connect(m_picker, &ServicePicker::loadFailed, this, [this] { updateOverview(); });

    QSettings &settings = m_session->profiles()->settings();
    if (!restoreGeometry(settings.value(QStringLiteral("window/geometry")).toByteArray()))
        resize(980, 640);

    setUpLibrary(options.libraryPath.isEmpty() ? MediaLibrary::defaultPath() : options.libraryPath);
    setUpTransfers(options.queuePath.isEmpty() ? TransferQueue::defaultStatePath() : options.queuePath);
    setUpDetails();
    applySettings();
    rebuildProfileCombo();
    if (options.sandbox)
        selectProfile({Session::Kind::Sandbox, {}});
    else
        chooseStartProfile();
    updateStatus();
}

MainWindow::~MainWindow() = default;

void MainWindow::setUpLibrary(const QString &path)
{
    m_library = std::make_unique<MediaLibrary>(path);
    QString problem;
    const bool open = m_library->open(&problem);
    m_libraryModel = new LibraryModel(m_library.get(), this);
    m_ui->libraryTable->setModel(m_libraryModel);
    m_ui->libraryTable->verticalHeader()->hide();
    QHeaderView *header = m_ui->libraryTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibraryModel::FileName, QHeaderView::Stretch);
    header->setSortIndicator(LibraryModel::UploadedAt, Qt::DescendingOrder);
    // Wide enough for each (translated) title and its sort arrow, and for what the column holds
    // (SIDs are elided: the tooltip and Copy give them whole); the name takes the rest.
    const QFontMetrics metrics(m_ui->libraryTable->font());
    const int pad = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    auto fit = [&](int column, const QString &sample) {
        header->resizeSection(
            column, qMax(header->sectionSizeHint(column) + 16, metrics.horizontalAdvance(sample) + pad));
    };
    fit(LibraryModel::MediaSid, QStringLiteral("ME0123…"));
    fit(LibraryModel::ContentType, QStringLiteral("image/jpeg"));
    fit(LibraryModel::Size, QLocale().formattedDataSize(999 * 1024 * 1024));
    fit(LibraryModel::UploadedAt,
        QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat));
    const QDateTime now = QDateTime::currentDateTimeUtc();
    fit(LibraryModel::Conversation, AttachmentStatus({}, {}, now, {}, {}, now).text()); // "Deleted in 5:00"
    fit(LibraryModel::MessageSid, QStringLiteral("IM0123…"));
    fit(LibraryModel::ServiceSid, QStringLiteral("IS0123…"));
    fit(LibraryModel::Profile, QStringLiteral("Sandbox"));
    m_ui->libraryNote->setText(
        open ? tr("Everything uploaded from this computer, by MediaDesk and mediadesk-cli.") : problem);
    m_ui->librarySearch->setEnabled(open);

    // Search as you type, once typing pauses.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_ui->librarySearch, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this,
            [this] { m_libraryModel->setSearch(m_ui->librarySearch->text().trimmed()); });
    auto showCount = [this](qint64 count) {
        m_ui->libraryCount->setText(m_libraryModel->search().isEmpty()
                                        ? tr("%n upload(s)", nullptr, int(count))
                                        : tr("%n match(es)", nullptr, int(count)));
    };
    connect(m_libraryModel, &LibraryModel::totalCountChanged, this, showCount);
    showCount(m_libraryModel->totalCount());
    // mediadesk-cli may have added uploads meanwhile: look again whenever the tab is shown.
    connect(m_ui->workspaceTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_ui->workspaceTabs->widget(index) == m_ui->libraryTab)
            m_libraryModel->reload();
    });
}

void MainWindow::setUpTransfers(const QString &statePath)
{
    m_queue = new TransferQueue(statePath, m_library->isOpen() ? m_library.get() : nullptr, this);
    // An item goes out with the account it was queued for, and waits while that is not the one open.
    m_queue->setClientProvider([this](const QString &profileKey) -> ApiClient * {
        if (m_session->state() != Session::State::Ready || refKey(m_session->current()) != profileKey)
            return nullptr;
        return m_session->client();
    });
    m_queue->setParallelUploads(m_settings.parallelUploads);
    m_transferModel = new TransferModel(m_queue, this);
    m_transferFilter = new TransferFilterModel(this);
    m_transferFilter->setSourceModel(m_transferModel);
    m_transferFilter->setSortRole(TransferModel::SortRole);
    m_ui->transferTable->setModel(m_transferFilter);
    m_ui->transferTable->setItemDelegateForColumn(TransferModel::Progress, new ProgressDelegate(this));
    m_ui->transferTable->verticalHeader()->hide();
    QHeaderView *header = m_ui->transferTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(TransferModel::Name, QHeaderView::Stretch);
    header->resizeSection(TransferModel::Type, 90);
    header->resizeSection(TransferModel::Size, 80);
    header->resizeSection(TransferModel::Progress, 120);
    header->resizeSection(TransferModel::Speed, 80);
    header->resizeSection(TransferModel::Eta, 70);
    header->resizeSection(TransferModel::Status, 90);
    header->resizeSection(TransferModel::MediaSid, 100);
    header->resizeSection(TransferModel::Conversation, 140);
    header->setSortIndicator(-1, Qt::AscendingOrder); // queue order until a column is chosen
    m_ui->transferFilter->addItem(tr("All"), int(TransferFilterModel::Filter::All));
    m_ui->transferFilter->addItem(tr("Active"), int(TransferFilterModel::Filter::Active));
    m_ui->transferFilter->addItem(tr("Failed"), int(TransferFilterModel::Filter::Failed));
    m_ui->transferFilter->addItem(tr("Done"), int(TransferFilterModel::Filter::Done));
    connect(m_ui->transferFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_transferFilter->setFilter(TransferFilterModel::Filter(m_ui->transferFilter->currentData().toInt()));
    });

    m_ui->dropHint->hide();
    m_ui->dropHint->setBackgroundRole(QPalette::Highlight);
    m_ui->dropHint->setForegroundRole(QPalette::HighlightedText);
    setAcceptDrops(true);

    connect(m_ui->addFilesButton, &QPushButton::clicked, this, [this] {
        const QStringList files = QFileDialog::getOpenFileNames(this, tr("Add Files to Upload"));
        QList<QUrl> urls;
        for (const QString &f : files)
            urls.append(QUrl::fromLocalFile(f));
        if (!urls.isEmpty())
            addUrls(urls);
    });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        for (const QString &id : selectedTransferIds())
            m_queue->cancel(id);
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        for (const QString &id : selectedTransferIds())
            m_queue->retry(id);
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        for (const QString &id : selectedTransferIds())
            m_queue->remove(id);
    });
    connect(m_ui->clearFinishedButton, &QPushButton::clicked, m_queue, &TransferQueue::clearFinished);
    auto *paste = new QAction(tr("Paste Files"), m_ui->transfersTab);
    paste->setShortcut(QKeySequence::Paste);
    paste->setShortcutContext(Qt::WidgetWithChildrenShortcut);
    connect(paste, &QAction::triggered, this, &MainWindow::pasteFromClipboard);
    m_ui->transfersTab->addAction(paste);
    auto *remove = new QAction(tr("Remove"), m_ui->transferTable);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, m_ui->removeButton, &QPushButton::click);
    m_ui->transferTable->addAction(remove);

    connect(m_ui->transferTable, &QWidget::customContextMenuRequested, this, &MainWindow::showTransferMenu);
    connect(m_ui->transferTable, &QAbstractItemView::doubleClicked, this, [this](const QModelIndex &index) {
        const int row = m_queue->indexOf(index.data(TransferModel::IdRole).toString());
        if (row < 0 || (index.flags() & Qt::ItemIsEditable))
            return;
        const TransferItem &item = m_queue->items().at(row);
        if (item.kind == TransferItem::Kind::Download && item.state == TransferItem::State::Done)
            Desktop::openUrl(QUrl::fromLocalFile(item.path));
        else if (!item.mediaSid.isEmpty())
            showDetails(item.mediaSid, item.serviceSid);
    });

    connect(m_ui->transferTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &MainWindow::updateTransferButtons);
    // Progress ticks arrive many times a second: buttons and summary follow at most 10 times.
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(100);
    connect(refresh, &QTimer::timeout, this, [this] {
        updateTransferButtons();
        updateTransferSummary();
    });
    auto throttled = [refresh] {
        if (!refresh->isActive()) // not restarted by each tick, or it would never fire mid-batch
            refresh->start();
    };
    for (auto signal : {&TransferQueue::itemChanged, &TransferQueue::itemAdded, &TransferQueue::itemRemoved})
        connect(m_queue, signal, refresh, throttled);
    connect(m_queue, &TransferQueue::batchFinished, this, &MainWindow::onBatchFinished);
    // The Library tab, when open, follows rows as they land.
    auto *libraryReload = new QTimer(this);
    libraryReload->setSingleShot(true);
    libraryReload->setInterval(200);
    connect(libraryReload, &QTimer::timeout, this, [this] {
        if (m_ui->workspaceTabs->currentWidget() == m_ui->libraryTab)
            m_libraryModel->reload();
    });
    connect(m_queue, &TransferQueue::libraryRecorded, libraryReload, [libraryReload] {
        if (!libraryReload->isActive())
            libraryReload->start();
    });
    connect(m_queue, &TransferQueue::libraryError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 10000); });
    connect(m_queue, &TransferQueue::stateSaveError, this,
            [this](const QString &message) { statusBar()->showMessage(message, 30000); });

    QString problem;
    if (!m_queue->restore(&problem))
        statusBar()->showMessage(problem, 15000);
    updateTransferButtons();
    updateTransferSummary();
}

QStringList MainWindow::selectedTransferIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_ui->transferTable->selectionModel()->selectedRows())
        ids.append(index.data(TransferModel::IdRole).toString());
    return ids;
}

void MainWindow::updateTransferButtons()
{
    bool active = false, retryable = false;
    const QStringList ids = selectedTransferIds();
    for (const QString &id : ids) {
        const TransferItem &item = m_queue->items().at(m_queue->indexOf(id));
        active |= item.isActive();
        retryable |= item.state == TransferItem::State::Failed ||
                     item.state == TransferItem::State::Cancelled ||
                     item.state == TransferItem::State::Refused;
    }
    m_ui->cancelButton->setEnabled(active);
    m_ui->retryButton->setEnabled(retryable);
    m_ui->removeButton->setEnabled(!ids.isEmpty());
}

void MainWindow::updateTransferSummary()
{
    int uploading = 0, downloading = 0, sending = 0, waiting = 0;
    for (const TransferItem &item : m_queue->items()) {
        const bool running = item.state == TransferItem::State::Running;
        sending += running && item.sending;
        uploading += running && !item.sending && item.kind == TransferItem::Kind::Upload;
        downloading += running && item.kind == TransferItem::Kind::Download;
        waiting += item.state == TransferItem::State::Queued;
    }
    QStringList parts;
    if (uploading)
        parts.append(tr("%n uploading", nullptr, uploading));
    if (downloading)
        parts.append(tr("%n downloading", nullptr, downloading));
    if (sending)
        parts.append(tr("%n sending", nullptr, sending));
    if (waiting)
        parts.append(tr("%n waiting", nullptr, waiting));
    m_statusTransfers->setText(QLocale().createSeparatedList(parts));
}

void MainWindow::onBatchFinished(int done, int failed)
{
    const QString message = failed == 0 ? tr("Transfers finished: %n done.", nullptr, done)
                                        : tr("Transfers finished: %1 done, %2 failed.").arg(done).arg(failed);
    statusBar()->showMessage(message, 15000);
    if (m_ui->workspaceTabs->currentWidget() == m_ui->libraryTab)
        m_libraryModel->reload();
    if (!isActiveWindow()) {
        QApplication::alert(this);
        if (QSystemTrayIcon::isSystemTrayAvailable() && QSystemTrayIcon::supportsMessages()) {
            auto *tray = findChild<QSystemTrayIcon *>();
            if (!tray) {
                tray = new QSystemTrayIcon(windowIcon(), this);
                tray->show();
            }
            tray->showMessage(tr("MediaDesk"), message,
                              failed ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
        }
    }
}

QString MainWindow::currentProfileLabel() const
{
    const Session::Ref &ref = m_session->current();
    return ref.kind == Session::Kind::Saved         ? ref.name
           : ref.kind == Session::Kind::Environment ? QStringLiteral("Environment")
                                                    : QStringLiteral("Sandbox");
}

bool MainWindow::addUrls(const QList<QUrl> &urls)
{
    const ChatService service = m_picker->currentService();
    if (m_session->state() == Session::State::Idle || service.sid.isEmpty()) {
        statusBar()->showMessage(tr("Choose an account and a Chat Service first, then add the files again."),
                                 10000);
        return false;
    }
    const QString key = refKey(m_session->current());
    QStringList files;
    int fromFolders = 0; // only a folder's contents can surprise: asked about above 50
    QList<QPair<QString, QString>> refused;
    for (const QUrl &url : urls) {
        if (!url.isLocalFile()) {
            refused.append({url.toDisplayString(),
                            tr("Only files on this computer can be uploaded; “%1” is a web address.")
                                .arg(url.toDisplayString())});
            continue;
        }
        const QString path = url.toLocalFile();
        const QFileInfo info(path);
        if (info.isDir()) {
            QDirIterator it(path, QDir::Files | QDir::NoDotAndDotDot | QDir::Hidden,
                            QDirIterator::Subdirectories);
            QStringList inside;
            while (it.hasNext())
                inside.append(it.next());
            std::sort(inside.begin(), inside.end());
            fromFolders += int(inside.size());
            files.append(inside);
        } else {
            files.append(path); // missing, unreadable, empty: refused with the reason by the queue
        }
    }
    if (fromFolders > 50 && !confirmLargeFolder(this, fromFolders))
        return false;
    for (const auto &[name, reason] : refused)
        m_queue->addRefused(name, reason, key, service.sid);
    // Each file is checked and its type sniffed as it is queued; a thousand at once would freeze
    // the window, so they go in slices, one per turn of the event loop.
    constexpr qsizetype Slice = 64;
    const QString label = currentProfileLabel();
    QPointer<TransferQueue> queue = m_queue;
    for (qsizetype from = 0; from < files.size(); from += Slice) {
        const QStringList slice = files.mid(from, Slice);
        if (from == 0)
            m_queue->add(slice, key, label, service.sid, m_sendTarget);
        else
            QTimer::singleShot(0, m_queue,
                               [queue, slice, key, label, sid = service.sid, target = m_sendTarget] {
                                   if (queue)
                                       queue->add(slice, key, label, sid, target);
                               });
    }
    m_ui->pages->setCurrentWidget(m_ui->workspacePage);
    m_ui->workspaceTabs->setCurrentWidget(m_ui->transfersTab);
    return true;
}

bool MainWindow::pasteFromClipboard()
{
    const QMimeData *mime = QGuiApplication::clipboard()->mimeData();
    if (!mime)
        return false;
    if (mime->hasUrls())
        return addUrls(mime->urls());
    if (mime->hasImage()) {
        // Pasted image data becomes a PNG named after the time, kept with MediaDesk's data.
        const QImage image = qvariant_cast<QImage>(mime->imageData());
        const QString folder = QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
                                   .filePath(QStringLiteral("pasted"));
        makePrivateFolder(folder); // a screenshot may show anything: owner-only, like all our data
        const QString path = QDir(folder).filePath(
            tr("Pasted image %1.png")
                .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss"))));
        if (image.isNull() || !image.save(path, "PNG")) {
            statusBar()->showMessage(tr("The pasted image could not be saved for uploading."), 10000);
            return false;
        }
        return addUrls({QUrl::fromLocalFile(path)});
    }
    statusBar()->showMessage(tr("The clipboard holds no files or image to upload."), 10000);
    return false;
}

void MainWindow::dragEnterEvent(QDragEnterEvent *event)
{
    if (!event->mimeData()->hasUrls())
        return;
    const ChatService service = m_picker->currentService();
    m_ui->dropHint->setText(
        service.sid.isEmpty() ? tr("Choose a Chat Service first")
        : m_sendTarget.isSet()
            ? tr("Drop to upload to %1 and send to %2").arg(service.displayName(), m_sendTargetLabel)
            : tr("Drop to upload to %1").arg(service.displayName()));
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
    m_profileCombo->setMinimumContentsLength(16);
    m_profileCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
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
    connect(m_profileCombo, &QComboBox::activated, this, &MainWindow::onProfileActivated);
}

QString MainWindow::refKey(const Session::Ref &ref)
{
    switch (ref.kind) {
    case Session::Kind::Saved:
        return QStringLiteral("saved:") + ref.name;
    case Session::Kind::Environment:
        return QStringLiteral("environment");
    case Session::Kind::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

void MainWindow::rebuildProfileCombo()
{
    m_updatingCombo = true;
    m_profileCombo->clear();
    const QIcon account(QStringLiteral(":/icons/account.svg"));
    for (const QString &name : m_session->profiles()->names()) {
        m_profileCombo->addItem(account, name);
        m_profileCombo->setItemData(m_profileCombo->count() - 1, int(Session::Kind::Saved), KindRole);
        m_profileCombo->setItemData(m_profileCombo->count() - 1, name, NameRole);
    }
    if (Session::environmentAvailable()) {
        m_profileCombo->addItem(style()->standardIcon(QStyle::SP_ComputerIcon), tr("Environment (TWILIO_*)"));
        m_profileCombo->setItemData(m_profileCombo->count() - 1, int(Session::Kind::Environment), KindRole);
        m_profileCombo->setItemData(m_profileCombo->count() - 1,
                                    tr("Credentials from the TWILIO_* environment variables; never saved"),
                                    Qt::ToolTipRole);
    }
    m_profileCombo->addItem(QIcon(QStringLiteral(":/icons/sandbox.svg")), tr("Sandbox"));
    m_profileCombo->setItemData(m_profileCombo->count() - 1, int(Session::Kind::Sandbox), KindRole);
    m_profileCombo->insertSeparator(m_profileCombo->count());
    m_profileCombo->addItem(tr("Add Twilio Account…"));
    m_profileCombo->setItemData(m_profileCombo->count() - 1, AddAccountKind, KindRole);

    m_profileCombo->setCurrentIndex(-1);
    if (m_session->state() != Session::State::Idle) {
        const Session::Ref &current = m_session->current();
        for (int i = 0; i < m_profileCombo->count(); ++i) {
            if (m_profileCombo->itemData(i, KindRole).toInt() == int(current.kind) &&
                m_profileCombo->itemData(i, NameRole).toString() == current.name)
                m_profileCombo->setCurrentIndex(i);
        }
    }
    m_updatingCombo = false;
}

void MainWindow::onProfileActivated(int index)
{
    if (m_updatingCombo)
        return;
    const int kind = m_profileCombo->itemData(index, KindRole).toInt();
    if (kind == AddAccountKind) {
        rebuildProfileCombo(); // back to the current profile while the dialog is open
        addAccount();
        return;
    }
    selectProfile({Session::Kind(kind), m_profileCombo->itemData(index, NameRole).toString()});
}

void MainWindow::chooseStartProfile()
{
    QSettings &settings = m_session->profiles()->settings();
    const QString last = settings.value(QStringLiteral("window/lastProfile")).toString();
    const QStringList names = m_session->profiles()->names();
    if (last == QLatin1String("sandbox"))
        return selectProfile({Session::Kind::Sandbox, {}});
    if (last == QLatin1String("environment") && Session::environmentAvailable())
        return selectProfile({Session::Kind::Environment, {}});
    if (last.startsWith(QLatin1String("saved:")) && names.contains(last.mid(6)))
        return selectProfile({Session::Kind::Saved, last.mid(6)});
    if (const QString def = m_session->profiles()->defaultProfile(); !def.isEmpty())
        return selectProfile({Session::Kind::Saved, def});
    if (Session::environmentAvailable())
        return selectProfile({Session::Kind::Environment, {}});
    // First run (or the last profile removed): nothing to open.
    m_session->deactivate();
    m_ui->sandboxBanner->hide();
    m_ui->keychainBanner->hide();
    m_ui->pages->setCurrentWidget(m_ui->welcomePage);
    m_picker->clear();
    rebuildProfileCombo();
}

bool MainWindow::isWelcomeShown() const
{
    return m_ui->pages->currentWidget() == m_ui->welcomePage;
}

void MainWindow::selectProfile(const Session::Ref &ref)
{
    clearSendTarget(); // conversations belong to the account's services
    m_ui->keychainBanner->hide();
    m_ui->sandboxBanner->setVisible(ref.kind == Session::Kind::Sandbox);
    m_ui->pages->setCurrentWidget(m_ui->workspacePage);
    m_picker->clear();
    m_session->activate(ref);
    m_session->profiles()->settings().setValue(QStringLiteral("window/lastProfile"), refKey(ref));
    rebuildProfileCombo();
    updateOverview();
}

QString MainWindow::rememberedServiceFor(const Session::Ref &ref) const
{
    if (ref.kind == Session::Kind::Saved) {
        if (const auto p = m_session->profiles()->profile(ref.name))
            return p->lastServiceSid;
        return {};
    }
    return m_session->profiles()->settings().value(QStringLiteral("lastService/") + refKey(ref)).toString();
}

void MainWindow::rememberService(const Session::Ref &ref, const QString &sid)
{
    if (ref.kind == Session::Kind::Saved) {
        if (auto p = m_session->profiles()->profile(ref.name); p && p->lastServiceSid != sid) {
            p->lastServiceSid = sid;
            m_session->profiles()->save(*p);
        }
        return;
    }
    m_session->profiles()->settings().setValue(QStringLiteral("lastService/") + refKey(ref), sid);
}

void MainWindow::onSessionState(Session::State state)
{
    if (state == Session::State::Ready) {
        m_picker->load(m_session->client(), rememberedServiceFor(m_session->current()));
        m_queue->schedule(); // transfers waiting for this account can go now
    } else if (state == Session::State::Failed)
        m_picker->clear();
    m_ui->detailsPanel->setClient(state == Session::State::Ready ? m_session->client() : nullptr);
    updateStatus();
    updateOverview();
}

void MainWindow::onServiceChanged(const ChatService &service)
{
    if (!service.sid.isEmpty())
        rememberService(m_session->current(), service.sid);
    m_ui->detailsPanel->setService(service);
    if (m_sendTarget.isSet() && service.sid != m_sendTargetService)
        clearSendTarget(); // a conversation belongs to one service
    m_ui->actionSendTarget->setEnabled(!service.sid.isEmpty());
    updateOverview();
}

void MainWindow::onKeychainUnavailable(const QString &profile, const QString &message)
{
    m_keychainProfile = profile;
    m_ui->keychainLabel->setText(
        message + QLatin1Char(' ') +
        tr("MediaDesk never writes secrets to files; you can enter the secret for this "
           "session only."));
    m_ui->keychainBanner->show();
}

void MainWindow::enterSecretForSession()
{
    const auto secret = askSessionSecret(this, m_keychainProfile);
    if (!secret)
        return;
    m_session->useSecretForThisRun(m_keychainProfile, *secret);
    selectProfile({Session::Kind::Saved, m_keychainProfile});
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
        m_statusConnection->setText(tr("Ready"));
        break;
    case Session::State::Failed:
        m_statusConnection->setText(tr("Not connected"));
        break;
    }
    const bool saved = ref.kind == Session::Kind::Saved && !idle;
    m_ui->actionEditAccount->setEnabled(saved);
    m_ui->actionRemoveAccount->setEnabled(saved);
    m_ui->actionRefreshServices->setEnabled(m_session->state() == Session::State::Ready);
    setWindowTitle(idle ? tr("MediaDesk") : tr("%1 — MediaDesk").arg(profile));
}

void MainWindow::updateOverview()
{
    const ChatService service = m_picker->currentService();
    const bool ready = m_session->state() == Session::State::Ready;
    m_ui->serviceBox->setVisible(ready);
    m_ui->accountBox->setVisible(ready);
    if (m_session->state() == Session::State::Failed)
        m_ui->workspaceMessage->setText(m_session->errorString());
    else if (m_session->state() == Session::State::Connecting)
        m_ui->workspaceMessage->setText(m_session->current().kind == Session::Kind::Sandbox
                                            ? tr("Starting the sandbox…")
                                            : tr("Connecting…"));
    else if (ready && m_picker->isLoading())
        m_ui->workspaceMessage->setText(tr("Loading the account's Chat Services…"));
    else if (ready && service.sid.isEmpty() && m_picker->errorText().isEmpty())
        m_ui->workspaceMessage->setText(
            tr("This account has no Chat Services. Create one in the Twilio Console, "
               "or enter a Chat Service SID in the toolbar."));
    else if (ready && !m_picker->errorText().isEmpty())
        m_ui->workspaceMessage->setText(m_picker->errorText());
    else
        m_ui->workspaceMessage->clear();
    if (!ready)
        return;

    m_ui->serviceName->setText(service.friendlyName.isEmpty() ? tr("(not in the account's list)")
                                                              : printableText(service.friendlyName));
    m_ui->serviceSid->setText(service.sid);
    m_ui->serviceCreated->setText(
        service.dateCreated.isValid()
            ? QLocale().toString(service.dateCreated.toLocalTime(), QLocale::LongFormat)
            : tr("unknown"));
    m_ui->serviceCount->setText(m_picker->isLoading() ? tr("loading…")
                                                      : QString::number(m_picker->services().size()));

    const Session::Ref &ref = m_session->current();
    m_ui->accountName->setText(ref.kind == Session::Kind::Saved ? ref.name
                               : ref.kind == Session::Kind::Environment
                                   ? tr("Environment (TWILIO_* variables)")
                                   : tr("Sandbox (local emulator)"));
    const auto p = ref.kind == Session::Kind::Saved ? m_session->profiles()->profile(ref.name) : std::nullopt;
    if (ref.kind == Session::Kind::Sandbox)
        m_ui->accountSid->setText(SandboxProcess::accountSid());
    else if (p)
        m_ui->accountSid->setText(p->method == Credentials::Method::ApiKey
                                      ? tr("API key %1 of %2").arg(p->apiKeySid, p->accountSid)
                                      : p->accountSid);
    else
        m_ui->accountSid->setText(tr("from the environment"));
    m_ui->mcsUrl->setText(m_session->client()->endpoints().mcs.toString());
    m_ui->conversationsUrl->setText(m_session->client()->endpoints().conversations.toString());
}

void MainWindow::addAccount()
{
    AccountDialog dialog(m_session->profiles(), m_session->keychain(), this);
    dialog.setProxy(m_session->client()->manualProxy());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.sessionOnlySecret())
        m_session->useSecretForThisRun(dialog.profileName(), *dialog.sessionOnlySecret());
    selectProfile({Session::Kind::Saved, dialog.profileName()});
}

void MainWindow::editAccount()
{
    const Session::Ref ref = m_session->current();
    if (ref.kind != Session::Kind::Saved)
        return;
    AccountDialog dialog(m_session->profiles(), m_session->keychain(), this, ref.name);
    dialog.setProxy(m_session->client()->manualProxy());
    if (dialog.exec() != QDialog::Accepted)
        return;
    if (dialog.profileName() != ref.name || dialog.secretEntered())
        m_session->forgetSecretForThisRun(ref.name); // stale: the keychain (or the new one below) holds it
    if (dialog.sessionOnlySecret())
        m_session->useSecretForThisRun(dialog.profileName(), *dialog.sessionOnlySecret());
    selectProfile({Session::Kind::Saved, dialog.profileName()});
}

void MainWindow::removeAccount()
{
    const Session::Ref ref = m_session->current();
    if (ref.kind != Session::Kind::Saved || !confirmRemoval(this, ref.name))
        return;
    KeychainJob *remove = m_session->keychain()->deleteSecret(ref.name);
    connect(remove, &KeychainJob::finished, this, [this, remove, name = ref.name] {
        // Without a keychain the profile may go only if its secret never left memory; otherwise
        // the stored secret would be orphaned.
        const bool onlyInMemory =
            remove->outcome() == KeychainJob::Outcome::Unavailable && m_session->hasSecretForThisRun(name);
        if (!remove->succeeded() && !onlyInMemory) {
            QMessageBox::warning(this, tr("Remove Account"),
                                 remove->errorMessage() + QLatin1Char(' ') + tr("The profile was kept."));
            return;
        }
        m_session->forgetSecretForThisRun(name);
        m_session->profiles()->remove(name);
        rebuildProfileCombo();
        const Session::Ref &current = m_session->current();
        if (current.kind == Session::Kind::Saved && current.name == name)
            chooseStartProfile(); // only if nothing else was chosen meanwhile
        updateStatus();
    });
}

void MainWindow::applySettings()
{
    if (m_queue)
        m_queue->setParallelUploads(m_settings.parallelUploads);
    // At once (a manual proxy without its password yet), so no request slips past it meanwhile.
    m_session->client()->setManualProxy(m_settings.proxy({}));
    if (m_settings.proxyMode != AppSettings::ProxyMode::Manual)
        return;
    KeychainJob *read = m_session->keychain()->readProxyPassword();
    connect(read, &KeychainJob::finished, this, [this, read] {
        m_session->client()->setManualProxy(m_settings.proxy(read->succeeded() ? read->secret() : QString()));
    });
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(m_settings, m_session->keychain(), this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    m_settings = dialog.settings();
    m_settings.save(m_session->profiles()->settings());
    if (dialog.proxyPasswordChanged()) {
        KeychainJob *write = m_session->keychain()->writeProxyPassword(dialog.proxyPassword());
        connect(write, &KeychainJob::finished, this, [this, write] {
            if (!write->succeeded())
                QMessageBox::warning(this, tr("Proxy Password"), write->errorMessage());
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
