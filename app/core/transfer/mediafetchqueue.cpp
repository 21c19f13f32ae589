#include "mediafetchqueue.h"

#include "logging.h"
#include "net/apiclient.h"
#include "net/mediasetjob.h"
#include "net/runningjob.h"

namespace mediadesk {

MediaFetchQueue::MediaFetchQueue(FetchFactory factory, Options options, QObject *parent)
    : QObject(parent), m_factory(std::move(factory)), m_options(options)
{
    setParallel(m_options.parallel);
    m_options.linkRequests = qMax(1, m_options.linkRequests);
    m_options.firstBatch = qBound(1, m_options.firstBatch, MediaSetJob::MaxPerRequest);
}

MediaFetchQueue::~MediaFetchQueue()
{
    clear();
}

void MediaFetchQueue::setSource(ApiClient *client, const QString &serviceSid)
{
    clear();
    m_client = client;
    m_serviceSid = serviceSid;
}

void MediaFetchQueue::setParallel(int n)
{
    m_options.parallel = qBound(1, n, 16);
    pump();
}

void MediaFetchQueue::clear()
{
    for (const QPointer<MediaSetJob> &job : std::as_const(m_linkJobs))
        stopJob(job, this);
    for (const QPointer<Job> &job : std::as_const(m_fetches))
        stopJob(job, this);
    m_linkJobs.clear();
    m_fetches.clear();
    m_needLinks.clear();
    m_linked.clear();
    m_unreported = 0;
    ++m_generation;
}

bool MediaFetchQueue::isIdle() const
{
    return m_needLinks.isEmpty() && m_linked.isEmpty() && m_linkJobs.isEmpty() && m_fetches.isEmpty() &&
           m_unreported == 0;
}

void MediaFetchQueue::add(const Media &media)
{
    if (m_options.order == Order::NewestFirst)
        m_needLinks.prepend(media);
    else
        m_needLinks.append(media);
    if (!dropOverflow())
        return; // a receiver of dropped() cleared or deleted the queue
    // Later in this turn of the event loop: the media added together (a page's) share a MediaSet request.
    if (!m_pumpQueued) {
        m_pumpQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_pumpQueued = false;
                pump();
            },
            Qt::QueuedConnection);
    }
}

bool MediaFetchQueue::dropOverflow()
{
    const QPointer<MediaFetchQueue> alive(this);
    const quint64 generation = m_generation;
    // The oldest go: at the end when the newest come first, else at the front.
    while (m_options.maxWaiting > 0 && m_needLinks.size() > m_options.maxWaiting) {
        const Media oldest =
            m_options.order == Order::NewestFirst ? m_needLinks.takeLast() : m_needLinks.takeFirst();
        emit dropped(oldest.sid);
        if (!alive || generation != m_generation)
            return false;
    }
    return true;
}

void MediaFetchQueue::pump()
{
    if (!m_client)
        return;
    // Links expire within minutes: fetched only a little ahead of the fetches that use them.
    const int ahead = m_options.parallel * 2;
    while (m_linkJobs.size() < m_options.linkRequests && !m_needLinks.isEmpty() && m_linked.size() < ahead) {
        const int batch = m_linkRequests == 0 ? m_options.firstBatch : MediaSetJob::MaxPerRequest;
        const QList<Media> asked = m_needLinks.mid(0, batch);
        m_needLinks.remove(0, asked.size());
        QStringList sids;
        for (const Media &media : asked)
            sids.append(media.sid);
        auto *job = new MediaSetJob(m_client, m_serviceSid, sids, this);
        ++m_linkRequests;
        m_linkJobs.append(job);
        connect(job, &Job::retrying, this, &MediaFetchQueue::retrying);
        connect(job, &Job::finished, this, [this, job, asked] { onLinks(job, asked); });
        job->start();
    }
    while (m_fetches.size() < m_options.parallel && !m_linked.isEmpty()) {
        const Media media = m_linked.takeFirst();
        Job *job = m_factory(media, this);
        m_fetches.append(job);
        m_mostFetches = qMax(m_mostFetches, int(m_fetches.size()));
        connect(job, &Job::finished, this, [this, job, sid = media.sid] { onFetched(job, sid); });
        job->start();
    }
}

void MediaFetchQueue::onLinks(MediaSetJob *job, const QList<Media> &asked)
{
    job->deleteLater();
    m_linkJobs.removeAll(job);
    if (!job->succeeded())
        qCInfo(lcTransfer).noquote() << "MediaSet failed, fetching one by one:" << job->error().logSummary();
    QList<Media> linked;
    QStringList goneSids;
    for (const Media &media : asked) {
        if (job->succeeded()) {
            if (const auto it = job->media().constFind(media.sid); it != job->media().constEnd()) {
                linked.append(*it);
                continue;
            }
            if (job->isGone(media.sid)) {
                goneSids.append(media.sid);
                continue;
            }
        }
        linked.append(media); // no link from MediaSet: the fetch job gets its own
    }
    // In the order asked; newest first goes ahead of whatever was linked before.
    m_linked = m_options.order == Order::NewestFirst ? linked + m_linked : m_linked + linked;
    // Told before the next fetches start, each counted until it is (isIdle() stays false while a
    // report is still to come). A receiver may clear or delete the queue: the rest then go unsaid.
    m_unreported += int(goneSids.size());
    const QPointer<MediaFetchQueue> alive(this);
    const quint64 generation = m_generation;
    for (const QString &sid : std::as_const(goneSids)) {
        if (!alive || generation != m_generation)
            return;
        --m_unreported;
        emit gone(sid);
    }
    if (alive && generation == m_generation)
        pump();
}

void MediaFetchQueue::onFetched(Job *job, const QString &mediaSid)
{
    m_fetches.removeAll(job);
    job->deleteLater(); // (a child: deleted with the queue, should a receiver delete it)
    // The next fetches start first; this one counts as unreported until it is told, so a fetch that
    // ends at once inside pump() cannot make the queue look idle before this report.
    ++m_unreported;
    const QPointer<MediaFetchQueue> alive(this);
    const quint64 generation = m_generation;
    pump();
    if (!alive || generation != m_generation)
        return;
    --m_unreported;
    if (job->succeeded())
        emit fetched(mediaSid, job);
    else if (job->error().isNotFound())
        emit gone(mediaSid);
    else
        emit failed(mediaSid, job->error());
}

QList<Job *> MediaFetchQueue::runningFetches() const
{
    QList<Job *> jobs;
    for (const QPointer<Job> &job : m_fetches) {
        if (job && job->isRunning())
            jobs.append(job);
    }
    return jobs;
}

} // namespace mediadesk
