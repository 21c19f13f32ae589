#pragma once

#include "session/session.h"
#include "transfer/transferitem.h"
#include "twilio/chatservice.h"

#include <QObject>
#include <optional>

namespace mediadesk {

class ApiClient;
class ServiceList;

// Where work goes now: the open account (Session), its Chat Services and the one chosen
// (ServiceList), and the conversation that uploads go on to (the send target). Everything that
// queues work (a drop, Add Files…, a download, an export, a send) asks it for the origin; nothing
// reads "the current service" from a widget. It remembers the service last used with each account,
// opens it again when the account is ready, and lets go of a send target that no longer belongs to
// the account and service.
class AccountContext : public QObject
{
    Q_OBJECT

public:
    explicit AccountContext(Session *session, QObject *parent = nullptr);

    Session *session() const { return m_session; }
    ServiceList *services() const { return m_services; }
    ApiClient *client() const; // nullptr until the account is ready
    bool isReady() const { return m_session->state() == Session::State::Ready; }
    const ChatService &currentService() const;

    // The account and service new work goes to; nullopt while no account or no service is chosen.
    // (An account still connecting is a destination: its items wait until it is ready.)
    std::optional<TransferOrigin> origin() const;
    // The same for a service other than the chosen one (a library row's, a look-up's).
    std::optional<TransferOrigin> originFor(const QString &serviceSid) const;

    // The conversation every uploaded file goes on to, until cleared or the account or service
    // changes. label names it as people know it.
    const SendTarget &sendTarget() const { return m_target; }
    const QString &sendTargetLabel() const { return m_targetLabel; }
    void setSendTarget(const SendTarget &target, const QString &label);
    void clearSendTarget();

    QString rememberedService(const Session::Ref &ref) const;

signals:
    void sendTargetChanged();

private:
    void onSessionState(Session::State state);
    void onServiceChanged(const ChatService &service);
    void rememberService(const Session::Ref &ref, const QString &serviceSid);

    Session *m_session;
    ServiceList *m_services;
    SendTarget m_target;
    QString m_targetLabel;
    TransferOrigin m_targetOrigin; // the account and service the target's conversation is in
};

} // namespace mediadesk
