#pragma once

#include "net/job.h"
#include "twilio/media.h"

namespace mediadesk {

// The first bytes of a media's content, for a preview: fetched through the temporary link (never
// with credentials), or the content link when Twilio gave none, at most maxBytes of them (a Range
// request, and a hard stop if the host sends more). A link that expired or is refused is replaced
// by a fresh one once.
class PreviewJob : public Job
{
    Q_OBJECT

public:
    PreviewJob(ApiClient *client, const Media &media, qint64 maxBytes, QObject *parent = nullptr);

    const QByteArray &data() const { return m_data; }
    // True when data() holds the whole content, not only its beginning.
    bool isComplete() const { return m_complete; }
    const Media &media() const { return m_media; }

protected:
    void run() override;

private:
    void fetchLink();
    void fetchContent();

    Media m_media;
    qint64 m_maxBytes;
    QByteArray m_data;
    bool m_complete = false;
    bool m_enough = false;
    bool m_refreshedLink = false;
};

} // namespace mediadesk
