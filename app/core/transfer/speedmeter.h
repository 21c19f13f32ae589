#pragma once

#include <QElapsedTimer>

namespace mediadesk {

// Transfer speed as an exponential moving average over samples at least 250 ms apart, and an ETA
// that is only offered once the estimate has settled (a few seconds of samples).
class SpeedMeter
{
public:
    void reset();
    void update(qint64 doneBytes); // cumulative, now
    // The same at a moment of the caller's (milliseconds on any steady scale): tests feed samples
    // without waiting for them.
    void updateAt(qint64 doneBytes, qint64 atMs);
    double bytesPerSecond() const { return m_rate; }
    // Seconds left, or -1 while the estimate is not trustworthy yet.
    qint64 secondsLeft(qint64 doneBytes, qint64 totalBytes) const;

private:
    QElapsedTimer m_clock;
    bool m_started = false;
    qint64 m_lastBytes = 0;
    qint64 m_lastMs = 0;
    double m_rate = 0;
    int m_samples = 0;
};

} // namespace mediadesk
