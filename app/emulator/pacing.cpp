#include "pacing.h"

#include <algorithm>
#include <condition_variable>
#include <mutex>

namespace mdemu {

namespace {
std::mutex g_mutex;
std::condition_variable g_cv;
bool g_stopping = false;
} // namespace

void requestStop()
{
    {
        std::lock_guard lock(g_mutex);
        g_stopping = true;
    }
    g_cv.notify_all();
}

bool stopRequested()
{
    std::lock_guard lock(g_mutex);
    return g_stopping;
}

bool pauseFor(std::chrono::milliseconds duration)
{
    std::unique_lock lock(g_mutex);
    return !g_cv.wait_for(lock, duration, [] { return g_stopping; });
}

Throttle::Throttle(int64_t bytesPerSecond) : m_rate(bytesPerSecond), m_start(std::chrono::steady_clock::now())
{}

bool Throttle::account(int64_t bytes)
{
    if (m_rate <= 0)
        return !stopRequested();
    m_bytes += bytes;
    using namespace std::chrono;
    const auto due = m_start + microseconds(m_bytes * 1000000 / m_rate);
    const auto now = steady_clock::now();
    if (due > now)
        return pauseFor(ceil<milliseconds>(due - now));
    return !stopRequested();
}

size_t Throttle::chunkSize() const
{
    if (m_rate <= 0)
        return 256 * 1024;
    return size_t(std::clamp<int64_t>(m_rate / 20, 1024, 256 * 1024));
}

} // namespace mdemu
