#include "transferscheduler.h"

#include "logging.h"
#include "net/apiclient.h"
#include "net/runningjob.h"
#include "transfer/transferhandlers.h"
#include "transfer/uploadjob.h"

namespace mediadesk {

TransferScheduler::TransferScheduler(QObject *parent) : QObject(parent) {}

TransferScheduler::~TransferScheduler()
{
    for (const Running &running : std::as_const(m_running)) {
        if (running.job)
            running.job->disconnect(this);
    }
    delete m_prepared;
}

ApiClient *TransferScheduler::client(const QString &profileKey) const
{
    return m_clients ? m_clients(profileKey) : nullptr;
}

QStringList TransferScheduler::schedule(QList<TransferItem> &items)
{
    QStringList changed;
    if (!m_clients || m_closing)
        return changed;
    int running = 0; // transfers in flight: an export counts each of its downloads
    for (const TransferItem &item : std::as_const(items))
        running += slotsTakenBy(item);
    for (TransferItem &item : items) {
        if (running >= m_parallel)
            break;
        if (item.state != TransferItem::State::Queued || !m_clients(item.origin.profileKey))
            continue;
        start(item, m_parallel - running);
        running += slotsTakenBy(item);
        changed.append(item.id);
    }
    prepareAhead(items);
    return changed;
}

int TransferScheduler::slotsTakenBy(const TransferItem &item) const
{
    if (item.state != TransferItem::State::Running)
        return 0;
    return m_running.value(item.id).taken;
}

void TransferScheduler::start(TransferItem &item, int freeSlots)
{
    if (item.kind() == TransferItem::Kind::Upload && !item.mediaSid.isEmpty() &&
        !TransferHandler::needsSending(item)) {
        // On the service already (and in its message, if it had one to go to): never a second copy.
        item.state = TransferItem::State::Done;
        item.message.clear();
        return;
    }
    ApiClient *api = client(item.origin.profileKey);
    if (item.id == m_preparedId) {
        UploadJob *prepared = m_prepared;
        m_prepared = nullptr;
        m_preparedId.clear();
        if (prepared && m_preparedWith == api) {
            watch(item, prepared);
            return;
        }
        delete prepared; // made for another account's client
    }
    const TransferHandler::Started started =
        TransferHandler::forItem(item).create(item, {api, freeSlots, m_computeSha256, this});
    watch(item, started.job, started.slotsTaken);
}

void TransferScheduler::startNext(TransferItem &item)
{
    ApiClient *api = client(item.origin.profileKey);
    if (!api) { // the account went away meanwhile: the message waits for it
        item.state = TransferItem::State::Queued;
        return;
    }
    start(item, 1);
}

void TransferScheduler::prepareAhead(const QList<TransferItem> &items)
{
    // Only for the first waiting upload, and only while uploads run: the one that goes out next.
    const auto next = std::find_if(items.begin(), items.end(), [this](const TransferItem &i) {
        return i.state == TransferItem::State::Queued && i.kind() == TransferItem::Kind::Upload &&
               i.mediaSid.isEmpty() && client(i.origin.profileKey);
    });
    if (next == items.end() || m_running.isEmpty() || next->id == m_preparedId)
        return;
    delete m_prepared;
    m_preparedId = next->id;
    m_preparedWith = client(next->origin.profileKey);
    const TransferHandler::Started started =
        UploadHandler().create(*next, {client(next->origin.profileKey), 1, m_computeSha256, this});
    m_prepared = static_cast<UploadJob *>(started.job);
    m_prepared->prepare();
}

void TransferScheduler::watch(TransferItem &item, Job *job, int taken)
{
    const QString id = item.id;
    item.state = TransferItem::State::Running;
    item.attempt = 1;
    item.message.clear();
    if (MessageDelivery *delivery = item.delivery(); delivery && TransferHandler::needsSending(item)) {
        delivery->sending = true;
        item.done = item.upload() ? item.total : 0; // an upload's own part is done
    } else {
        item.done = 0;
    }
    Running &running = m_running[id];
    running.job = job;
    running.speed.reset();
    running.size = item.total;
    running.taken = taken;
    qCDebug(lcTransfer).noquote() << "start" << job->metaObject()->className() << id << item.fileName;
    connect(job, &Job::progress, this, [this, id](qint64 done, qint64 total) {
        auto it = m_running.find(id);
        if (it == m_running.end())
            return;
        it->speed.update(done);
        emit progressed(id, done, total, it->speed.bytesPerSecond(), it->speed.secondsLeft(done, it->size));
    });
    connect(job, &Job::retrying, this, [this, id](int attempt, int delayMs, const TwilioError &why) {
        emit retrying(id, attempt, delayMs, why);
    });
    connect(job, &Job::finished, this, [this, id] { onFinished(id); });
    emit jobStarted(id);
    job->start();
}

void TransferScheduler::onFinished(const QString &id)
{
    const QPointer<Job> job = m_running.take(id).job;
    if (!job)
        return;
    job->deleteLater();
    emit finished(id, job);
}

bool TransferScheduler::abort(const QString &id)
{
    Job *running = job(id);
    if (!running)
        return false;
    running->abort(); // finished() follows
    return true;
}

bool TransferScheduler::suspend(const QString &id)
{
    Job *running = job(id);
    if (!running)
        return false;
    running->suspend(); // finished() follows
    return true;
}

void TransferScheduler::drop(const QString &id)
{
    if (id == m_preparedId) {
        delete m_prepared;
        m_preparedId.clear();
    }
    stopJob(m_running.take(id).job, this);
}

void TransferScheduler::close()
{
    m_closing = true;
    delete m_prepared;
    QList<QPointer<Job>> jobs; // finishing one changes m_running
    for (const Running &running : std::as_const(m_running))
        jobs.append(running.job);
    for (const QPointer<Job> &job : jobs) {
        if (auto *upload = qobject_cast<UploadJob *>(job.data()); upload && upload->isStored())
            upload->finishStoredNow();
    }
}

} // namespace mediadesk
