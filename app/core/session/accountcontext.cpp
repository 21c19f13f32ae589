#include "accountcontext.h"

#include "session/servicelist.h"
#include "store/profilestore.h"

#include <QSettings>

namespace mediadesk {

AccountContext::AccountContext(Session *session, QObject *parent)
    : QObject(parent), m_session(session), m_services(new ServiceList(this))
{
    connect(m_session, &Session::stateChanged, this, &AccountContext::onSessionState);
    connect(m_services, &ServiceList::currentChanged, this, &AccountContext::onServiceChanged);
}

ApiClient *AccountContext::client() const
{
    return isReady() ? m_session->client() : nullptr;
}

const ChatService &AccountContext::currentService() const
{
    return m_services->current();
}

std::optional<TransferOrigin> AccountContext::originFor(const QString &serviceSid) const
{
    if (m_session->state() == Session::State::Idle || serviceSid.isEmpty())
        return std::nullopt;
    return TransferOrigin{m_session->current().key(), m_session->label(), serviceSid};
}

std::optional<TransferOrigin> AccountContext::origin() const
{
    return originFor(currentService().sid);
}

void AccountContext::onSessionState(Session::State state)
{
    if (state == Session::State::Ready)
        m_services->load(m_session->client(), rememberedService(m_session->current()));
    else
        m_services->clear(); // another account is opening, or none works: its services are not ours
}

void AccountContext::onServiceChanged(const ChatService &service)
{
    if (!service.sid.isEmpty())
        rememberService(m_session->current(), service.sid);
    // A conversation belongs to one service of one account.
    const std::optional<TransferOrigin> now = origin();
    if (m_target.isSet() && (!now || now->profileKey != m_targetOrigin.profileKey ||
                             now->serviceSid != m_targetOrigin.serviceSid))
        clearSendTarget();
}

void AccountContext::setSendTarget(const SendTarget &target, const QString &label)
{
    const std::optional<TransferOrigin> now = origin();
    if (!now || !target.isSet())
        return clearSendTarget();
    m_target = target;
    m_target.body.clear(); // dropped files go without text
    m_targetLabel = label.isEmpty() ? target.conversationSid : label;
    m_targetOrigin = *now;
    emit sendTargetChanged();
}

void AccountContext::clearSendTarget()
{
    if (!m_target.isSet())
        return;
    m_target = {};
    m_targetLabel.clear();
    m_targetOrigin = {};
    emit sendTargetChanged();
}

QString AccountContext::rememberedService(const Session::Ref &ref) const
{
    ProfileStore *profiles = m_session->profiles();
    if (ref.kind == Session::Kind::Saved) {
        if (const auto p = profiles->profile(ref.name))
            return p->lastServiceSid;
        return {};
    }
    return profiles->settings().value(QStringLiteral("lastService/") + ref.key()).toString();
}

void AccountContext::rememberService(const Session::Ref &ref, const QString &serviceSid)
{
    ProfileStore *profiles = m_session->profiles();
    if (ref.kind == Session::Kind::Saved) {
        if (auto p = profiles->profile(ref.name); p && p->lastServiceSid != serviceSid) {
            p->lastServiceSid = serviceSid;
            profiles->save(*p);
        }
        return;
    }
    profiles->settings().setValue(QStringLiteral("lastService/") + ref.key(), serviceSid);
}

} // namespace mediadesk
