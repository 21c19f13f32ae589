#pragma once

#include "net/job.h"
#include "twilio/media.h"

#include <QCoreApplication>

namespace mediadesk {

class ApiClient;

// The Media Content Service: its URLs and the jobs that read one media's metadata. The URLs are
// built like the official SDKs do ({base}/v1/Services/{IS}/Media/{ME}) rather than from links in
// responses, from the client's endpoints.
class McsUrls
{
public:
    explicit McsUrls(ApiClient *client) : m_client(client) {}

    QUrl mediaCollectionUrl(const QString &serviceSid) const;
    QUrl mediaUrl(const QString &serviceSid, const QString &mediaSid) const;
    QUrl mediaSetUrl(const QString &serviceSid) const; // the bulk call (MediaSetJob)
    // ?Filename= percent-encoded as UTF-8 with '+' as %2B and space as %20 (what MCS and the Console expect).
    static QString encodeQueryValue(const QString &value);

private:
    ApiClient *m_client;
};

// GET one Media resource. Every successful fetch carries a freshly minted temporary link.
class FetchMediaJob : public Job
{
    Q_OBJECT

public:
    FetchMediaJob(ApiClient *client, const QString &serviceSid, const QString &mediaSid,
                  QObject *parent = nullptr);

    const Media &media() const { return m_media; }
    const QString &serviceSid() const { return m_serviceSid; }
    const QString &mediaSid() const { return m_mediaSid; }

protected:
    void run() override;

private:
    QString m_serviceSid;
    QString m_mediaSid;
    Media m_media;
};

// A temporary content link that is valid now: fetches the media and checks its Expires.
class TemporaryUrlJob : public Job
{
    Q_OBJECT

public:
    TemporaryUrlJob(ApiClient *client, const QString &serviceSid, const QString &mediaSid,
                    QObject *parent = nullptr);

    QUrl url() const { return m_media.temporaryUrl; }
    QDateTime expiresAt() const { return m_media.temporaryUrlExpiresAt; }
    const Media &media() const { return m_media; }

protected:
    void run() override;

private:
    void fetch();
    QString m_serviceSid;
    QString m_mediaSid;
    Media m_media;
    int m_fetches = 0;
};

} // namespace mediadesk
