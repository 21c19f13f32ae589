// SpeedMeter: the speed and time left shown for a transfer: steady, smoothed across a change,
// deaf to samples too close together, and silent about the ETA until it can be trusted.
#include "transfer/speedmeter.h"

#include <QTest>

using namespace mediadesk;

class TestSpeedMeter : public QObject
{
    Q_OBJECT

    // Feeds samples every stepMs at bytesPerSecond, starting at startBytes; returns the bytes done.
    static qint64 feed(SpeedMeter &meter, int samples, qint64 stepMs, double bytesPerSecond,
                       qint64 startBytes = 0, qint64 startMs = 0)
    {
        qint64 done = startBytes;
        for (int i = 1; i <= samples; ++i) {
            done = startBytes + qint64(bytesPerSecond * double(i * stepMs) / 1000.0);
            meter.updateAt(done, startMs + i * stepMs);
        }
        return done;
    }

private slots:
    void steadyRate_data()
    {
        QTest::addColumn<qint64>("stepMs");
        QTest::addColumn<double>("rate");
        QTest::newRow("1 MB/s, every 500 ms") << qint64(500) << 1e6;
        QTest::newRow("12.5 MB/s, every 250 ms") << qint64(250) << 12.5e6;
        QTest::newRow("10 kB/s, every second") << qint64(1000) << 1e4;
    }

    void steadyRate()
    {
        QFETCH(qint64, stepMs);
        QFETCH(double, rate);
        SpeedMeter meter;
        meter.updateAt(0, 0);
        const qint64 done = feed(meter, 6, stepMs, rate);
        QVERIFY(qAbs(meter.bytesPerSecond() - rate) < rate * 0.001);
        const qint64 total = done + qint64(rate * 30); // 30 s of work left
        QCOMPARE(meter.secondsLeft(done, total), 30);
    }

    void etaWaitsUntilTheEstimateSettles()
    {
        SpeedMeter meter;
        meter.updateAt(0, 0);
        for (int i = 1; i <= 3; ++i) {
            meter.updateAt(i * 500000, i * 500);
            QCOMPARE(meter.secondsLeft(i * 500000, 10000000), -1); // samples 1–3: not yet
        }
        meter.updateAt(2000000, 2000);
        QCOMPARE(meter.secondsLeft(2000000, 10000000), 8);
    }

    void samplesTooCloseTogetherAreIgnored()
    {
        SpeedMeter meter;
        meter.updateAt(0, 0);
        meter.updateAt(1000000, 100); // 100 ms later: a burst, not a rate
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        meter.updateAt(1000000, 500);
        QCOMPARE(meter.bytesPerSecond(), 2e6); // measured over the 500 ms since the first sample
    }

    void aChangeIsSmoothed()
    {
        SpeedMeter meter;
        meter.updateAt(0, 0);
        const qint64 done = feed(meter, 5, 1000, 1e6);
        meter.updateAt(done + 2000000, 6000);              // the link doubles its speed
        QVERIFY(qAbs(meter.bytesPerSecond() - 1.3e6) < 1); // 0.3 × the new sample + 0.7 × the old
    }

    void noEtaWithoutWorkOrProgress_data()
    {
        QTest::addColumn<double>("rate");
        QTest::addColumn<qint64>("total");
        QTest::newRow("stalled") << 0.0 << qint64(1000000);
        QTest::newRow("size unknown") << 1e6 << qint64(-1);
        QTest::newRow("empty") << 1e6 << qint64(0);
    }

    void noEtaWithoutWorkOrProgress()
    {
        QFETCH(double, rate);
        QFETCH(qint64, total);
        SpeedMeter meter;
        meter.updateAt(0, 0);
        const qint64 done = feed(meter, 6, 500, rate);
        QCOMPARE(meter.secondsLeft(done, total), -1);
    }

    void resetStartsOver()
    {
        SpeedMeter meter;
        meter.updateAt(0, 0);
        feed(meter, 6, 500, 1e6);
        meter.reset();
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        meter.updateAt(5000000, 10000); // a new first sample: no rate from before the reset
        QCOMPARE(meter.bytesPerSecond(), 0.0);
        QCOMPARE(meter.secondsLeft(5000000, 6000000), -1);
    }

    void realClockMeasuresToo()
    {
        SpeedMeter meter;
        meter.update(0);
        QTest::qWait(300);
        meter.update(300000);
        QVERIFY2(meter.bytesPerSecond() > 0 && meter.bytesPerSecond() <= 1e6,
                 qPrintable(QString::number(meter.bytesPerSecond())));
    }
};

QTEST_GUILESS_MAIN(TestSpeedMeter)
#include "tst_speedmeter.moc"
