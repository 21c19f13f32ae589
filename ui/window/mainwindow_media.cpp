// MainWindow, the media part: details, downloads, and the send target's banner. (The frame is in
// mainwindow.cpp; the tabs in transferstab and librarytab; sending in sendcoordinator.)
#include "accountswitcher.h"
#include "conflictdialog.h"
#include "conversationstab.h"
#include "dialogs.h"
#include "librarytab.h"
#include "mainwindow.h"
#include "mediadetailsmodel.h"
#include "mediadetailspanel.h"
#include "sendcoordinator.h"
#include "session/accountcontext.h"
#include "session/servicelist.h"
#include "transfer/exportfolder.h"
#include "transfer/filenames.h"
#include "transferstab.h"
#include "ui_mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>
#include <QSettings>
#include <QStatusBar>

namespace mediadesk {

void MainWindow::setUpDetails()
{
    MediaDetailsPanel *panel = m_ui->detailsPanel;
    panel->setTransferQueue(m_queue);
    panel->setServiceNames([this](const QString &sid) -> std::optional<QString> {
        for (const ChatService &service : m_context->services()->services()) {
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
    connect(m_ui->actionDownloadToFolder, &QAction::triggered, this, [this] {
        if (isWelcomeShown())
            return;
        QList<Media> media;
        if (m_ui->workspaceTabs->currentWidget() == m_ui->libraryTab)
            media = m_ui->libraryTab->selectedMedia();
        else if (m_ui->workspaceTabs->currentWidget() == m_ui->detailsTab &&
                 !m_ui->detailsPanel->model()->media().sid.isEmpty())
            media = {m_ui->detailsPanel->model()->media()};
        if (media.isEmpty())
            statusBar()->showMessage(
                tr("Select media in the Library, or look one up in Details, then download."), 10000);
        else
            downloadToFolder(media);
    });
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
}

void MainWindow::setUpConversations()
{
    ConversationsTab *tab = m_ui->conversationsTab;
    connect(tab, &ConversationsTab::detailsRequested, this, &MainWindow::showDetails);
    connect(tab, &ConversationsTab::downloadRequested, this, &MainWindow::downloadMedia);
    connect(tab, &ConversationsTab::sendRequested, this, &MainWindow::sendToConversation);
    connect(tab, &ConversationsTab::exportRequested, this, &MainWindow::exportConversation);
}

QString MainWindow::exportConversation(const QString &conversationSid, const QString &label,
                                       const QStringList &messageSids, int mediaCount)
{
    const std::optional<TransferOrigin> origin = m_context->origin();
    if (!m_context->isReady() || !origin) {
        statusBar()->showMessage(tr("Choose an account first, then download again."), 10000);
        return {};
    }
    const QString parent = Dialogs::existingDirectory(
        this,
        messageSids.isEmpty() ? tr("Download All Media To") : tr("Download Selected Messages' Media To"),
        m_settings.effectiveDownloadFolder());
    if (parent.isEmpty())
        return {};
    // A folder of its own: the files and manifest.json do not mix with what the chosen folder holds.
    QString name = sanitizeFileName(label);
    if (name.isEmpty())
        name = conversationSid;
    QString folder = QDir(parent).filePath(name);
    // Another conversation of the same name exported there before: this one gets its SID too.
    if (const QString other = ExportFolder::conversationIn(folder);
        !other.isEmpty() && other != conversationSid)
        folder = QDir(parent).filePath(QStringLiteral("%1 (%2)").arg(name, conversationSid));
    const QString id = m_queue->addExport(conversationSid, label, folder, messageSids, mediaCount, *origin);
    statusBar()->showMessage(tr("Exporting the media of “%1” to “%2”.").arg(label, folder), 5000);
    return id;
}

void MainWindow::showDetails(const QString &mediaSid, const QString &serviceSid)
{
    m_ui->pages->setCurrentWidget(m_ui->workspacePage);
    m_ui->workspaceTabs->setCurrentWidget(m_ui->detailsTab);
    m_ui->detailsPanel->lookUp(mediaSid, serviceSid);
}

QString MainWindow::downloadMedia(const Media &media)
{
    const std::optional<TransferOrigin> origin =
        media.serviceSid.isEmpty() ? m_context->origin() : m_context->originFor(media.serviceSid);
    if (!m_context->isReady() || !origin) {
        statusBar()->showMessage(tr("Choose an account first, then download again."), 10000);
        return {};
    }
    const QString suggested =
        QDir(m_settings.effectiveDownloadFolder())
            .filePath(downloadFileName(media.filename.value_or(QString()), media.sid, media.contentType));
    const QString path = Dialogs::saveFileName(this, tr("Download Media"), suggested);
    if (path.isEmpty())
        return {};
    // The save dialog has asked before replacing an existing file.
    const QString id = m_queue->addDownload(media.sid, path, media.size, QFileInfo::exists(path), *origin);
    if (m_ui->detailsPanel->model()->media().sid == media.sid)
        m_ui->detailsPanel->trackDownload(id); // the panel follows the download of what it shows
    statusBar()->showMessage(tr("Downloading %1 to “%2”.").arg(media.sid, path), 5000);
    return id;
}

QStringList MainWindow::downloadToFolder(const QList<Media> &media)
{
    if (!m_context->isReady()) {
        statusBar()->showMessage(tr("Choose an account first, then download again."), 10000);
        return {};
    }
    const QString folder = m_settings.effectiveDownloadFolder();
    if (!QDir().mkpath(folder)) {
        Dialogs::warning(
            this, tr("Download Media"),
            tr("MediaDesk could not create the download folder “%1”. Choose another in Settings.")
                .arg(QDir::toNativeSeparators(folder)));
        return {};
    }
    std::optional<ConflictPolicy> standing = m_settings.downloadConflict; // nullopt: ask
    // The targets of this batch so far, and of downloads queued before it that have not ended.
    QSet<QString> taken;
    for (const TransferItem &item : m_queue->items()) {
        if (item.kind() == TransferItem::Kind::Download && !item.isFinished())
            taken.insert(QFileInfo(item.path).absoluteFilePath());
    }
    const auto isTaken = [&taken](const QString &path) { return taken.contains(path); };
    QStringList ids;
    int skipped = 0, elsewhere = 0;
    bool cancelled = false;
    for (qsizetype i = 0; i < media.size() && !cancelled; ++i) {
        const Media &m = media.at(i);
        const std::optional<TransferOrigin> origin =
            m.serviceSid.isEmpty() ? m_context->origin() : m_context->originFor(m.serviceSid);
        if (!origin) {
            ++elsewhere;
            continue;
        }
        QString path = QFileInfo(QDir(folder).filePath(
                                     downloadFileName(m.filename.value_or(QString()), m.sid, m.contentType)))
                           .absoluteFilePath();
        bool overwrite = false;
        if (taken.contains(path)) {
            path = renamedTarget(path, isTaken); // two media of one name in one batch: both kept
        } else if (QFileInfo(path).exists() || QFileInfo(path).isSymLink()) {
            ConflictPolicy choice = ConflictPolicy::Rename;
            if (standing) {
                choice = *standing;
            } else {
                ConflictDialog ask(path, m.size > 0 ? m.size : -1, renamedTarget(path, isTaken),
                                   i + 1 < media.size(), this);
                if (Dialogs::exec(&ask) != QDialog::Accepted) {
                    cancelled = true;
                    break;
                }
                choice = ask.choice();
                if (ask.applyToAll())
                    standing = choice;
            }
            if (choice == ConflictPolicy::Skip) {
                ++skipped;
                continue;
            }
            if (choice == ConflictPolicy::Overwrite && QFileInfo(path).isSymLink())
                choice = ConflictPolicy::Rename; // a link is never written through: keep both
            if (choice == ConflictPolicy::Rename)
                path = renamedTarget(path, isTaken);
            overwrite = choice == ConflictPolicy::Overwrite;
        }
        taken.insert(path);
        ids.append(m_queue->addDownload(m.sid, path, m.size, overwrite, *origin));
    }
    QString message =
        tr("Downloading %n media to “%1”.", nullptr, int(ids.size())).arg(QDir::toNativeSeparators(folder));
    if (skipped)
        message += QLatin1Char(' ') + tr("%n skipped: the file was there already.", nullptr, skipped);
    if (elsewhere)
        message += QLatin1Char(' ') +
                   tr("%n belong to a service this account does not have: open its account to download them.",
                      nullptr, elsewhere);
    if (cancelled)
        message += QLatin1Char(' ') + tr("The rest were not downloaded.");
    statusBar()->showMessage(message, 10000);
    return ids;
}

void MainWindow::clearSendTarget()
{
    m_context->clearSendTarget();
}

const SendTarget &MainWindow::sendTarget() const
{
    return m_context->sendTarget();
}

void MainWindow::chooseSendTarget()
{
    m_send->chooseTarget();
}

int MainWindow::sendToConversation(const QList<SendableMedia> &media)
{
    return m_send->send(media);
}

void MainWindow::updateTargetBanner()
{
    const SendTarget &target = m_context->sendTarget();
    m_ui->targetBanner->setVisible(target.isSet());
    if (!target.isSet())
        return;
    const QString author = target.author.isEmpty() ? QStringLiteral("system") : target.author;
    //: %1 the conversation, %2 the author the messages are sent as
    m_ui->targetLabel->setText(
        tr("<b>Sending to a conversation</b> — files you drop or add are uploaded and "
           "sent to %1 as messages from %2.")
            .arg(m_context->sendTargetLabel().toHtmlEscaped(), author.toHtmlEscaped()));
}

QList<SendableMedia> MainWindow::selectedSendable() const
{
    if (m_ui->workspaceTabs->currentWidget() == m_ui->libraryTab)
        return m_ui->libraryTab->selectedSendable();
    if (m_ui->workspaceTabs->currentWidget() == m_ui->conversationsTab)
        return m_ui->conversationsTab->selectedSendable();
    return m_ui->transfersTab->selectedSendable();
}

} // namespace mediadesk
