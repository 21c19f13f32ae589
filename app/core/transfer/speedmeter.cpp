#include "speedmeter.h"

#include <cmath>

namespace mediadesk {

namespace {
constexpr qint64 MinSampleMs = 250;
constexpr double Smoothing = 0.3; // weight of the newest sample
constexpr int SettledSamples = 4;
} // namespace

void SpeedMeter::reset()
{
    m_clock.invalidate();
    m_started = false;
    m_lastBytes = 0;
    m_lastMs = 0;
    m_rate = 0;
    m_samples = 0;
}

void SpeedMeter::update(qint64 doneBytes)
{
    if (!m_clock.isValid())
        m_clock.start();
    updateAt(doneBytes, m_clock.elapsed());
}

void SpeedMeter::updateAt(qint64 doneBytes, qint64 now)
{
    if (!m_started) {
        m_started = true;
        m_lastBytes = doneBytes;
        m_lastMs = now;
        return;
    }
    const qint64 dt = now - m_lastMs;
    if (dt < MinSampleMs)
        return;
    const double sample = double(doneBytes - m_lastBytes) * 1000.0 / double(dt);
    m_rate = m_samples == 0 ? sample : Smoothing * sample + (1 - Smoothing) * m_rate;
    ++m_samples;
    m_lastBytes = doneBytes;
    m_lastMs = now;
}

qint64 SpeedMeter::secondsLeft(qint64 doneBytes, qint64 totalBytes) const
{
    if (m_samples < SettledSamples || m_rate < 1 || totalBytes <= 0)
        return -1;
    return qint64(std::ceil(double(totalBytes - doneBytes) / m_rate));
}

} // namespace mediadesk
