#include "servicelist.h"

#include "net/conversationsapi.h"
#include "twilio/sid.h"

namespace mediadesk {

ServiceList::ServiceList(QObject *parent) : QObject(parent) {}

ServiceList::~ServiceList() = default;

bool ServiceList::isLoading() const
{
    return bool(m_job);
}

QString ServiceList::problem() const
{
    if (!m_lastError.isError())
        return {};
    return tr("The Chat Services could not be loaded: %1").arg(m_lastError.userMessage());
}

void ServiceList::clear()
{
    m_job.reset();
    const bool hadList = m_client || !m_services.isEmpty() || m_lastError.isError();
    m_client = nullptr;
    m_lastError = {};
    m_services.clear();
    if (hadList)
        emit listChanged();
    if (!m_current.sid.isEmpty())
        setCurrent({});
}

void ServiceList::load(ApiClient *client, const QString &preferredSid)
{
    clear();
    m_client = client;
    m_preferred = preferredSid;
    refresh();
}

void ServiceList::refresh()
{
    if (!m_client)
        return;
    if (!m_current.sid.isEmpty())
        m_preferred = m_current.sid;
    auto *job = m_job.reset(ConversationsApi(m_client).listServices(this));
    connect(job, &PagedListJob::pageLoaded, this, &ServiceList::pageLoaded);
    connect(job, &Job::finished, this, &ServiceList::onFinished);
    emit loadingStarted();
    job->start();
}

void ServiceList::onFinished()
{
    ListServicesJob *job = m_job.get();
    m_job.done();
    if (!job->succeeded()) {
        m_lastError = job->error();
        m_services.clear();
        emit listChanged();
        // Still usable as an entered SID after a passing failure; with refused credentials
        // nothing is, and a bare SID would look as if all were well.
        const bool refused = m_lastError.httpStatus() == 401 || m_lastError.httpStatus() == 403;
        if (!m_preferred.isEmpty() && !refused)
            (void)select(m_preferred);
        emit loadFailed(m_lastError);
        return;
    }
    m_lastError = {};
    m_services = job->services();
    emit listChanged();
    emit loaded(int(m_services.size()));
    if (!m_preferred.isEmpty() && select(m_preferred))
        return;
    if (!m_services.isEmpty())
        setCurrent(m_services.first());
}

void ServiceList::setCurrent(const ChatService &service)
{
    m_current = service;
    emit currentChanged(service);
}

Result<> ServiceList::select(const QString &sid)
{
    for (const ChatService &service : std::as_const(m_services)) {
        if (service.sid == sid.trimmed()) {
            setCurrent(service);
            return {};
        }
    }
    const auto parsed = Sid::parse(sid, SidKind::Service);
    if (!parsed)
        return Failure(parsed.problem());
    ChatService entered;
    entered.sid = parsed->toString();
    setCurrent(entered);
    return {};
}

} // namespace mediadesk
