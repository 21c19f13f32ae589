// MainWindow, the media part: details, downloads, and sending uploads into conversations. (The
// window's frame and accounts are in mainwindow.cpp; the tabs in transferstab and librarytab.)
#include "accountswitcher.h"
#include "dialogs.h"
#include "librarytab.h"
#include "mainwindow.h"
#include "mediadetailsmodel.h"
#include "mediadetailspanel.h"
#include "senddialog.h"
#include "servicepicker.h"
#include "transfer/filenames.h"
#include "transferstab.h"
#include "ui_mainwindow.h"

#include <QDir>
#include <QFileInfo>
#include <QSettings>
#include <QStatusBar>

namespace mediadesk {

std::optional<MainWindow::SendChoice> MainWindow::askSendTarget(bool forTarget, const QString &serviceSid,
                                                                const QStringList &names,
                                                                const SendTarget &initial)
{
    SendDialog dialog(forTarget ? SendDialog::Mode::Target : SendDialog::Mode::Send, m_session->client(),
                      serviceSid, this);
    dialog.setItems(names);
    dialog.setTarget(initial);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return std::nullopt;
    return SendChoice{dialog.target(), dialog.conversation().displayName()};
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

MediaDetailsPanel *MainWindow::detailsPanel() const
{
    return m_ui->detailsPanel;
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
    const QString path = Dialogs::saveFileName(this, tr("Download Media"), suggested);
    if (path.isEmpty())
        return {};
    // The save dialog has asked before replacing an existing file.
    const QString id =
        m_queue->addDownload(media.sid, path, media.size, QFileInfo::exists(path), m_session->current().key(),
                             m_accounts->currentLabel(),
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
        .value(QStringLiteral("author/") + m_session->current().key())
        .toString();
}

void MainWindow::rememberAuthor(const QString &author)
{
    m_session->profiles()->settings().setValue(QStringLiteral("author/") + m_session->current().key(),
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
    const auto choice = askSendTarget(true, service.sid, {}, initial);
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
    const auto choice = askSendTarget(false, serviceSid, names, initial);
    if (!choice || !choice->target.isSet())
        return 0;
    rememberAuthor(choice->target.author);
    const QString key = m_session->current().key();
    const QString label = m_accounts->currentLabel();
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

QList<SendableMedia> MainWindow::selectedSendable() const
{
    if (m_ui->workspaceTabs->currentWidget() == m_ui->libraryTab)
        return m_ui->libraryTab->selectedSendable();
    return m_ui->transfersTab->selectedSendable();
}

} // namespace mediadesk
