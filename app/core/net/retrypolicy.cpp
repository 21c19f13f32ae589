#include "retrypolicy.h"

#include <QLocale>
#include <algorithm>
#include <cmath>
#include <limits>

namespace mediadesk {

int RetryPolicy::backoffDelayMs(int failedAttempts, double random01) const
{
    const int exponent = std::clamp(failedAttempts - 1, 0, 20);
    const double raw = std::min<double>(double(baseDelayMs) * std::pow(2.0, exponent), maxDelayMs);
    const double shortened = raw * (1.0 - jitter * std::clamp(random01, 0.0, 1.0));
    return std::max(1, int(std::lround(shortened)));
}

std::optional<qint64> RetryPolicy::parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray trimmed = value.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    // delay-seconds: digits only. One too large to count in milliseconds is "longer than we
    // wait", never a wrapped-around number.
    constexpr qint64 TooLong = std::numeric_limits<qint64>::max();
    if (std::all_of(trimmed.cbegin(), trimmed.cend(), [](char c) { return c >= '0' && c <= '9'; })) {
        bool ok = false;
        const qint64 seconds = trimmed.toLongLong(&ok);
        if (!ok || seconds > TooLong / 1000)
            return TooLong;
        return seconds * 1000;
    }
    if (trimmed.startsWith('-') || trimmed.startsWith('+'))
        return std::nullopt; // not delay-seconds, not a date
    // HTTP-date, e.g. "Wed, 21 Oct 2015 07:28:00 GMT" (RFC 9110 IMF-fixdate)
    QDateTime when = QLocale::c().toDateTime(QString::fromLatin1(trimmed),
                                             QStringLiteral("ddd, dd MMM yyyy HH:mm:ss 'GMT'"));
    if (!when.isValid())
        return std::nullopt;
    when.setTimeSpec(Qt::UTC);
    return std::max<qint64>(0, nowUtc.msecsTo(when));
}

std::optional<int> RetryPolicy::nextDelayMs(int failedAttempts, const QByteArray &retryAfterHeader,
                                            const QDateTime &nowUtc, double random01) const
{
    if (failedAttempts >= maxAttempts)
        return std::nullopt;
    const int backoff = backoffDelayMs(failedAttempts, random01);
    if (const auto retryAfter = parseRetryAfter(retryAfterHeader, nowUtc)) {
        if (*retryAfter > maxRetryAfterMs)
            return std::nullopt;
        // The server's wait is a minimum: never come back earlier than it asked.
        return std::max<int>(int(*retryAfter), std::min(backoff, 1000));
    }
    return backoff;
}

} // namespace mediadesk
