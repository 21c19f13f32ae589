#pragma once

#include "store/profilestore.h"

#include <QCoreApplication>
#include <QHash>
#include <QObject>

namespace mediadesk {

class ApiClient;
class CredentialStore;
class SandboxProcess;

// The account the window works with right now: a saved profile (secret from the keychain), the
// Environment profile (TWILIO_* variables, never saved), or the Sandbox (a local emulator). It
// owns the ApiClient that everything else uses, and says when it is ready.
class Session : public QObject
{
    Q_OBJECT

public:
    enum class Kind { Saved, Environment, Sandbox };
    enum class State { Idle, Connecting, Ready, Failed };
    struct Ref
    {
        Kind kind = Kind::Sandbox;
        QString name; // saved profiles only
        friend bool operator==(const Ref &a, const Ref &b) { return a.kind == b.kind && a.name == b.name; }

        // How a profile is named where it is persisted (the transfer queue, the window's
        // settings): "saved:NAME", "environment" or "sandbox". fromKey() reads it back;
        // nullopt for anything else.
        QString key() const;
        static std::optional<Ref> fromKey(const QString &key);
    };

    Session(ProfileStore *profiles, CredentialStore *keychain, QObject *parent = nullptr);
    ~Session() override;

    ApiClient *client() const { return m_client; }
    SandboxProcess *sandbox() const { return m_sandbox; }
    ProfileStore *profiles() const { return m_profiles; }
    CredentialStore *keychain() const { return m_keychain; }

    void activate(const Ref &ref);
    void deactivate(); // no account: back to Idle, no credentials
    const Ref &current() const { return m_current; }
    // As recorded in the library and the queue: the profile's name, "Environment" or "Sandbox".
    QString label() const;
    State state() const { return m_state; }
    const QString &problem() const { return m_error; } // why it failed ("" unless Failed)
    QString region() const;

    static bool environmentAvailable();
    // A secret kept in memory for this run only, for when no keychain is available.
    void useSecretForThisRun(const QString &profile, const QString &secret);
    bool hasSecretForThisRun(const QString &profile) const { return m_memorySecrets.contains(profile); }
    void forgetSecretForThisRun(const QString &profile) { m_memorySecrets.remove(profile); }

signals:
    void stateChanged(mediadesk::Session::State state);
    // The keychain could not be reached for this profile; message says why.
    void keychainUnavailable(const QString &profile, const QString &message);

private:
    void setState(State state, const QString &error = {});
    void activateSaved(const QString &name, quint64 generation);
    void activateEnvironment();
    void activateSandbox(quint64 generation);

    ProfileStore *m_profiles;
    CredentialStore *m_keychain;
    ApiClient *m_client;
    SandboxProcess *m_sandbox;
    Ref m_current;
    State m_state = State::Idle;
    QString m_error;
    quint64 m_generation = 0; // results of an older activation are ignored
    QHash<QString, QString> m_memorySecrets;
};

} // namespace mediadesk
