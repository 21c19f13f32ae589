// Fault injection: rules added with --fault or POST /_emulator/faults. Each matching request
// consumes one count of the first matching rule.
#pragma once

#include "result.h"

#include <QString>
#include <cstdint>
#include <mutex>
#include <optional>
#include <random>
#include <string>
#include <vector>

class QJsonObject;

namespace mdemu {

struct FaultRule
{
    std::string method = "*";              // "GET", "POST", … or "*"
    std::string pathPrefix;                // matches when the request path starts with it ("" = all)
    std::string origin = "api";            // "api" (MCS + Conversations) or "media" (temporary links)
    int status = 0;                        // answer with this status (0 = don't)
    int count = 1;                         // requests it applies to; -1 = every matching request
    std::optional<std::string> retryAfter; // Retry-After header, sent verbatim
    bool html = false;                     // HTML error page instead of Twilio JSON
    bool drop = false;                     // close the connection without a response
    int64_t dropAfterBytes = 0; // … after reading (upload) or sending (content) this many body bytes
    int delayMs = 0;            // wait this long before answering
    bool cutReply = false;      // handle the request, then send only half of the reply body and close
    // Media origin: give the media new bytes of the same size (a new ETag and Last-Modified) before
    // answering, as if it had been replaced between two requests.
    bool changeContent = false;
    // Content (either origin): send this many bytes of the body, then close the connection cleanly
    // (a FIN, so every byte sent arrives), short of the announced length.
    int64_t cutAfterBytes = 0;
    int code = 0; // Twilio error code in the JSON error body (0 = the usual one for status)
    std::optional<std::string> message; // "message" of the JSON error body, e.g. a hostile one for tests
    double probability = 1.0; // each matching request is hit with this chance (a soak's random faults)
};

mediadesk::Result<FaultRule> faultFromJson(const QJsonObject &object);
// Either a JSON object or comma-separated key=value pairs with the same keys, e.g.
// "method=POST,path_prefix=/v1/Services/,status=503,count=2,retry_after=1"; a bare key means true.
mediadesk::Result<FaultRule> faultFromSpec(const QString &spec);
std::string faultToJson(const FaultRule &rule);

class FaultTable
{
public:
    void add(const FaultRule &rule);
    void clear();
    // Consumes and returns the first rule matching the request, if any.
    std::optional<FaultRule> take(const std::string &origin, const std::string &method,
                                  const std::string &path);
    // Like take() but consumes nothing.
    bool matches(const std::string &origin, const std::string &method, const std::string &path) const;
    int pending() const;
    std::vector<FaultRule> rules() const;

private:
    static bool ruleMatches(const FaultRule &rule, const std::string &origin, const std::string &method,
                            const std::string &path);

    mutable std::mutex m_mutex;
    std::vector<FaultRule> m_rules;
    std::mt19937 m_random{20261203}; // fixed seed: a soak's faults come in the same order each run
};

} // namespace mdemu
