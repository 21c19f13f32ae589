#include "conversationexportjob.h"

#include "logging.h"
#include "net/conversationsclient.h"
#include "net/mediasetjob.h"
#include "transfer/downloadjob.h"

namespace mediadesk {

namespace {
constexpr int FirstLinkBatch = 10; // small, so the first downloads start at once
constexpr int ManifestSaveMs = 1000;

} // namespace

ConversationExportJob::ConversationExportJob(ApiClient *client, ExportRequest request, QObject *parent)
    : Job(client, parent)
    , m_request(std::move(request))
    , m_folder(m_request.folder, m_request.serviceSid, m_request.conversationSid)
{
    m_request.parallel = qBound(1, m_request.parallel, 16);
}

ConversationExportJob::~ConversationExportJob()
{
    // Gone mid-export (the window closed): what is complete stays complete for the next run.
    if (isRunning())
        (void)m_folder.saveManifest();
}

void ConversationExportJob::run()
{
    if (const Result<> opened = m_folder.open(); !opened) {
        finish(TwilioError::make(TwilioError::Kind::File, opened.problem()));
        return;
    }
    m_sinceSave.start();
    m_pages = ConversationsClient(client()).listMessagesNewestFirst(m_request.serviceSid,
                                                                    m_request.conversationSid, 100, this);
    connect(m_pages, &Job::retrying, this, &Job::retrying);
    connect(m_pages, &PagedListJob::pageLoaded, this, &ConversationExportJob::onPage);
    connect(m_pages, &Job::finished, this, &ConversationExportJob::onPagingFinished);
    m_pages->start();
}

void ConversationExportJob::onPage()
{
    const QList<QJsonObject> &items = m_pages->items();
    bool older = false;
    for (; m_read < items.size(); ++m_read) {
        const std::optional<ConversationMessage> message = ConversationMessage::fromJson(items.at(m_read));
        if (!message || message->media.isEmpty())
            continue;
        if (!m_request.messageSids.isEmpty() && !m_request.messageSids.contains(message->sid))
            continue;
        if (!m_request.messageSids.isEmpty())
            m_wantedFound.insert(message->sid); // a message listed twice (pages shifted) counts once
        if (m_request.since.isValid() && message->dateCreated.isValid() &&
            message->dateCreated < m_request.since) {
            older = true; // newest first: the rest are older still
            continue;
        }
        ++m_messages;
        m_folder.addMessage(*message);
        for (const MessageMedia &media : message->media) {
            if (m_seen.contains(media.sid))
                continue;
            m_seen.insert(media.sid);
            Pending pending{message->sid, media, m_folder.fileNameFor(*message, media), std::nullopt};
            if (m_folder.isComplete(media.sid, media.size)) {
                ++m_skipped;
                m_folder.setStatus(media.sid, ExportFolder::Status::Done, {}, media.size);
                emit mediaSaved(media.sid, message->sid, m_folder.filePath(pending.fileName), media.size,
                                true);
                reportProgress();
                continue;
            }
            m_needLinks.append(pending);
        }
    }
    fetchLinks();
    // Newest first: what is left is older than asked for, or none of the chosen messages remain.
    const bool allFound =
        !m_request.messageSids.isEmpty() && m_wantedFound.size() >= m_request.messageSids.size();
    if ((older || allFound) && m_pages && m_pages->isRunning())
        stopPaging();
}

void ConversationExportJob::stopPaging()
{
    m_pagingDone = true;
    m_pages->disconnect(this);
    m_pages->abort();
    m_pages->deleteLater();
    reportProgress();
    finishWhenDone();
}

void ConversationExportJob::reportProgress()
{
    emit progress(handled(), total());
}

void ConversationExportJob::onPagingFinished()
{
    m_pages->deleteLater();
    m_pagingDone = true;
    if (!m_pages->succeeded())
        m_pagingError = m_pages->error();
    reportProgress();
    finishWhenDone();
}

void ConversationExportJob::fetchLinks()
{
    // Links expire within minutes: fetch them only a little ahead of the downloads that use them.
    const int wanted = m_request.parallel * 2;
    while (m_linkJobs.size() < MaxLinkRequests && !m_needLinks.isEmpty() && m_ready.size() < wanted) {
        const int batch = m_bulkRequests == 0 ? FirstLinkBatch : MediaSetJob::MaxPerRequest;
        const QList<Pending> asked = m_needLinks.mid(0, batch);
        m_needLinks.remove(0, asked.size());
        QStringList sids;
        for (const Pending &p : asked)
            sids.append(p.media.sid);
        auto *job = new MediaSetJob(client(), m_request.serviceSid, sids, this);
        ++m_bulkRequests;
        m_linkJobs.append(job);
        connect(job, &Job::retrying, this, &Job::retrying);
        connect(job, &Job::finished, this, [this, job, asked] { onLinks(job, asked); });
        job->start();
    }
    startDownloads();
}

void ConversationExportJob::onLinks(MediaSetJob *job, const QList<Pending> &asked)
{
    job->deleteLater();
    m_linkJobs.removeAll(job);
    if (!job->succeeded())
        qCInfo(lcTransfer).noquote() << "MediaSet failed, fetching one by one:" << job->error().logSummary();
    for (Pending pending : asked) {
        if (job->succeeded()) {
            if (const auto it = job->media().constFind(pending.media.sid); it != job->media().constEnd()) {
                pending.known = *it;
            } else if (job->isGone(pending.media.sid)) {
                markFailed(pending, ExportFolder::Status::Missing,
                           tr("Twilio no longer has %1 (“%2”), which the message lists; it may have been "
                              "deleted.")
                               .arg(pending.media.sid, pending.fileName));
                continue;
            }
        }
        // Without a link (MediaSet gave none, or failed as a whole) the download fetches its own.
        m_ready.append(pending);
    }
    fetchLinks();
    finishWhenDone();
}

void ConversationExportJob::startDownloads()
{
    while (m_downloads.size() < m_request.parallel && !m_ready.isEmpty()) {
        const Pending pending = m_ready.takeFirst();
        DownloadRequest request;
        request.serviceSid = m_request.serviceSid;
        request.mediaSid = pending.media.sid;
        request.destination = m_folder.filePath(pending.fileName);
        request.overwrite = true; // the name is this export's (made unique, or its own from before)
        request.known = pending.known;
        auto *download = new DownloadJob(client(), request, this);
        m_downloads.append(download);
        connect(download, &Job::finished, this,
                [this, download, pending] { onDownloaded(download, pending); });
        download->start();
    }
}

void ConversationExportJob::onDownloaded(DownloadJob *job, const Pending &pending)
{
    job->deleteLater();
    m_downloads.removeAll(job);
    if (job->succeeded()) {
        ++m_saved;
        m_folder.setStatus(pending.media.sid, ExportFolder::Status::Done, {}, job->bytesWritten());
        emit mediaSaved(pending.media.sid, pending.messageSid, job->path(), job->bytesWritten(), false);
        reportProgress();
        saveManifestSoon();
    } else if (job->error().isNotFound()) {
        markFailed(pending, ExportFolder::Status::Missing,
                   tr("Twilio no longer has %1 (“%2”), which the message lists; it may have been deleted.")
                       .arg(pending.media.sid, pending.fileName));
    } else {
        markFailed(pending, ExportFolder::Status::Failed,
                   tr("“%1” (%2) was not saved: %3")
                       .arg(pending.fileName, pending.media.sid, job->error().userMessage()));
    }
    fetchLinks();
    finishWhenDone();
}

void ConversationExportJob::markFailed(const Pending &pending, ExportFolder::Status status,
                                       const QString &message)
{
    if (status == ExportFolder::Status::Missing)
        ++m_missing;
    else
        ++m_failed;
    m_folder.setStatus(pending.media.sid, status, message);
    emit mediaFailed(pending.media.sid, pending.messageSid, message);
    reportProgress();
    saveManifestSoon();
}

void ConversationExportJob::saveManifestSoon()
{
    // Often enough that a stopped export resumes where it was, not so often that it costs.
    if (m_sinceSave.elapsed() < ManifestSaveMs)
        return;
    m_sinceSave.restart();
    (void)m_folder.saveManifest(); // a manifest that cannot be written fails the final save, said then
}

void ConversationExportJob::finishWhenDone()
{
    if (isFinished() || !m_pagingDone || !m_needLinks.isEmpty() || !m_ready.isEmpty() ||
        !m_linkJobs.isEmpty() || !m_downloads.isEmpty())
        return;
    if (const Result<> saved = m_folder.saveManifest(); !saved) {
        finish(TwilioError::make(TwilioError::Kind::File, saved.problem()));
        return;
    }
    if (m_pagingError.isError()) {
        finish(m_pagingError);
        return;
    }
    finish();
}

void ConversationExportJob::abort()
{
    if (!isRunning())
        return;
    if (m_pages) {
        m_pages->disconnect(this);
        m_pages->abort();
    }
    const auto stop = [this](Job *job) {
        if (job) {
            job->disconnect(this);
            job->abort(); // a download removes its partial file
        }
    };
    for (const auto &job : std::as_const(m_linkJobs))
        stop(job);
    for (const auto &job : std::as_const(m_downloads))
        stop(job);
    m_linkJobs.clear();
    m_downloads.clear();
    (void)m_folder.saveManifest(); // what is complete stays complete for the next run
    finish(TwilioError::make(TwilioError::Kind::Cancelled, TwilioError::tr("Cancelled.")));
}

} // namespace mediadesk
