#include "credentialstore.h"

#include "logging.h"

#include <QCoreApplication>
#include <QPointer>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace mediadesk {

KeychainJob::KeychainJob(Operation op, QString key, QString profile, QString secret, int timeoutMs,
                         int retryDelayMs, QObject *parent)
    : QObject(parent)
    , m_op(op)
    , m_key(std::move(key))
    , m_profile(std::move(profile))
    , m_isProfile(m_key != CredentialStore::proxyPasswordKey())
    , m_secret(std::move(secret))
    , m_retryDelayMs(retryDelayMs)
    , m_guard(new QTimer(this))
{
    m_guard->setSingleShot(true);
    m_guard->setInterval(timeoutMs);
    connect(m_guard, &QTimer::timeout, this, [this] {
        releasePendingJob(); // the backend may still answer (an unlock prompt left open)
        complete(Outcome::Unavailable,
                 tr("The keychain did not answer within %1 seconds. Make sure it is running and unlocked.")
                     .arg(m_guard->interval() / 1000));
    });
}

namespace {
// QtKeychain 0.13 runs jobs one at a time through a queue that keeps raw pointers to them, and
// libsecret calls back into a running job when its D-Bus call ends: a job deleted while queued or
// running crashes later (seen as QKeychain::Job::emitFinished on freed memory). So a job is never
// deleted while the application runs: it is parked here, a few hundred bytes per keychain call, and
// freed with the application object.
QObject *retiredJobs()
{
    static QPointer<QObject> holder;
    if (!holder) {
        holder = new QObject(QCoreApplication::instance());
        holder->setObjectName(QStringLiteral("retiredKeychainJobs"));
    }
    return holder;
}

void retire(QKeychain::Job *job, QObject *owner)
{
    job->disconnect(owner); // only our connections: QtKeychain's own queue still listens
    job->setParent(retiredJobs());
}
} // namespace

KeychainJob::~KeychainJob()
{
    releasePendingJob();
}

void KeychainJob::releasePendingJob()
{
    if (!m_job)
        return;
    retire(m_job, this);
    m_job = nullptr;
}

void KeychainJob::attempt()
{
    ++m_attempts;
    const QString service = QLatin1String(CredentialStore::ServiceName);
    QKeychain::Job *job = nullptr;
    switch (m_op) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(service, this);
        break;
    case Operation::Write: {
        auto *write = new QKeychain::WritePasswordJob(service, this);
        write->setTextData(m_secret);
        job = write;
        break;
    }
    case Operation::Delete:
        job = new QKeychain::DeletePasswordJob(service, this);
        break;
    }
    job->setAutoDelete(false);
    job->setInsecureFallback(false); // never plaintext
    job->setKey(m_key);
    m_job = job;
    connect(job, &QKeychain::Job::finished, this, &KeychainJob::onDone);
    if (!m_guard->isActive())
        m_guard->start();
    job->start();
}

void KeychainJob::onDone(QKeychain::Job *job)
{
    if (m_job == job)
        m_job = nullptr;
    const QKeychain::Error error = job->error();
    const QString detail = job->errorString();
    const QString readSecret = m_op == Operation::Read && error == QKeychain::NoError
                                   ? static_cast<QKeychain::ReadPasswordJob *>(job)->textData()
                                   : QString();
    retire(job, this);
    if (m_outcome != Outcome::Pending)
        return;
    switch (error) {
    case QKeychain::NoError:
        m_secret = readSecret;
        complete(Outcome::Ok, {});
        return;
    case QKeychain::EntryNotFound:
        if (m_op == Operation::Delete) { // already gone is what we wanted
            complete(Outcome::Ok, {});
            return;
        }
        complete(Outcome::NotFound, m_isProfile
                                        ? tr("No secret is stored in the keychain for the profile “%1”. "
                                             "Log in again to store it.")
                                              .arg(m_profile)
                                        : tr("No proxy password is stored in the keychain."));
        return;
    case QKeychain::AccessDeniedByUser:
        complete(Outcome::Denied,
                 m_isProfile
                     ? tr("Access to the keychain was refused, so the secret for “%1” could not be "
                          "used. Allow MediaDesk when the keychain asks.")
                           .arg(m_profile)
                     : tr("Access to the keychain was refused, so the proxy password could not be used. "
                          "Allow MediaDesk when the keychain asks."));
        return;
    case QKeychain::AccessDenied:
        complete(Outcome::Denied,
                 tr("The keychain denied access (%1). Unlock it and try again.").arg(detail));
        return;
    case QKeychain::CouldNotDeleteEntry:
        complete(Outcome::Failed,
                 m_isProfile
                     ? tr("The keychain could not delete the secret for “%1” (%2).").arg(m_profile, detail)
                     : tr("The keychain could not delete the proxy password (%1).").arg(detail));
        return;
    case QKeychain::NoBackendAvailable:
    case QKeychain::NotImplemented:
    case QKeychain::OtherError:
        // On Linux this is how "no Secret Service" looks with QtKeychain 0.13. A backend that is still
        // starting gets one more chance.
        if (m_attempts < 2) {
            qCInfo(lcKeychain).noquote().nospace()
                << "no keychain answered (" << detail << "); asking again in " << m_retryDelayMs << " ms";
            QTimer::singleShot(m_retryDelayMs, this, &KeychainJob::attempt);
            return;
        }
        complete(
            Outcome::Unavailable,
            tr("No keychain is available (%1). MediaDesk keeps secrets only in the system keychain: start "
               "and unlock GNOME Keyring, KWallet or another Secret Service.")
                .arg(detail));
        return;
    }
    complete(Outcome::Failed, tr("The keychain failed: %1.").arg(detail));
}

void KeychainJob::complete(Outcome outcome, const QString &message)
{
    if (m_outcome != Outcome::Pending)
        return;
    m_guard->stop();
    m_outcome = outcome;
    m_problem = message;
    // The entry's name and what became of it; never the secret.
    qCDebug(lcKeychain).noquote().nospace()
        << (m_op == Operation::Read    ? "read"
            : m_op == Operation::Write ? "write"
                                       : "delete")
        << " " << (m_isProfile ? m_profile : QStringLiteral("proxy password")) << ": outcome " << int(outcome)
        << " after " << m_attempts << " attempt(s)";
    if (m_op != Operation::Read || outcome != Outcome::Ok)
        m_secret.clear();
    emit finished();
    deleteLater();
}

CredentialStore::CredentialStore(QObject *parent) : QObject(parent) {}

QString CredentialStore::keyFor(const QString &profile)
{
    return QStringLiteral("profile:") + profile;
}

KeychainJob *CredentialStore::startJob(KeychainJob::Operation op, const QString &key, const QString &label,
                                       const QString &secret)
{
    auto *job = new KeychainJob(op, key, label, secret, GuardTimeoutMs, m_retryDelayMs, this);
    QMetaObject::invokeMethod(job, &KeychainJob::attempt, Qt::QueuedConnection);
    return job;
}

KeychainJob *CredentialStore::readSecret(const QString &profile)
{
    return startJob(KeychainJob::Operation::Read, keyFor(profile), profile, {});
}

KeychainJob *CredentialStore::writeSecret(const QString &profile, const QString &secret)
{
    return startJob(KeychainJob::Operation::Write, keyFor(profile), profile, secret);
}

KeychainJob *CredentialStore::deleteSecret(const QString &profile)
{
    return startJob(KeychainJob::Operation::Delete, keyFor(profile), profile, {});
}

KeychainJob *CredentialStore::readProxyPassword()
{
    return startJob(KeychainJob::Operation::Read, proxyPasswordKey(), {}, {});
}

KeychainJob *CredentialStore::writeProxyPassword(const QString &password)
{
    if (password.isEmpty())
        return startJob(KeychainJob::Operation::Delete, proxyPasswordKey(), {}, {});
    return startJob(KeychainJob::Operation::Write, proxyPasswordKey(), {}, password);
}

} // namespace mediadesk
