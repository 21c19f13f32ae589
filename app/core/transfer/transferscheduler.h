#pragma once

#include "transfer/speedmeter.h"
#include "transfer/transferitem.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace mediadesk {

class ApiClient;
class Job;
class TwilioError;
class UploadJob;

// When waiting items start: at most parallel() transfers at once (an export counts each of its
// downloads), each on the client of its account (an item whose account is not available waits),
// in queue order. The job an item needs comes from its TransferHandler; the scheduler marks the
// item running, reports the job's progress (with speed and time left), retries and end, and
// prepares the next upload's file while the network is busy. What an end means is the queue's.
class TransferScheduler : public QObject
{
    Q_OBJECT

public:
    // The client for a profile key, or nullptr while that account is not available.
    using ClientProvider = std::function<ApiClient *(const QString &profileKey)>;

    explicit TransferScheduler(QObject *parent = nullptr);
    ~TransferScheduler() override;

    void setClientProvider(ClientProvider provider) { m_clients = std::move(provider); }
    ApiClient *client(const QString &profileKey) const;
    void setParallel(int n) { m_parallel = qBound(1, n, 16); } // the CLI's --jobs goes to 16
    int parallel() const { return m_parallel; }
    void setComputeSha256(bool on) { m_computeSha256 = on; }

    // Starts waiting items, in order, while fewer than parallel() run. Returns the ids of the items
    // it changed: started, or done (on the service, and in their message, already).
    QStringList schedule(QList<TransferItem> &items);
    // Starts what the item needs next now (its message, after its upload), whatever the limit.
    void startNext(TransferItem &item);

    Job *job(const QString &id) const { return m_running.value(id).job; }
    // Aborts the item's job, whose end then comes through finished(); false when none runs.
    bool abort(const QString &id);
    bool suspend(const QString &id); // as abort(), through Job::suspend()
    // Stops the item's job without an end: the item is going away.
    void drop(const QString &id);
    // Nothing new starts from now on. Uploads the service stored already end now (through
    // finished()), so a restart never sends them a second time.
    void close();
    bool isClosing() const { return m_closing; }

signals:
    void jobStarted(const QString &id);
    // total: what the job says it has to do (-1 when it cannot tell yet).
    void progressed(const QString &id, qint64 done, qint64 total, double bytesPerSecond, qint64 secondsLeft);
    void retrying(const QString &id, int attempt, int delayMs, const mediadesk::TwilioError &why);
    // The job ended (succeeded, failed or cancelled); it is deleted on the next event-loop turn.
    void finished(const QString &id, mediadesk::Job *job);

private:
    struct Running
    {
        QPointer<Job> job;
        SpeedMeter speed;
        qint64 size = 0;
        int taken = 1; // slots of the parallel limit: an export's downloads each take one
    };
    int slotsTakenBy(const TransferItem &item) const; // 0 unless it runs
    void start(TransferItem &item, int freeSlots);
    // Marks it running and starts the job, which takes `taken` slots of the parallel limit.
    void watch(TransferItem &item, Job *job, int taken = 1);
    void onFinished(const QString &id);
    // The next waiting upload's job, made now so that its file is read while others send.
    void prepareAhead(const QList<TransferItem> &items);

    ClientProvider m_clients;
    int m_parallel = 3;
    bool m_computeSha256 = false;
    bool m_closing = false;
    QHash<QString, Running> m_running; // item id → its job
    QString m_preparedId;              // the waiting upload whose job is m_prepared
    QPointer<UploadJob> m_prepared;
    const ApiClient *m_preparedWith = nullptr; // the client it was made with
};

} // namespace mediadesk
