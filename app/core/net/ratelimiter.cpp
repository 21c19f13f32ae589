#include "ratelimiter.h"

#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace mediadesk {

namespace {
constexpr int TickMs = 10;                  // how often waiting transfers are woken
constexpr qint64 SmallestBucket = 8 * 1024; // below a few segments' worth, TCP would crawl
} // namespace

RateLimiter::RateLimiter(QObject *parent) : QObject(parent), m_tick(new QTimer(this))
{
    m_clock.start();
    m_tick->setInterval(TickMs);
    m_tick->setTimerType(Qt::PreciseTimer); // a coarse timer would wake in bursts of 5 % of a tick
    connect(m_tick, &QTimer::timeout, this, &RateLimiter::wakeWaiters);
}

RateLimiter::~RateLimiter() = default;

qint64 RateLimiter::capacity(const Bucket &b)
{
    return std::max(b.rate / 20, std::min(b.rate, SmallestBucket));
}

qint64 RateLimiter::share(const Bucket &b)
{
    return std::max<qint64>(1, capacity(b) / 4);
}

std::optional<qint64> RateLimiter::parseRate(const QString &text)
{
    static const QRegularExpression pattern(QStringLiteral("^([0-9]+(?:\\.[0-9]+)?)([kKmMgGtT]?)$"));
    const QRegularExpressionMatch match = pattern.match(text.trimmed());
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const double number = match.captured(1).toDouble(&ok);
    const QString unit = match.captured(2).toLower();
    const int shift = unit.isEmpty() ? 0 : 10 * int(QStringLiteral("kmgt").indexOf(unit) + 1);
    const double bytes = std::ldexp(number, shift);
    if (!ok || bytes >= 0x1p53) // beyond any link, and beyond what a double counts exactly
        return std::nullopt;
    return qint64(bytes);
}

void RateLimiter::setRate(Direction direction, qint64 bytesPerSecond)
{
    Bucket &b = bucket(direction);
    const qint64 rate = bytesPerSecond <= 0 ? 0 : std::max(bytesPerSecond, MinimumRate);
    if (rate == b.rate)
        return;
    refill(b);
    b.rate = rate;
    b.tokens = std::min(b.tokens, double(capacity(b)));
    b.refilledAtNs = m_clock.nsecsElapsed();
    if (rate == 0)
        wakeAll(b);
    emit ratesChanged();
}

void RateLimiter::refill(Bucket &b)
{
    const qint64 now = m_clock.nsecsElapsed();
    if (b.rate > 0)
        b.tokens =
            std::min(double(capacity(b)), b.tokens + double(b.rate) * double(now - b.refilledAtNs) / 1e9);
    b.refilledAtNs = now;
}

qint64 RateLimiter::take(Direction direction, qint64 wanted, QObject *waiter,
                         const std::function<void()> &wake)
{
    Bucket &b = bucket(direction);
    if (b.rate == 0 || wanted <= 0)
        return std::max<qint64>(wanted, 0);
    refill(b);
    const bool ownTurn = b.serving == waiter;
    b.serving = nullptr;
    const bool othersFirst = !ownTurn && !b.queue.isEmpty();
    // Never a sliver: what refilled since the last call would have a reader spin on a few bytes.
    const qint64 granted = std::min(wanted, share(b));
    if (othersFirst || b.tokens < double(granted)) {
        enqueue(b, waiter, wake);
        return 0;
    }
    b.tokens -= double(granted);
    return granted;
}

void RateLimiter::enqueue(Bucket &b, QObject *waiter, const std::function<void()> &wake)
{
    const bool queued = std::any_of(b.queue.cbegin(), b.queue.cend(),
                                    [waiter](const Waiter &w) { return w.context == waiter; });
    if (!queued)
        b.queue.append({waiter, wake});
    if (!m_tick->isActive())
        m_tick->start();
}

void RateLimiter::wakeWaiters()
{
    bool anyWaiting = false;
    for (Bucket &b : m_buckets) {
        refill(b);
        // Each waiter in turn gets one share; one that wants more queues again behind the others.
        while (!b.queue.isEmpty() && b.tokens >= double(share(b))) {
            const Waiter next = b.queue.takeFirst();
            if (!next.context)
                continue;
            b.serving = next.context;
            next.wake();
            b.serving = nullptr;
        }
        anyWaiting = anyWaiting || !b.queue.isEmpty();
    }
    if (!anyWaiting)
        m_tick->stop();
}

void RateLimiter::wakeAll(Bucket &b)
{
    const QList<Waiter> waiting = std::exchange(b.queue, {});
    for (const Waiter &w : waiting) {
        if (w.context)
            QMetaObject::invokeMethod(w.context, w.wake, Qt::QueuedConnection);
    }
}

} // namespace mediadesk
