#pragma once

#include "twilio/conversationmessage.h"

#include <QCache>
#include <QHash>
#include <QIcon>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <QThreadPool>
#include <atomic>
#include <memory>

namespace mediadesk {

class ApiClient;
class Job;
class MediaFetchQueue;
class TwilioError;

// Small pictures of image media, for rows that show them. A thumbnail is asked for when its row is
// painted and comes later (thumbnailReady): read from the disk cache, or fetched by a
// MediaFetchQueue (links in bulk, at most parallel() PreviewJobs at a time), then decoded and
// scaled on a worker thread, never on the GUI thread. The latest requests go first (what is on
// screen now), and the oldest ones are dropped when the view has moved on. The disk cache keeps
// the most recently used thumbnails within a size cap.
class ThumbnailCache : public QObject
{
    Q_OBJECT

public:
    static constexpr int Box = 48;                             // thumbnails fit in this square
    static constexpr qint64 MaxSourceBytes = 8 * 1024 * 1024;  // larger images get no thumbnail
    static constexpr qint64 DefaultDiskCap = 64 * 1024 * 1024; // of the disk cache
    static constexpr int MaxWaiting = 120;                     // requests kept; older ones drop
    static constexpr int MemoryThumbnails = 1000;              // kept decoded in memory

    explicit ThumbnailCache(const QString &folder = defaultFolder(), qint64 diskCap = DefaultDiskCap,
                            QObject *parent = nullptr);
    ~ThumbnailCache() override;

    static QString defaultFolder(); // <cache location>/thumbnails

    // Fetches from now on with this account's client in serviceSid; pending requests are dropped.
    void setSource(ApiClient *client, const QString &serviceSid);
    void setParallel(int n);
    int parallel() const;

    // An image type Qt decodes, small enough to fetch for a thumbnail.
    static bool hasThumbnail(const MessageMedia &media);
    // The thumbnail, or a null icon while it is on its way (thumbnailReady follows) or when the media
    // has none (not an image, too large, gone, undecodable).
    QIcon thumbnail(const MessageMedia &media);

    // Where a media's thumbnail stands, without asking for it (for tests and diagnostics).
    enum class State { Unknown, Pending, Ready, None };
    State stateOf(const QString &mediaSid) const;
    int downloadsRunning() const;
    int mostDownloadsAtOnce() const;
    int linkRequests() const;

signals:
    void thumbnailReady(const QString &mediaSid);

private:
    QString pathFor(const QString &mediaSid) const;
    void pumpSoon();
    void pump();
    void onFetched(const QString &mediaSid, Job *job);
    void onFailed(const QString &mediaSid, const TwilioError &error);
    void decode(const QString &mediaSid, const QByteArray &data);
    void done(const QString &mediaSid, const QImage &image); // null image: it has none

    QString m_folder;
    qint64 m_diskCap;
    std::shared_ptr<std::atomic<qint64>> m_diskUsage; // shared with the workers
    QThreadPool m_pool;                               // disk reads, decoding, writing and trimming the cache
    QPointer<ApiClient> m_client;
    QString m_serviceSid;
    quint64 m_generation = 0; // work started for an earlier source is dropped
    QCache<QString, QIcon> m_icons;
    QSet<QString> m_none;          // media with no thumbnail (this session)
    QSet<QString> m_busy;          // being read, fetched or decoded
    QList<MessageMedia> m_waiting; // newest first, for the disk cache
    MediaFetchQueue *m_fetches;    // what the disk cache did not have
    bool m_pumpQueued = false;
    int m_diskReads = 0;
};

} // namespace mediadesk
