#include "transferqueue.h"

#include "clock.h"
#include "logging.h"
#include "net/apiclient.h"
#include "store/library.h"
#include "transfer/mimedetection.h"
#include "transfer/partialdownload.h"
#include "transfer/queuestate.h"
#include "transfer/transferhandlers.h"
#include "transfer/transferscheduler.h"
#include "transfer/uploadjob.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QFutureWatcher>
#include <QStandardPaths>
#include <QTimer>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

namespace mediadesk {

TransferQueue::TransferQueue(const QString &statePath, Library *library, QObject *parent)
    : QObject(parent)
    , m_scheduler(new TransferScheduler(this))
    , m_library(library)
    , m_state(new QueueState(
          statePath, [this] { return m_items; }, this))
{
    connect(m_state, &QueueState::saveFailed, this, &TransferQueue::stateSaveError);
    connect(m_scheduler, &TransferScheduler::jobStarted, this, [this](const QString &id) {
        m_hadWork = true;
        m_batch.insert(id);
    });
    connect(m_scheduler, &TransferScheduler::progressed, this, &TransferQueue::onProgress);
    connect(m_scheduler, &TransferScheduler::retrying, this, &TransferQueue::onRetrying);
    connect(m_scheduler, &TransferScheduler::finished, this, &TransferQueue::onFinished);
    if (m_library) {
        m_scheduler->setComputeSha256(true); // the library keeps each upload's hash
        auto pendingUpload = [this](const QString &uploadId) -> UploadDetails * {
            TransferItem *item = uploadId.isEmpty() ? nullptr : find(uploadId);
            return item && item->upload() && item->upload()->libraryPending ? item->upload() : nullptr;
        };
        connect(m_library, &Library::recorded, this, [this, pendingUpload](const QString &uploadId) {
            if (UploadDetails *upload = pendingUpload(uploadId)) {
                upload->libraryPending = false;
                scheduleSave(); // now it may leave the saved queue
            }
        });
        // The failure itself is said by whoever shows the library's problems (the window's status bar);
        // the upload is not sent again at every start for a library that refuses it.
        connect(m_library, &Library::failed, this, [pendingUpload](const QString &uploadId) {
            if (UploadDetails *upload = pendingUpload(uploadId))
                upload->libraryPending = false;
        });
        connect(m_library, &Library::lookedUp, this, &TransferQueue::followLookup);
    }
}

TransferQueue::~TransferQueue()
{
    // Uploads the service already stored finish now (their rows go to the library), so a restart
    // never sends them again; their messages, if any, go out at the next start.
    m_scheduler->close();
    if (m_library)
        m_library->waitUntilWritten(); // rows on their way are written, and their items know it
    // Uploads still running are saved as queued and start again next time. At exit there is no one
    // left to tell when that fails.
    (void)m_state->saveNow();
    m_scheduler->disconnect(this);
}

QString TransferQueue::defaultStatePath()
{
    return QDir(QStandardPaths::writableLocation(QStandardPaths::AppDataLocation))
        .filePath(QStringLiteral("queue.json"));
}

void TransferQueue::setClientProvider(ClientProvider provider)
{
    m_scheduler->setClientProvider(std::move(provider));
    schedule();
}

void TransferQueue::setParallelTransfers(int n)
{
    m_scheduler->setParallel(n);
    schedule();
}

int TransferQueue::parallelTransfers() const
{
    return m_scheduler->parallel();
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

QList<QString> TransferQueue::add(const QStringList &paths, const TransferOrigin &origin,
                                  const SendTarget &target)
{
    QList<QString> ids;
    QList<std::pair<QString, QString>> untyped;
    for (const QString &path : paths) {
        TransferItem item = newItem(TransferItem::Kind::Upload, origin);
        item.upload()->delivery.target = target;
        item.path = QFileInfo(path).absoluteFilePath();
        item.fileName = QFileInfo(path).fileName();
        if (const Result<FileSnapshot> file = UploadJob::checkFile(path); !file) {
            item.state = TransferItem::State::Refused;
            item.message = file.problem();
            item.total = QFileInfo(path).size();
        } else {
            item.total = file->size;
            item.upload()->modified = file->modified;
            untyped.append({item.id, item.path});
        }
        append(item);
        ids.append(item.id);
    }
    // Sniffing reads each file: done on this thread, 200 files held the first upload back by
    // 30–55 ms here. Until its type is in, an upload that starts detects its own.
    if (m_detectTypesWhenAdded && !untyped.isEmpty())
        detectTypes(untyped);
    scheduleSave();
    schedule();
    return ids;
}

void TransferQueue::detectTypes(const QList<std::pair<QString, QString>> &idsAndPaths)
{
    using Detected = QList<std::pair<QString, QString>>;
    auto *watcher = new QFutureWatcher<Detected>(this);
    connect(watcher, &QFutureWatcherBase::finished, this, [this, watcher] {
        watcher->deleteLater();
        bool any = false;
        for (const auto &[id, type] : watcher->result()) {
            TransferItem *item = find(id);
            if (!item || !item->contentType.isEmpty()) // gone, typed by hand, or its upload detected it
                continue;
            item->contentType = type; // once: shown, editable, then sent
            changed(id);
            any = true;
        }
        if (any)
            scheduleSave();
    });
    watcher->setFuture(QtConcurrent::run([idsAndPaths] {
        Detected detected;
        detected.reserve(idsAndPaths.size());
        for (const auto &[id, path] : idsAndPaths)
            detected.append({id, detectContentType(path)});
        return detected;
    }));
}

QString TransferQueue::addDownload(const QString &mediaSid, const QString &path, qint64 size, bool overwrite,
                                   const TransferOrigin &origin)
{
    TransferItem item = newItem(TransferItem::Kind::Download, origin);
    item.mediaSid = mediaSid;
    item.path = QFileInfo(path).absoluteFilePath();
    item.fileName = QFileInfo(path).fileName();
    item.total = size;
    item.download()->overwrite = overwrite;
    append(item);
    scheduleSave();
    schedule();
    return item.id;
}

QString TransferQueue::addExport(const QString &conversationSid, const QString &label, const QString &folder,
                                 const QStringList &messageSids, int mediaCount, const TransferOrigin &origin)
{
    TransferItem item = newItem(TransferItem::Kind::Export, origin);
    item.path = QFileInfo(folder).absoluteFilePath();
    item.fileName = label.isEmpty() ? conversationSid : label;
    item.total = mediaCount;
    item.exported()->conversationSid = conversationSid;
    item.exported()->messageSids = messageSids;
    append(item);
    scheduleSave();
    schedule();
    return item.id;
}

QString TransferQueue::addSend(const QString &mediaSid, const QString &fileName, qint64 size,
                               const SendTarget &target, const TransferOrigin &origin)
{
    TransferItem item = newItem(TransferItem::Kind::Send, origin);
    item.mediaSid = mediaSid;
    item.fileName = fileName.isEmpty() ? mediaSid : fileName;
    item.total = size;
    item.delivery()->target = target;
    append(item);
    scheduleSave();
    schedule();
    return item.id;
}

TransferItem TransferQueue::newItem(TransferItem::Kind kind, const TransferOrigin &origin)
{
    TransferItem item;
    item.details = TransferItem::detailsOf(kind);
    item.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    item.origin = origin;
    item.queuedAt = Clock::nowUtc();
    return item;
}

void TransferQueue::append(const TransferItem &item)
{
    emit itemAboutToBeAdded(int(m_items.size()));
    m_items.append(item);
    m_index.insert(item.id, m_items.size() - 1);
    m_batch.insert(item.id);
    emit itemAdded(int(m_items.size() - 1));
}

void TransferQueue::followLookup(const QString &serviceSid, const QString &mediaSid, bool found,
                                 const QDateTime &at, const QString &messageSid,
                                 const QString &conversationSid)
{
    for (int i = 0; i < m_items.size(); ++i) {
        TransferItem &item = m_items[i];
        MessageDelivery *delivery = item.delivery();
        if (item.mediaSid != mediaSid || item.origin.serviceSid != serviceSid || !delivery)
            continue;
        *item.check() = {at, found};
        if (found && !messageSid.isEmpty() && delivery->messageSid.isEmpty()) {
            delivery->messageSid = messageSid;
            delivery->target.conversationSid = conversationSid;
            if (item.isFinished()) { // a message carries it already: nothing is left to send
                item.state = TransferItem::State::Done;
                item.message.clear();
            }
        }
        emit itemChanged(i);
    }
}

QString TransferQueue::addRefused(const QString &name, const QString &reason, const TransferOrigin &origin)
{
    TransferItem item = newItem(TransferItem::Kind::Upload, origin);
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
        m_scheduler->drop(id); // a job prepared ahead has the old type
        item->contentType = contentType;
        changed(id);
    }
}

void TransferQueue::schedule()
{
    for (const QString &id : m_scheduler->schedule(m_items))
        changed(id);
}

void TransferQueue::followSend(const TransferItem &item)
{
    const MessageDelivery &delivery = *item.delivery();
    // The upload of the same media (sent later from the list) is carried by this message too.
    for (int i = 0; i < m_items.size(); ++i) {
        TransferItem &other = m_items[i];
        MessageDelivery *carried = other.delivery();
        if (&other == &item || other.mediaSid != item.mediaSid ||
            other.origin.serviceSid != item.origin.serviceSid || !carried || !carried->messageSid.isEmpty())
            continue;
        carried->messageSid = delivery.messageSid;
        carried->messageIndex = delivery.messageIndex;
        carried->target.conversationSid = delivery.target.conversationSid;
        emit itemChanged(i);
    }
}

void TransferQueue::onProgress(const QString &id, qint64 sent, qint64 total, double bytesPerSecond,
                               qint64 secondsLeft)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    TransferItem &item = m_items[i];
    if (item.exported() && total >= 0)
        item.total = total; // once the messages are read, the count of media is known
    item.done = sent;
    item.bytesPerSecond = bytesPerSecond;
    item.secondsLeft = secondsLeft;
    emit itemChanged(i); // progress is not worth a save
}

void TransferQueue::onRetrying(const QString &id, int attempt, int delayMs, const TwilioError &why)
{
    if (TransferItem *item = find(id)) {
        emit retrying(id, attempt, delayMs, why);
        // An export's retries are of one of its many requests: the export goes on, its count stays.
        if (item->exported())
            return;
        item->attempt = attempt;
        item->message = why.userMessage();
        if (item->kind() != TransferItem::Kind::Download)
            item->done = 0; // a download goes on from what it has (DownloadJob)
        changed(id);
    }
}

void TransferQueue::onFinished(const QString &id, Job *job)
{
    const bool pausing = m_pausing.remove(id); // it may have finished before the pause took hold
    TransferItem *item = find(id);
    if (!item) {
        schedule();
        return;
    }
    const TransferHandler &handler = TransferHandler::forItem(*item); // before sending is cleared
    MessageDelivery *delivery = item->delivery();
    const bool wasSending = delivery && delivery->sending;
    if (delivery)
        delivery->sending = false;
    item->bytesPerSecond = 0;
    item->secondsLeft = -1;
    if (job->succeeded()) {
        item->state = TransferItem::State::Done;
        const bool uploaded = item->kind() == TransferItem::Kind::Upload && !wasSending;
        if (uploaded)
            item->finishedAt = Clock::nowUtc(); // the five-minute clock starts here
        handler.succeeded(*item, *job, {m_scheduler->client(item->origin.profileKey), m_library});
        if (wasSending)
            followSend(*item);
        if (uploaded && TransferHandler::needsSending(*item)) {
            if (m_scheduler->isClosing()) {
                item->state = TransferItem::State::Queued; // saved: the message goes next time
                return;
            }
            m_scheduler->startNext(*item); // then into its conversation
            changed(id);
            return;
        }
    } else if (pausing && job->error().kind() == TwilioError::Kind::Cancelled) {
        markPaused(*item);
        schedule(); // its slot is free
        changed(id);
        return;
    } else if (job->error().kind() == TwilioError::Kind::Cancelled) {
        item->state = TransferItem::State::Cancelled;
        item->message = job->error().userMessage();
    } else {
        fail(*item, job->error(), wasSending);
    }
    if (!item->upload() || !item->finishedAt.isValid())
        item->finishedAt = Clock::nowUtc();
    qCDebug(lcTransfer).noquote().nospace()
        << "finished " << id << ": state " << int(item->state)
        << (item->message.isEmpty() ? QString() : QStringLiteral(", ") + item->message);
    schedule(); // the next one goes out before this end is shown, printed or recorded
    changed(id);
    finishBatchIfIdle();
}

void TransferQueue::finishBatchIfIdle()
{
    // A paused item is work still to do: the batch ends once it is resumed and done, or given up.
    if (!m_hadWork || activeCount() != 0 || hasPaused())
        return;
    m_hadWork = false;
    int done = 0, failed = 0;
    for (const TransferItem &i : std::as_const(m_items)) {
        if (!m_batch.contains(i.id))
            continue; // a row left from an earlier batch
        done += i.state == TransferItem::State::Done;
        failed += i.state == TransferItem::State::Failed || i.state == TransferItem::State::Refused;
    }
    m_batch.clear();
    emit batchFinished(done, failed);
}

void TransferQueue::fail(TransferItem &item, const TwilioError &error, bool wasSending)
{
    item.state =
        error.kind() == TwilioError::Kind::File ? TransferItem::State::Refused : TransferItem::State::Failed;
    item.message = error.userMessage();
    if (!wasSending || !item.upload())
        return;
    if (error.code() == 50507 || error.code() == 20404) {
        // Twilio no longer has it: Retry must upload the file again, then send.
        //: %1 the Media SID, %2 why the message failed
        item.message = tr("Uploaded as %1, but Twilio no longer has it: %2 Retry uploads the file again and "
                          "sends it.")
                           .arg(item.mediaSid, item.message);
        item.mediaSid.clear();
        item.mediaJson = {};
    } else {
        item.message = tr("Uploaded as %1, but the message could not be sent: %2 Retry sends the message "
                          "again without uploading.")
                           .arg(item.mediaSid, item.message);
    }
}

void TransferQueue::cancel(const QString &id)
{
    TransferItem *item = find(id);
    if (item && item->isPaused()) {
        removePartialFiles(*item); // nothing of a cancelled download stays, under any name
        item->state = TransferItem::State::Cancelled;
        item->message = tr("Cancelled.");
        item->finishedAt = Clock::nowUtc();
        changed(id);
        finishBatchIfIdle();
        return;
    }
    if (!item || !item->isActive())
        return;
    if (m_scheduler->abort(id))
        return;            // finished() → onFinished → Cancelled
    m_scheduler->drop(id); // a job prepared ahead for it
    item->state = TransferItem::State::Cancelled;
    item->message = tr("Cancelled.");
    changed(id);
}

void TransferQueue::pause(const QString &id)
{
    TransferItem *item = find(id);
    if (!item || !canPause(*item) || m_pausing.contains(id))
        return;
    if (auto *upload = qobject_cast<UploadJob *>(m_scheduler->job(id)); upload && upload->isStored())
        return;           // already on the service: it finishes (and is recorded) in a moment
    m_pausing.insert(id); // first: finished() may come before suspend() returns
    if (m_scheduler->suspend(id))
        return; // finished() → onFinished → Paused
    m_pausing.remove(id);
    m_scheduler->drop(id); // a job prepared ahead for it
    markPaused(*item);
    changed(id);
    schedule();
}

void TransferQueue::markPaused(TransferItem &item)
{
    item.state = TransferItem::State::Paused;
    item.bytesPerSecond = 0;
    item.secondsLeft = -1;
    item.attempt = 0;
    if (item.kind() == TransferItem::Kind::Upload && item.mediaSid.isEmpty()) { // not on the service yet
        item.done = 0;
        //: The state of a paused upload, in the transfer list
        item.message = tr("Paused. When resumed, the upload starts again from its first byte: Twilio takes "
                          "a media in one request.");
    } else {
        item.message = tr("Paused.");
    }
    scheduleSave();
}

void TransferQueue::resume(const QString &id)
{
    TransferItem *item = find(id);
    if (!item || !item->isPaused())
        return;
    item->state = TransferItem::State::Queued;
    item->message.clear();
    m_hadWork = true;
    m_batch.insert(id);
    changed(id);
    scheduleSave();
    schedule();
}

void TransferQueue::pauseAll()
{
    // The waiting ones first: each running one paused frees a slot, which must not start another.
    QStringList ids;
    for (const TransferItem &item : std::as_const(m_items)) {
        if (item.state == TransferItem::State::Queued)
            ids.append(item.id);
    }
    for (const TransferItem &item : std::as_const(m_items)) {
        if (item.state == TransferItem::State::Running)
            ids.append(item.id);
    }
    for (const QString &id : ids)
        pause(id);
}

void TransferQueue::resumeAll()
{
    QStringList ids;
    for (const TransferItem &item : std::as_const(m_items)) {
        if (item.isPaused())
            ids.append(item.id);
    }
    for (const QString &id : ids)
        resume(id);
}

bool TransferQueue::hasPaused() const
{
    return std::any_of(m_items.cbegin(), m_items.cend(), [](const TransferItem &i) { return i.isPaused(); });
}

void TransferQueue::retry(const QString &id)
{
    TransferItem *item = find(id);
    if (!item || item->isActive() || item->state == TransferItem::State::Done)
        return;
    item->state = TransferItem::State::Queued;
    item->message.clear();
    item->done = 0;
    item->attempt = 0;
    changed(id);
    schedule();
}

void TransferQueue::remove(const QString &id)
{
    const int i = indexOf(id);
    if (i < 0)
        return;
    if (auto *upload = qobject_cast<UploadJob *>(m_scheduler->job(id)); upload && upload->isStored())
        return; // already on the service: it finishes (and is recorded) in a moment
    if (m_items.at(i).isPaused())
        removePartialFiles(m_items.at(i));
    m_scheduler->drop(id);
    removeItemAt(i);
    scheduleSave();
    schedule();
    finishBatchIfIdle();
}

void TransferQueue::removePartialFiles(const TransferItem &item)
{
    if (item.kind() == TransferItem::Kind::Download) {
        PartialDownload::removeFor(item.path);
    } else if (item.exported() && QFileInfo(item.path).isDir()) {
        // Its folder holds its own files only (ExportFolder); their parts go, whole files stay.
        QDirIterator parts(item.path, {QStringLiteral("*.mediadesk-part")}, QDir::Files);
        while (parts.hasNext()) {
            const QString part = parts.next();
            PartialDownload::removeFor(part.chopped(int(qstrlen(".mediadesk-part"))));
        }
    }
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
