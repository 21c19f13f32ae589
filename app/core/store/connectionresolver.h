#pragma once

#include "result.h"
#include "store/profilestore.h"
#include "twilio/credentials.h"
#include "twilio/endpoints.h"

#include <QCoreApplication>
#include <QProcessEnvironment>
#include <QStringList>
#include <optional>

namespace mediadesk {

// What a command line or the window asked for.
struct ConnectionOptions
{
    QString profile; // --profile
    QString region;  // --region
    QString mcsUrl;  // --mcs-url
    QString conversationsUrl;
};

// Where to connect and with what, decided by this precedence: --profile, else the TWILIO_*
// environment, else the default profile; URL options beat MEDIADESK_* variables, which beat the
// profile's region. The MEDIADESK_*_URL variables only ever go with credentials from the
// environment: a saved profile's secret is not sent wherever a variable left in the shell points
// (say, a plaintext loopback port some other program now owns); the URL options still apply.
struct ResolvedConnection
{
    // Usage: an option or variable is wrong (the CLI's exit 2); NoCredentials: none to connect with (3).
    enum class Outcome { Resolved, Usage, NoCredentials };

    Outcome outcome = Outcome::Resolved;
    QString problem; // the sentence that says why it is not Resolved
    Endpoints endpoints;
    std::optional<Credentials> credentials; // set when they came from the environment
    std::optional<Profile> profile;         // set when the secret must come from the keychain
    QStringList notes;                      // what was ignored and why, for the user
};

class ConnectionResolver
{
    Q_DECLARE_TR_FUNCTIONS(ConnectionResolver)

public:
    static ResolvedConnection resolve(const ConnectionOptions &options, const QProcessEnvironment &env,
                                      const ProfileStore &profiles);
    // Parses and checks one base URL; a failure when it is not an allowed origin.
    static Result<QUrl> parseBaseUrl(const QString &text);
};

} // namespace mediadesk
