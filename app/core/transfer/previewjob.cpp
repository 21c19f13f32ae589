#include "previewjob.h"

#include "net/apireply.h"

namespace mediadesk {

PreviewJob::PreviewJob(ApiClient *client, const Media &media, qint64 maxBytes, QObject *parent)
    : MediaContentJob(client, media.serviceSid, media.sid, media, parent)
    , m_maxBytes(qMax<qint64>(1, maxBytes))
{}

TwilioError PreviewJob::beginContent()
{
    m_data.clear();
    m_enough = false;
    return {};
}

void PreviewJob::prepareRequest(ApiRequest &request)
{
    if (media().size < 0 || media().size > m_maxBytes)
        request.headers.append({"Range", "bytes=0-" + QByteArray::number(m_maxBytes - 1)});
}

Result<> PreviewJob::receive(QByteArrayView chunk)
{
    // A host that ignores Range sends everything: the preview stops reading at the cap.
    const qint64 room = m_maxBytes - m_data.size();
    m_data.append(chunk.first(qMin<qint64>(room, chunk.size())));
    emit progress(m_data.size(), qMin(m_maxBytes, media().size));
    if (m_data.size() >= m_maxBytes && (media().size < 0 || media().size > m_maxBytes)) {
        m_enough = true;
        return Failure(tr("The preview has all the bytes it shows."));
    }
    return {};
}

void PreviewJob::contentEnded(ApiReply *reply)
{
    if (m_enough) {
        m_complete = false;
        finish();
        return;
    }
    if (!reply->succeeded()) {
        failOrRefreshLink(reply->error());
        return;
    }
    m_complete = reply->status() == 200 || (media().size >= 0 && m_data.size() >= media().size);
    finish();
}

} // namespace mediadesk
