#include "session.h"

#include "net/apiclient.h"
#include "sandboxprocess.h"
#include "store/connectionresolver.h"
#include "store/credentialstore.h"

#include <QProcessEnvironment>

namespace mediadesk {

QString Session::Ref::key() const
{
    switch (kind) {
    case Kind::Saved:
        return QStringLiteral("saved:") + name;
    case Kind::Environment:
        return QStringLiteral("environment");
    case Kind::Sandbox:
        return QStringLiteral("sandbox");
    }
    return {};
}

std::optional<Session::Ref> Session::Ref::fromKey(const QString &key)
{
    if (key == QLatin1String("sandbox"))
        return Ref{Kind::Sandbox, {}};
    if (key == QLatin1String("environment"))
        return Ref{Kind::Environment, {}};
    if (key.startsWith(QLatin1String("saved:")) && key.size() > 6)
        return Ref{Kind::Saved, key.mid(6)};
    return std::nullopt;
}

Session::Session(ProfileStore *profiles, CredentialStore *keychain, QObject *parent)
    : QObject(parent)
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_client(new ApiClient(this))
    , m_sandbox(new SandboxProcess(this))
{}

Session::~Session() = default;

bool Session::environmentAvailable()
{
    return Credentials::environmentHasAny(QProcessEnvironment::systemEnvironment());
}

QString Session::region() const
{
    return m_client->endpoints().region;
}

void Session::setState(State state, const QString &error)
{
    m_error = error;
    m_state = state;
    emit stateChanged(state);
}

void Session::useSecretForThisRun(const QString &profile, const QString &secret)
{
    m_memorySecrets.insert(profile, secret);
}

void Session::activate(const Ref &ref)
{
    const quint64 generation = ++m_generation;
    m_current = ref;
    m_client->setCredentials(std::nullopt);
    setState(State::Connecting);
    switch (ref.kind) {
    case Kind::Saved:
        activateSaved(ref.name, generation);
        break;
    case Kind::Environment:
        activateEnvironment();
        break;
    case Kind::Sandbox:
        activateSandbox(generation);
        break;
    }
}

void Session::deactivate()
{
    ++m_generation;
    m_current = {};
    m_client->setCredentials(std::nullopt);
    setState(State::Idle);
}

void Session::activateEnvironment()
{
    // The Environment profile is built from the variables alone, never from saved profiles.
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const ResolvedConnection resolved = ConnectionResolver::resolve({}, env, *m_profiles);
    if (resolved.outcome != ResolvedConnection::Outcome::Resolved || !resolved.credentials) {
        setState(State::Failed, resolved.problem);
        return;
    }
    m_client->setEndpoints(resolved.endpoints);
    m_client->setCredentials(resolved.credentials);
    setState(State::Ready);
}

void Session::activateSandbox(quint64 generation)
{
    auto ready = [this](const QUrl &url) {
        Endpoints e;
        e.region = QStringLiteral("sandbox");
        e.mcs = url;
        e.conversations = url;
        m_client->setEndpoints(e);
        m_client->setCredentials(
            Credentials::authToken(SandboxProcess::accountSid(), m_sandbox->authToken()));
        setState(State::Ready);
    };
    if (m_sandbox->state() == SandboxProcess::State::Running) {
        ready(m_sandbox->baseUrl());
        return;
    }
    auto *context = new QObject(this);
    connect(m_sandbox, &SandboxProcess::started, context,
            [this, context, generation, ready](const QUrl &url) {
                context->deleteLater();
                if (generation == m_generation)
                    ready(url);
            });
    connect(m_sandbox, &SandboxProcess::failed, context, [this, context, generation](const QString &message) {
        context->deleteLater();
        if (generation == m_generation)
            setState(State::Failed, message);
    });
    m_sandbox->start();
}

void Session::activateSaved(const QString &name, quint64 generation)
{
    const auto profile = m_profiles->profile(name);
    if (!profile) {
        setState(State::Failed, tr("The profile “%1” no longer exists.").arg(name));
        return;
    }
    const auto endpoints = profile->endpoints();
    if (!endpoints) {
        setState(State::Failed, endpoints.problem());
        return;
    }
    m_client->setEndpoints(*endpoints);

    if (const auto secret = m_memorySecrets.constFind(name); secret != m_memorySecrets.constEnd()) {
        m_client->setCredentials(profile->withSecret(*secret));
        setState(State::Ready);
        return;
    }
    KeychainJob *read = m_keychain->readSecret(name);
    connect(read, &KeychainJob::finished, this, [this, read, generation, profile = *profile] {
        if (generation != m_generation)
            return;
        switch (read->outcome()) {
        case KeychainJob::Outcome::Ok:
            m_client->setCredentials(profile.withSecret(read->secret()));
            setState(State::Ready);
            return;
        case KeychainJob::Outcome::Unavailable:
            setState(State::Failed, read->problem());
            emit keychainUnavailable(profile.name, read->problem());
            return;
        default:
            setState(State::Failed, read->problem());
            return;
        }
    });
}

QString Session::label() const
{
    return m_current.kind == Kind::Saved         ? m_current.name
           : m_current.kind == Kind::Environment ? QStringLiteral("Environment")
                                                 : QStringLiteral("Sandbox");
}

} // namespace mediadesk
