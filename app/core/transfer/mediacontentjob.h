#pragma once

#include "net/apiclient.h"
#include "net/job.h"
#include "twilio/media.h"

#include <optional>

namespace mediadesk {

// What every job that reads a media's bytes shares: where they come from and what happens when that
// place refuses. The bytes come through the temporary link (never with credentials) while it is
// usable, else through the authenticated /Content endpoint, whose redirect to the media host
// ApiReply follows without credentials. A link refused on use (it expired between fetch and use) is
// replaced by a fresh one once. Known metadata (a MediaSet answer, or a listing without a link)
// saves the metadata request; without it, or with a link that expired, the metadata is fetched
// first. Subclasses decide where the bytes go and what the reply means.
class MediaContentJob : public Job
{
    Q_OBJECT

public:
    const Media &media() const { return m_media; }
    int linkRefreshes() const { return qMax(0, m_metadataFetches - 1); }

protected:
    MediaContentJob(ApiClient *client, const QString &serviceSid, const QString &mediaSid,
                    std::optional<Media> known, QObject *parent);

    void run() final;

    // Before each content request, with media() set: readies what receives the bytes. An error ends
    // the job with it; a subclass that finishes the job here (nothing to fetch) sends no request.
    virtual TwilioError beginContent() = 0;
    // Adds what this job asks of the host (a Range).
    virtual void prepareRequest(ApiRequest &request) { Q_UNUSED(request) }
    virtual Result<> receive(QByteArrayView chunk) = 0;
    // The request is being sent again from its first byte (ApiReply's retry).
    virtual void restartContent() = 0;
    // The content request ended, succeeded or not; the subclass finishes, or calls
    // failOrRefreshLink() for a failure.
    virtual void contentEnded(ApiReply *reply) = 0;

    // A link refused on use gets one fresh one (the content is fetched again, beginContent()
    // included); any other failure ends the job.
    void failOrRefreshLink(const TwilioError &error);
    // Sends the content request again with the link in hand (beginContent() included).
    void fetchContentAgain() { fetchContent(); }
    const QString &serviceSid() const { return m_serviceSid; }
    const QString &mediaSid() const { return m_mediaSid; }

private:
    void fetchMetadata();
    void fetchContent();

    QString m_serviceSid;
    QString m_mediaSid;
    std::optional<Media> m_known;
    Media m_media;
    int m_metadataFetches = 0; // a known link counts as one: it is then refreshed once
    bool m_viaTemporaryLink = false;
};

} // namespace mediadesk
