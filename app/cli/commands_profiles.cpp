// profiles, login, logout
#include "clirunner.h"
#include "twilio/endpoints.h"

#include <QEventLoop>

namespace mediadesk::cli {

namespace {
bool waitForKeychain(KeychainJob *job)
{
    QEventLoop loop;
    QObject::connect(job, &KeychainJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    return job->succeeded();
}
} // namespace

int Runner::profiles()
{
    const QString defaultName = m_profiles.defaultProfile();
    const QStringList names = m_profiles.names();
    if (names.isEmpty() && !m_console.json)
        m_console.info(tr("No profiles yet; add one with “mediadesk-cli login NAME --account-sid AC…”."));
    for (const QString &name : names) {
        const auto p = m_profiles.profile(name);
        if (!p)
            continue;
        const bool apiKey = p->method == Credentials::Method::ApiKey;
        if (m_console.json) {
            m_console.jsonResult(
                {{QStringLiteral("name"), p->name},
                 {QStringLiteral("region"), p->region},
                 {QStringLiteral("method"),
                  apiKey ? QStringLiteral("api-key") : QStringLiteral("auth-token")},
                 {QStringLiteral("account_sid"), p->accountSid},
                 {QStringLiteral("api_key_sid"), apiKey ? QJsonValue(p->apiKeySid) : QJsonValue()},
                 {QStringLiteral("default"), name == defaultName}});
        } else {
            m_console.result(QStringLiteral("%1%2  %3  %4  %5")
                                 .arg(name == defaultName ? QStringLiteral("* ") : QStringLiteral("  "), name,
                                      p->region, p->accountSid,
                                      apiKey ? tr("API key %1").arg(p->apiKeySid) : tr("Auth Token")));
        }
    }
    return ExitOk;
}

int Runner::login()
{
    const QString name = m_inv.operands.value(0);
    if (const Result<> valid = ProfileStore::validateName(name); !valid) {
        m_console.error(valid.problem());
        return ExitUsage;
    }
    int exitCode = ExitOk;
    if (!sidOrUsage(m_inv.accountSid, SidKind::Account, &exitCode))
        return exitCode;
    if (!m_inv.apiKey.isEmpty() && !sidOrUsage(m_inv.apiKey, SidKind::ApiKey, &exitCode))
        return exitCode;
    const auto endpoints = Endpoints::forRegion(m_inv.connection.region);
    if (!endpoints) {
        m_console.error(endpoints.problem());
        return ExitUsage;
    }

    Profile profile;
    profile.name = name;
    profile.region = endpoints->region;
    profile.accountSid = m_inv.accountSid.trimmed();
    profile.method = m_inv.apiKey.isEmpty() ? Credentials::Method::AuthToken : Credentials::Method::ApiKey;
    profile.apiKeySid = m_inv.apiKey.trimmed();
    if (const auto existing = m_profiles.profile(name))
        profile.lastServiceSid = existing->lastServiceSid;

    const QString secret = Console::readSecret(profile.method == Credentials::Method::ApiKey
                                                   ? tr("API key secret for “%1”: ").arg(name)
                                                   : tr("Auth Token for “%1”: ").arg(name));
    if (secret.isEmpty()) {
        m_console.error(tr("No secret was given on standard input; nothing was saved."));
        return ExitUsage;
    }
    KeychainJob *write = m_keychain.writeSecret(name, secret);
    if (!waitForKeychain(write)) {
        m_console.error(write->problem() + QLatin1Char(' ') + tr("The profile was not saved."));
        return ExitNoCredentials;
    }
    m_profiles.save(profile);
    if (m_inv.makeDefault || m_profiles.defaultProfile().isEmpty())
        m_profiles.setDefaultProfile(name);
    m_console.info(tr("Saved the profile “%1”; its secret is in the system keychain.").arg(name));
    return ExitOk;
}

int Runner::logout()
{
    const QString name = m_inv.operands.value(0);
    if (!m_profiles.profile(name)) {
        m_console.error(tr("There is no profile named “%1”.").arg(name));
        return ExitFailed;
    }
    KeychainJob *remove = m_keychain.deleteSecret(name);
    if (!waitForKeychain(remove)) {
        // Keep the profile: removing it now would orphan a secret nobody could find again.
        m_console.error(remove->problem() + QLatin1Char(' ') + tr("The profile was kept."));
        return ExitNoCredentials;
    }
    m_profiles.remove(name);
    m_console.info(tr("Removed the profile “%1” and its keychain entry.").arg(name));
    return ExitOk;
}

} // namespace mediadesk::cli
