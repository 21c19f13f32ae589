#include "mediadetailspanel.h"

#include "desktop.h"
#include "mediadetailsmodel.h"
#include "mediadetailspresenter.h"
#include "twilio/medialookup.h"
#include "twilio/sid.h"
#include "ui_mediadetailspanel.h"

#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QGuiApplication>
#include <QHeaderView>
#include <QJsonDocument>
#include <QMenu>
#include <QMimeDatabase>
#include <QStyle>

namespace mediadesk {

MediaDetailsPanel::MediaDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MediaDetailsPanel>())
    , m_model(new MediaDetailsModel(this))
    , m_presenter(new MediaDetailsPresenter(this))
{
    m_ui->setupUi(this);
    m_ui->fieldsView->setModel(m_model);
    m_ui->fieldsView->verticalHeader()->hide();
    m_ui->fieldsView->horizontalHeader()->setSectionResizeMode(MediaDetailsModel::Field,
                                                               QHeaderView::ResizeToContents);
    m_ui->fieldsView->horizontalHeader()->setSectionResizeMode(MediaDetailsModel::Value,
                                                               QHeaderView::Stretch);
    m_ui->fieldsView->horizontalHeader()->setHighlightSections(false);
    m_ui->resultSplitter->setStretchFactor(0, 3);
    m_ui->resultSplitter->setStretchFactor(1, 2);
    m_ui->previewImage->setBackgroundRole(QPalette::Base);
    m_ui->previewImage->setAutoFillBackground(true);
    m_ui->previewText->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->jsonView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->previewText->hide();
    m_ui->downloadRow->hide();
    m_ui->lookupButton->setEnabled(false);
    m_ui->detailsPages->setCurrentWidget(m_ui->emptyPage);

    connect(m_ui->lookupEdit, &QLineEdit::textChanged, this, &MediaDetailsPanel::onLookupTextChanged);
    connect(m_ui->lookupEdit, &QLineEdit::returnPressed, m_presenter, &MediaDetailsPresenter::lookUpEntered);
    connect(m_ui->lookupButton, &QPushButton::clicked, m_presenter, &MediaDetailsPresenter::lookUpEntered);
    connect(m_ui->openContentButton, &QPushButton::clicked, m_presenter, &MediaDetailsPresenter::openContent);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, m_presenter,
            &MediaDetailsPresenter::copyTemporaryLink);
    connect(m_ui->downloadButton, &QPushButton::clicked, this, [this] {
        if (m_presenter->hasMedia())
            emit downloadRequested(m_presenter->media());
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, [this] {
        if (m_presenter->hasMedia())
            emit sendRequested(m_presenter->media());
    });
    connect(m_ui->copyJsonButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->jsonView->toPlainText());
        m_ui->linkStatus->setText(tr("The Media JSON is on the clipboard."));
        m_ui->linkStatus->show();
    });
    connect(m_ui->openDownloadButton, &QPushButton::clicked, this, [this] {
        if (const auto status = m_presenter->downloadStatus(); status.done)
            Desktop::openUrl(QUrl::fromLocalFile(status.path));
    });
    connect(m_ui->showDownloadButton, &QPushButton::clicked, this, [this] {
        if (const auto status = m_presenter->downloadStatus(); status.done)
            Desktop::openUrl(QUrl::fromLocalFile(QFileInfo(status.path).absolutePath()));
    });

    m_copyValue = new QAction(tr("Copy Value"), m_ui->fieldsView);
    m_copyValue->setShortcut(QKeySequence::Copy);
    m_copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(m_copyValue, &QAction::triggered, this, &MediaDetailsPanel::copySelectedValue);
    m_ui->fieldsView->addAction(m_copyValue);
    connect(m_ui->fieldsView, &QWidget::customContextMenuRequested, this, &MediaDetailsPanel::showFieldMenu);

    connect(m_presenter, &MediaDetailsPresenter::lookupStarted, this, [this](const QString &hint) {
        // What was pasted (an address, the JSON) becomes the SID it named: the field shows what is looked up.
        if (m_ui->lookupEdit->text() != m_presenter->lookupSid()) {
            const QSignalBlocker quiet(m_ui->lookupEdit);
            m_ui->lookupEdit->setText(m_presenter->lookupSid());
        }
        m_ui->lookupHint->setText(hint);
        m_ui->lookupButton->setEnabled(false);
    });
    connect(m_presenter, &MediaDetailsPresenter::mediaShown, this, &MediaDetailsPanel::showMedia);
    connect(m_presenter, &MediaDetailsPresenter::lookupFailed, this, &MediaDetailsPanel::showLookupError);
    connect(m_presenter, &MediaDetailsPresenter::inputRefused, m_ui->lookupHint, &QLabel::setText);
    connect(m_presenter, &MediaDetailsPresenter::linkStatusChanged, this, [this](const QString &text) {
        m_ui->linkStatus->setText(text);
        m_ui->linkStatus->setVisible(!text.isEmpty()); // no empty text for a screen reader to land on
    });
    connect(m_presenter, &MediaDetailsPresenter::actionsChanged, this, &MediaDetailsPanel::updateActions);
    connect(m_presenter, &MediaDetailsPresenter::previewCleared, this, &MediaDetailsPanel::clearPreview);
    connect(m_presenter, &MediaDetailsPresenter::previewNoteChanged, m_ui->previewNote, &QLabel::setText);
    connect(m_presenter, &MediaDetailsPresenter::previewIconWanted, this, &MediaDetailsPanel::showTypeIcon);
    connect(m_presenter, &MediaDetailsPresenter::previewImageReady, this, &MediaDetailsPanel::showImage);
    connect(m_presenter, &MediaDetailsPresenter::previewTextReady, m_ui->previewText,
            &QPlainTextEdit::setPlainText);
    connect(m_presenter, &MediaDetailsPresenter::downloadStatusChanged, this,
            &MediaDetailsPanel::updateDownloadRow);
    updateActions();
}

MediaDetailsPanel::~MediaDetailsPanel() = default;

void MediaDetailsPanel::setClient(ApiClient *client)
{
    m_presenter->setClient(client);
    onLookupTextChanged();
}

void MediaDetailsPanel::setService(const ChatService &service)
{
    m_presenter->setService(service);
    onLookupTextChanged();
}

void MediaDetailsPanel::setServiceNames(std::function<std::optional<QString>(const QString &)> names)
{
    m_presenter->setServiceNames(std::move(names));
}

void MediaDetailsPanel::setLibrary(Library *library)
{
    m_presenter->setLibrary(library);
}

void MediaDetailsPanel::setTransferQueue(TransferQueue *queue)
{
    m_presenter->setTransferQueue(queue);
}

bool MediaDetailsPanel::isLookingUp() const
{
    return m_presenter->isLookingUp();
}

bool MediaDetailsPanel::isPreviewing() const
{
    return m_presenter->isPreviewing();
}

QString MediaDetailsPanel::copiedLink() const
{
    return m_presenter->copiedLink();
}

QDateTime MediaDetailsPanel::copiedLinkExpiry() const
{
    return m_presenter->copiedLinkExpiry();
}

void MediaDetailsPanel::focusLookup()
{
    m_ui->lookupEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->lookupEdit->selectAll();
}

void MediaDetailsPanel::onLookupTextChanged()
{
    m_presenter->setLookupText(m_ui->lookupEdit->text());
    const MediaDetailsPresenter::LookupHint hint = m_presenter->lookupHint();
    m_ui->lookupHint->setText(hint.text);
    m_ui->lookupButton->setEnabled(hint.canLookUp);
}

void MediaDetailsPanel::lookUp(const QString &mediaSid, const QString &serviceSid)
{
    if (m_ui->lookupEdit->text() != mediaSid) {
        const QSignalBlocker quiet(m_ui->lookupEdit);
        m_ui->lookupEdit->setText(mediaSid);
    }
    m_presenter->lookUp(mediaSid, serviceSid);
}

void MediaDetailsPanel::trackDownload(const QString &transferId)
{
    m_presenter->trackDownload(transferId);
}

void MediaDetailsPanel::showLookupError(const QString &message)
{
    m_ui->lookupButton->setEnabled(m_presenter->lookupHint().canLookUp);
    m_ui->lookupHint->setText(message);
    m_model->clear();
    m_ui->jsonView->clear();
    m_previewImage = {};
    m_ui->detailsPages->setCurrentWidget(m_ui->emptyPage);
}

void MediaDetailsPanel::showMedia(const Media &media, const QString &hint)
{
    m_ui->lookupButton->setEnabled(m_presenter->lookupHint().canLookUp);
    m_model->setMedia(media, m_presenter->serviceName(media.serviceSid));
    m_ui->jsonView->setPlainText(
        QString::fromUtf8(QJsonDocument(media.json).toJson(QJsonDocument::Indented)));
    m_ui->detailsPages->setCurrentWidget(m_ui->resultPage);
    m_ui->lookupHint->setText(hint);
    m_ui->linkStatus->clear();
    m_ui->linkStatus->hide();
}

void MediaDetailsPanel::clearPreview(bool textual)
{
    m_previewImage = {};
    m_ui->previewImage->clear();
    m_ui->previewText->clear();
    m_ui->previewImage->setVisible(!textual);
    m_ui->previewText->setVisible(textual);
}

void MediaDetailsPanel::showTypeIcon(const QString &contentType)
{
    // The desktop's icon for the type stands in for content that is not previewed.
    const QMimeType type = QMimeDatabase().mimeTypeForName(contentType.section(u';', 0, 0).trimmed());
    QIcon icon = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
    if (icon.isNull())
        icon = style()->standardIcon(QStyle::SP_FileIcon);
    m_ui->previewImage->setPixmap(icon.pixmap(96, 96));
}

void MediaDetailsPanel::showImage(const QImage &image, const QSize &original)
{
    m_previewImage = image;
    m_previewOriginal = original;
    const QSize box = m_ui->previewImage->contentsRect().size();
    const QPixmap pixmap = QPixmap::fromImage(image);
    m_ui->previewImage->setPixmap(image.width() > box.width() || image.height() > box.height()
                                      ? pixmap.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                      : pixmap);
}

void MediaDetailsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_previewImage.isNull())
        showImage(m_previewImage, m_previewOriginal);
}

void MediaDetailsPanel::showFieldMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->fieldsView->indexAt(pos);
    if (!index.isValid())
        return;
    m_ui->fieldsView->selectRow(index.row());
    QMenu menu(this);
    menu.addAction(m_copyValue);
    m_copyValue->setEnabled(!index.siblingAtColumn(MediaDetailsModel::Value)
                                 .data(MediaDetailsModel::CopyRole)
                                 .toString()
                                 .isEmpty());
    QAction *copyKey = menu.addAction(tr("Copy Field Name"));
    if (menu.exec(m_ui->fieldsView->viewport()->mapToGlobal(pos)) == copyKey)
        QGuiApplication::clipboard()->setText(index.data(MediaDetailsModel::KeyRole).toString());
    m_copyValue->setEnabled(true);
}

void MediaDetailsPanel::copySelectedValue()
{
    const QModelIndexList rows = m_ui->fieldsView->selectionModel()->selectedRows(MediaDetailsModel::Value);
    if (rows.isEmpty())
        return;
    const QString value = rows.first().data(MediaDetailsModel::CopyRole).toString();
    if (value.isEmpty())
        return; // nothing to copy for a null or absent field, and never a temporary link from here
    QGuiApplication::clipboard()->setText(value);
}

void MediaDetailsPanel::updateDownloadRow()
{
    const MediaDetailsPresenter::DownloadStatus status = m_presenter->downloadStatus();
    m_ui->downloadRow->setVisible(status.shown);
    m_ui->downloadStatus->setText(status.text);
    m_ui->openDownloadButton->setVisible(status.done);
    m_ui->showDownloadButton->setVisible(status.done);
}

void MediaDetailsPanel::updateActions()
{
    const bool ready = m_presenter->hasMedia() && m_presenter->hasClient();
    const bool linkBusy = m_presenter->isFetchingLink();
    m_ui->openContentButton->setEnabled(ready && !linkBusy);
    m_ui->copyLinkButton->setEnabled(ready && !linkBusy);
    m_ui->downloadButton->setEnabled(ready);
    m_ui->sendButton->setEnabled(ready && !m_presenter->media().messageSid); // a message carries it already
    m_ui->copyJsonButton->setEnabled(m_presenter->hasMedia());
}

} // namespace mediadesk
