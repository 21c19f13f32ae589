#include "thumbnailcache.h"

#include "clock.h"
#include "net/apiclient.h"
#include "net/mediasetjob.h"
#include "transfer/previewjob.h"
#include "twilio/media.h"

#include <QBuffer>
#include <QDir>
#include <QFile>
#include <QFutureWatcher>
#include <QImageReader>
#include <QMutex>
#include <QPainter>
#include <QPixmap>
#include <QSaveFile>
#include <QStandardPaths>
#include <QtConcurrent/QtConcurrentRun>

namespace mediadesk {

namespace {
constexpr int DiskReaders = 2;

// Held while the cache folder is written, measured or trimmed, so the running total of its size
// never misses a file written while another thread trims.
QMutex &folderMutex()
{
    static QMutex mutex;
    return mutex;
}

qint64 folderSize(const QString &folder)
{
    QMutexLocker lock(&folderMutex());
    qint64 total = 0;
    for (const QFileInfo &file : QDir(folder).entryInfoList({QStringLiteral("*.png")}, QDir::Files))
        total += file.size();
    return total;
}

// Removes the least recently used thumbnails until three quarters of the cap are left. On a worker,
// with folderMutex() held.
void trim(const QString &folder, qint64 cap, std::atomic<qint64> &usage)
{
    qint64 kept = 0;
    // Newest first: a thumbnail's time is touched whenever it is read.
    for (const QFileInfo &file :
         QDir(folder).entryInfoList({QStringLiteral("*.png")}, QDir::Files, QDir::Time)) {
        if (kept + file.size() <= cap * 3 / 4)
            kept += file.size();
        else
            QFile::remove(file.filePath());
    }
    usage = kept;
}

// The thumbnail centred in a transparent Box × Box square: every icon then has the same size, so
// the rows of a view (of uniform height, measured on its first row) fit them all.
QImage squared(const QImage &image)
{
    if (image.isNull() || (image.width() == ThumbnailCache::Box && image.height() == ThumbnailCache::Box))
        return image;
    QImage square(ThumbnailCache::Box, ThumbnailCache::Box, QImage::Format_ARGB32_Premultiplied);
    square.fill(Qt::transparent);
    QPainter painter(&square);
    painter.drawImage((ThumbnailCache::Box - image.width()) / 2, (ThumbnailCache::Box - image.height()) / 2,
                      image);
    return square;
}

QImage readCached(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QImage image;
    if (image.load(&file, "PNG"))
        file.setFileTime(Clock::nowUtc(), QFileDevice::FileModificationTime);
    return squared(image);
}

QImage decodeAndStore(const QByteArray &data, const QString &path, const QString &folder, qint64 cap,
                      const std::shared_ptr<std::atomic<qint64>> &usage)
{
    QBuffer buffer;
    buffer.setData(data);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer);
    reader.setAutoTransform(true);
    const QSize size = reader.size();
    if (size.isValid() && (size.width() > ThumbnailCache::Box || size.height() > ThumbnailCache::Box))
        reader.setScaledSize(size.scaled(ThumbnailCache::Box, ThumbnailCache::Box, Qt::KeepAspectRatio));
    QImage image = reader.read();
    if (image.isNull())
        return image;
    if (image.width() > ThumbnailCache::Box || image.height() > ThumbnailCache::Box) // no size up front
        image = image.scaled(ThumbnailCache::Box, ThumbnailCache::Box, Qt::KeepAspectRatio,
                             Qt::SmoothTransformation);
    QMutexLocker lock(&folderMutex());
    QSaveFile file(path);
    if (file.open(QIODevice::WriteOnly) && image.save(&file, "PNG") && file.commit()) {
        const qint64 written = QFileInfo(path).size();
        if (usage->fetch_add(written) + written > cap)
            trim(folder, cap, *usage);
    }
    return squared(image);
}
} // namespace

ThumbnailCache::ThumbnailCache(const QString &folder, qint64 diskCap, QObject *parent)
    : QObject(parent)
    , m_folder(folder)
    , m_diskCap(diskCap)
    , m_diskUsage(std::make_shared<std::atomic<qint64>>(0))
{
    m_pool.setMaxThreadCount(2);
    m_icons.setMaxCost(MemoryThumbnails);
    QDir().mkpath(m_folder);
    (void)QtConcurrent::run(&m_pool, [folder, usage = m_diskUsage] { *usage += folderSize(folder); });
}

ThumbnailCache::~ThumbnailCache()
{
    m_pool.waitForDone();
}

QString ThumbnailCache::defaultFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::CacheLocation) + QStringLiteral("/thumbnails");
}

QString ThumbnailCache::pathFor(const QString &mediaSid) const
{
    return m_folder + QLatin1Char('/') + mediaSid + QStringLiteral(".png");
}

void ThumbnailCache::setSource(ApiClient *client, const QString &serviceSid)
{
    if (client == m_client && serviceSid == m_serviceSid)
        return;
    ++m_generation;
    m_client = client;
    m_serviceSid = serviceSid;
    m_linkJob.reset();
    for (const QPointer<PreviewJob> &job : std::as_const(m_downloads))
        stopJob(job, this);
    m_downloads.clear();
    m_waiting.clear();
    m_needLinks.clear();
    m_linked.clear();
    m_busy.clear();
    m_none.clear(); // another service may have what this one did not
}

bool ThumbnailCache::hasThumbnail(const MessageMedia &media)
{
    static const QList<QByteArray> decodable = QImageReader::supportedMimeTypes();
    if (media.size > MaxSourceBytes || !decodable.contains(media.contentType.toLatin1().toLower()))
        return false;
    // The SID names the cached file: letters and digits only.
    return !media.sid.isEmpty() && std::all_of(media.sid.begin(), media.sid.end(), [](QChar c) {
        return c.isDigit() || (c.toLatin1() >= 'A' && c.toLatin1() <= 'Z') ||
               (c.toLatin1() >= 'a' && c.toLatin1() <= 'z');
    });
}

QIcon ThumbnailCache::thumbnail(const MessageMedia &media)
{
    if (!hasThumbnail(media))
        return {};
    if (const QIcon *icon = m_icons.object(media.sid))
        return *icon;
    if (m_none.contains(media.sid) || m_busy.contains(media.sid))
        return {};
    m_busy.insert(media.sid);
    m_waiting.prepend(media);
    while (m_waiting.size() > MaxWaiting) // scrolled past: no longer worth fetching
        m_busy.remove(m_waiting.takeLast().sid);
    pumpSoon();
    return {};
}

void ThumbnailCache::pumpSoon()
{
    if (m_pumpQueued)
        return;
    m_pumpQueued = true;
    QMetaObject::invokeMethod(this, &ThumbnailCache::pump, Qt::QueuedConnection);
}

void ThumbnailCache::pump()
{
    m_pumpQueued = false;
    while (m_diskReads < DiskReaders && !m_waiting.isEmpty()) {
        const MessageMedia media = m_waiting.takeFirst();
        ++m_diskReads;
        auto *watcher = new QFutureWatcher<QImage>(this);
        connect(watcher, &QFutureWatcher<QImage>::finished, this,
                [this, watcher, media, generation = m_generation] {
                    watcher->deleteLater();
                    --m_diskReads;
                    if (generation == m_generation) {
                        if (const QImage image = watcher->result(); !image.isNull()) {
                            done(media.sid, image);
                        } else {
                            // Newest first here too; what the view left long ago is dropped.
                            m_needLinks.prepend(media);
                            while (m_needLinks.size() > MaxWaiting)
                                m_busy.remove(m_needLinks.takeLast().sid);
                            fetchLinks();
                        }
                    }
                    pumpSoon();
                });
        watcher->setFuture(QtConcurrent::run(&m_pool, readCached, pathFor(media.sid)));
    }
}

void ThumbnailCache::fetchLinks()
{
    // Links expire within minutes: fetched only a little ahead of the downloads that use them.
    if (m_client && !m_linkJob && !m_needLinks.isEmpty() && m_linked.size() < m_parallel * 2) {
        const QList<MessageMedia> asked = m_needLinks.mid(0, MediaSetJob::MaxPerRequest);
        m_needLinks.remove(0, asked.size());
        QStringList sids;
        for (const MessageMedia &media : asked)
            sids.append(media.sid);
        auto *job = m_linkJob.reset(new MediaSetJob(m_client, m_serviceSid, sids, this));
        ++m_linkRequests;
        connect(job, &Job::finished, this, [this, job, asked] { onLinks(job, asked); });
        job->start();
    }
    startDownloads();
}

void ThumbnailCache::onLinks(MediaSetJob *job, const QList<MessageMedia> &asked)
{
    m_linkJob.done();
    QList<Media> linked; // in the order asked: newest first, ahead of any linked before
    for (const MessageMedia &media : asked) {
        if (job->succeeded()) {
            if (const auto it = job->media().constFind(media.sid); it != job->media().constEnd()) {
                linked.append(*it);
                continue;
            }
            if (job->isGone(media.sid)) {
                done(media.sid, {}); // gone from the service
                continue;
            }
        }
        // No link from MediaSet: the download goes through the content link instead.
        linked.append(Media::known(media.sid, m_serviceSid, media.filename.value_or(QString()),
                                   media.contentType, media.size));
    }
    m_linked = linked + m_linked;
    fetchLinks();
}

void ThumbnailCache::startDownloads()
{
    while (m_client && m_downloads.size() < m_parallel && !m_linked.isEmpty()) {
        auto *job = new PreviewJob(m_client, m_linked.takeFirst(), MaxSourceBytes, this);
        m_downloads.append(job);
        m_mostDownloads = qMax(m_mostDownloads, int(m_downloads.size()));
        connect(job, &Job::finished, this, [this, job] { onDownloaded(job); });
        job->start();
    }
}

void ThumbnailCache::onDownloaded(PreviewJob *job)
{
    job->deleteLater();
    m_downloads.removeAll(job);
    const QString sid = job->media().sid;
    const TwilioError &error = job->error();
    if (job->succeeded() && job->isComplete())
        decode(sid, job->data());
    else if (job->succeeded() || error.isNotFound() || error.isRefusedLink())
        done(sid, {}); // larger than its metadata said, gone or refused: it has none
    else
        m_busy.remove(sid); // a passing failure (retries ran out): asked again when next painted
    fetchLinks();
}

void ThumbnailCache::decode(const QString &mediaSid, const QByteArray &data)
{
    auto *watcher = new QFutureWatcher<QImage>(this);
    connect(watcher, &QFutureWatcher<QImage>::finished, this,
            [this, watcher, mediaSid, generation = m_generation] {
                watcher->deleteLater();
                if (generation == m_generation)
                    done(mediaSid, watcher->result());
            });
    watcher->setFuture(QtConcurrent::run(&m_pool, decodeAndStore, data, pathFor(mediaSid), m_folder,
                                         m_diskCap, m_diskUsage));
}

ThumbnailCache::State ThumbnailCache::stateOf(const QString &mediaSid) const
{
    if (m_icons.contains(mediaSid))
        return State::Ready;
    if (m_none.contains(mediaSid))
        return State::None;
    return m_busy.contains(mediaSid) ? State::Pending : State::Unknown;
}

void ThumbnailCache::done(const QString &mediaSid, const QImage &image)
{
    m_busy.remove(mediaSid);
    if (image.isNull()) {
        m_none.insert(mediaSid);
        return;
    }
    m_icons.insert(mediaSid, new QIcon(QPixmap::fromImage(image)));
    emit thumbnailReady(mediaSid);
}

} // namespace mediadesk
