#include "mediadetailspresenter.h"

#include "clock.h"
#include "desktop.h"
#include "net/apiclient.h"
#include "net/mcs.h"
#include "transfer/previewjob.h"
#include "transfer/transferqueue.h"
#include "twilio/medialookup.h"
#include "twilio/sid.h"

#include <QBuffer>
#include <QClipboard>
#include <QFutureWatcher>
#include <QGuiApplication>
#include <QImageReader>
#include <QLocale>
#include <QStringDecoder>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace mediadesk {

namespace {
struct DecodedImage
{
    QImage image;
    QSize original;
    QString problem; // why the image could not be read
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
    const int box = MediaDetailsPresenter::PreviewBox;
    if (result.original.isValid() && (result.original.width() > box || result.original.height() > box))
        reader.setScaledSize(result.original.scaled(box, box, Qt::KeepAspectRatio));
    result.image = reader.read();
    if (result.image.isNull())
        result.problem = reader.errorString();
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

MediaDetailsPresenter::MediaDetailsPresenter(QObject *parent) : QObject(parent), m_countdown(new QTimer(this))
{
    m_countdown->setInterval(1000);
    connect(m_countdown, &QTimer::timeout, this, &MediaDetailsPresenter::updateCountdown);
}

MediaDetailsPresenter::~MediaDetailsPresenter()
{
    stopJobs();
}

void MediaDetailsPresenter::stopJobs()
{
    ++m_generation;
    m_fetch.reset();
    m_preview.reset();
    m_linkJob.reset();
    m_decoding = false;
}

void MediaDetailsPresenter::setClient(ApiClient *client)
{
    if (client == m_client)
        return;
    stopJobs();
    m_client = client;
    emit actionsChanged();
}

void MediaDetailsPresenter::setService(const ChatService &service)
{
    m_service = service;
    emit actionsChanged();
}

void MediaDetailsPresenter::setServiceNames(std::function<std::optional<QString>(const QString &)> names)
{
    m_serviceNames = std::move(names);
}

void MediaDetailsPresenter::setLibrary(Library *library)
{
    m_library = library;
}

void MediaDetailsPresenter::setTransferQueue(TransferQueue *queue)
{
    m_queue = queue;
    connect(queue, &TransferQueue::itemChanged, this, [this](int row) {
        if (m_queue && row < m_queue->items().size() && m_queue->items().at(row).id == m_trackedDownload)
            emit downloadStatusChanged();
    });
    connect(queue, &TransferQueue::itemRemoved, this, &MediaDetailsPresenter::downloadStatusChanged);
}

QString MediaDetailsPresenter::serviceName(const QString &serviceSid) const
{
    return m_serviceNames ? m_serviceNames(serviceSid).value_or(QString()) : QString();
}

QString MediaDetailsPresenter::serviceLabel(const QString &serviceSid) const
{
    const QString name = serviceName(serviceSid);
    //: %1 a Chat Service's name, %2 its SID
    return name.isEmpty() ? serviceSid : tr("“%1” (%2)").arg(name, serviceSid);
}

std::optional<MediaDetailsPresenter::Blocked> MediaDetailsPresenter::blocked(const QString &service) const
{
    if (!m_client)
        return Blocked::NoAccount;
    if (service.isEmpty())
        return Blocked::NoService;
    return std::nullopt;
}

void MediaDetailsPresenter::setLookupText(const QString &text)
{
    m_input = text.trimmed().isEmpty() ? Failure(QString()) : MediaLookupInput::parse(text);
}

MediaDetailsPresenter::LookupHint MediaDetailsPresenter::lookupHint() const
{
    if (!m_input)
        return {m_input.problem(), false};
    const MediaLookupInput &input = *m_input;
    const bool ready = m_client && !isLookingUp();
    const QString service = input.serviceSid.isEmpty() ? m_service.sid : input.serviceSid;
    if (const auto why = blocked(service)) {
        return {*why == Blocked::NoAccount
                    ? tr("Choose an account first; then press Enter to look %1 up.").arg(input.mediaSid)
                    : tr("Choose a Chat Service in the toolbar to look %1 up.").arg(input.mediaSid),
                false};
    }
    if (input.source == MediaLookupInput::Source::Sid)
        return {tr("Press Enter to look %1 up in %2.").arg(input.mediaSid, serviceLabel(service)), ready};
    const QString from =
        input.source == MediaLookupInput::Source::Url ? tr("the pasted address") : tr("the pasted JSON");
    //: %1 the Media SID, %2 "the pasted address" or "the pasted JSON", %3 the service
    return {tr("Found %1 in %2. Press Enter to look it up in %3.")
                .arg(input.mediaSid, from, serviceLabel(service)),
            ready};
}

void MediaDetailsPresenter::lookUpEntered()
{
    if (!m_input) {
        emit inputRefused(m_input.problem().isEmpty() ? Sid::parse(QString(), SidKind::Media).problem()
                                                      : m_input.problem());
        return;
    }
    lookUp(m_input->mediaSid, m_input->serviceSid);
}

void MediaDetailsPresenter::lookUp(const QString &mediaSid, const QString &serviceSid)
{
    if (!m_input || mediaSid != m_input->mediaSid || serviceSid != m_input->serviceSid) // from elsewhere
        m_input = MediaLookupInput{mediaSid, serviceSid, MediaLookupInput::Source::Sid};
    const QString service = serviceSid.isEmpty() ? m_service.sid : serviceSid;
    if (const auto why = blocked(service)) {
        fail(*why == Blocked::NoAccount
                 ? tr("Choose an account first, then look %1 up again.").arg(mediaSid)
                 : tr("Choose a Chat Service in the toolbar, then look %1 up again.").arg(mediaSid));
        return;
    }
    stopJobs();
    auto *job = m_fetch.reset(new FetchMediaJob(m_client, service, mediaSid, this));
    connect(job, &Job::retrying, this, [this](int attempt, int, const TwilioError &why) {
        emit lookupStarted(tr("%1 Trying again (attempt %2)…").arg(why.userMessage()).arg(attempt));
    });
    connect(job, &Job::finished, this, [this, job, mediaSid, service] {
        m_fetch.done();
        if (job->succeeded()) {
            const Media &m = job->media();
            if (m_library) // the library, and the transfer list through it, learn what the service has now
                m_library->recordLookup(m.serviceSid.isEmpty() ? service : m.serviceSid, m.sid, true,
                                        Clock::nowUtc(), m.messageSid.value_or(QString()),
                                        m.channelSid.value_or(QString()));
            showMedia(m);
            return;
        }
        const TwilioError &e = job->error();
        if (e.isNotFound()) {
            // Only a service of this account proves the media is gone (another's answers 404 too).
            if (m_library && m_serviceNames && m_serviceNames(service))
                m_library->recordLookup(service, mediaSid, false, Clock::nowUtc());
            fail(tr("There is no media %1 in the Chat Service %2. Check the Media SID, or choose the "
                    "service it was uploaded to in the toolbar.")
                     .arg(mediaSid, serviceLabel(service)));
        } else {
            fail(e.userMessage());
        }
    });
    emit lookupStarted(tr("Looking %1 up in %2…").arg(mediaSid, serviceLabel(service)));
    emit actionsChanged();
    job->start();
}

void MediaDetailsPresenter::fail(const QString &message)
{
    m_media = {};
    emit lookupFailed(message);
    emit actionsChanged();
}

void MediaDetailsPresenter::showMedia(const Media &media)
{
    m_media = media;
    const DownloadStatus download = downloadStatus();
    if (download.shown && m_queue->items().at(m_queue->indexOf(m_trackedDownload)).mediaSid != media.sid)
        m_trackedDownload.clear(); // a download of another media is not this one's
    emit mediaShown(
        media,
        tr("%1 in %2, as Twilio returned it just now.").arg(media.sid, serviceLabel(media.serviceSid)));
    emit downloadStatusChanged();
    emit actionsChanged();
    startPreview(media);
}

void MediaDetailsPresenter::startPreview(const Media &media)
{
    const bool image = isImageType(media.contentType);
    const bool text = isTextType(media.contentType);
    emit previewCleared(text);
    if (!image && !text) {
        emit previewIconWanted(media.contentType);
        emit previewNoteChanged(tr("No preview for %1. Use Open Content to view it with another program.")
                                    .arg(media.contentType.isEmpty() ? tr("this type") : media.contentType));
        return;
    }
    if (image && media.size > MaxImagePreviewBytes) {
        emit previewIconWanted(media.contentType);
        emit previewNoteChanged(
            tr("This image is too large to preview here (%1). Use Open Content to view it.")
                .arg(QLocale().formattedDataSize(media.size)));
        return;
    }
    if (media.temporaryUrl.isEmpty() && media.contentUrl.isEmpty()) {
        emit previewNoteChanged(tr("Twilio gave no link to the content, so there is nothing to preview."));
        return;
    }
    emit previewNoteChanged(tr("Loading the preview…"));
    const quint64 generation = m_generation;
    auto *job = m_preview.reset(
        new PreviewJob(m_client, media, image ? MaxImagePreviewBytes : TextPreviewBytes, this));
    connect(job, &Job::finished, this, [this, job, generation, image] {
        m_preview.done();
        if (!job->succeeded()) {
            emit previewNoteChanged(
                tr("The preview could not be loaded: %1").arg(job->error().userMessage()));
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
            if (decoded.image.isNull()) {
                emit previewNoteChanged(tr("The image could not be decoded (%1); it may be damaged or in a "
                                           "format this computer cannot show.")
                                            .arg(decoded.problem));
                return;
            }
            emit previewImageReady(decoded.image, decoded.original);
            //: %1 × %2 the image's width and height in pixels
            emit previewNoteChanged(
                tr("%1 × %2 pixels").arg(decoded.original.width()).arg(decoded.original.height()));
        });
        watcher->setFuture(QtConcurrent::run(decodeImage, job->data()));
    });
    job->start();
}

void MediaDetailsPresenter::showText(const QByteArray &data, bool complete)
{
    // Stateful: a character cut in half at the end of the preview is left out, not shown as junk.
    QStringDecoder decoder(QStringDecoder::Utf8);
    QString text = decoder.decode(data);
    QStringList lines = text.split(u'\n');
    const bool moreLines = lines.size() > TextPreviewLines;
    if (moreLines)
        lines = lines.mid(0, TextPreviewLines);
    emit previewTextReady(lines.join(u'\n'));
    emit previewNoteChanged(complete && !moreLines ? tr("The whole text.")
                                                   : tr("The beginning of the text (%1 of %2).")
                                                         .arg(QLocale().formattedDataSize(data.size()),
                                                              QLocale().formattedDataSize(m_media.size)));
}

void MediaDetailsPresenter::withFreshLink(const std::function<void(const QUrl &, const QDateTime &)> &use)
{
    if (!hasMedia() || !m_client)
        return;
    auto *job = m_linkJob.reset(new TemporaryUrlJob(m_client, m_media.serviceSid, m_media.sid, this));
    emit linkStatusChanged(tr("Fetching a fresh temporary link…"));
    connect(job, &Job::finished, this, [this, job, use] {
        m_linkJob.done();
        emit actionsChanged();
        if (!job->succeeded())
            emit linkStatusChanged(job->error().userMessage());
        else
            use(job->url(), job->expiresAt());
    });
    emit actionsChanged();
    job->start();
}

void MediaDetailsPresenter::openContent()
{
    withFreshLink([this](const QUrl &link, const QDateTime &expires) {
        if (!Desktop::openUrl(link))
            emit linkStatusChanged(
                tr("This computer has no program to open the link with. Use Copy Temporary "
                   "Link and paste it into a browser."));
        else
            emit linkStatusChanged(
                tr("Opened a fresh temporary link, valid until %1.").arg(timeText(expires)));
    });
}

void MediaDetailsPresenter::copyTemporaryLink()
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

void MediaDetailsPresenter::updateCountdown()
{
    if (m_copiedLink.isEmpty())
        return;
    if (!m_copiedExpiry.isValid()) {
        emit linkStatusChanged(tr("A fresh temporary link is on the clipboard. Twilio did not say when it "
                                  "expires; it usually lasts five minutes."));
        return;
    }
    const qint64 left = Clock::nowUtc().secsTo(m_copiedExpiry);
    if (left > 0) {
        //: %1 minutes:seconds left, %2 the local time it expires
        emit linkStatusChanged(
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
        emit linkStatusChanged(tr("The copied link expired at %1 and was taken off the clipboard. Copy a "
                                  "fresh one when you need it.")
                                   .arg(timeText(m_copiedExpiry)));
    } else {
        emit linkStatusChanged(tr("The copied link expired at %1. Copy a fresh one when you need it.")
                                   .arg(timeText(m_copiedExpiry)));
    }
    m_copiedLink.clear();
}

void MediaDetailsPresenter::trackDownload(const QString &transferId)
{
    m_trackedDownload = transferId;
    emit downloadStatusChanged();
}

MediaDetailsPresenter::DownloadStatus MediaDetailsPresenter::downloadStatus() const
{
    const int row = m_queue && !m_trackedDownload.isEmpty() ? m_queue->indexOf(m_trackedDownload) : -1;
    if (row < 0)
        return {};
    const TransferItem &item = m_queue->items().at(row);
    DownloadStatus status;
    status.shown = true;
    status.done = item.state == TransferItem::State::Done;
    switch (item.state) {
    case TransferItem::State::Queued:
        status.text = tr("“%1” waits for a free transfer slot…").arg(item.fileName);
        break;
    case TransferItem::State::Running:
        status.text = item.total > 0
                          ? tr("Downloading “%1”… %2%").arg(item.fileName).arg(item.done * 100 / item.total)
                          : tr("Downloading “%1”…").arg(item.fileName);
        break;
    case TransferItem::State::Done:
        status.text = tr("Saved as “%1”.").arg(item.path);
        status.path = item.path;
        break;
    default:
        status.text = item.message;
        break;
    }
    return status;
}

} // namespace mediadesk
