#include "credentials.h"

#include "sid.h"

namespace mediadesk {

Credentials Credentials::authToken(const QString &accountSid, const QString &token)
{
    Credentials c;
    c.m_method = Method::AuthToken;
    c.m_accountSid = accountSid.trimmed();
    c.m_secret = token;
    return c;
}

Credentials Credentials::apiKey(const QString &accountSid, const QString &keySid, const QString &secret)
{
    Credentials c;
    c.m_method = Method::ApiKey;
    c.m_accountSid = accountSid.trimmed();
    c.m_apiKeySid = keySid.trimmed();
    c.m_secret = secret;
    return c;
}

bool Credentials::environmentHasAny(const QProcessEnvironment &env)
{
    for (const char *name :
         {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "TWILIO_API_KEY", "TWILIO_API_SECRET"}) {
        if (!env.value(QLatin1String(name)).isEmpty())
            return true;
    }
    return false;
}

Result<std::optional<Credentials>> Credentials::fromEnvironment(const QProcessEnvironment &env)
{
    if (!environmentHasAny(env))
        return std::nullopt;
    const QString account = env.value(QStringLiteral("TWILIO_ACCOUNT_SID"));
    const QString token = env.value(QStringLiteral("TWILIO_AUTH_TOKEN"));
    const QString key = env.value(QStringLiteral("TWILIO_API_KEY"));
    const QString keySecret = env.value(QStringLiteral("TWILIO_API_SECRET"));

    Credentials c;
    if (!key.isEmpty() && !keySecret.isEmpty())
        c = apiKey(account, key, keySecret);
    else if (!account.isEmpty() && !token.isEmpty())
        c = authToken(account, token);
    else {
        return Failure(
            tr("The TWILIO_* environment variables are incomplete: set TWILIO_ACCOUNT_SID with "
               "TWILIO_AUTH_TOKEN, or TWILIO_ACCOUNT_SID with TWILIO_API_KEY and TWILIO_API_SECRET."));
    }
    if (const Result<> valid = c.validate(); !valid)
        return Failure(valid.problem());
    return c;
}

QString Credentials::username() const
{
    return m_method == Method::ApiKey ? m_apiKeySid : m_accountSid;
}

QByteArray Credentials::authorizationHeader() const
{
    return QByteArrayLiteral("Basic ") + (username() + QLatin1Char(':') + m_secret).toUtf8().toBase64();
}

Result<> Credentials::validate() const
{
    if (m_accountSid.isEmpty()) {
        return Failure(m_method == Method::ApiKey
                           ? tr("An API key also needs the Account SID (AC…) it belongs to.")
                           : tr("The Account SID (AC…) is missing."));
    }
    if (const auto account = Sid::parse(m_accountSid, SidKind::Account); !account)
        return Failure(account.problem());
    if (m_method == Method::ApiKey) {
        if (const auto key = Sid::parse(m_apiKeySid, SidKind::ApiKey); !key)
            return Failure(key.problem());
        if (m_secret.isEmpty())
            return Failure(tr("The API key secret is empty."));
    } else if (m_secret.isEmpty()) {
        return Failure(tr("The Auth Token is empty."));
    }
    return {};
}

} // namespace mediadesk
