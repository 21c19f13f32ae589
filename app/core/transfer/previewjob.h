#pragma once

#include "transfer/mediacontentjob.h"

namespace mediadesk {

// The first bytes of a media's content, for a preview or a thumbnail: at most maxBytes of them (a
// Range request, and a hard stop if the host sends more), fetched as MediaContentJob says: through
// the temporary link, or the content link when the metadata has none.
class PreviewJob : public MediaContentJob
{
    Q_OBJECT

public:
    PreviewJob(ApiClient *client, const Media &media, qint64 maxBytes, QObject *parent = nullptr);

    const QByteArray &data() const { return m_data; }
    // True when data() holds the whole content, not only its beginning.
    bool isComplete() const { return m_complete; }

protected:
    TwilioError beginContent() override;
    void prepareRequest(ApiRequest &request) override;
    Result<> receive(QByteArrayView chunk) override;
    void restartContent() override { m_data.clear(); }
    void contentEnded(ApiReply *reply) override;

private:
    qint64 m_maxBytes;
    QByteArray m_data;
    bool m_complete = false;
    bool m_enough = false;
};

} // namespace mediadesk
