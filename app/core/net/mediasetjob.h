#pragma once

#include "net/job.h"
#include "twilio/media.h"

#include <QHash>
#include <QStringList>

namespace mediadesk {

// The Media resources of many media of one service at once, each with a fresh temporary link:
// POST {mcs}/v1/Services/{IS}/MediaSet with {"command":"get","list":[{"media_sid":"ME…"},…]}, the
// bulk call Twilio's own SDKs use. The reply is an array of {"code":200,"media_record":{…}}; an
// item with another code is a media the service could not give (404: it has none by that SID).
// More SIDs than MaxPerRequest go in several requests, one after the other. The job succeeds when
// every request was answered; which media came back and which did not is then in media() and
// failures().
class MediaSetJob : public Job
{
    Q_OBJECT

public:
    static constexpr int MaxPerRequest = 50;

    MediaSetJob(ApiClient *client, const QString &serviceSid, const QStringList &mediaSids,
                QObject *parent = nullptr);

    const QHash<QString, Media> &media() const { return m_media; }
    // SID → the item's code (404 when the service has no such media; 0 when the reply left it out).
    const QHash<QString, int> &failures() const { return m_failures; }
    // MediaSet said the media is not there (its item's 404): Twilio deleted it.
    bool isGone(const QString &mediaSid) const { return m_failures.value(mediaSid) == 404; }

protected:
    void run() override;

private:
    void fetch(qsizetype from);
    // Reads one reply's array into m_media and m_failures; a failure when it is none.
    Result<bool> read(const QByteArray &body, const QStringList &asked);

    QString m_serviceSid;
    QStringList m_sids;
    QHash<QString, Media> m_media;
    QHash<QString, int> m_failures;
};

} // namespace mediadesk
