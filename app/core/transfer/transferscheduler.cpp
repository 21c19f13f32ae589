#include "transferscheduler.h"

#include "logging.h"
#include "net/apiclient.h"
#include "net/conversationsclient.h"
#include "transfer/conversationexportjob.h"
#include "transfer/downloadjob.h"
#include "transfer/uploadjob.h"

namespace mediadesk {

TransferScheduler::TransferScheduler(QObject *parent) : QObject(parent) {}

TransferScheduler::~TransferScheduler()
{
    for (const Running &running : std::as_const(m_running)) {
        if (running.job)
            running.job->disconnect(this);
    }
}

ApiClient *TransferScheduler::client(const QString &profileKey) const
{
    return m_clients ? m_clients(profileKey) : nullptr;
}

bool TransferScheduler::needsSending(const TransferItem &item)
{
    // A send, or an upload that is on the service already and still has to go into its conversation.
    if (item.kind() == TransferItem::Kind::Send)
        return true;
    const UploadDetails *upload = item.upload();
    return upload && !item.mediaSid.isEmpty() && upload->delivery.target.isSet() &&
           upload->delivery.messageSid.isEmpty();
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
    if (item.kind() == TransferItem::Kind::Download) {
        startDownload(item);
    } else if (item.kind() == TransferItem::Kind::Export) {
        startExport(item, freeSlots);
    } else if (needsSending(item)) {
        startSend(item);
    } else if (!item.mediaSid.isEmpty()) {
        // On the service already (and in its message, if it had one to go to): never a second copy.
        item.state = TransferItem::State::Done;
        item.message.clear();
    } else {
        startUpload(item);
    }
}

void TransferScheduler::startSend(TransferItem &item)
{
    MessageDelivery *delivery = item.delivery();
    ApiClient *api = client(item.origin.profileKey);
    if (!api || !delivery) { // the account went away meanwhile: the message waits for it
        item.state = TransferItem::State::Queued;
        if (delivery)
            delivery->sending = false;
        return;
    }
    const ConversationsClient conversations(api);
    auto *job =
        conversations.sendMessage(item.origin.serviceSid, delivery->target.conversationSid,
                                  delivery->target.author, delivery->target.body, item.mediaSid, this);
    watch(item, job);
    delivery->sending = true;
    if (item.upload())
        item.sentBytes = item.size; // the upload part is done
}

void TransferScheduler::startDownload(TransferItem &item)
{
    DownloadRequest request;
    request.serviceSid = item.origin.serviceSid;
    request.mediaSid = item.mediaSid;
    request.destination = item.path;
    request.overwrite = item.download()->overwrite;
    watch(item, new DownloadJob(client(item.origin.profileKey), request, this));
}

void TransferScheduler::startExport(TransferItem &item, int freeSlots)
{
    const ExportDetails &details = *item.exported();
    ExportRequest request;
    request.serviceSid = item.origin.serviceSid;
    request.conversationSid = details.conversationSid;
    request.folder = item.path;
    request.messageSids = QSet<QString>(details.messageSids.begin(), details.messageSids.end());
    // Its downloads run side by side in the slots free now, and keep them until it ends: the
    // Parallel transfers setting bounds every download in flight, an export's too.
    request.parallel = qMax(1, freeSlots);
    watch(item, new ConversationExportJob(client(item.origin.profileKey), request, this), request.parallel);
}

void TransferScheduler::startUpload(TransferItem &item)
{
    // The file must still be the one that was queued.
    const Result<FileSnapshot> file = UploadJob::checkFile(item.path);
    QString problem = file.problem();
    if (file && (file->size != item.size || file->modified != item.upload()->modified))
        problem =
            tr("“%1” changed since it was queued; it was not sent. Add it again to upload the new version.")
                .arg(item.path);
    if (!problem.isEmpty()) {
        item.state = TransferItem::State::Refused;
        item.message = problem;
        return;
    }
    UploadRequest request;
    request.serviceSid = item.origin.serviceSid;
    request.filePath = item.path;
    request.contentType = item.contentType;
    auto *job = new UploadJob(client(item.origin.profileKey), request, this);
    job->setComputeSha256(m_computeSha256);
    watch(item, job);
}

void TransferScheduler::watch(TransferItem &item, Job *job, int taken)
{
    const QString id = item.id;
    item.state = TransferItem::State::Running;
    item.sentBytes = 0;
    item.attempt = 1;
    item.message.clear();
    Running &running = m_running[id];
    running.job = job;
    running.speed.reset();
    running.size = item.size;
    running.taken = taken;
    qCDebug(lcTransfer).noquote() << "start" << job->metaObject()->className() << id << item.fileName;
    connect(job, &Job::progress, this, [this, id](qint64 done, qint64 total) {
        auto it = m_running.find(id);
        if (it == m_running.end())
            return;
        it->speed.update(done);
        emit progressed(id, done, total, it->speed.bytesPerSecond(), it->speed.secondsLeft(done, it->size));
    });
    connect(job, &Job::retrying, this, [this, id](int attempt, int, const TwilioError &why) {
        emit retrying(id, attempt, why.userMessage());
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

void TransferScheduler::drop(const QString &id)
{
    if (const QPointer<Job> running = m_running.take(id).job) {
        running->disconnect(this);
        running->abort();
        running->deleteLater();
    }
}

void TransferScheduler::close()
{
    m_closing = true;
    QList<QPointer<Job>> jobs; // finishing one changes m_running
    for (const Running &running : std::as_const(m_running))
        jobs.append(running.job);
    for (const QPointer<Job> &job : jobs) {
        if (auto *upload = qobject_cast<UploadJob *>(job.data()); upload && upload->isStored())
            upload->finishStoredNow();
    }
}

} // namespace mediadesk
