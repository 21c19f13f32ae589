#include "thumbnailcache.h"

#include "clock.h"
#include "net/apiclient.h"
#include "transfer/mediafetchqueue.h"
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
    MediaFetchQueue::Options options;
    options.parallel = 3;
    options.order = MediaFetchQueue::Order::NewestFirst;
    options.maxWaiting = MaxWaiting;
    m_fetches = new MediaFetchQueue(
        [this](const Media &media, QObject *owner) {
            return new PreviewJob(m_client, media, MaxSourceBytes, owner);
        },
        options, this);
    connect(m_fetches, &MediaFetchQueue::fetched, this, &ThumbnailCache::onFetched);
    connect(m_fetches, &MediaFetchQueue::gone, this, [this](const QString &sid) { done(sid, {}); });
    connect(m_fetches, &MediaFetchQueue::failed, this, &ThumbnailCache::onFailed);
    connect(m_fetches, &MediaFetchQueue::dropped, this, [this](const QString &sid) { m_busy.remove(sid); });
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
    m_fetches->setSource(client, serviceSid);
    m_waiting.clear();
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
                            m_fetches->add(Media::known(media.sid, m_serviceSid,
                                                        media.filename.value_or(QString()), media.contentType,
                                                        media.size));
                        }
                    }
                    pumpSoon();
                });
        watcher->setFuture(QtConcurrent::run(&m_pool, readCached, pathFor(media.sid)));
    }
}

void ThumbnailCache::setParallel(int n)
{
    m_fetches->setParallel(qBound(1, n, 8));
}

int ThumbnailCache::parallel() const
{
    return m_fetches->parallel();
}

int ThumbnailCache::downloadsRunning() const
{
    return m_fetches->fetchesRunning();
}

int ThumbnailCache::mostDownloadsAtOnce() const
{
    return m_fetches->mostFetchesAtOnce();
}

int ThumbnailCache::linkRequests() const
{
    return m_fetches->linkRequests();
}

void ThumbnailCache::onFetched(const QString &mediaSid, Job *job)
{
    const auto *preview = static_cast<PreviewJob *>(job); // made by the queue's factory above
    if (preview->isComplete())
        decode(mediaSid, preview->data());
    else
        done(mediaSid, {}); // larger than its metadata said: it has none
}

void ThumbnailCache::onFailed(const QString &mediaSid, const TwilioError &error)
{
    if (error.isRefusedLink())
        done(mediaSid, {}); // refused: it has none
    else
        m_busy.remove(mediaSid); // a passing failure (retries ran out): asked again when next painted
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
