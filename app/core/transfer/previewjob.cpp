#include "previewjob.h"

#include "clock.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "net/mcsclient.h"

namespace mediadesk {

PreviewJob::PreviewJob(ApiClient *client, const Media &media, qint64 maxBytes, QObject *parent)
    : Job(client, parent), m_media(media), m_maxBytes(qMax<qint64>(1, maxBytes))
{}

void PreviewJob::run()
{
    // Without a temporary link in the metadata there is none to refresh: the authenticated content
    // link serves (its redirect to the media host is followed without credentials).
    if (m_media.hasUsableTemporaryUrl(Clock::nowUtc()) || m_media.temporaryUrl.isEmpty())
        fetchContent();
    else
        fetchLink();
}

void PreviewJob::fetchLink()
{
    auto *link = new TemporaryUrlJob(client(), m_media.serviceSid, m_media.sid, this);
    connect(link, &Job::finished, this, [this, link] {
        link->deleteLater();
        if (isFinished())
            return;
        if (!link->succeeded()) {
            finish(link->error());
            return;
        }
        m_media = link->media();
        fetchContent();
    });
    link->start();
}

void PreviewJob::fetchContent()
{
    m_data.clear();
    m_enough = false;
    ApiRequest request;
    if (!m_media.temporaryUrl.isEmpty()) {
        request.url = m_media.temporaryUrl;
        request.authenticate = false; // the signed link is its own authorisation
    } else {
        request.url = m_media.contentUrl;
        if (request.url.isEmpty()) {
            request.url = McsClient(client()).mediaUrl(m_media.serviceSid, m_media.sid);
            request.url.setPath(request.url.path() + QStringLiteral("/Content"));
        }
    }
    if (m_media.size < 0 || m_media.size > m_maxBytes)
        request.headers.append({"Range", "bytes=0-" + QByteArray::number(m_maxBytes - 1)});
    // A host that ignores Range sends everything: the preview stops reading at the cap.
    request.bodySink = [this](QByteArrayView chunk) -> Result<> {
        const qint64 room = m_maxBytes - m_data.size();
        m_data.append(chunk.first(qMin<qint64>(room, chunk.size())));
        emit progress(m_data.size(), qMin(m_maxBytes, m_media.size));
        if (m_data.size() >= m_maxBytes && (m_media.size < 0 || m_media.size > m_maxBytes)) {
            m_enough = true;
            return Failure(tr("The preview has all the bytes it shows."));
        }
        return {};
    };
    request.resetSink = [this] { m_data.clear(); };
    send(request, [this](ApiReply *reply) {
        if (m_enough) {
            m_complete = false;
            finish();
            return;
        }
        if (!reply->succeeded()) {
            const TwilioError &e = reply->error();
            if (e.isRefusedLink() && !m_refreshedLink && !m_media.temporaryUrl.isEmpty()) {
                m_refreshedLink = true; // one fresh link, then give up
                fetchLink();
                return;
            }
            finish(e);
            return;
        }
        m_complete = reply->status() == 200 || (m_media.size >= 0 && m_data.size() >= m_media.size);
        finish();
    });
}

} // namespace mediadesk
