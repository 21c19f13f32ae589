#pragma once

#include <QByteArray>
#include <QDateTime>
#include <optional>

namespace mediadesk {

// When and how long to wait before trying a request again: exponential back-off with jitter, and
// the server's Retry-After (seconds or an HTTP date) when it gives one.
struct RetryPolicy
{
    int maxAttempts = 5;          // including the first
    int baseDelayMs = 500;        // delay after the first failure
    int maxDelayMs = 30000;       // cap of the exponential part
    int maxRetryAfterMs = 120000; // a longer Retry-After is not waited for: the error is reported
    double jitter = 0.25;         // the delay is randomly shortened by up to this fraction

    // failedAttempts counts the attempts made so far (1 after the first failure). random01 in [0,1).
    int backoffDelayMs(int failedAttempts, double random01) const;

    // The delay before the next attempt, or nullopt when no further attempt should be made (attempts
    // used up, or the server asks for a wait longer than maxRetryAfterMs).
    std::optional<int> nextDelayMs(int failedAttempts, const QByteArray &retryAfterHeader,
                                   const QDateTime &nowUtc, double random01) const;

    // Retry-After as milliseconds from now; nullopt when absent or unreadable.
    static std::optional<qint64> parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc);
};

} // namespace mediadesk
