#include "conversationexportjob.h"

#include "logging.h"
#include "net/conversationsapi.h"
#include "net/runningjob.h"
#include "transfer/downloadjob.h"
#include "transfer/mediafetchqueue.h"

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
    MediaFetchQueue::Options options;
    options.parallel = m_request.parallel;
    options.linkRequests = MaxLinkRequests;
    options.firstBatch = FirstLinkBatch;
    m_fetches = new MediaFetchQueue(
        [this](const Media &media, QObject *owner) { return makeDownload(media, owner); }, options, this);
    m_fetches->setSource(client, m_request.serviceSid);
    connect(m_fetches, &MediaFetchQueue::retrying, this, &Job::retrying);
    connect(m_fetches, &MediaFetchQueue::fetched, this, &ConversationExportJob::onDownloaded);
    connect(m_fetches, &MediaFetchQueue::gone, this, &ConversationExportJob::onGone);
    connect(m_fetches, &MediaFetchQueue::failed, this, &ConversationExportJob::onDownloadFailed);
}

int ConversationExportJob::bulkRequests() const
{
    return m_fetches->linkRequests();
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
    m_pages = ConversationsApi(client()).listMessagesNewestFirst(m_request.serviceSid,
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
            Pending pending{message->sid, media, m_folder.fileNameFor(*message, media)};
            if (m_folder.isComplete(media.sid, media.size)) {
                ++m_skipped;
                m_folder.setStatus(media.sid, ExportFolder::Status::Done, {}, media.size);
                emit mediaSaved(media.sid, message->sid, m_folder.filePath(pending.fileName), media.size,
                                true);
                reportProgress();
                continue;
            }
            m_pending.insert(media.sid, pending);
            m_fetches->add(Media::known(media.sid, m_request.serviceSid, media.filename.value_or(QString()),
                                        media.contentType, media.size));
        }
    }
    // Newest first: what is left is older than asked for, or none of the chosen messages remain.
    const bool allFound =
        !m_request.messageSids.isEmpty() && m_wantedFound.size() >= m_request.messageSids.size();
    if ((older || allFound) && m_pages && m_pages->isRunning())
        stopPaging();
}

void ConversationExportJob::stopPaging()
{
    m_pagingDone = true;
    stopJob(m_pages, this);
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

Job *ConversationExportJob::makeDownload(const Media &media, QObject *parent)
{
    DownloadRequest request;
    request.serviceSid = m_request.serviceSid;
    request.mediaSid = media.sid;
    request.destination = m_folder.filePath(m_pending.value(media.sid).fileName);
    // The name is this export's (made unique, or its own from before); a partial file of it is
    // what an earlier run of this export left.
    request.onConflict = ConflictPolicy::Overwrite;
    request.resume = true;
    request.known = media;
    return new DownloadJob(client(), request, parent);
}

void ConversationExportJob::onDownloaded(const QString &mediaSid, Job *job)
{
    const Pending pending = m_pending.take(mediaSid);
    const auto *download = static_cast<DownloadJob *>(job); // made by makeDownload()
    ++m_saved;
    m_folder.setStatus(mediaSid, ExportFolder::Status::Done, {}, download->bytesWritten());
    emit mediaSaved(mediaSid, pending.messageSid, download->path(), download->bytesWritten(), false);
    reportProgress();
    saveManifestSoon();
    finishWhenDone();
}

void ConversationExportJob::onGone(const QString &mediaSid)
{
    const Pending pending = m_pending.take(mediaSid);
    markFailed(pending, ExportFolder::Status::Missing,
               tr("Twilio no longer has %1 (“%2”), which the message lists; it may have been deleted.")
                   .arg(mediaSid, pending.fileName));
    finishWhenDone();
}

void ConversationExportJob::onDownloadFailed(const QString &mediaSid, const TwilioError &error)
{
    const Pending pending = m_pending.take(mediaSid);
    markFailed(pending, ExportFolder::Status::Failed,
               tr("“%1” (%2) was not saved: %3").arg(pending.fileName, mediaSid, error.userMessage()));
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
    if (isFinished() || !m_pagingDone || !m_fetches->isIdle() || !m_pending.isEmpty())
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

void ConversationExportJob::suspend()
{
    for (Job *job : m_fetches->runningFetches())
        static_cast<DownloadJob *>(job)->keepPartialWhenAborted(); // made by makeDownload()
    abort();
}

void ConversationExportJob::abort()
{
    if (!isRunning())
        return;
    stopJob(m_pages, this);
    m_fetches->clear(); // a download removes its partial file
    m_pending.clear();
    (void)m_folder.saveManifest(); // what is complete stays complete for the next run
    finish(TwilioError::make(TwilioError::Kind::Cancelled, TwilioError::tr("Cancelled.")));
}

} // namespace mediadesk
