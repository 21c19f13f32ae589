#include "connectionresolver.h"

#include "net/urlpolicy.h"

namespace mediadesk {

Result<QUrl> ConnectionResolver::parseBaseUrl(const QString &text)
{
    const QUrl url = QUrl::fromUserInput(text.trimmed());
    if (!text.contains(QLatin1String("://"))) {
        return Failure(
            tr("“%1” is not a base URL; write it with its scheme, e.g. https://mcs.us1.twilio.com.")
                .arg(text));
    }
    if (const Result<> base = UrlPolicy::checkBaseUrl(url); !base)
        return Failure(base.problem());
    return Endpoints::normalisedBase(url);
}

ResolvedConnection ConnectionResolver::resolve(const ConnectionOptions &options,
                                               const QProcessEnvironment &env, const ProfileStore &profiles)
{
    ResolvedConnection result;
    auto fail = [&result](ResolvedConnection::Outcome outcome, const QString &problem) {
        result.outcome = outcome;
        result.problem = problem;
        return result;
    };

    // 1. Whose credentials. Problems here are reported after usage errors, which come first.
    QString credentialProblem;
    if (!options.profile.isEmpty()) {
        result.profile = profiles.profile(options.profile);
        if (!result.profile)
            credentialProblem = tr("There is no profile named “%1”; “mediadesk-cli profiles” lists them.")
                                    .arg(options.profile);
    } else if (Credentials::environmentHasAny(env)) {
        if (auto fromEnvironment = Credentials::fromEnvironment(env))
            result.credentials = std::move(fromEnvironment).value();
        else
            credentialProblem = fromEnvironment.problem();
    } else if (const QString name = profiles.defaultProfile(); !name.isEmpty()) {
        result.profile = profiles.profile(name);
    } else {
        credentialProblem =
            tr("No Twilio credentials: set TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN (or TWILIO_API_KEY and "
               "TWILIO_API_SECRET with TWILIO_ACCOUNT_SID), or store a profile with “mediadesk-cli login”.");
    }

    // 2. Where. Region: option, environment, profile, us1.
    QString region = options.region;
    if (region.isEmpty())
        region = env.value(QStringLiteral("MEDIADESK_REGION"));
    if (region.isEmpty() && result.profile)
        region = result.profile->region;
    const auto endpoints = Endpoints::forRegion(region);
    if (!endpoints)
        return fail(ResolvedConnection::Outcome::Usage, endpoints.problem());
    result.endpoints = *endpoints;

    auto pick = [&](const QString &option, const char *variable, const QString &fromProfile,
                    QUrl *target) -> Result<> {
        QString text = option;
        const QString fromVariable = env.value(QLatin1String(variable));
        if (text.isEmpty() && !fromVariable.isEmpty()) {
            if (result.profile) {
                //: %1 a variable such as MEDIADESK_MCS_URL, %2 the profile's name
                result.notes << tr("%1 is ignored: it goes with credentials from the environment, and the "
                                   "profile “%2” keeps its own addresses (use --mcs-url or "
                                   "--conversations-url to change them for one command).")
                                    .arg(QLatin1String(variable), result.profile->name);
            } else {
                text = fromVariable;
            }
        }
        if (text.isEmpty() && result.profile)
            text = fromProfile;
        if (text.isEmpty())
            return {};
        const Result<QUrl> url = parseBaseUrl(text);
        if (!url)
            return Failure(url.problem());
        *target = *url;
        return {};
    };
    if (const Result<> mcs = pick(options.mcsUrl, "MEDIADESK_MCS_URL",
                                  result.profile ? result.profile->mcsUrl : QString(), &result.endpoints.mcs);
        !mcs)
        return fail(ResolvedConnection::Outcome::Usage, mcs.problem());
    if (const Result<> conversations = pick(options.conversationsUrl, "MEDIADESK_CONVERSATIONS_URL",
                                            result.profile ? result.profile->conversationsUrl : QString(),
                                            &result.endpoints.conversations);
        !conversations)
        return fail(ResolvedConnection::Outcome::Usage, conversations.problem());

    if (!credentialProblem.isEmpty())
        return fail(ResolvedConnection::Outcome::NoCredentials, credentialProblem);
    return result;
}

} // namespace mediadesk
