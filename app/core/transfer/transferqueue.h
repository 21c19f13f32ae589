#pragma once

#include "result.h"
#include "transfer/transferitem.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFutureWatcher>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QSet>
#include <functional>
#include <memory>
#include <optional>

class QTimer;

namespace mediadesk {

class ApiClient;
class Job;
class Library;
class QueueState;
class TwilioError;
class TransferScheduler;

// The transfer queue: the list of uploads, downloads and sends, and what each one's end means. At
// most N run at once, the rest waiting (TransferScheduler starts them); transient failures are
// retried by the HTTP layer with back-off (the attempt shows), permanent ones reported. The queue
// (waiting, interrupted and failed items) is saved as it changes and restored at start (QueueState):
// nothing is lost to a crash or restart, and an interrupted transfer starts again. Done uploads, and
// the messages that carry them, go to the library; its look-ups come back to the items. A download
// writes through QSaveFile, so no half file ever has the final name.
class TransferQueue : public QObject
{
    Q_OBJECT

public:
    // The client for a profile key, or nullptr while that account is not available (its items wait).
    using ClientProvider = std::function<ApiClient *(const QString &profileKey)>; // as TransferScheduler's

    // statePath: where the queue is kept ("": nowhere, for a command's run). library: where uploads
    // are recorded (nullptr: nowhere); it must outlive the queue.
    TransferQueue(const QString &statePath, Library *library, QObject *parent = nullptr);
    ~TransferQueue() override;

    static QString defaultStatePath(); // <app data>/queue.json

    void setClientProvider(ClientProvider provider);
    void setParallelTransfers(int n);
    int parallelTransfers() const;

    // Whether add() detects each file's type for the list (on a pool thread; the type appears a moment
    // later, and one set meanwhile is kept). Off, an upload detects its own as it starts: for a
    // command's run, where nothing shows a type before it is sent. On by default.
    void setDetectTypesWhenAdded(bool detect) { m_detectTypesWhenAdded = detect; }

    // Adds files for one service; files that must not be sent are added as Refused with the reason.
    QList<QString> add(const QStringList &paths, const TransferOrigin &origin, const SendTarget &target = {});
    // Posts media that is already uploaded into a conversation, one message each.
    QString addSend(const QString &mediaSid, const QString &fileName, qint64 size, const SendTarget &target,
                    const TransferOrigin &origin);
    // Something that cannot be uploaded at all (a web address, an unreadable drop), listed with why.
    QString addRefused(const QString &name, const QString &reason, const TransferOrigin &origin);
    // Downloads one media into the file path (whose folder must exist); size is the metadata's,
    // -1 when unknown. overwrite: the person agreed to replace an existing file.
    QString addDownload(const QString &mediaSid, const QString &path, qint64 size, bool overwrite,
                        const TransferOrigin &origin);
    // Saves the media of a conversation's messages (all when messageSids is empty) into folder, with
    // a manifest.json; label names it in the list, mediaCount is how many media are known to come
    // (0 when not known yet). Run again, it skips the files that are complete.
    QString addExport(const QString &conversationSid, const QString &label, const QString &folder,
                      const QStringList &messageSids, int mediaCount, const TransferOrigin &origin);
    void setContentType(const QString &id, const QString &contentType); // before it starts
    void cancel(const QString &id);
    // Pausing frees the item's slot; a download keeps what it has, an upload starts again from the
    // first byte when resumed (MCS takes a media in one request). Paused items stay paused across a
    // restart until resumed.
    void pause(const QString &id);
    void resume(const QString &id);
    void pauseAll();
    void resumeAll();
    static bool canPause(const TransferItem &item) { return item.isActive(); }
    void retry(const QString &id);
    void remove(const QString &id);
    void clearFinished();
    // Starts what can start: call when an account becomes available.
    void schedule();

    const QList<TransferItem> &items() const { return m_items; }
    int indexOf(const QString &id) const;
    int activeCount() const;

    // Loads the saved queue (interrupted uploads become queued); a failure says why the file was not
    // used, and what could be read of it is restored even then.
    Result<> restore();
    Result<> save(); // now, on this thread

signals:
    // Each change is announced before and after, so models can follow exactly.
    void itemAboutToBeAdded(int index);
    void itemAdded(int index);
    void itemChanged(int index);
    void itemAboutToBeRemoved(int index);
    void itemRemoved(int index);
    void batchFinished(int done, int failed);    // nothing left to do; the batch's items counted
    void stateSaveError(const QString &message); // the queue could not be written to disk
    // One of the item's requests failed for a passing reason; it is tried again in delayMs.
    void retrying(const QString &id, int attempt, int delayMs, const mediadesk::TwilioError &why);

private:
    static TransferItem newItem(TransferItem::Kind kind, const TransferOrigin &origin);
    void append(const TransferItem &item); // announced before and after
    void removeItemAt(int index);          // announced before and after
    void onProgress(const QString &id, qint64 sent, qint64 total, double bytesPerSecond, qint64 secondsLeft);
    void onRetrying(const QString &id, int attempt, int delayMs, const TwilioError &why);
    void onFinished(const QString &id, Job *job);
    void followSend(const TransferItem &item); // other items of the media are in its message too
    void fail(TransferItem &item, const TwilioError &error, bool wasSending);
    void markPaused(TransferItem &item);
    void removePartialFiles(const TransferItem &item); // of a paused download or export
    void finishBatchIfIdle();
    bool hasPaused() const;
    // What a look-up found (Library::lookedUp): the items of that media and service follow.
    void followLookup(const QString &serviceSid, const QString &mediaSid, bool found, const QDateTime &at,
                      const QString &messageSid, const QString &conversationSid);
    void changed(const QString &id);
    void scheduleSave();
    // Sniffs the files' types off this thread and fills in those still without one.
    void detectTypes(const QList<std::pair<QString, QString>> &idsAndPaths);
    TransferItem *find(const QString &id);

    TransferScheduler *m_scheduler;
    Library *m_library = nullptr; // none: uploads are not recorded
    QList<TransferItem> m_items;
    QHash<QString, qsizetype> m_index; // item id → its row in m_items
    QueueState *m_state;               // the queue on disk
    bool m_hadWork = false;
    bool m_detectTypesWhenAdded = true;
    QSet<QString> m_batch;   // the items of this batch (added, started or resumed since the last end)
    QSet<QString> m_pausing; // suspended, their finished() not in yet
};

} // namespace mediadesk
