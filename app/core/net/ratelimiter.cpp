#include "ratelimiter.h"

#include <QRegularExpression>
#include <QTimer>
#include <algorithm>
#include <cmath>

namespace mediadesk {

namespace {
constexpr int TickMs = 10;                    // how often waiting transfers are woken
constexpr qint64 ReservationNs = 100'000'000; // a woken waiter that has not come by then lost its turn
constexpr qint64 SmallestBucket = 8 * 1024;   // below a few segments' worth, TCP would crawl
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
    // What was set aside goes back first: a share of the old rate may be more than the new bucket.
    for (const Reservation &r : std::as_const(b.reserved))
        b.tokens += double(r.bytes);
    b.reserved.clear();
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
    qint64 reserved = 0;
    for (const Reservation &r : std::as_const(b.reserved))
        reserved += r.bytes;
    // The bucket holds at most its capacity, reservations included: never a burst of two.
    if (b.rate > 0)
        b.tokens = std::min(double(capacity(b) - reserved),
                            b.tokens + double(b.rate) * double(now - b.refilledAtNs) / 1e9);
    b.refilledAtNs = now;
}

void RateLimiter::expireReservations(Bucket &b)
{
    const qint64 now = m_clock.nsecsElapsed();
    for (qsizetype i = b.reserved.size() - 1; i >= 0; --i) {
        const Reservation &r = b.reserved.at(i);
        if (r.context && now - r.atNs < ReservationNs)
            continue;
        b.tokens += double(r.bytes);
        b.reserved.removeAt(i);
    }
}

qint64 RateLimiter::take(Direction direction, qint64 wanted, QObject *waiter,
                         const std::function<void()> &wake)
{
    Bucket &b = bucket(direction);
    if (b.rate == 0 || wanted <= 0)
        return std::max<qint64>(wanted, 0);
    refill(b);
    // Woken for its turn: the share set aside for it (what it does not want goes back).
    for (qsizetype i = 0; i < b.reserved.size(); ++i) {
        if (b.reserved.at(i).context != waiter)
            continue;
        const qint64 reserved = b.reserved.takeAt(i).bytes;
        const qint64 granted = std::min(wanted, reserved);
        b.tokens += double(reserved - granted);
        return granted;
    }
    const bool othersFirst = !b.queue.isEmpty();
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
        expireReservations(b);
        refill(b);
        // Each waiter in turn gets one share, set aside until it comes for it; one that wants
        // more queues again behind the others.
        while (!b.queue.isEmpty() && b.tokens >= double(share(b))) {
            const Waiter next = b.queue.takeFirst();
            if (!next.context)
                continue;
            b.tokens -= double(share(b));
            b.reserved.append({next.context, share(b), m_clock.nsecsElapsed()});
            next.wake();
        }
        anyWaiting = anyWaiting || !b.queue.isEmpty() || !b.reserved.isEmpty();
    }
    if (!anyWaiting)
        m_tick->stop();
}

void RateLimiter::wakeAll(Bucket &b)
{
    b.reserved.clear(); // no limit: nothing to set aside
    const QList<Waiter> waiting = std::exchange(b.queue, {});
    for (const Waiter &w : waiting) {
        if (w.context)
            QMetaObject::invokeMethod(w.context, w.wake, Qt::QueuedConnection);
    }
}

} // namespace mediadesk
