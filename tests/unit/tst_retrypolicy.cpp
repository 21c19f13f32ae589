#include "net/retrypolicy.h"

#include <QTest>
#include <limits>

using namespace mediadesk;

class TestRetryPolicy : public QObject
{
    Q_OBJECT

    const QDateTime now{QDate(2026, 11, 27), QTime(12, 0, 0), Qt::UTC};

private slots:
    void backoffDoublesAndCaps()
    {
        RetryPolicy p;
        p.baseDelayMs = 500;
        p.maxDelayMs = 4000;
        p.jitter = 0.25;
        // No jitter drawn (random 0): the pure schedule.
        QCOMPARE(p.backoffDelayMs(1, 0.0), 500);
        QCOMPARE(p.backoffDelayMs(2, 0.0), 1000);
        QCOMPARE(p.backoffDelayMs(3, 0.0), 2000);
        QCOMPARE(p.backoffDelayMs(4, 0.0), 4000);
        QCOMPARE(p.backoffDelayMs(9, 0.0), 4000);
        // Full jitter drawn: shortened by a quarter, never below.
        QCOMPARE(p.backoffDelayMs(3, 0.9999999), 1500);
        for (double r : {0.1, 0.5, 0.9})
            QVERIFY(p.backoffDelayMs(2, r) >= 750 && p.backoffDelayMs(2, r) <= 1000);
    }

    void retryAfter_data()
    {
        QTest::addColumn<QByteArray>("header");
        QTest::addColumn<qint64>("expectedMs"); // -1 = none
        QTest::newRow("seconds") << QByteArray("7") << qint64(7000);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("spaces") << QByteArray(" 2 ") << qint64(2000);
        QTest::newRow("http date") << QByteArray("Fri, 27 Nov 2026 12:00:30 GMT") << qint64(30000);
        QTest::newRow("past date") << QByteArray("Fri, 27 Nov 2026 11:00:00 GMT") << qint64(0);
        QTest::newRow("absent") << QByteArray() << qint64(-1);
        QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
        QTest::newRow("plus sign") << QByteArray("+5") << qint64(-1);
        constexpr qint64 tooLong = std::numeric_limits<qint64>::max();
        QTest::newRow("overflows in milliseconds") << QByteArray("18446744073709552") << tooLong;
        QTest::newRow("overflows qint64") << QByteArray("99999999999999999999999") << tooLong;
        QTest::newRow("largest that fits") << QByteArray("9223372036854775") << qint64(9223372036854775000);
    }

    void retryAfter()
    {
        QFETCH(QByteArray, header);
        QFETCH(qint64, expectedMs);
        const auto ms = RetryPolicy::parseRetryAfter(header, now);
        QCOMPARE(ms.value_or(-1), expectedMs);
    }

    void nextDelay()
    {
        RetryPolicy p;
        p.maxAttempts = 3;
        p.baseDelayMs = 500;
        p.maxRetryAfterMs = 60000;
        QCOMPARE(p.nextDelayMs(1, {}, now, 0.0).value_or(-1), 500);
        QCOMPARE(p.nextDelayMs(2, {}, now, 0.0).value_or(-1), 1000);
        QVERIFY(!p.nextDelayMs(3, {}, now, 0.0)); // attempts used up
        // Retry-After is a minimum, even when the back-off would be shorter.
        QCOMPARE(p.nextDelayMs(1, QByteArray("3"), now, 0.0).value_or(-1), 3000);
        // A wait longer than we accept is reported instead of silently hanging.
        QVERIFY(!p.nextDelayMs(1, QByteArray("3600"), now, 0.0));
        QVERIFY(!p.nextDelayMs(1, QByteArray("18446744073709552"), now, 0.0)); // not a wrapped-round wait
    }
};

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retrypolicy.moc"
