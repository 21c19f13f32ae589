#pragma once

#include "twilio/media.h"
#include "twilio/twilioerror.h"

#include <QList>
#include <QObject>
#include <QPointer>
#include <functional>

namespace mediadesk {

class ApiClient;
class Job;
class MediaSetJob;

// Fetches many media of one service, the way Twilio's bulk call is meant to be used: their
// temporary links come in batches (MediaSetJob), only a little ahead of the fetches that use them
// (links expire within minutes: more are asked for only while fewer than twice `parallel` wait
// with one; a batch may bring up to 50), and at most `parallel`
// fetch jobs run at once. A media MediaSet gave no link for goes to its fetch job as listed, which
// then gets its own; one MediaSet said it does not have is gone. Each media added ends in exactly
// one of fetched, gone (MediaSet's 404 or its fetch's), failed or dropped (it waited past
// maxWaiting). Used by the conversation export and the thumbnails.
class MediaFetchQueue : public QObject
{
    Q_OBJECT

public:
    enum class Order {
        AsAdded,     // an export: every media, in the order of its messages
        NewestFirst, // thumbnails: what was painted last is on screen now
    };
    struct Options
    {
        int parallel = 4;     // fetch jobs at once
        int linkRequests = 1; // MediaSet requests in flight
        int firstBatch = 50;  // SIDs in the first MediaSet request (small: the first fetch starts sooner)
        Order order = Order::AsAdded;
        int maxWaiting = 0; // media waiting for a link; beyond it the oldest are dropped (0: no bound)
    };
    // The job that fetches one media, not started, given its metadata: a MediaSet answer with a
    // temporary link, or as it was added (without one).
    using FetchFactory = std::function<Job *(const Media &media, QObject *parent)>;

    MediaFetchQueue(FetchFactory factory, Options options, QObject *parent = nullptr);
    ~MediaFetchQueue() override;

    // Fetches from now on with this client in this service; everything waiting or running is
    // dropped without a report.
    void setSource(ApiClient *client, const QString &serviceSid);
    void setParallel(int n);
    int parallel() const { return m_options.parallel; }

    // A media to fetch, as listed: its SID and whatever metadata is known, no link. Work starts
    // when the event loop next turns, so the media added at once share their MediaSet requests.
    void add(const Media &media);
    // Stops everything (fetches remove their partial files); nothing more is reported.
    void clear();
    // The fetches under way (made by the factory), e.g. to tell them how to stop.
    QList<Job *> runningFetches() const;

    bool isIdle() const;
    int linkRequests() const { return m_linkRequests; } // MediaSet requests made
    int fetchesRunning() const { return int(m_fetches.size()); }
    int mostFetchesAtOnce() const { return m_mostFetches; }

signals:
    // job succeeded; it is deleted after this returns.
    void fetched(const QString &mediaSid, mediadesk::Job *job);
    void gone(const QString &mediaSid);
    void failed(const QString &mediaSid, const mediadesk::TwilioError &error);
    void dropped(const QString &mediaSid);
    // A MediaSet request is tried again (a fetch job's own retries are its own).
    void retrying(int nextAttempt, int delayMs, const mediadesk::TwilioError &reason);

private:
    void pump();
    void onLinks(MediaSetJob *job, const QList<Media> &asked);
    void onFetched(Job *job, const QString &mediaSid);
    bool dropOverflow(); // false when a receiver cleared or deleted the queue meanwhile

    FetchFactory m_factory;
    Options m_options;
    QPointer<ApiClient> m_client;
    QString m_serviceSid;
    QList<Media> m_needLinks;
    QList<Media> m_linked; // with a link, or without one when MediaSet gave none
    QList<QPointer<MediaSetJob>> m_linkJobs;
    QList<QPointer<Job>> m_fetches;
    bool m_pumpQueued = false;
    int m_unreported = 0;     // ended media whose report is still to be emitted
    quint64 m_generation = 0; // counts clear(): reports of an earlier generation go unsaid
    int m_linkRequests = 0;
    int m_mostFetches = 0;
};

} // namespace mediadesk
