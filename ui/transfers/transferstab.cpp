#include "transferstab.h"

#include "clock.h"
#include "desktop.h"
#include "dialogs.h"
#include "progressdelegate.h"
#include "session/accountcontext.h"
#include "store/privatefiles.h"
#include "transfer/uploadintake.h"
#include "transfermodel.h"
#include "twilio/media.h"
#include "ui_transferstab.h"

#include <QAction>
#include <QClipboard>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImage>
#include <QJsonDocument>
#include <QLocale>
#include <QMenu>
#include <QMimeData>
#include <QStandardPaths>
#include <QTimer>
#include <QUrl>

namespace mediadesk {

namespace {
bool retryable(const TransferItem &item)
{
    return item.state == TransferItem::State::Failed || item.state == TransferItem::State::Cancelled ||
           item.state == TransferItem::State::Refused;
}
} // namespace

TransfersTab::TransfersTab(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::TransfersTab>())
{
    m_ui->setupUi(this);
}

TransfersTab::~TransfersTab() = default;

void TransfersTab::setContext(AccountContext *context)
{
    m_context = context;
}

void TransfersTab::chooseFilesToAdd()
{
    QList<QUrl> urls;
    for (const QString &file : Dialogs::openFileNames(this, tr("Add Files to Upload")))
        urls.append(QUrl::fromLocalFile(file));
    if (!urls.isEmpty())
        addUrls(urls);
}

void TransfersTab::setQueue(TransferQueue *queue)
{
    Q_ASSERT(!m_queue && queue);
    m_queue = queue;
    setUpTable();

    connect(m_ui->addFilesButton, &QPushButton::clicked, this, &TransfersTab::chooseFilesToAdd);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, [this] {
        for (const QString &id : selectedIds())
            m_queue->cancel(id);
    });
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        for (const QString &id : selectedIds())
            m_queue->retry(id);
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] {
        for (const QString &id : selectedIds())
            m_queue->remove(id);
    });
    connect(m_ui->clearFinishedButton, &QPushButton::clicked, m_queue, &TransferQueue::clearFinished);
    setUpQueueActions();
    // Paste Files is the window's File menu entry (MainWindow), so it is found there with its key.
    auto *remove = new QAction(tr("Remove"), m_ui->transferTable);
    remove->setShortcut(QKeySequence::Delete);
    remove->setShortcutContext(Qt::WidgetShortcut);
    connect(remove, &QAction::triggered, m_ui->removeButton, &QPushButton::click);
    m_ui->transferTable->addAction(remove);

    connect(m_ui->transferTable, &QWidget::customContextMenuRequested, this, &TransfersTab::showMenu);
    connect(m_ui->transferTable, &QAbstractItemView::doubleClicked, this, &TransfersTab::openItem);
    connect(m_ui->transferTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &TransfersTab::updateButtons);

    // Progress ticks arrive many times a second: buttons and summary follow at most 10 times.
    auto *refresh = new QTimer(this);
    refresh->setSingleShot(true);
    refresh->setInterval(100);
    connect(refresh, &QTimer::timeout, this, [this] {
        updateButtons();
        emit summaryChanged(summary());
    });
    auto throttled = [refresh] {
        if (!refresh->isActive()) // not restarted by each tick, or it would never fire mid-batch
            refresh->start();
    };
    for (auto signal : {&TransferQueue::itemChanged, &TransferQueue::itemAdded, &TransferQueue::itemRemoved})
        connect(m_queue, signal, refresh, throttled);
    updateButtons();
}

void TransfersTab::setUpQueueActions()
{
    const auto make = [this](const QString &text, const QKeySequence &key, auto slot) {
        auto *action = new QAction(text, this);
        action->setShortcut(key);
        connect(action, &QAction::triggered, this, [this, slot] {
            if (m_queue) // the queue goes before the window's widgets (forgetQueue)
                slot();
        });
        return action;
    };
    m_pause = make(tr("&Pause"), QKeySequence(tr("Ctrl+P")), [this] {
        for (const QString &id : selectedIds())
            m_queue->pause(id);
    });
    m_resume = make(tr("Res&ume"), QKeySequence(tr("Ctrl+R")), [this] {
        for (const QString &id : selectedIds())
            m_queue->resume(id);
    });
    m_pauseAll = make(tr("Pause &All"), QKeySequence(tr("Ctrl+Shift+P")), [this] { m_queue->pauseAll(); });
    m_resumeAll = make(tr("Resume A&ll"), QKeySequence(tr("Ctrl+Shift+R")), [this] { m_queue->resumeAll(); });
    // One button for the selection: Pause while any of it runs or waits, else Resume.
    connect(m_ui->pauseButton, &QPushButton::clicked, this,
            [this] { (m_pause->isEnabled() ? m_pause : m_resume)->trigger(); });
}

QList<QAction *> TransfersTab::queueActions() const
{
    return {m_pause, m_resume, m_pauseAll, m_resumeAll};
}

void TransfersTab::forgetQueue()
{
    if (!m_queue)
        return;
    m_queue->disconnect(this);
    m_queue = nullptr; // first: the reset below changes the selection, which asks about the items
    m_filter->setSourceModel(nullptr);
    delete m_model;
    m_model = nullptr;
}

void TransfersTab::setUpTable()
{
    m_model = new TransferModel(m_queue, this);
    m_filter = new TransferFilterModel(this);
    m_filter->setSourceModel(m_model);
    m_filter->setSortRole(TransferModel::SortRole);
    QTableView *table = m_ui->transferTable;
    table->setModel(m_filter);
    table->setItemDelegateForColumn(TransferModel::Progress, new ProgressDelegate(this));
    table->verticalHeader()->hide();
    QHeaderView *header = table->horizontalHeader();
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
        m_filter->setFilter(TransferFilterModel::Filter(m_ui->transferFilter->currentData().toInt()));
    });
}

const TransferItem *TransfersTab::itemWithId(const QString &id) const
{
    const int row = m_queue ? m_queue->indexOf(id) : -1;
    return row < 0 ? nullptr : &m_queue->items().at(row);
}

QStringList TransfersTab::selectedIds() const
{
    QStringList ids;
    for (const QModelIndex &index : m_ui->transferTable->selectionModel()->selectedRows())
        ids.append(index.data(TransferModel::IdRole).toString());
    return ids;
}

QList<SendableMedia> TransfersTab::selectedSendable() const
{
    QList<SendableMedia> media;
    for (const QString &id : selectedIds()) {
        const TransferItem *item = itemWithId(id);
        if (item && item->state == TransferItem::State::Done && item->kind() == TransferItem::Kind::Upload &&
            item->messageSid().isEmpty() && !item->mediaSid.isEmpty())
            media.append({item->mediaSid, item->fileName, item->origin.serviceSid, item->total});
    }
    return media;
}

void TransfersTab::updateButtons()
{
    bool active = false, canRetry = false, paused = false;
    const QStringList ids = selectedIds();
    for (const QString &id : ids) {
        if (const TransferItem *item = itemWithId(id)) {
            active |= item->isActive();
            paused |= item->isPaused();
            canRetry |= retryable(*item);
        }
    }
    m_ui->cancelButton->setEnabled(active || paused);
    m_ui->retryButton->setEnabled(canRetry);
    m_ui->removeButton->setEnabled(!ids.isEmpty());
    if (!m_pause || !m_queue)
        return;
    m_pause->setEnabled(active);
    m_resume->setEnabled(paused);
    const bool resumes = !active && paused;
    m_ui->pauseButton->setText(resumes ? m_resume->text() : m_pause->text());
    m_ui->pauseButton->setEnabled(active || paused);
    bool anyActive = false, anyPaused = false;
    for (const TransferItem &item : m_queue->items()) {
        anyActive |= TransferQueue::canPause(item);
        anyPaused |= item.isPaused();
    }
    m_pauseAll->setEnabled(anyActive);
    m_resumeAll->setEnabled(anyPaused);
}

QString TransfersTab::summary() const
{
    if (!m_queue)
        return {};
    int uploading = 0, downloading = 0, sending = 0, exporting = 0, waiting = 0, paused = 0;
    for (const TransferItem &item : m_queue->items()) {
        const bool running = item.state == TransferItem::State::Running;
        sending += running && item.isSending();
        uploading += running && !item.isSending() && item.kind() == TransferItem::Kind::Upload;
        downloading += running && item.kind() == TransferItem::Kind::Download;
        exporting += running && item.kind() == TransferItem::Kind::Export;
        waiting += item.state == TransferItem::State::Queued;
        paused += item.isPaused();
    }
    QStringList parts;
    if (uploading)
        parts.append(tr("%n uploading", nullptr, uploading));
    if (downloading)
        parts.append(tr("%n downloading", nullptr, downloading));
    if (sending)
        parts.append(tr("%n sending", nullptr, sending));
    if (exporting)
        parts.append(tr("%n exporting", nullptr, exporting));
    if (waiting)
        parts.append(tr("%n waiting", nullptr, waiting));
    if (paused)
        parts.append(tr("%n paused", nullptr, paused));
    return QLocale().createSeparatedList(parts);
}

void TransfersTab::openItem(const QModelIndex &index)
{
    const TransferItem *item = itemWithId(index.data(TransferModel::IdRole).toString());
    if (!item || (index.flags() & Qt::ItemIsEditable))
        return;
    if ((item->kind() == TransferItem::Kind::Download || item->exported()) &&
        item->state == TransferItem::State::Done)
        Desktop::openUrl(QUrl::fromLocalFile(item->path)); // the file, or the export's folder
    else if (!item->mediaSid.isEmpty())
        emit detailsRequested(item->mediaSid, item->origin.serviceSid);
}

void TransfersTab::addQueueActions(QMenu &menu, const TransferItem &item)
{
    // The menu acts on the selection, which the clicked row is part of (as Cancel and Retry do).
    if (item.isPaused())
        menu.addAction(m_resume);
    else
        menu.addAction(m_pause);
}

void TransfersTab::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->transferTable->indexAt(pos);
    const TransferItem *found =
        index.isValid() ? itemWithId(index.data(TransferModel::IdRole).toString()) : nullptr;
    if (!found)
        return;
    const TransferItem item = *found; // the queue may change while the menu is open
    const QJsonObject messageJson = item.delivery() ? item.delivery()->messageJson : QJsonObject();
    const bool download = item.kind() == TransferItem::Kind::Download;
    const bool done = item.state == TransferItem::State::Done;
    QMenu menu(this);
    if (item.exported()) {
        menu.addAction(tr("Open Folder"), this,
                       [path = item.path] { Desktop::openUrl(QUrl::fromLocalFile(path)); })
            ->setEnabled(QFileInfo(item.path).isDir());
        menu.addSeparator();
        addQueueActions(menu, item);
        menu.addAction(tr("Cancel"), m_ui->cancelButton, &QPushButton::click)
            ->setEnabled(item.isActive() || item.isPaused());
        menu.addAction(tr("Retry"), m_ui->retryButton, &QPushButton::click)->setEnabled(retryable(item));
        menu.addAction(tr("Remove"), m_ui->removeButton, &QPushButton::click)
            ->setShortcut(QKeySequence::Delete);
        menu.exec(m_ui->transferTable->viewport()->mapToGlobal(pos));
        return;
    }
    if (download && done) {
        menu.addAction(tr("Open"), this, [path = item.path] { Desktop::openUrl(QUrl::fromLocalFile(path)); });
        menu.addAction(tr("Show in Folder"), this, [path = item.path] {
            Desktop::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        });
        menu.addSeparator();
    }
    menu.addAction(tr("Show Details"), this,
                   [this, item] { emit detailsRequested(item.mediaSid, item.origin.serviceSid); })
        ->setEnabled(!item.mediaSid.isEmpty());
    if (!download) {
        menu.addAction(tr("Download…"), this,
                       [this, item] {
                           emit downloadRequested(Media::known(item.mediaSid, item.origin.serviceSid,
                                                               item.fileName, item.contentType, item.total));
                       })
            ->setEnabled(done && !item.mediaSid.isEmpty());
    }
    QAction *copySid = menu.addAction(tr("Copy Media SID"));
    QAction *copyJson = menu.addAction(tr("Copy Media JSON"));
    QAction *copyMessage = menu.addAction(tr("Copy Message JSON"));
    copyMessage->setEnabled(!messageJson.isEmpty());
    copySid->setEnabled(!item.mediaSid.isEmpty());
    copyJson->setEnabled(!item.mediaJson.isEmpty());
    menu.addSeparator();
    addQueueActions(menu, item);
    menu.addAction(tr("Cancel"), m_ui->cancelButton, &QPushButton::click)
        ->setEnabled(item.isActive() || item.isPaused());
    menu.addAction(tr("Retry"), m_ui->retryButton, &QPushButton::click)->setEnabled(retryable(item));
    menu.addAction(tr("Remove"), m_ui->removeButton, &QPushButton::click)->setShortcut(QKeySequence::Delete);
    QAction *chosen = menu.exec(m_ui->transferTable->viewport()->mapToGlobal(pos));
    if (chosen == copySid)
        QGuiApplication::clipboard()->setText(item.mediaSid);
    else if (chosen == copyJson)
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(item.mediaJson).toJson(QJsonDocument::Indented)));
    else if (chosen == copyMessage)
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(messageJson).toJson(QJsonDocument::Indented)));
}

QString TransfersTab::dropDescription() const
{
    if (!m_context || !m_context->origin())
        return tr("Choose a Chat Service first");
    const QString service = m_context->currentService().displayName();
    return m_context->sendTarget().isSet()
               ? tr("Drop to upload to %1 and send to %2").arg(service, m_context->sendTargetLabel())
               : tr("Drop to upload to %1").arg(service);
}

bool TransfersTab::addUrls(const QList<QUrl> &urls)
{
    const std::optional<TransferOrigin> origin = m_context ? m_context->origin() : std::nullopt;
    if (!origin) {
        emit message(tr("Choose an account and a Chat Service first, then add the files again."), 10000);
        return false;
    }
    const UploadIntake intake = UploadIntake::fromUrls(urls);
    if (intake.needsConfirmation() &&
        !Dialogs::question(
            this, tr("Upload a Folder"),
            tr("The dropped folders hold %n file(s). Upload them all?", nullptr, intake.fromFolders), true))
        return false;
    intake.queueInto(m_queue, *origin, m_context->sendTarget());
    emit filesQueued();
    return true;
}

bool TransfersTab::pasteFromClipboard()
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
                .arg(Clock::nowUtc().toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH.mm.ss"))));
        if (image.isNull() || !image.save(path, "PNG")) {
            emit message(tr("The pasted image could not be saved for uploading."), 10000);
            return false;
        }
        return addUrls({QUrl::fromLocalFile(path)});
    }
    emit message(tr("The clipboard holds no files or image to upload."), 10000);
    return false;
}

} // namespace mediadesk
