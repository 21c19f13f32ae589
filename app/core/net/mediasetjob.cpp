#include "mediasetjob.h"

#include "net/apiclient.h"
#include "net/apireply.h"
#include "net/mcs.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace mediadesk {

MediaSetJob::MediaSetJob(ApiClient *client, const QString &serviceSid, const QStringList &mediaSids,
                         QObject *parent)
    : Job(client, parent), m_serviceSid(serviceSid), m_sids(mediaSids)
{
    m_sids.removeDuplicates();
}

void MediaSetJob::run()
{
    if (m_sids.isEmpty()) {
        finish();
        return;
    }
    fetch(0);
}

void MediaSetJob::fetch(qsizetype from)
{
    const QStringList asked = m_sids.mid(from, MaxPerRequest);
    QJsonArray list;
    for (const QString &sid : asked)
        list.append(QJsonObject{{QStringLiteral("media_sid"), sid}});
    const QByteArray body = QJsonDocument(QJsonObject{{QStringLiteral("command"), QStringLiteral("get")},
                                                      {QStringLiteral("list"), list}})
                                .toJson(QJsonDocument::Compact);
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = McsUrls(client()).mediaSetUrl(m_serviceSid);
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.headers.append({QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/json")});
    request.setBody(body);
    sendForJson(
        request, [this, asked](const QByteArray &reply) { return read(reply, asked); },
        [this, from, asked](bool, ApiReply *) {
            emit progress(m_media.size() + m_failures.size(), m_sids.size());
            const qsizetype next = from + asked.size();
            if (next < m_sids.size())
                fetch(next);
            else
                finish();
        });
}

Result<bool> MediaSetJob::read(const QByteArray &body, const QStringList &asked)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isArray())
        return Failure(tr("Twilio's MediaSet reply could not be read (%1).")
                           .arg(parseError.error != QJsonParseError::NoError ? parseError.errorString()
                                                                             : tr("not a JSON array")));
    const QJsonArray items = doc.array();
    const QSet<QString> wanted(asked.begin(), asked.end());
    QSet<QString> answered;
    for (qsizetype i = 0; i < items.size(); ++i) {
        const QJsonObject item = items.at(i).toObject();
        const int code = item.value(QLatin1String("code")).toInt();
        const QJsonObject record = item.value(QLatin1String("media_record")).toObject();
        // A failed item may name its media or not: then it is the one asked for at its place.
        QString sid = record.value(QLatin1String("sid")).toString();
        if (sid.isEmpty())
            sid = item.value(QLatin1String("media_sid")).toString();
        if (sid.isEmpty() && items.size() == asked.size())
            sid = asked.at(i);
        if (!wanted.contains(sid) || answered.contains(sid))
            continue; // not asked for: never trusted
        answered.insert(sid);
        if (code != 200 || record.isEmpty()) {
            m_failures.insert(sid, code);
            continue;
        }
        Result<Media> parsed = Media::fromJsonObject(record, client()->endpoints().mcs);
        if (!parsed || parsed->sid != sid) {
            m_failures.insert(sid, 0);
            continue;
        }
        Media media = std::move(parsed).value();
        if (media.serviceSid.isEmpty())
            media.serviceSid = m_serviceSid;
        m_media.insert(sid, media);
    }
    for (const QString &sid : asked) {
        if (!answered.contains(sid))
            m_failures.insert(sid, 0); // left out of the reply
    }
    return true; // (what was read is in m_media and m_failures)
}

} // namespace mediadesk
