#pragma once

#include "net/job.h"
#include "transfer/exportfolder.h"
#include "twilio/media.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QPointer>
#include <QSet>

namespace mediadesk {

class MediaFetchQueue;
class PagedListJob;

struct ExportRequest
{
    QString serviceSid;
    QString conversationSid;
    QString folder;
    QDateTime since; // UTC; messages older than this are left out (invalid: all)
    // Only these messages (IM… SIDs); empty: every message. Paging stops once all were read.
    QSet<QString> messageSids;
    int parallel = 4;
};

// Exports the media of a conversation into a folder (ExportFolder: safe, unique names and a
// manifest). It pages the messages newest first and, while the next page loads, hands a page's
// media to a MediaFetchQueue (links in bulk, up to `parallel` DownloadJobs at once). Media already complete
// from an earlier run are skipped. The job succeeds when every message was read; each media's
// fate is reported as it is known (mediaSaved, mediaFailed) and kept in the manifest.
class ConversationExportJob : public Job
{
    Q_OBJECT

public:
    static constexpr int MaxLinkRequests = 2; // MediaSet requests in flight

    ConversationExportJob(ApiClient *client, ExportRequest request, QObject *parent = nullptr);
    ~ConversationExportJob() override;

    void abort() override;
    void suspend() override; // as abort(), its partial files kept for the next run

    const ExportFolder &folder() const { return m_folder; }
    int messagesWithMedia() const { return m_messages; }
    int saved() const { return m_saved; }
    int skipped() const { return m_skipped; }
    int failed() const { return m_failed; }
    int missing() const { return m_missing; } // listed by a message, gone from the service
    int bulkRequests() const;                 // MediaSet requests made
    int handled() const { return m_saved + m_skipped + m_failed + m_missing; }
    // Media to export: those known so far, while messages are still being read.
    int total() const { return int(m_seen.size()); }

signals:
    // skipped: its file was complete from an earlier export.
    void mediaSaved(const QString &mediaSid, const QString &messageSid, const QString &path, qint64 size,
                    bool skipped);
    void mediaFailed(const QString &mediaSid, const QString &messageSid, const QString &message);

protected:
    void run() override;

private:
    struct Pending
    {
        QString messageSid;
        MessageMedia media;
        QString fileName;
    };
    void onPage();
    void onPagingFinished();
    Job *makeDownload(const Media &media, QObject *parent);
    void onDownloaded(const QString &mediaSid, Job *job);
    void onGone(const QString &mediaSid);
    void onDownloadFailed(const QString &mediaSid, const TwilioError &error);
    void markFailed(const Pending &pending, ExportFolder::Status status, const QString &message);
    void stopPaging();
    void reportProgress(); // progress(handled, total)
    void saveManifestSoon();
    void finishWhenDone();

    ExportRequest m_request;
    ExportFolder m_folder;
    QPointer<PagedListJob> m_pages;
    qsizetype m_read = 0; // messages of m_pages handled so far
    bool m_pagingDone = false;
    TwilioError m_pagingError;
    MediaFetchQueue *m_fetches;
    QHash<QString, Pending> m_pending; // by media SID: handed to m_fetches, not ended yet
    QSet<QString> m_seen;              // media SIDs handled (a media listed twice is exported once)
    QElapsedTimer m_sinceSave;
    int m_messages = 0;
    QSet<QString> m_wantedFound; // of m_request.messageSids, read so far
    int m_saved = 0;
    int m_skipped = 0;
    int m_failed = 0;
    int m_missing = 0;
};

} // namespace mediadesk
