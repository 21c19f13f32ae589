#include "mediacontentjob.h"

#include "clock.h"
#include "net/apireply.h"
#include "net/mcs.h"

namespace mediadesk {

namespace {
constexpr int MaxMetadataFetches = 2; // the first, plus one refresh of a refused link
} // namespace

MediaContentJob::MediaContentJob(ApiClient *client, const QString &serviceSid, const QString &mediaSid,
                                 std::optional<Media> known, QObject *parent)
    : Job(client, parent), m_serviceSid(serviceSid), m_mediaSid(mediaSid), m_known(std::move(known))
{
    if (m_known && m_known->sid != m_mediaSid)
        m_known.reset(); // another media's metadata is no use
}

void MediaContentJob::run()
{
    if (m_known && (m_known->temporaryUrl.isEmpty() || m_known->hasUsableTemporaryUrl(Clock::nowUtc()))) {
        // A usable link, or none at all: then there is none to refresh and /Content serves.
        ++m_metadataFetches;
        m_media = *m_known;
        fetchContent();
        return;
    }
    fetchMetadata();
}

void MediaContentJob::fetchMetadata()
{
    ++m_metadataFetches;
    auto *fetch = new FetchMediaJob(client(), m_serviceSid, m_mediaSid, this);
    connect(fetch, &Job::retrying, this, &Job::retrying);
    connect(fetch, &Job::finished, this, [this, fetch] {
        fetch->deleteLater();
        if (isFinished())
            return; // aborted meanwhile
        if (!fetch->succeeded()) {
            finish(fetch->error());
            return;
        }
        m_media = fetch->media();
        fetchContent();
    });
    fetch->start();
}

void MediaContentJob::fetchContent()
{
    if (const TwilioError problem = beginContent(); problem.isError()) {
        finish(problem);
        return;
    }
    if (isFinished())
        return;
    ApiRequest request;
    m_viaTemporaryLink = m_media.hasUsableTemporaryUrl(Clock::nowUtc());
    if (m_viaTemporaryLink) {
        request.url = m_media.temporaryUrl;
        request.authenticate = false; // the signed link is its own authorisation
    } else {
        request.url = m_media.contentUrl;
        if (request.url.isEmpty()) {
            request.url = McsUrls(client()).mediaUrl(m_serviceSid, m_mediaSid);
            request.url.setPath(request.url.path() + QStringLiteral("/Content"));
        }
    }
    prepareRequest(request);
    request.bodySink = [this](QByteArrayView chunk) { return receive(chunk); };
    request.resetSink = [this] { restartContent(); };
    send(request, [this](ApiReply *reply) { contentEnded(reply); });
}

void MediaContentJob::failOrRefreshLink(const TwilioError &error)
{
    if (m_viaTemporaryLink && error.isRefusedLink() && m_metadataFetches < MaxMetadataFetches) {
        fetchMetadata(); // the link expired between fetch and use: mint a new one
        return;
    }
    finish(error);
}

} // namespace mediadesk
