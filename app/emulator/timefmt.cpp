#include "timefmt.h"

#include <chrono>
#include <cstdio>

namespace mdemu {

namespace {

struct Civil
{
    int64_t year;
    unsigned month;
    unsigned day;
};

int64_t floorDiv(int64_t a, int64_t b)
{
    int64_t q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0)))
        --q;
    return q;
}

// Howard Hinnant's civil_from_days / days_from_civil (proleptic Gregorian calendar).
Civil civilFromDays(int64_t z)
{
    z += 719468;
    const int64_t era = floorDiv(z, 146097);
    const auto doe = static_cast<unsigned>(z - era * 146097);
    const unsigned yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
    const int64_t y = static_cast<int64_t>(yoe) + era * 400;
    const unsigned doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
    const unsigned mp = (5 * doy + 2) / 153;
    const unsigned d = doy - (153 * mp + 2) / 5 + 1;
    const unsigned m = mp < 10 ? mp + 3 : mp - 9;
    return {m <= 2 ? y + 1 : y, m, d};
}

int64_t daysFromCivil(int64_t y, unsigned m, unsigned d)
{
    y -= m <= 2 ? 1 : 0;
    const int64_t era = floorDiv(y, 400);
    const auto yoe = static_cast<unsigned>(y - era * 400);
    const unsigned doy = (153 * (m > 2 ? m - 3 : m + 9) + 2) / 5 + d - 1;
    const unsigned doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + static_cast<int64_t>(doe) - 719468;
}

// 0 = Sunday
unsigned weekday(int64_t days)
{
    return static_cast<unsigned>(((days % 7) + 11) % 7);
}

// Day number of the n-th Sunday (1-based) of a month.
int64_t nthSunday(int64_t year, unsigned month, unsigned n)
{
    const int64_t first = daysFromCivil(year, month, 1);
    const unsigned wd = weekday(first);
    const int64_t firstSunday = first + ((7 - wd) % 7);
    return firstSunday + 7 * (n - 1);
}

std::string formatLocal(int64_t localSeconds, int micros, const char *suffix, bool withFraction)
{
    const int64_t days = floorDiv(localSeconds, 86400);
    const int64_t secs = localSeconds - days * 86400;
    const Civil c = civilFromDays(days);
    char buf[128];
    if (withFraction) {
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d.%06d%s",
                      static_cast<long long>(c.year), c.month, c.day, static_cast<int>(secs / 3600),
                      static_cast<int>((secs / 60) % 60), static_cast<int>(secs % 60), micros, suffix);
    } else {
        std::snprintf(buf, sizeof buf, "%04lld-%02u-%02uT%02d:%02d:%02d%s", static_cast<long long>(c.year),
                      c.month, c.day, static_cast<int>(secs / 3600), static_cast<int>((secs / 60) % 60),
                      static_cast<int>(secs % 60), suffix);
    }
    return buf;
}

} // namespace

int64_t nowMicros()
{
    using namespace std::chrono;
    return duration_cast<microseconds>(system_clock::now().time_since_epoch()).count();
}

int64_t nowSeconds()
{
    return floorDiv(nowMicros(), 1000000);
}

int pacificOffsetSeconds(int64_t epochSeconds)
{
    // US rules since 2007: daylight time from the second Sunday of March, 02:00 PST (10:00 UTC),
    // to the first Sunday of November, 02:00 PDT (09:00 UTC).
    const int64_t year = civilFromDays(floorDiv(epochSeconds, 86400)).year;
    const int64_t start = nthSunday(year, 3, 2) * 86400 + 10 * 3600;
    const int64_t end = nthSunday(year, 11, 1) * 86400 + 9 * 3600;
    return (epochSeconds >= start && epochSeconds < end) ? -7 * 3600 : -8 * 3600;
}

std::string mcsDate(int64_t epochMicros, bool utc)
{
    const int64_t secs = floorDiv(epochMicros, 1000000);
    const int micros = static_cast<int>(epochMicros - secs * 1000000);
    if (utc)
        return formatLocal(secs, micros, "Z", true);
    const int offset = pacificOffsetSeconds(secs);
    const int a = offset < 0 ? -offset : offset;
    char suffix[32];
    std::snprintf(suffix, sizeof suffix, "%c%02d:%02d", offset < 0 ? '-' : '+', a / 3600, (a / 60) % 60);
    return formatLocal(secs + offset, micros, suffix, true);
}

std::string conversationsDate(int64_t epochSeconds)
{
    return formatLocal(epochSeconds, 0, "Z", false);
}

std::string httpDate(int64_t epochSeconds)
{
    static constexpr const char *days[] = {"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr const char *months[] = {"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    const int64_t dayNumber = floorDiv(epochSeconds, 86400);
    const int64_t secs = epochSeconds - dayNumber * 86400;
    const Civil c = civilFromDays(dayNumber);
    char buf[64];
    std::snprintf(buf, sizeof buf, "%s, %02u %s %04lld %02d:%02d:%02d GMT", days[weekday(dayNumber)], c.day,
                  months[c.month - 1], static_cast<long long>(c.year), static_cast<int>(secs / 3600),
                  static_cast<int>((secs / 60) % 60), static_cast<int>(secs % 60));
    return buf;
}

} // namespace mdemu
