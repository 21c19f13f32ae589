// Time-related helpers shared by all request threads: an interruptible sleep (so a SIGTERM never
// waits for a 60 s fault delay) and a byte-rate throttle for request and response bodies.
#pragma once

#include <chrono>
#include <cstdint>

namespace mdemu {

void requestStop();
bool stopRequested();
// Sleeps up to `duration`; returns false early when the server is stopping.
bool pauseFor(std::chrono::milliseconds duration);

class Throttle
{
public:
    explicit Throttle(int64_t bytesPerSecond);
    // Accounts for `bytes` just transferred and sleeps until the average rate is back under the
    // limit. Returns false when the server is stopping.
    bool account(int64_t bytes);
    bool enabled() const { return m_rate > 0; }
    // A chunk size that keeps the rate smooth (about 20 chunks a second, 1 KiB .. 256 KiB).
    size_t chunkSize() const;

private:
    int64_t m_rate;
    int64_t m_bytes = 0;
    std::chrono::steady_clock::time_point m_start;
};

} // namespace mdemu
