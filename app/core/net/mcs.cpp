#include "mcs.h"

#include "apiclient.h"
#include "apireply.h"
#include "clock.h"
#include "urlpolicy.h"

namespace mediadesk {

QUrl McsUrls::mediaCollectionUrl(const QString &serviceSid) const
{
    return m_client->endpoints().mcsUrl(QStringLiteral("/v1/Services/%1/Media").arg(serviceSid));
}

QUrl McsUrls::mediaSetUrl(const QString &serviceSid) const
{
    return m_client->endpoints().mcsUrl(QStringLiteral("/v1/Services/%1/MediaSet").arg(serviceSid));
}

QUrl McsUrls::mediaUrl(const QString &serviceSid, const QString &mediaSid) const
{
    return m_client->endpoints().mcsUrl(QStringLiteral("/v1/Services/%1/Media/%2").arg(serviceSid, mediaSid));
}

QString McsUrls::encodeQueryValue(const QString &value)
{
    // toPercentEncoding leaves only unreserved characters (A–Z a–z 0–9 - . _ ~) raw, so '+', '&',
    // '=' and space are all escaped and no server can mistake '+' for a space.
    return QString::fromLatin1(value.toUtf8().toPercentEncoding());
}

FetchMediaJob::FetchMediaJob(ApiClient *client, const QString &serviceSid, const QString &mediaSid,
                             QObject *parent)
    : Job(client, parent), m_serviceSid(serviceSid), m_mediaSid(mediaSid)
{}

void FetchMediaJob::run()
{
    ApiRequest request;
    request.url = McsUrls(client()).mediaUrl(m_serviceSid, m_mediaSid);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    sendForJson(
        request, [this](const QByteArray &body) { return Media::fromJson(body, client()->endpoints().mcs); },
        [this](Media media, ApiReply *) {
            m_media = std::move(media);
            finish();
        });
}

TemporaryUrlJob::TemporaryUrlJob(ApiClient *client, const QString &serviceSid, const QString &mediaSid,
                                 QObject *parent)
    : Job(client, parent), m_serviceSid(serviceSid), m_mediaSid(mediaSid)
{}

void TemporaryUrlJob::run()
{
    fetch();
}

void TemporaryUrlJob::fetch()
{
    ++m_fetches;
    auto *fetchJob = new FetchMediaJob(client(), m_serviceSid, m_mediaSid, this);
    connect(fetchJob, &Job::retrying, this, &Job::retrying);
    connect(fetchJob, &Job::finished, this, [this, fetchJob] {
        fetchJob->deleteLater();
        if (isFinished())
            return; // aborted meanwhile
        if (!fetchJob->succeeded()) {
            finish(fetchJob->error());
            return;
        }
        m_media = fetchJob->media();
        if (m_media.temporaryUrl.isEmpty()) {
            finish(TwilioError::make(TwilioError::Kind::InvalidResponse,
                                     QCoreApplication::translate(
                                         "TemporaryUrlJob", "Twilio did not include a temporary link for %1.")
                                         .arg(m_mediaSid)));
            return;
        }
        if (const Result<> transport = UrlPolicy::checkTransport(m_media.temporaryUrl); !transport) {
            finish(TwilioError::make(TwilioError::Kind::InsecureUrl, transport.problem(),
                                     m_media.temporaryUrl.host()));
            return;
        }
        // A link that is already (nearly) dead is never handed out: one more fetch mints a new one.
        if (!m_media.hasUsableTemporaryUrl(Clock::nowUtc())) {
            if (m_fetches < 2) {
                fetch();
                return;
            }
            finish(TwilioError::make(TwilioError::Kind::InvalidResponse,
                                     QCoreApplication::translate(
                                         "TemporaryUrlJob",
                                         "The temporary link Twilio returned has already expired; check that "
                                         "this computer's clock is correct.")));
            return;
        }
        finish();
    });
    fetchJob->start();
}

} // namespace mediadesk
