#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QString>
#include <optional>

namespace mediadesk {

// What authenticates MediaDesk to Twilio: an Account SID with its Auth Token, or an API Key SID
// with its secret (plus the Account SID it belongs to). The secret lives here only in memory.
class Credentials
{
    Q_DECLARE_TR_FUNCTIONS(Credentials)

public:
    enum class Method { AuthToken, ApiKey };

    static Credentials authToken(const QString &accountSid, const QString &token);
    static Credentials apiKey(const QString &accountSid, const QString &keySid, const QString &secret);

    // TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN, or TWILIO_API_KEY + TWILIO_API_SECRET (preferred when
    // both are set, as Twilio recommends keys). nullopt when none is set (not a failure); a failure
    // when they are set but incomplete or malformed.
    static Result<std::optional<Credentials>> fromEnvironment(const QProcessEnvironment &env);
    static bool environmentHasAny(const QProcessEnvironment &env);

    Method method() const { return m_method; }
    const QString &accountSid() const { return m_accountSid; }
    const QString &apiKeySid() const { return m_apiKeySid; }
    const QString &secret() const { return m_secret; }

    // The Basic-auth user: the API Key SID for keys, otherwise the Account SID.
    QString username() const;
    QByteArray authorizationHeader() const; // "Basic base64(user:secret)"

    // Fine when the SIDs are well-formed and the secret is not empty; else what is wrong.
    Result<> validate() const;

private:
    Method m_method = Method::AuthToken;
    QString m_accountSid;
    QString m_apiKeySid;
    QString m_secret;
};

} // namespace mediadesk
