#pragma once

#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <array>
#include <functional>
#include <optional>

class QTimer;

namespace mediadesk {

// One upload and one download limit shared by every transfer of the process: a token bucket per
// direction, refilled continuously and holding at most a twentieth of a second's worth, so a limit
// never lets a second's worth through in one burst. Transfers take their allowance in small
// shares; one that finds the bucket empty (or others already waiting) is queued and woken in turn
// on this thread, so several transfers share a limit evenly. Nothing ever blocks: a transfer that
// must wait simply stops reading until it is woken.
class RateLimiter : public QObject
{
    Q_OBJECT

public:
    enum class Direction { Upload, Download };
    static constexpr qint64 MinimumRate = 1024; // bytes per second; anything slower trips the stall checks

    explicit RateLimiter(QObject *parent = nullptr);
    ~RateLimiter() override;

    // Bytes per second; 0 lifts the limit (a positive rate below MinimumRate is raised to it).
    void setRate(Direction direction, qint64 bytesPerSecond);
    qint64 rate(Direction direction) const { return bucket(direction).rate; }
    bool isLimited(Direction direction) const { return rate(direction) > 0; }

    // How many of `wanted` bytes may move now: all of them without a limit. Otherwise at most one
    // share of what the bucket holds, and 0 when `waiter` has to wait its turn: `wake` is then
    // called once, on this thread, when it may ask again (unless `waiter` is gone by then).
    qint64 take(Direction direction, qint64 wanted, QObject *waiter, const std::function<void()> &wake);

    // A rate as curl's --limit-rate takes it: bytes per second, or with K, M, G or T (any case,
    // 1024-based), a fraction allowed ("1.5M"); 0 means no limit. nullopt for anything else.
    static std::optional<qint64> parseRate(const QString &text);

signals:
    void ratesChanged();

private:
    struct Waiter
    {
        QPointer<QObject> context;
        std::function<void()> wake;
    };
    // A share set aside for a woken waiter until its take() comes: a wake may reach it later
    // (QNAM answers a body's readyRead through a queued call), and the turn must still be its own.
    struct Reservation
    {
        QPointer<QObject> context;
        qint64 bytes = 0;
        qint64 atNs = 0;
    };
    struct Bucket
    {
        qint64 rate = 0;
        double tokens = 0; // not counting what is reserved
        qint64 refilledAtNs = 0;
        QList<Waiter> queue;
        QList<Reservation> reserved;
    };

    Bucket &bucket(Direction direction) { return m_buckets[size_t(direction)]; }
    const Bucket &bucket(Direction direction) const { return m_buckets[size_t(direction)]; }
    static qint64 capacity(const Bucket &bucket);
    static qint64 share(const Bucket &bucket);
    void refill(Bucket &bucket);
    void expireReservations(Bucket &bucket); // those not taken within a few ticks go back
    void enqueue(Bucket &bucket, QObject *waiter, const std::function<void()> &wake);
    void wakeWaiters();
    void wakeAll(Bucket &bucket);

    std::array<Bucket, 2> m_buckets;
    QElapsedTimer m_clock;
    QTimer *m_tick;
};

} // namespace mediadesk
