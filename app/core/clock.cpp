#include "clock.h"

#include <atomic>

namespace mediadesk {

namespace {
std::atomic<qint64> offsetSeconds{0};
}

QDateTime Clock::nowUtc()
{
    return QDateTime::currentDateTimeUtc().addSecs(offsetSeconds.load(std::memory_order_relaxed));
}

void Clock::advanceForTests(qint64 seconds)
{
    offsetSeconds.fetch_add(seconds, std::memory_order_relaxed);
}

void Clock::resetForTests()
{
    offsetSeconds.store(0, std::memory_order_relaxed);
}

} // namespace mediadesk
