// The shared upload/download limit: curl's rate syntax, never more than the bucket holds, waiters
// served in turn, and nobody left waiting when the limit is lifted.
#include "net/ratelimiter.h"

#include <QElapsedTimer>
#include <QTest>

using namespace mediadesk;
using namespace Qt::StringLiterals;
using Direction = RateLimiter::Direction;

class TestRateLimiter : public QObject
{
    Q_OBJECT

private slots:
    void parseRate_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<qint64>("bytes"); // -1: refused
        QTest::newRow("plain bytes") << u"4096"_s << qint64(4096);
        QTest::newRow("K") << u"500K"_s << qint64(500 * 1024);
        QTest::newRow("k lower case") << u"500k"_s << qint64(500 * 1024);
        QTest::newRow("M") << u"2M"_s << qint64(2 * 1024 * 1024);
        QTest::newRow("fraction") << u"1.5M"_s << qint64(3 * 512 * 1024);
        QTest::newRow("G") << u"1G"_s << qint64(1024) * 1024 * 1024;
        QTest::newRow("T") << u"2t"_s << qint64(2) * 1024 * 1024 * 1024 * 1024;
        QTest::newRow("zero lifts the limit") << u"0"_s << qint64(0);
        QTest::newRow("spaces around") << u" 2M "_s << qint64(2 * 1024 * 1024);
        QTest::newRow("empty") << QString() << qint64(-1);
        QTest::newRow("negative") << u"-5K"_s << qint64(-1);
        QTest::newRow("unit alone") << u"M"_s << qint64(-1);
        QTest::newRow("unknown unit") << u"5X"_s << qint64(-1);
        QTest::newRow("per second spelled out") << u"5M/s"_s << qint64(-1);
        QTest::newRow("exponent") << u"1e3"_s << qint64(-1);
        QTest::newRow("two units") << u"5KM"_s << qint64(-1);
        QTest::newRow("beyond counting") << u"99999999T"_s << qint64(-1);
        QTest::newRow("full-width digits") << u"２M"_s << qint64(-1);
    }

    void parseRate()
    {
        QFETCH(QString, text);
        QFETCH(qint64, bytes);
        const std::optional<qint64> parsed = RateLimiter::parseRate(text);
        if (bytes < 0)
            QVERIFY2(!parsed, qPrintable(QString::number(parsed.value_or(0))));
        else
            QCOMPARE(parsed, std::optional<qint64>(bytes));
    }

    void withoutALimitEverythingMoves()
    {
        RateLimiter limiter;
        QObject waiter;
        QCOMPARE(limiter.take(Direction::Upload, 50 * 1024 * 1024, &waiter, [] {}), 50 * 1024 * 1024);
        limiter.setRate(Direction::Download, 64 * 1024);
        QCOMPARE(limiter.take(Direction::Upload, 1024 * 1024, &waiter, [] {}), 1024 * 1024); // the other way
    }

    void aSlowRateIsRaisedToTheSmallest()
    {
        RateLimiter limiter;
        limiter.setRate(Direction::Upload, 10);
        QCOMPARE(limiter.rate(Direction::Upload), RateLimiter::MinimumRate);
        limiter.setRate(Direction::Upload, 0);
        QVERIFY(!limiter.isLimited(Direction::Upload));
    }

    void neverMoreThanTheBucketHolds()
    {
        // However long nothing moved, what may go at once is a share of a twentieth of a second.
        RateLimiter limiter;
        limiter.setRate(Direction::Download, 2 * 1024 * 1024);
        QTest::qWait(300);
        QObject waiter;
        qint64 burst = 0;
        for (int i = 0; i < 100; ++i)
            burst += limiter.take(Direction::Download, 1024 * 1024, &waiter, [] {});
        QVERIFY2(burst > 0, "a full bucket gives something");
        QVERIFY2(burst <= 2 * 1024 * 1024 / 20 + 2 * 1024 * 1024 / 100, qPrintable(QString::number(burst)));
    }

    void anEmptyBucketGivesNoSlivers()
    {
        // Right after the bucket is emptied only microseconds' worth has refilled: the caller waits
        // for a share instead of spinning on a few bytes at a time.
        RateLimiter limiter;
        limiter.setRate(Direction::Download, 5 * 1024 * 1024);
        QTest::qWait(100);
        QObject waiter;
        while (limiter.take(Direction::Download, 64 * 1024, &waiter, [] {}) > 0) {
        }
        QCOMPARE(limiter.take(Direction::Download, 64 * 1024, &waiter, [] {}), 0);
    }

    void waitersShareTheLimitInTurn()
    {
        // Two transfers that always want more: each is woken in turn and gets about half, and
        // together they never exceed the rate (plus one bucket).
        constexpr qint64 Rate = 256 * 1024;
        RateLimiter limiter;
        limiter.setRate(Direction::Upload, Rate);
        QObject first;
        QObject second;
        qint64 got[2] = {0, 0};
        std::function<void()> pull[2];
        for (int i = 0; i < 2; ++i) {
            QObject *self = i == 0 ? &first : &second;
            pull[i] = [&, i, self] {
                while (const qint64 n = limiter.take(Direction::Upload, 64 * 1024, self, pull[i]))
                    got[i] += n;
            };
        }
        QElapsedTimer clock;
        clock.start();
        pull[0]();
        pull[1]();
        QTest::qWait(1000);
        const double seconds = clock.elapsed() / 1000.0;
        const qint64 total = got[0] + got[1];
        QVERIFY2(total <= Rate * seconds + Rate / 20 + 1,
                 qPrintable(u"%1 bytes in %2 s"_s.arg(total).arg(seconds)));
        QVERIFY2(total >= Rate / 2, qPrintable(QString::number(total))); // it does move
        QVERIFY2(got[0] > total / 3 && got[1] > total / 3,
                 qPrintable(u"%1 and %2"_s.arg(got[0]).arg(got[1])));
    }

    void waitersWokenLaterAreStillServedInTurn()
    {
        // QNAM answers an upload body's readyRead through a queued call: a woken waiter takes its
        // share only after the limiter's tick has returned. Its share waits for it, so the turns
        // go round: no waiter is served twice while another has been waiting.
        constexpr qint64 Rate = 200 * 1024;
        RateLimiter limiter;
        limiter.setRate(Direction::Upload, Rate);
        QObject waiters[3];
        QList<int> served; // who got each grant, in order
        std::function<void()> pull[3];
        for (int i = 0; i < 3; ++i) {
            pull[i] = [&, i] {
                while (limiter.take(Direction::Upload, 4096, &waiters[i], [&, i] {
                    QMetaObject::invokeMethod(&waiters[i], pull[i], Qt::QueuedConnection);
                }) > 0)
                    served.append(i);
            };
        }
        for (auto &p : pull)
            p();
        QTest::qWait(1000);
        QVERIFY2(served.size() > 20, qPrintable(QString::number(served.size())));
        // After the first round (each drains what the bucket held), a turn at a time. (A waiter
        // that a busy machine kept away past its reservation may lose one turn: at most twice.)
        const qsizetype from = served.size() / 4;
        QStringList twiceRunning;
        for (qsizetype k = from; k + 1 < served.size(); ++k) {
            if (served.at(k) == served.at(k + 1))
                twiceRunning.append(u"waiter %1 at grant %2"_s.arg(served.at(k)).arg(k));
        }
        QVERIFY2(twiceRunning.size() <= 2, qPrintable(twiceRunning.join(u", "_s)));
        int counts[3] = {0, 0, 0};
        for (qsizetype k = from; k < served.size(); ++k)
            ++counts[served.at(k)];
        QVERIFY2(*std::max_element(counts, counts + 3) - *std::min_element(counts, counts + 3) <= 2,
                 qPrintable(u"%1, %2, %3"_s.arg(counts[0]).arg(counts[1]).arg(counts[2])));
    }

    void aLowerRateTakesBackWhatWasSetAside()
    {
        // A waiter woken at a high rate, whose take() comes after the rate was lowered, gets a
        // share of the new rate, not the old one's.
        constexpr qint64 High = 10 * 1024 * 1024, Low = 64 * 1024;
        RateLimiter limiter;
        limiter.setRate(Direction::Download, High);
        QObject waiter;
        bool woken = false;
        while (limiter.take(Direction::Download, 1024 * 1024, &waiter, [&] { woken = true; }) > 0) {
        }
        QTRY_VERIFY_WITH_TIMEOUT(woken, 1000);
        limiter.setRate(Direction::Download, Low);
        qint64 granted = 0;
        for (int i = 0; i < 3; ++i) // what the bucket holds now, taken at once
            granted += limiter.take(Direction::Download, 1024 * 1024, &waiter, [] {});
        QVERIFY2(granted <= std::max(Low / 20, qint64(8 * 1024)), qPrintable(QString::number(granted)));
    }

    void aWaiterThatIsGoneIsSkipped()
    {
        RateLimiter limiter;
        limiter.setRate(Direction::Download, 64 * 1024);
        auto *gone = new QObject;
        bool wokeGone = false;
        while (limiter.take(Direction::Download, 4096, gone, [&] { wokeGone = true; }) > 0) {
        }
        delete gone;
        QObject stays;
        bool woke = false;
        QCOMPARE(limiter.take(Direction::Download, 4096, &stays, [&] { woke = true; }), 0);
        QTRY_VERIFY(woke);
        QVERIFY(!wokeGone);
    }

    void liftingTheLimitWakesEveryone()
    {
        RateLimiter limiter;
        limiter.setRate(Direction::Upload, 1024);
        QObject waiter;
        int wakes = 0;
        while (limiter.take(Direction::Upload, 1024, &waiter, [&] { ++wakes; }) > 0) {
        }
        limiter.setRate(Direction::Upload, 0);
        QTRY_COMPARE_WITH_TIMEOUT(wakes, 1, 200); // at once, not after a second's refill
        QCOMPARE(limiter.take(Direction::Upload, 1024 * 1024, &waiter, [] {}), 1024 * 1024);
    }
};

QTEST_GUILESS_MAIN(TestRateLimiter)
#include "tst_ratelimiter.moc"
