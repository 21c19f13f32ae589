#include "job.h"

#include "apiclient.h"
#include "apireply.h"

namespace mediadesk {

Job::Job(ApiClient *client, QObject *parent) : QObject(parent), m_client(client) {}

Job::~Job()
{
    if (m_current) {
        m_current->disconnect(this);
        delete m_current;
    }
}

void Job::start()
{
    if (m_started)
        return;
    m_started = true;
    run();
}

void Job::abort()
{
    // finish() marks the job finished before it aborts the reply, so nothing the reply still
    // delivers while stopping can reach the job again.
    finish(TwilioError::make(TwilioError::Kind::Cancelled, TwilioError::tr("Cancelled.")));
}

ApiReply *Job::send(ApiRequest request, std::function<void(ApiReply *)> onDone)
{
    if (m_current) {
        m_current->disconnect(this);
        m_current->deleteLater();
    }
    ApiReply *reply = m_client->send(std::move(request));
    reply->setParent(this);
    m_current = reply;
    connect(reply, &ApiReply::retrying, this, &Job::retrying);
    connect(reply, &ApiReply::finished, this, [this, reply, onDone = std::move(onDone)] {
        if (!m_finished)
            onDone(reply);
    });
    return reply;
}

void Job::finish(const TwilioError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_error = error;
    if (m_current) {
        m_current->disconnect(this);
        if (!m_current->isFinished())
            m_current->abort();
    }
    emit finished();
}

} // namespace mediadesk
