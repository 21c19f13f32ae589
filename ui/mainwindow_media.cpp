// MainWindow, the media part: details, downloads, the transfer and library menus, and sending
// uploads into conversations. (The window's frame, accounts and uploads are in mainwindow.cpp.)
#include "desktop.h"
#include "librarymodel.h"
#include "mainwindow.h"
#include "mediadetailsmodel.h"
#include "mediadetailspanel.h"
#include "senddialog.h"
#include "servicepicker.h"
#include "transfer/filenames.h"
#include "transfermodel.h"
#include "ui_mainwindow.h"

#include <QClipboard>
#include <QFileDialog>
#include <QJsonDocument>
#include <QMenu>
#include <QSettings>
#include <QStatusBar>

namespace mediadesk {

namespace {
// What the transfer list and the library know of a media: enough to suggest where to save it.
Media knownMedia(const QString &sid, const QString &serviceSid, const QString &fileName, const QString &type,
                 qint64 size)
{
    Media media;
    media.sid = sid;
    media.serviceSid = serviceSid;
    media.filename = fileName;
    media.contentType = type;
    media.size = size;
    return media;
}
} // namespace

std::function<QString(QWidget *, const QString &)> MainWindow::askSavePath =
    [](QWidget *parent, const QString &suggestedPath) {
        return QFileDialog::getSaveFileName(parent, MainWindow::tr("Download Media"), suggestedPath);
    };

std::function<std::optional<MainWindow::SendChoice>(QWidget *, bool, ApiClient *, const QString &,
                                                    const QStringList &, const SendTarget &)>
    MainWindow::askSendTarget = [](QWidget *parent, bool forTarget, ApiClient *client,
                                   const QString &serviceSid, const QStringList &names,
                                   const SendTarget &initial) -> std::optional<MainWindow::SendChoice> {
    SendDialog dialog(forTarget ? SendDialog::Mode::Target : SendDialog::Mode::Send, client, serviceSid,
                      parent);
    dialog.setItems(names);
    dialog.setTarget(initial);
    if (dialog.exec() != QDialog::Accepted)
        return std::nullopt;
    return SendChoice{dialog.target(), dialog.conversation().displayName()};
};

void MainWindow::showTransferMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->transferTable->indexAt(pos);
    if (!index.isValid())
        return;
    const int row = m_queue->indexOf(index.data(TransferModel::IdRole).toString());
    if (row < 0)
        return;
    const TransferItem item = m_queue->items().at(row);
    const bool download = item.kind == TransferItem::Kind::Download;
    const bool done = item.state == TransferItem::State::Done;
    QMenu menu(this);
    if (download && done) {
        menu.addAction(tr("Open"), this, [path = item.path] { Desktop::openUrl(QUrl::fromLocalFile(path)); });
        menu.addAction(tr("Show in Folder"), this, [path = item.path] {
            Desktop::openUrl(QUrl::fromLocalFile(QFileInfo(path).absolutePath()));
        });
        menu.addSeparator();
    }
    menu.addAction(tr("Show Details"), this, [this, item] { showDetails(item.mediaSid, item.serviceSid); })
        ->setEnabled(!item.mediaSid.isEmpty());
    if (!download) {
        menu.addAction(tr("Download…"), this,
                       [this, item] {
                           Media media;
                           media.sid = item.mediaSid;
                           media.serviceSid = item.serviceSid;
                           media.filename = item.fileName;
                           media.contentType = item.contentType;
                           media.size = item.size;
                           downloadMedia(media);
                       })
            ->setEnabled(done && !item.mediaSid.isEmpty());
    }
    QAction *copySid = menu.addAction(tr("Copy Media SID"));
    QAction *copyJson = menu.addAction(tr("Copy Media JSON"));
    QAction *copyMessage = menu.addAction(tr("Copy Message JSON"));
    copyMessage->setEnabled(!item.messageJson.isEmpty());
    copySid->setEnabled(!item.mediaSid.isEmpty());
    copyJson->setEnabled(!item.mediaJson.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Cancel"), m_ui->cancelButton, &QPushButton::click)->setEnabled(item.isActive());
    menu.addAction(tr("Retry"), m_ui->retryButton, &QPushButton::click)
        ->setEnabled(item.state == TransferItem::State::Failed ||
                     item.state == TransferItem::State::Cancelled ||
                     item.state == TransferItem::State::Refused);
    menu.addAction(tr("Remove"), m_ui->removeButton, &QPushButton::click);
    QAction *chosen = menu.exec(m_ui->transferTable->viewport()->mapToGlobal(pos));
    if (chosen == copySid)
        QGuiApplication::clipboard()->setText(item.mediaSid);
    else if (chosen == copyJson)
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(item.mediaJson).toJson(QJsonDocument::Indented)));
    else if (chosen == copyMessage)
        QGuiApplication::clipboard()->setText(
            QString::fromUtf8(QJsonDocument(item.messageJson).toJson(QJsonDocument::Indented)));
}

void MainWindow::setUpDetails()
{
    MediaDetailsPanel *panel = m_ui->detailsPanel;
    panel->setTransferQueue(m_queue);
    panel->setServiceNames([this](const QString &sid) -> std::optional<QString> {
        for (const ChatService &service : m_picker->services()) {
            if (service.sid == sid)
                return service.friendlyName;
        }
        return std::nullopt;
    });
    connect(panel, &MediaDetailsPanel::downloadRequested, this, &MainWindow::downloadMedia);
    connect(panel, &MediaDetailsPanel::sendRequested, this, [this](const Media &media) {
        sendToConversation({{media.sid, media.filename.value_or(QString()), media.serviceSid, media.size}});
    });
    connect(m_ui->actionLookUp, &QAction::triggered, this, [this] {
        if (isWelcomeShown())
            return;
        m_ui->workspaceTabs->setCurrentWidget(m_ui->detailsTab);
        m_ui->detailsPanel->focusLookup();
    });
    connect(m_ui->libraryTable, &QWidget::customContextMenuRequested, this, &MainWindow::showLibraryMenu);
    connect(m_ui->actionSendTarget, &QAction::triggered, this, &MainWindow::chooseSendTarget);
    connect(m_ui->targetChangeButton, &QPushButton::clicked, this, &MainWindow::chooseSendTarget);
    connect(m_ui->targetStopButton, &QPushButton::clicked, this, &MainWindow::clearSendTarget);
    connect(m_ui->actionSendToConversation, &QAction::triggered, this, [this] {
        const QList<SendableMedia> media = selectedSendable();
        if (media.isEmpty())
            statusBar()->showMessage(
                tr("Select uploads that no message carries yet, in Transfers or the Library, "
                   "then send them."),
                10000);
        else
            sendToConversation(media);
    });
    m_ui->actionSendTarget->setEnabled(false);
    connect(m_ui->libraryTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const LibraryEntry *entry = m_libraryModel->entryAt(index.row()))
            showDetails(entry->mediaSid, entry->serviceSid);
    });
}

MediaDetailsPanel *MainWindow::detailsPanel() const
{
    return m_ui->detailsPanel;
}

void MainWindow::showLibraryMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->libraryTable->indexAt(pos);
    const LibraryEntry *found = index.isValid() ? m_libraryModel->entryAt(index.row()) : nullptr;
    if (!found)
        return;
    const LibraryEntry entry = *found;
    QMenu menu(this);
    menu.addAction(tr("Show Details"), this,
                   [this, entry] { showDetails(entry.mediaSid, entry.serviceSid); });
    menu.addAction(tr("Download…"), this, [this, entry] {
        downloadMedia(
            knownMedia(entry.mediaSid, entry.serviceSid, entry.fileName, entry.contentType, entry.size));
    });
    menu.addSeparator();
    menu.addAction(tr("Copy Media SID"), this,
                   [sid = entry.mediaSid] { QGuiApplication::clipboard()->setText(sid); });
    menu.addAction(tr("Copy Message SID"), this,
                   [sid = entry.messageSid] { QGuiApplication::clipboard()->setText(sid); })
        ->setEnabled(!entry.messageSid.isEmpty());
    menu.exec(m_ui->libraryTable->viewport()->mapToGlobal(pos));
}

void MainWindow::showDetails(const QString &mediaSid, const QString &serviceSid)
{
    m_ui->pages->setCurrentWidget(m_ui->workspacePage);
    m_ui->workspaceTabs->setCurrentWidget(m_ui->detailsTab);
    m_ui->detailsPanel->lookUp(mediaSid, serviceSid);
}

QString MainWindow::downloadMedia(const Media &media)
{
    if (m_session->state() != Session::State::Ready) {
        statusBar()->showMessage(tr("Choose an account first, then download again."), 10000);
        return {};
    }
    const QString suggested =
        QDir(m_settings.effectiveDownloadFolder())
            .filePath(downloadFileName(media.filename.value_or(QString()), media.sid, media.contentType));
    const QString path = askSavePath(this, suggested);
    if (path.isEmpty())
        return {};
    // The save dialog has asked before replacing an existing file.
    const QString id =
        m_queue->addDownload(media.sid, path, media.size, QFileInfo::exists(path),
                             refKey(m_session->current()), currentProfileLabel(),
                             media.serviceSid.isEmpty() ? m_picker->currentService().sid : media.serviceSid);
    if (m_ui->detailsPanel->model()->media().sid == media.sid)
        m_ui->detailsPanel->trackDownload(id); // the panel follows the download of what it shows
    statusBar()->showMessage(tr("Downloading %1 to “%2”.").arg(media.sid, path), 5000);
    return id;
}

QString MainWindow::rememberedAuthor() const
{
    return m_session->profiles()
        ->settings()
        .value(QStringLiteral("author/") + refKey(m_session->current()))
        .toString();
}

void MainWindow::rememberAuthor(const QString &author)
{
    m_session->profiles()->settings().setValue(QStringLiteral("author/") + refKey(m_session->current()),
                                               author);
}

void MainWindow::setSendTarget(const SendTarget &target, const QString &label)
{
    m_sendTarget = target;
    m_sendTarget.body.clear(); // dropped files go without text
    m_sendTargetLabel = label.isEmpty() ? target.conversationSid : label;
    m_sendTargetService = m_picker->currentService().sid;
    updateTargetBanner();
}

void MainWindow::clearSendTarget()
{
    m_sendTarget = {};
    m_sendTargetLabel.clear();
    m_sendTargetService.clear();
    updateTargetBanner();
}

void MainWindow::updateTargetBanner()
{
    m_ui->targetBanner->setVisible(m_sendTarget.isSet());
    if (!m_sendTarget.isSet())
        return;
    const QString author = m_sendTarget.author.isEmpty() ? QStringLiteral("system") : m_sendTarget.author;
    //: %1 the conversation, %2 the author the messages are sent as
    m_ui->targetLabel->setText(tr("<b>Sending to a conversation</b> — files you drop or add are uploaded and "
                                  "sent to %1 as messages from %2.")
                                   .arg(m_sendTargetLabel.toHtmlEscaped(), author.toHtmlEscaped()));
}

void MainWindow::chooseSendTarget()
{
    const ChatService service = m_picker->currentService();
    if (m_session->state() != Session::State::Ready || service.sid.isEmpty()) {
        statusBar()->showMessage(tr("Choose an account and a Chat Service first."), 10000);
        return;
    }
    SendTarget initial = m_sendTarget;
    if (!initial.isSet())
        initial.author = rememberedAuthor();
    const auto choice = askSendTarget(this, true, m_session->client(), service.sid, {}, initial);
    if (!choice || !choice->target.isSet())
        return;
    rememberAuthor(choice->target.author);
    setSendTarget(choice->target, choice->label);
}

int MainWindow::sendToConversation(const QList<SendableMedia> &media)
{
    if (media.isEmpty())
        return 0;
    if (m_session->state() != Session::State::Ready) {
        statusBar()->showMessage(tr("Choose an account first, then send again."), 10000);
        return 0;
    }
    const QString serviceSid = media.first().serviceSid;
    QStringList names;
    for (const SendableMedia &m : media) {
        if (m.serviceSid != serviceSid) {
            statusBar()->showMessage(
                tr("The selected files belong to different Chat Services; a conversation "
                   "takes media from its own service only. Send them service by service."),
                10000);
            return 0;
        }
        names.append(m.fileName.isEmpty() ? m.mediaSid : tr("%1 (%2)").arg(m.fileName, m.mediaSid));
    }
    SendTarget initial;
    initial.author = rememberedAuthor();
    const auto choice = askSendTarget(this, false, m_session->client(), serviceSid, names, initial);
    if (!choice || !choice->target.isSet())
        return 0;
    rememberAuthor(choice->target.author);
    const QString key = refKey(m_session->current());
    const QString label = currentProfileLabel();
    SendTarget target = choice->target;
    for (const SendableMedia &m : media) {
        m_queue->addSend(m.mediaSid, m.fileName, m.size, target, key, label, serviceSid);
        target.body.clear(); // the text goes with the first message only
    }
    m_ui->pages->setCurrentWidget(m_ui->workspacePage);
    m_ui->workspaceTabs->setCurrentWidget(m_ui->transfersTab);
    statusBar()->showMessage(tr("Sending %n file(s) to %1.", nullptr, int(media.size())).arg(choice->label),
                             10000);
    return int(media.size());
}

QList<MainWindow::SendableMedia> MainWindow::selectedSendable() const
{
    QList<SendableMedia> media;
    if (m_ui->workspaceTabs->currentWidget() == m_ui->libraryTab) {
        for (const QModelIndex &index : m_ui->libraryTable->selectionModel()->selectedRows()) {
            const LibraryEntry *e = m_libraryModel->entryAt(index.row());
            if (e && e->messageSid.isEmpty())
                media.append({e->mediaSid, e->fileName, e->serviceSid, e->size});
        }
        return media;
    }
    for (const QString &id : selectedTransferIds()) {
        const TransferItem &item = m_queue->items().at(m_queue->indexOf(id));
        if (item.state == TransferItem::State::Done && item.kind == TransferItem::Kind::Upload &&
            item.messageSid.isEmpty() && !item.mediaSid.isEmpty())
            media.append({item.mediaSid, item.fileName, item.serviceSid, item.size});
    }
    return media;
}

} // namespace mediadesk
