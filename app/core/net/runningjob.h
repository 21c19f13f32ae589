#pragma once

#include "net/job.h"

#include <QPointer>

namespace mediadesk {

// Stops a job that is no longer wanted: its signals to receiver are cut (so none of its results
// arrive), it is aborted (it lets go of its connection and any partial file) and deleted on the
// next turn of the event loop. Nothing when job is null.
inline void stopJob(Job *job, QObject *receiver)
{
    if (!job)
        return;
    job->disconnect(receiver);
    job->abort();
    job->deleteLater();
}

// The one job of a kind that something runs at a time (a look-up, a page of a list, a link): a new
// one, reset() or the owner's end stops the one before with stopJob(), so an older job's results
// never arrive. When the job ends on its own, done() lets it go (deleted later). receiver is the
// object the job's signals are connected to, normally the owner.
template<typename T = Job> class RunningJob
{
public:
    explicit RunningJob(QObject *receiver) : m_receiver(receiver) {}
    ~RunningJob() { reset(); }
    RunningJob(const RunningJob &) = delete;
    RunningJob &operator=(const RunningJob &) = delete;

    T *get() const { return m_job.data(); }
    T *operator->() const { return m_job.data(); }
    explicit operator bool() const { return !m_job.isNull(); }
    bool is(const Job *job) const { return job && m_job.data() == job; }

    // Stops the job held (if any) and holds this one (not started yet, or running).
    T *reset(T *job = nullptr)
    {
        T *before = m_job.data();
        m_job = job;
        if (before != job)
            stopJob(before, m_receiver);
        return job;
    }
    // The job held finished: it is let go and deleted later; its results stay readable until then.
    void done()
    {
        if (T *job = m_job.data())
            job->deleteLater();
        m_job = nullptr;
    }

private:
    QObject *m_receiver;
    QPointer<T> m_job;
};

} // namespace mediadesk
