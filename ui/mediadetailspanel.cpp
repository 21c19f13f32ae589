#include "mediadetailspanel.h"

#include "clock.h"
#include "desktop.h"
#include "mediadetailsmodel.h"
#include "net/apiclient.h"
#include "net/mcsclient.h"
#include "transfer/previewjob.h"
#include "transfer/transferqueue.h"
#include "twilio/medialookup.h"
#include "twilio/sid.h"
#include "ui_mediadetailspanel.h"

#include <QBuffer>
#include <QClipboard>
#include <QFileInfo>
#include <QFontDatabase>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QHeaderView>
#include <QImageReader>
#include <QJsonDocument>
#include <QMenu>
#include <QMimeDatabase>
#include <QStringDecoder>
#include <QStyle>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace mediadesk {

namespace {
constexpr int PreviewBox = 480; // decoded previews fit in this square; the label scales down
constexpr int TextPreviewLines = 40;

struct DecodedImage
{
    QImage image;
    QSize original;
    QString error;
};

// Runs on a pool thread: decoding a large photo takes long enough to stall the window.
DecodedImage decodeImage(QByteArray data)
{
    QBuffer buffer(&data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    DecodedImage result;
    result.original = reader.size();
    if (result.original.isValid() &&
        (result.original.width() > PreviewBox || result.original.height() > PreviewBox))
        reader.setScaledSize(result.original.scaled(PreviewBox, PreviewBox, Qt::KeepAspectRatio));
    result.image = reader.read();
    if (result.image.isNull())
        result.error = reader.errorString();
    return result;
}

bool isTextType(const QString &type)
{
    static const QStringList textual = {QStringLiteral("application/json"), QStringLiteral("application/xml"),
                                        QStringLiteral("application/javascript"),
                                        QStringLiteral("application/x-yaml"),
                                        QStringLiteral("application/csv")};
    const QString base = type.section(u';', 0, 0).trimmed().toLower();
    return base.startsWith(QLatin1String("text/")) || textual.contains(base) ||
           base.endsWith(QLatin1String("+json")) || base.endsWith(QLatin1String("+xml"));
}

bool isImageType(const QString &type)
{
    const QByteArray base = type.section(u';', 0, 0).trimmed().toLower().toLatin1();
    return base.startsWith("image/") && QImageReader::supportedMimeTypes().contains(base);
}

QString timeText(const QDateTime &utc)
{
    return QLocale().toString(utc.toLocalTime().time(), QLocale::LongFormat);
}
} // namespace

MediaDetailsPanel::MediaDetailsPanel(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::MediaDetailsPanel>())
    , m_model(new MediaDetailsModel(this))
    , m_countdown(new QTimer(this))
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
    m_countdown->setInterval(1000);

    connect(m_ui->lookupEdit, &QLineEdit::textChanged, this, &MediaDetailsPanel::onLookupTextChanged);
    connect(m_ui->lookupEdit, &QLineEdit::returnPressed, this, &MediaDetailsPanel::lookUpEntered);
    connect(m_ui->lookupButton, &QPushButton::clicked, this, &MediaDetailsPanel::lookUpEntered);
    connect(m_ui->openContentButton, &QPushButton::clicked, this, &MediaDetailsPanel::openContent);
    connect(m_ui->copyLinkButton, &QPushButton::clicked, this, &MediaDetailsPanel::copyTemporaryLink);
    connect(m_ui->downloadButton, &QPushButton::clicked, this, [this] {
        if (m_model->hasMedia())
            emit downloadRequested(m_model->media());
    });
    connect(m_ui->sendButton, &QPushButton::clicked, this, [this] {
        if (m_model->hasMedia())
            emit sendRequested(m_model->media());
    });
    connect(m_ui->copyJsonButton, &QPushButton::clicked, this, [this] {
        QGuiApplication::clipboard()->setText(m_ui->jsonView->toPlainText());
        m_ui->linkStatus->setText(tr("The Media JSON is on the clipboard."));
    });
    connect(m_countdown, &QTimer::timeout, this, &MediaDetailsPanel::updateCountdown);

    auto *copyValue = new QAction(tr("Copy Value"), m_ui->fieldsView);
    copyValue->setShortcut(QKeySequence::Copy);
    copyValue->setShortcutContext(Qt::WidgetShortcut);
    connect(copyValue, &QAction::triggered, this, &MediaDetailsPanel::copySelectedValue);
    m_ui->fieldsView->addAction(copyValue);
    connect(m_ui->fieldsView, &QWidget::customContextMenuRequested, this,
            [this, copyValue](const QPoint &pos) {
                const QModelIndex index = m_ui->fieldsView->indexAt(pos);
                if (!index.isValid())
                    return;
                m_ui->fieldsView->selectRow(index.row());
                QMenu menu(this);
                menu.addAction(copyValue);
                copyValue->setEnabled(!index.siblingAtColumn(MediaDetailsModel::Value)
                                           .data(MediaDetailsModel::CopyRole)
                                           .toString()
                                           .isEmpty());
                QAction *copyKey = menu.addAction(tr("Copy Field Name"));
                if (menu.exec(m_ui->fieldsView->viewport()->mapToGlobal(pos)) == copyKey)
                    QGuiApplication::clipboard()->setText(index.data(MediaDetailsModel::KeyRole).toString());
                copyValue->setEnabled(true);
            });

    connect(m_ui->openDownloadButton, &QPushButton::clicked, this, [this] {
        if (!m_queue)
            return;
        const int row = m_queue->indexOf(m_trackedDownload);
        if (row >= 0)
            Desktop::openUrl(QUrl::fromLocalFile(m_queue->items().at(row).path));
    });
    connect(m_ui->showDownloadButton, &QPushButton::clicked, this, [this] {
        if (!m_queue)
            return;
        const int row = m_queue->indexOf(m_trackedDownload);
        if (row >= 0)
            Desktop::openUrl(QUrl::fromLocalFile(QFileInfo(m_queue->items().at(row).path).absolutePath()));
    });
    updateActions();
}

MediaDetailsPanel::~MediaDetailsPanel()
{
    stopJobs();
}

void MediaDetailsPanel::stopJobs()
{
    ++m_generation;
    for (Job *job : std::initializer_list<Job *>{m_fetch.data(), m_preview.data(), m_linkJob.data()}) {
        if (job) {
            job->disconnect(this);
            job->abort();
            job->deleteLater();
        }
    }
    m_fetch = nullptr;
    m_preview = nullptr;
    m_linkJob = nullptr;
    m_decoding = false;
}

void MediaDetailsPanel::setClient(ApiClient *client)
{
    if (client == m_client)
        return;
    stopJobs();
    m_client = client;
    onLookupTextChanged();
    updateActions();
}

void MediaDetailsPanel::setService(const ChatService &service)
{
    m_service = service;
    onLookupTextChanged();
}

void MediaDetailsPanel::setServiceNames(std::function<std::optional<QString>(const QString &)> names)
{
    m_serviceNames = std::move(names);
}

void MediaDetailsPanel::setTransferQueue(TransferQueue *queue)
{
    m_queue = queue;
    connect(queue, &TransferQueue::itemChanged, this, [this](int row) {
        if (m_queue && row < m_queue->items().size() && m_queue->items().at(row).id == m_trackedDownload)
            updateDownloadRow();
    });
    connect(queue, &TransferQueue::itemRemoved, this, &MediaDetailsPanel::updateDownloadRow);
}

QString MediaDetailsPanel::serviceLabel(const QString &serviceSid) const
{
    const QString name = m_serviceNames ? m_serviceNames(serviceSid).value_or(QString()) : QString();
    //: %1 a Chat Service's name, %2 its SID
    return name.isEmpty() ? serviceSid : tr("“%1” (%2)").arg(name, serviceSid);
}

void MediaDetailsPanel::focusLookup()
{
    m_ui->lookupEdit->setFocus(Qt::ShortcutFocusReason);
    m_ui->lookupEdit->selectAll();
}

void MediaDetailsPanel::onLookupTextChanged()
{
    const QString text = m_ui->lookupEdit->text();
    if (text.trimmed().isEmpty()) {
        m_ui->lookupHint->clear();
        m_ui->lookupButton->setEnabled(false);
        return;
    }
    const MediaLookupInput input = MediaLookupInput::parse(text);
    m_ui->lookupButton->setEnabled(input.isValid() && m_client && !isLookingUp());
    if (!input.isValid()) {
        m_ui->lookupHint->setText(input.error);
        return;
    }
    const QString service = input.serviceSid.isEmpty() ? m_service.sid : input.serviceSid;
    if (!m_client) {
        m_ui->lookupHint->setText(
            tr("Choose an account first; then press Enter to look %1 up.").arg(input.mediaSid));
    } else if (service.isEmpty()) {
        m_ui->lookupHint->setText(
            tr("Choose a Chat Service in the toolbar to look %1 up.").arg(input.mediaSid));
        m_ui->lookupButton->setEnabled(false);
    } else if (input.source == MediaLookupInput::Source::Sid) {
        m_ui->lookupHint->setText(
            tr("Press Enter to look %1 up in %2.").arg(input.mediaSid, serviceLabel(service)));
    } else {
        const QString from =
            input.source == MediaLookupInput::Source::Url ? tr("the pasted address") : tr("the pasted JSON");
        //: %1 the Media SID, %2 "the pasted address" or "the pasted JSON", %3 the service
        m_ui->lookupHint->setText(tr("Found %1 in %2. Press Enter to look it up in %3.")
                                      .arg(input.mediaSid, from, serviceLabel(service)));
    }
}

void MediaDetailsPanel::lookUpEntered()
{
    const MediaLookupInput input = MediaLookupInput::parse(m_ui->lookupEdit->text());
    if (!input.isValid()) {
        m_ui->lookupHint->setText(input.error.isEmpty() ? Sid::validationError(QString(), SidKind::Media)
                                                        : input.error);
        return;
    }
    lookUp(input.mediaSid, input.serviceSid);
}

void MediaDetailsPanel::lookUp(const QString &mediaSid, const QString &serviceSid)
{
    const QString service = serviceSid.isEmpty() ? m_service.sid : serviceSid;
    if (m_ui->lookupEdit->text() != mediaSid) {
        const QSignalBlocker quiet(m_ui->lookupEdit);
        m_ui->lookupEdit->setText(mediaSid);
    }
    if (!m_client) {
        showLookupError(tr("Choose an account first, then look %1 up again.").arg(mediaSid));
        return;
    }
    if (service.isEmpty()) {
        showLookupError(tr("Choose a Chat Service in the toolbar, then look %1 up again.").arg(mediaSid));
        return;
    }
    stopJobs();
    const quint64 generation = m_generation;
    m_ui->lookupHint->setText(tr("Looking %1 up in %2…").arg(mediaSid, serviceLabel(service)));
    m_ui->lookupButton->setEnabled(false);
    auto *job = new FetchMediaJob(m_client, service, mediaSid, this);
    m_fetch = job;
    connect(job, &Job::retrying, this, [this](int attempt, int, const TwilioError &why) {
        m_ui->lookupHint->setText(tr("%1 Trying again (attempt %2)…").arg(why.userMessage()).arg(attempt));
    });
    connect(job, &Job::finished, this, [this, job, generation, mediaSid, service] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        m_fetch = nullptr;
        onLookupTextChanged();
        if (job->succeeded()) {
            const Media &m = job->media();
            if (m_queue) // the transfer list and the library learn what the service has now
                m_queue->recordLookup(m.serviceSid.isEmpty() ? service : m.serviceSid, m.sid, true,
                                      m.messageSid.value_or(QString()), m.channelSid.value_or(QString()));
            showMedia(m);
            return;
        }
        const TwilioError &e = job->error();
        if (e.code() == 20404 || e.httpStatus() == 404) {
            // Only a service of this account proves the media is gone (another's answers 404 too).
            if (m_queue && m_serviceNames && m_serviceNames(service))
                m_queue->recordLookup(service, mediaSid, false, {}, {});
            showLookupError(
                tr("There is no media %1 in the Chat Service %2. Check the Media SID, or choose the "
                   "service it was uploaded to in the toolbar.")
                    .arg(mediaSid, serviceLabel(service)));
        } else {
            showLookupError(e.userMessage());
        }
    });
    updateActions();
    job->start();
}

void MediaDetailsPanel::showLookupError(const QString &message)
{
    m_ui->lookupHint->setText(message);
    m_model->clear();
    m_ui->jsonView->clear();
    m_previewImage = {};
    m_ui->detailsPages->setCurrentWidget(m_ui->emptyPage);
    updateActions();
}

void MediaDetailsPanel::showMedia(const Media &media)
{
    const QString name = m_serviceNames ? m_serviceNames(media.serviceSid).value_or(QString()) : QString();
    m_model->setMedia(media, name);
    m_ui->jsonView->setPlainText(
        QString::fromUtf8(QJsonDocument(media.json).toJson(QJsonDocument::Indented)));
    m_ui->detailsPages->setCurrentWidget(m_ui->resultPage);
    m_ui->lookupHint->setText(
        tr("%1 in %2, as Twilio returned it just now.").arg(media.sid, serviceLabel(media.serviceSid)));
    m_ui->linkStatus->clear();
    if (m_trackedDownload.isEmpty() || !m_queue || m_queue->indexOf(m_trackedDownload) < 0 ||
        m_queue->items().at(m_queue->indexOf(m_trackedDownload)).mediaSid != media.sid) {
        m_trackedDownload.clear();
        m_ui->downloadRow->hide();
    }
    updateActions();
    startPreview(media);
}

void MediaDetailsPanel::setPreviewNote(const QString &note)
{
    m_ui->previewNote->setText(note);
}

void MediaDetailsPanel::startPreview(const Media &media)
{
    m_previewImage = {};
    m_ui->previewImage->clear();
    m_ui->previewText->clear();
    const bool image = isImageType(media.contentType);
    const bool text = isTextType(media.contentType);
    m_ui->previewImage->setVisible(!text);
    m_ui->previewText->setVisible(text);
    if (!image && !text) {
        showTypeIcon(media.contentType);
        setPreviewNote(tr("No preview for %1. Use Open Content to view it with another program.")
                           .arg(media.contentType.isEmpty() ? tr("this type") : media.contentType));
        return;
    }
    if (image && media.size > MaxImagePreviewBytes) {
        showTypeIcon(media.contentType);
        setPreviewNote(tr("This image is too large to preview here (%1). Use Open Content to view it.")
                           .arg(QLocale().formattedDataSize(media.size)));
        return;
    }
    if (media.temporaryUrl.isEmpty() && media.contentUrl.isEmpty()) {
        setPreviewNote(tr("Twilio gave no link to the content, so there is nothing to preview."));
        return;
    }
    setPreviewNote(tr("Loading the preview…"));
    const quint64 generation = m_generation;
    auto *job = new PreviewJob(m_client, media, image ? MaxImagePreviewBytes : TextPreviewBytes, this);
    m_preview = job;
    connect(job, &Job::finished, this, [this, job, generation, image] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        m_preview = nullptr;
        if (!job->succeeded()) {
            setPreviewNote(tr("The preview could not be loaded: %1").arg(job->error().userMessage()));
            return;
        }
        if (!image) {
            showText(job->data(), job->isComplete());
            return;
        }
        m_decoding = true;
        auto *watcher = new QFutureWatcher<DecodedImage>(this);
        connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher, generation] {
            watcher->deleteLater();
            if (generation != m_generation)
                return;
            m_decoding = false;
            const DecodedImage decoded = watcher->result();
            showImage(decoded.image, decoded.original, decoded.error);
        });
        watcher->setFuture(QtConcurrent::run(decodeImage, job->data()));
    });
    job->start();
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

void MediaDetailsPanel::showImage(const QImage &image, const QSize &original, const QString &error)
{
    if (image.isNull()) {
        setPreviewNote(tr("The image could not be decoded (%1); it may be damaged or in a format this "
                          "computer cannot show.")
                           .arg(error));
        return;
    }
    m_previewImage = image;
    m_previewOriginal = original;
    const QSize box = m_ui->previewImage->contentsRect().size();
    const QPixmap pixmap = QPixmap::fromImage(image);
    m_ui->previewImage->setPixmap(image.width() > box.width() || image.height() > box.height()
                                      ? pixmap.scaled(box, Qt::KeepAspectRatio, Qt::SmoothTransformation)
                                      : pixmap);
    //: %1 × %2 the image's width and height in pixels
    setPreviewNote(tr("%1 × %2 pixels").arg(original.width()).arg(original.height()));
}

void MediaDetailsPanel::showText(const QByteArray &data, bool complete)
{
    // Stateful: a character cut in half at the end of the preview is left out, not shown as junk.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    QStringList lines = text.split(u'\n');
    const bool moreLines = lines.size() > TextPreviewLines;
    if (moreLines)
        lines = lines.mid(0, TextPreviewLines);
    m_ui->previewText->setPlainText(lines.join(u'\n'));
    setPreviewNote(complete && !moreLines ? tr("The whole text.")
                                          : tr("The beginning of the text (%1 of %2).")
                                                .arg(QLocale().formattedDataSize(data.size()),
                                                     QLocale().formattedDataSize(m_model->media().size)));
}

void MediaDetailsPanel::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (!m_previewImage.isNull())
        showImage(m_previewImage, m_previewOriginal, {});
}

void MediaDetailsPanel::withFreshLink(const std::function<void(const QUrl &, const QDateTime &)> &use)
{
    if (!m_model->hasMedia() || !m_client)
        return;
    const Media media = m_model->media();
    auto *job = new TemporaryUrlJob(m_client, media.serviceSid, media.sid, this);
    m_linkJob = job;
    const quint64 generation = m_generation;
    m_ui->linkStatus->setText(tr("Fetching a fresh temporary link…"));
    connect(job, &Job::finished, this, [this, job, generation, use] {
        job->deleteLater();
        if (generation != m_generation)
            return;
        m_linkJob = nullptr;
        updateActions();
        if (!job->succeeded())
            m_ui->linkStatus->setText(job->error().userMessage());
        else
            use(job->url(), job->expiresAt());
    });
    updateActions();
    job->start();
}

void MediaDetailsPanel::openContent()
{
    withFreshLink([this](const QUrl &link, const QDateTime &expires) {
        if (!Desktop::openUrl(link))
            m_ui->linkStatus->setText(
                tr("This computer has no program to open the link with. Use Copy Temporary "
                   "Link and paste it into a browser."));
        else
            m_ui->linkStatus->setText(
                tr("Opened a fresh temporary link, valid until %1.").arg(timeText(expires)));
    });
}

void MediaDetailsPanel::copyTemporaryLink()
{
    withFreshLink([this](const QUrl &link, const QDateTime &expires) {
        m_copiedLink = link.toString(QUrl::FullyEncoded);
        m_copiedExpiry = expires;
        QGuiApplication::clipboard()->setText(m_copiedLink);
        updateCountdown();
        if (m_copiedExpiry.isValid())
            m_countdown->start();
    });
}

void MediaDetailsPanel::updateCountdown()
{
    if (m_copiedLink.isEmpty())
        return;
    if (!m_copiedExpiry.isValid()) {
        m_ui->linkStatus->setText(
            tr("A fresh temporary link is on the clipboard. Twilio did not say when it expires; "
               "it usually lasts five minutes."));
        return;
    }
    const qint64 left = Clock::nowUtc().secsTo(m_copiedExpiry);
    if (left > 0) {
        //: %1 minutes:seconds left, %2 the local time it expires
        m_ui->linkStatus->setText(
            tr("A fresh temporary link is on the clipboard. It expires in %1 (at %2).")
                .arg(QStringLiteral("%1:%2").arg(left / 60).arg(left % 60, 2, 10, QLatin1Char('0')),
                     timeText(m_copiedExpiry)));
        return;
    }
    // Expired: it must not be handed out any more, so it leaves the clipboard if still there.
    m_countdown->stop();
    QClipboard *clipboard = QGuiApplication::clipboard();
    if (clipboard->text() == m_copiedLink) {
        clipboard->clear();
        m_ui->linkStatus->setText(
            tr("The copied link expired at %1 and was taken off the clipboard. Copy a fresh "
               "one when you need it.")
                .arg(timeText(m_copiedExpiry)));
    } else {
        m_ui->linkStatus->setText(tr("The copied link expired at %1. Copy a fresh one when you need it.")
                                      .arg(timeText(m_copiedExpiry)));
    }
    m_copiedLink.clear();
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

void MediaDetailsPanel::trackDownload(const QString &transferId)
{
    m_trackedDownload = transferId;
    updateDownloadRow();
}

void MediaDetailsPanel::updateDownloadRow()
{
    const int row = m_queue ? m_queue->indexOf(m_trackedDownload) : -1;
    if (row < 0) {
        m_ui->downloadRow->hide();
        return;
    }
    const TransferItem &item = m_queue->items().at(row);
    const bool done = item.state == TransferItem::State::Done;
    switch (item.state) {
    case TransferItem::State::Queued:
        m_ui->downloadStatus->setText(tr("“%1” waits for a free transfer slot…").arg(item.fileName));
        break;
    case TransferItem::State::Running:
        m_ui->downloadStatus->setText(
            item.size > 0
                ? tr("Downloading “%1”… %2%").arg(item.fileName).arg(item.sentBytes * 100 / item.size)
                : tr("Downloading “%1”…").arg(item.fileName));
        break;
    case TransferItem::State::Done:
        m_ui->downloadStatus->setText(tr("Saved as “%1”.").arg(item.path));
        break;
    default:
        m_ui->downloadStatus->setText(item.message);
        break;
    }
    m_ui->openDownloadButton->setVisible(done);
    m_ui->showDownloadButton->setVisible(done);
    m_ui->downloadRow->show();
}

void MediaDetailsPanel::updateActions()
{
    const bool ready = m_model->hasMedia() && m_client;
    const bool linkBusy = m_linkJob != nullptr;
    m_ui->openContentButton->setEnabled(ready && !linkBusy);
    m_ui->copyLinkButton->setEnabled(ready && !linkBusy);
    m_ui->downloadButton->setEnabled(ready);
    m_ui->sendButton->setEnabled(ready && !m_model->media().messageSid); // a message carries it already
    m_ui->copyJsonButton->setEnabled(m_model->hasMedia());
}

} // namespace mediadesk
