#pragma once

#include <QCoreApplication>
#include <QObject>
#include <QPointer>

class QTimer;
namespace QKeychain {
class Job;
}

namespace mediadesk {

// One keychain operation, asynchronous, with a guard timeout and one retry when no backend
// answered (a Secret Service that is still starting up).
class KeychainJob : public QObject
{
    Q_OBJECT

public:
    enum class Operation { Read, Write, Delete };
    enum class Outcome { Pending, Ok, NotFound, Unavailable, Denied, Failed };

    ~KeychainJob() override;

    Outcome outcome() const { return m_outcome; }
    bool succeeded() const { return m_outcome == Outcome::Ok; }
    const QString &secret() const { return m_secret; }   // Read only
    const QString &problem() const { return m_problem; } // why it failed, as a sentence

signals:
    void finished();

private:
    friend class CredentialStore;
    KeychainJob(Operation op, QString key, QString profile, QString secret, int timeoutMs, int retryDelayMs,
                QObject *parent);
    void attempt();
    void onDone(QKeychain::Job *job);
    void complete(Outcome outcome, const QString &message);
    void releasePendingJob();

    Operation m_op;
    QString m_key;
    QString m_profile;
    bool m_isProfile; // false for the proxy password
    QString m_secret;
    int m_retryDelayMs;
    int m_attempts = 0;
    QTimer *m_guard;
    QPointer<QKeychain::Job> m_job;
    Outcome m_outcome = Outcome::Pending;
    QString m_problem;
};

// Secrets in the OS keychain (QtKeychain: Secret Service, KWallet, Keychain, Credential Store),
// under the service org.mediadesk.MediaDesk, one key per profile. No plaintext fallback, ever.
class CredentialStore : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *ServiceName = "org.mediadesk.MediaDesk";

    explicit CredentialStore(QObject *parent = nullptr);

    void setRetryDelayMs(int ms) { m_retryDelayMs = ms; }

    // Each starts at once; the job deletes itself after finished() unless reparented.
    KeychainJob *readSecret(const QString &profile);
    KeychainJob *writeSecret(const QString &profile, const QString &secret);
    KeychainJob *deleteSecret(const QString &profile);

    // The manual proxy's password (Settings), under its own key.
    KeychainJob *readProxyPassword();
    KeychainJob *writeProxyPassword(const QString &password);

    static QString keyFor(const QString &profile);
    static QString proxyPasswordKey() { return QStringLiteral("proxy:password"); }

private:
    KeychainJob *startJob(KeychainJob::Operation op, const QString &key, const QString &label,
                          const QString &secret);
    static constexpr int GuardTimeoutMs = 60000; // long enough for a person to answer an unlock prompt
    int m_retryDelayMs = 1500;
};

} // namespace mediadesk
