// Command line and run-time settings of mediadesk-emulator.
#pragma once

#include "faults.h"

#include <QString>
#include <QStringList>
#include <cstdint>
#include <string>
#include <vector>

class QJsonObject;

namespace mdemu {

// Settings that POST /_emulator/config may change while the server runs.
struct Settings
{
    int64_t ttlSeconds = 300;     // lifetime of content_direct_temporary links
    int contentMode = 302;        // GET …/Content: 302 or 307 redirect, or 200 with the bytes
    bool html413 = false;         // 413 as an nginx-like HTML page instead of JSON
    int64_t throttle = 0;         // bytes per second for request bodies and media content; 0 = off
    int64_t maxSize = 157286400;  // upload limit in bytes (150 MiB)
    bool acceptEmptyBody = false; // empty uploads: accept (size 0) or reject with 400
    bool utcDates = false;        // MCS dates with "Z" instead of the Pacific offset
    bool absoluteUrls = false;    // url / links.content absolute instead of relative
    bool withAccountSid = false;  // add account_sid to the Media JSON
    bool withCategory = true;     // false: no "category" key, as in answers captured in 2020
    int64_t unattachedTtl = 0;    // seconds before media not attached to a message is deleted; 0 = never
    std::string mediaOrigin;      // origin written into temporary links (a relay in front); empty: our own
    // What content replies carry to validate a Range: "etag" (ETag and Last-Modified, as CloudFront),
    // "last_modified" (only that) or "none".
    std::string contentValidators = "etag";
    bool ranges = true; // false: Range is ignored and every content reply is a whole 200
};

// settings with the keys of a JSON object applied (ttl, content_mode, html_413, throttle, max_size,
// empty_body, utc_dates, absolute_urls, with_account_sid, with_category, unattached_ttl,
// media_origin, content_validators, ranges). Unknown keys and bad values are failures.
mediadesk::Result<Settings> applySettingsJson(const QJsonObject &object, Settings settings);
std::string settingsToJson(const Settings &settings);

struct Credentials
{
    std::string accountSid = "AC5a7db0c0ffee5a7db0c0ffee5a7db0c0";
    std::string authToken = "sandbox-auth-token-not-a-secret";
    std::string apiKey = "SK5a7db0c0ffee5a7db0c0ffee5a7db0c1";
    std::string apiSecret = "sandbox-api-secret-not-a-secret";
    std::string twilioToken; // empty: X-Twilio-Token not accepted
};

struct Options
{
    std::string host = "127.0.0.1";
    int port = 0;
    int mediaPort = 0;
    QString dataDir; // empty: the caller makes a temporary one
    int services = 3;
    int conversations = 3; // seeded per service
    bool exitWithParent = false;
    qint64 parentPid = 0; // 0 = whoever the parent is at start-up
    bool quiet = false;
    std::string tlsCert; // PEM files; both set: both origins speak https
    std::string tlsKey;
    // Required (X-Emulator-Token) on /_emulator/* except the stateless echo and redirect helpers.
    // From MEDIADESK_EMULATOR_ADMIN_TOKEN, else random per run; printed on stdout for the parent.
    std::string adminToken;
    Credentials credentials;
    Settings settings;
    std::vector<FaultRule> faults;
};

enum class ParseOutcome { Run, Help, Version, Error };

// args[0] is the program name. On Help, message holds the help text; on Version, the version line;
// on Error, the reason.
ParseOutcome parseOptions(const QStringList &args, Options &options, QString &message);

} // namespace mdemu
