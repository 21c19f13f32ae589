#include "transferqueue.h"

#include "clock.h"
#include "logging.h"
#include "net/apiclient.h"
#include "net/conversationsclient.h"
#include "store/librarywriter.h"
#include "store/medialibrary.h"
#include "transfer/downloadjob.h"
#include "transfer/mimedetection.h"
#include "transfer/queuestate.h"
#include "transfer/uploadjob.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace mediadesk {

TransferQueue::TransferQueue(const QString &statePath, MediaLibrary *library, QObject *parent)
    : QObject(parent)
    , m_libraryPath(library && library->isOpen() ? library->path() : QString())
    , m_state(new QueueState(
          statePath, [this] { return m_items; }, this))
{
    connect(m_state, &QueueState::saveFailed, this, &TransferQueue::stateSaveError);
    if (!m_libraryPath.isEmpty()) {
        m_libraryWriter = new LibraryWriter(m_libraryPath, this);
        connect(m_libraryWriter, &LibraryWriter::recorded, this, [this](const QString &uploadId) {
            if (TransferItem *item = uploadId.isEmpty() ? nullptr : find(uploadId);
                item && item->libraryPending) {
                item->libraryPending = false;
                scheduleSave(); // now it may leave the saved queue
            }
            emit libraryRecorded(uploadId);
        });
        connect(m_libraryWriter, &LibraryWriter::failed, this,
                [this](const QString &uploadId, const QString &problem) {
                    // Said to the user; not uploaded again at every start for a library that refuses it.
                    if (TransferItem *item = uploadId.isEmpty() ? nullptr : find(uploadId))
                        item->libraryPending = false;
                    emit libraryError(problem);
                });
    }
}

TransferQueue::~TransferQueue()
{
    // Uploads the service already stored finish now (their rows go to the library), so a restart
    // never sends them again; their messages, if any, go out at the next start.
    m_closing = true;
    const QList<QPointer<Job>> jobs = m_jobs.values(); // finishing one changes m_jobs
    for (const auto &job : jobs) {
        if (auto *upload = qobject_cast<UploadJob *>(job.data()); upload && upload->isStored())
            upload->finishStoredNow();
    }
    if (m_libraryWriter) {
        m_libraryWriter->waitUntilWritten(); // rows on their way are written, and their items know it
        delete m_libraryWriter;
        m_libraryWriter = nullptr;
    }
    // Uploads still running are saved as queued and start again next time. At exit there is no one
    // left to tell when that fails.
    (void)m_state->saveNow();
    for (const auto &job : std::as_const(m_jobs)) {
        if (job)
            job->disconnect(this);
    }
}

QString TransferQueue::defaultStatePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("queue.json"));
}

void TransferQueue::setClientProvider(ClientProvider provider)
{
    m_clients = std::move(provider);
    schedule();
}

void TransferQueue::setParallelUploads(int n)
{
    m_parallel = qBound(1, n, 8);
    schedule();
}

int TransferQueue::indexOf(const QString &id) const
{
    return int(m_index.value(id, -1));
}

void TransferQueue::removeItemAt(int i)
{
    emit itemAboutToBeRemoved(i);
    m_index.remove(m_items.at(i).id);
    m_items.removeAt(i);
    for (qsizetype j = i; j < m_items.size(); ++j) // the rows after it move up
        m_index[m_items.at(j).id] = j;
    emit itemRemoved(i);
}

TransferItem *TransferQueue::find(const QString &id)
{
    const int i = indexOf(id);
    return i < 0 ? nullptr : &m_items[i];
}

int TransferQueue::activeCount() const
{
    return int(
        std::count_if(m_items.begin(), m_items.end(), [](const TransferItem &i) { return i.isActive(); }));
}

void TransferQueue::changed(const QString &id)
{
    const int i = indexOf(id);
    if (i >= 0)
        emit itemChanged(i);
    scheduleSave();
}

void TransferQueue::scheduleSave()
{
    m_state->saveSoon();
}

QList<QString> TransferQueue::add(const QStringList &paths, const QString &profileKey,
                                  const QString &profileLabel, const QString &serviceSid,
                                  const SendTarget &target)
{
    QList<QString> ids;
    for (const QString &path : paths) {
        TransferItem item = newItem(TransferItem::Kind::Upload, profileKey, profileLabel, serviceSid);
        item.target = target;
        item.path = QFileInfo(path).absoluteFilePath();
        item.fileName = QFileInfo(path).fileName();
        if (const Result<FileSnapshot> file = UploadJob::checkFile(path); !file) {
            item.state = TransferItem::State::Refused;
            item.message = file.problem();
            item.size = QFileInfo(path).size();
        } else {
            item.size = file->size;
            item.modified = file->modified;
            item.contentType = detectContentType(item.path); // once: shown, editable, then sent
        }
        append(item);
        ids.append(item.id);
    }
    scheduleSave();
    schedule();
    return ids;
}

QString TransferQueue::addDownload(const QString &mediaSid, const QString &path, qint64 size, bool overwrite,
                                   const QString &profileKey, const QString &profileLabel,
                                   const QString &serviceSid)
{
    TransferItem item = newItem(TransferItem::Kind::Download, profileKey, profileLabel, serviceSid);
    item.mediaSid = mediaSid;
    item.path = QFileInfo(path).absoluteFilePath();
    item.fileName = QFileInfo(path).fileName();
    item.size = size;
    item.overwrite = overwrite;
    append(item);
    scheduleSave();
    schedule();
    return item.id;
}

QString TransferQueue::addSend(const QString &mediaSid, const QString &fileName, qint64 size,
                               const SendTarget &target, const QString &profileKey,
                               const QString &profileLabel, const QString &serviceSid)
{
    TransferItem item = newItem(TransferItem::Kind::Send, profileKey, profileLabel, serviceSid);
    item.mediaSid = mediaSid;
    item.fileName = fileName.isEmpty() ? mediaSid : fileName;
    item.size = size;
    item.target = target;
    append(item);
    scheduleSave();
    schedule();
    return item.id;
}

TransferItem TransferQueue::newItem(TransferItem::Kind kind, const QString &profileKey,
                                    const QString &profileLabel, const QString &serviceSid)
{
    TransferItem item;
    item.kind = kind;
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.profileKey = profileKey;
    item.profileLabel = profileLabel;
    item.serviceSid = serviceSid;
    item.queuedAt = QDateTime::currentDateTimeUtc();
    return item;
}

void TransferQueue::append(const TransferItem &item)
{
    emit itemAboutToBeAdded(int(m_items.size()));
    m_items.append(item);
    m_index.insert(item.id, m_items.size() - 1);
    emit itemAdded(int(m_items.size() - 1));
}

void TransferQueue::recordLookup(const QString &serviceSid, const QString &mediaSid, bool found,
                                 const QString &messageSid, const QString &conversationSid)
{
    const QDateTime now = Clock::nowUtc();
    for (int i = 0; i < m_items.size(); ++i) {
        TransferItem &item = m_items[i];
        if (item.mediaSid != mediaSid || item.serviceSid != serviceSid ||
            item.kind == TransferItem::Kind::Download)
            continue;
        item.checkedAt = now;
        item.foundAtCheck = found;
        if (found && !messageSid.isEmpty() && item.messageSid.isEmpty()) {
            item.messageSid = messageSid;
            item.target.conversationSid = conversationSid;
            if (item.isFinished()) { // a message carries it already: nothing is left to send
                item.state = TransferItem::State::Done;
                item.message.clear();
            }
        }
        emit itemChanged(i);
    }
    updateLibrary([=](MediaLibrary &library) -> Result<> {
        if (Result<> lookup = library.recordLookup(serviceSid, mediaSid, found, now);
            !lookup || messageSid.isEmpty())
            return lookup;
        return library.recordAttachment(mediaSid, conversationSid, messageSid);
    });
}

void TransferQueue::updateLibrary(std::function<Result<>(MediaLibrary &)> change)
{
    if (m_libraryWriter)
        m_libraryWriter->apply(std::move(change));
}

QString TransferQueue::addRefused(const QString &name, const QString &reason, const QString &profileKey,
                                  const QString &serviceSid)
{
    TransferItem item = newItem(TransferItem::Kind::Upload, profileKey, {}, serviceSid);
    item.path = name;
    item.fileName = name;
    item.state = TransferItem::State::Refused;
    item.message = reason;
    append(item);
    return item.id;
}

void TransferQueue::setContentType(const QString &id, const QString &contentType)
{
    if (TransferItem *item = find(id); item && item->state == TransferItem::State::Queued) {
        item->contentType = contentType;
        changed(id);
    }
}

void TransferQueue::schedule()
{
    if (!m_clients || m_closing)
        return;
    int running = int(std::count_if(m_items.begin(), m_items.end(), [](const TransferItem &i) {
        return i.state == TransferItem::State::Running;
    }));
    for (TransferItem &item : m_items) {
        if (running >= m_parallel)
            break;
        if (item.state != TransferItem::State::Queued || !m_clients(item.profileKey))
            continue;
        ++running;
        start(item);
    }
}

bool TransferQueue::needsSending(const TransferItem &item)
{
    // A send, or an upload that is on the service already and still has to go into its conversation.
    return item.kind == TransferItem::Kind::Send ||
           (item.kind == TransferItem::Kind::Upload && !item.mediaSid.isEmpty() && item.target.isSet() &&
            item.messageSid.isEmpty());
}

void TransferQueue::start(TransferItem &item)
{
    if (item.kind == TransferItem::Kind::Download) {
        startDownload(item);
    } else if (needsSending(item)) {
        startSend(item);
    } else if (item.kind == TransferItem::Kind::Upload && !item.mediaSid.isEmpty()) {
        // On the service already (and in its message, if it had one to go to): never a second copy.
        item.state = TransferItem::State::Done;
        item.message.clear();
        changed(item.id);
    } else {
        startUpload(item);
    }
}

void TransferQueue::startSend(TransferItem &item)
{
    ApiClient *client = m_clients ? m_clients(item.profileKey) : nullptr;
    if (!client) { // the account went away meanwhile: the message waits for it
        item.state = TransferItem::State::Queued;
        item.sending = false;
        changed(item.id);
        return;
    }
    const ConversationsClient conversations(client);
    auto *job = conversations.sendMessage(item.serviceSid, item.target.conversationSid, item.target.author,
                                          item.target.body, item.mediaSid, this);
    const bool uploaded = item.kind == TransferItem::Kind::Upload;
    watch(item, job);
    item.sending = true;
    if (uploaded)
        item.sentBytes = item.size; // the upload part is done
}

void TransferQueue::finishSend(TransferItem &item, const QJsonObject &message)
{
    item.messageSid = message.value(QLatin1String("sid")).toString();
    item.messageIndex = message.value(QLatin1String("index")).toInt(-1);
    item.messageJson = message;
    // The upload of the same media (sent later from the list) is carried by this message too.
    for (int i = 0; i < m_items.size(); ++i) {
        TransferItem &other = m_items[i];
        if (&other == &item || other.mediaSid != item.mediaSid || other.serviceSid != item.serviceSid ||
            other.kind == TransferItem::Kind::Download || !other.messageSid.isEmpty())
            continue;
        other.messageSid = item.messageSid;
        other.messageIndex = item.messageIndex;
        other.target.conversationSid = item.target.conversationSid;
        emit itemChanged(i);
    }
    item.sentBytes = item.size;
    updateLibrary([mediaSid = item.mediaSid, conversation = item.target.conversationSid,
                   messageSid = item.messageSid](MediaLibrary &library) {
        return library.recordAttachment(mediaSid, conversation, messageSid);
    });
}

void TransferQueue::watch(TransferItem &item, Job *job)
{
    const QString id = item.id;
    item.state = TransferItem::State::Running;
    item.sentBytes = 0;
    item.attempt = 1;
    item.message.clear();
    m_jobs.insert(id, job);
    m_speed[id].reset();
    m_hadWork = true;
    qCDebug(lcTransfer).noquote() << "start" << job->metaObject()->className() << id << item.fileName;
    connect(job, &Job::progress, this, [this, id](qint64 done, qint64) { onProgress(id, done); });
    connect(job, &Job::retrying, this, [this, id](int attempt, int, const TwilioError &why) {
        if (TransferItem *i = find(id)) {
            i->attempt = attempt;
            i->message = why.userMessage();
            i->sentBytes = 0;
            changed(id);
        }
    });
    connect(job, &Job::finished, this, [this, id] { onFinished(id); });
    changed(id);
    job->start();
}

void TransferQueue::startDownload(TransferItem &item)
{
    DownloadRequest request;
    request.serviceSid = item.serviceSid;
    request.mediaSid = item.mediaSid;
    request.destination = item.path;
    request.overwrite = item.overwrite;
    auto *job = new DownloadJob(m_clients(item.profileKey), request, this);
    watch(item, job);
}

void TransferQueue::startUpload(TransferItem &item)
{
    // The file must still be the one that was queued.
    const Result<FileSnapshot> file = UploadJob::checkFile(item.path);
    QString problem = file.problem();
    if (file && (file->size != item.size || file->modified != item.modified))
        problem =
            tr("“%1” changed since it was queued; it was not sent. Add it again to upload the new version.")
                .arg(item.path);
    if (!problem.isEmpty()) {
        item.state = TransferItem::State::Refused;
        item.message = problem;
        changed(item.id);
        return;
    }
    UploadRequest request;
    request.serviceSid = item.serviceSid;
    request.filePath = item.path;
    request.contentType = item.contentType;
    auto *job = new UploadJob(m_clients(item.profileKey), request, this);
    job->setComputeSha256(m_libraryWriter != nullptr);
    watch(item, job);
}

void TransferQueue::onProgress(const QString &id, qint64 sent)
{
    TransferItem *item = find(id);
    if (!item)
        return;
    SpeedMeter &meter = m_speed[id];
    meter.update(sent);
    item->sentBytes = sent;
    item->bytesPerSecond = meter.bytesPerSecond();
    item->secondsLeft = meter.secondsLeft(sent, item->size);
    const int i = indexOf(id);
    emit itemChanged(i); // progress is not worth a save
}

void TransferQueue::onFinished(const QString &id)
{
    QPointer<Job> job = m_jobs.take(id);
    m_speed.remove(id);
    TransferItem *item = find(id);
    if (job)
        job->deleteLater();
    if (!item || !job) {
        schedule();
        return;
    }
    const bool wasSending = item->sending;
    item->sending = false;
    item->bytesPerSecond = 0;
    item->secondsLeft = -1;
    if (job->succeeded()) {
        item->state = TransferItem::State::Done;
        if (auto *upload = qobject_cast<UploadJob *>(job.data())) {
            item->finishedAt = Clock::nowUtc(); // the five-minute clock starts here
            finishUpload(*item, upload);
            if (needsSending(*item)) {
                if (m_closing) {
                    item->state = TransferItem::State::Queued; // saved: the message goes next time
                    return;
                }
                startSend(*item); // then into its conversation
                return;
            }
        } else if (auto *post = qobject_cast<PostFormJob *>(job.data()))
            finishSend(*item, post->object());
        else if (auto *download = qobject_cast<DownloadJob *>(job.data())) {
            item->path = download->path();
            item->fileName = QFileInfo(item->path).fileName();
            item->size = download->bytesWritten();
            item->sentBytes = item->size;
            item->contentType = download->media().contentType;
            item->mediaJson = download->media().json;
        }
    } else if (job->error().kind() == TwilioError::Kind::Cancelled) {
        item->state = TransferItem::State::Cancelled;
        item->message = job->error().userMessage();
    } else {
        item->state = job->error().kind() == TwilioError::Kind::File ? TransferItem::State::Refused
                                                                     : TransferItem::State::Failed;
        item->message = job->error().userMessage();
        const int code = job->error().code();
        const bool mediaGone = code == 50507 || code == 20404;
        if (wasSending && item->kind == TransferItem::Kind::Upload && mediaGone) {
            // Twilio no longer has it: Retry must upload the file again, then send.
            //: %1 the Media SID, %2 why the message failed
            item->message =
                tr("Uploaded as %1, but Twilio no longer has it: %2 Retry uploads the file again and "
                   "sends it.")
                    .arg(item->mediaSid, item->message);
            item->mediaSid.clear();
            item->mediaJson = {};
        } else if (wasSending && item->kind == TransferItem::Kind::Upload) {
            item->message =
                tr("Uploaded as %1, but the message could not be sent: %2 Retry sends the message "
                   "again without uploading.")
                    .arg(item->mediaSid, item->message);
        }
    }
    if (item->kind != TransferItem::Kind::Upload || !item->finishedAt.isValid())
        item->finishedAt = Clock::nowUtc();
    qCDebug(lcTransfer).noquote().nospace()
        << "finished " << id << ": state " << int(item->state)
        << (item->message.isEmpty() ? QString() : QStringLiteral(", ") + item->message);
    changed(id);
    schedule();
    if (m_hadWork && activeCount() == 0) {
        m_hadWork = false;
        int done = 0, failed = 0;
        for (const TransferItem &i : std::as_const(m_items)) {
            done += i.state == TransferItem::State::Done;
            failed += i.state == TransferItem::State::Failed || i.state == TransferItem::State::Refused;
        }
        emit batchFinished(done, failed);
    }
}

void TransferQueue::finishUpload(TransferItem &item, UploadJob *job)
{
    item.sentBytes = item.size;
    item.mediaSid = job->media().sid;
    item.mediaJson = job->media().json;
    item.contentType = job->contentType();
    if (!m_libraryWriter)
        return;
    LibraryEntry entry;
    entry.uploadId = item.id;
    entry.mediaSid = item.mediaSid;
    entry.serviceSid = item.serviceSid;
    const ApiClient *client = m_clients ? m_clients(item.profileKey) : nullptr;
    entry.accountSid = client && client->credentials() ? client->credentials()->accountSid()
                                                       : job->media().accountSid.value_or(QString());
    entry.profile = item.profileLabel;
    entry.fileName = item.fileName;
    entry.contentType = item.contentType;
    entry.size = item.size;
    entry.localPath = item.path;
    entry.sha256 = job->sha256();
    entry.uploadedAt = item.finishedAt;
    entry.dateCreated = job->media().dateCreated;
    item.libraryPending = true;
    m_libraryWriter->record(entry);
}

void TransferQueue::cancel(const QString &id)
{
    TransferItem *item = find(id);
    if (!item || !item->isActive())
        return;
    if (Job *job = m_jobs.value(id)) {
        job->abort(); // finished() → onFinished → Cancelled
        return;
    }
    item->state = TransferItem::State::Cancelled;
    item->message = tr("Cancelled.");
    changed(id);
}

void TransferQueue::retry(const QString &id)
{
    TransferItem *item = find(id);
    if (!item || item->isActive() || item->state == TransferItem::State::Done)
        return;
    item->state = TransferItem::State::Queued;
    item->message.clear();
    item->sentBytes = 0;
    item->attempt = 0;
    changed(id);
    schedule();
}

void TransferQueue::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    if (Job *job = m_jobs.value(id)) {
        if (auto *upload = qobject_cast<UploadJob *>(job); upload && upload->isStored())
            return; // already on the service: it finishes (and is recorded) in a moment
        m_jobs.remove(id);
        job->disconnect(this);
        job->abort();
        job->deleteLater();
    }
    removeItemAt(i);
    scheduleSave();
    schedule();
}

void TransferQueue::clearFinished()
{
    for (int i = int(m_items.size()) - 1; i >= 0; --i) {
        if (m_items.at(i).isFinished() && m_items.at(i).state != TransferItem::State::Failed)
            removeItemAt(i);
    }
    scheduleSave();
}

Result<> TransferQueue::save()
{
    return m_state->saveNow();
}

Result<> TransferQueue::restore()
{
    QueueState::Loaded loaded = m_state->load();
    for (const TransferItem &item : std::as_const(loaded.items)) {
        if (indexOf(item.id) >= 0)
            continue;
        emit itemAboutToBeAdded(int(m_items.size()));
        m_items.append(item);
        m_index.insert(item.id, m_items.size() - 1);
        emit itemAdded(int(m_items.size() - 1));
    }
    schedule();
    if (!loaded.problem.isEmpty())
        return Failure(loaded.problem);
    return {};
}

} // namespace mediadesk
