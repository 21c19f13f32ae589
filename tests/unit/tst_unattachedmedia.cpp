// Where an upload stands on Twilio's five-minute clock for media no message carries.
#include "transfer/unattachedmedia.h"

#include <QTest>

using namespace mediadesk;

class TestUnattachedMedia : public QObject
{
    Q_OBJECT

private slots:
    void status_data()
    {
        QTest::addColumn<QString>("messageSid");
        QTest::addColumn<int>("uploadedSecondsAgo");
        QTest::addColumn<int>("checkedSecondsAgo"); // -1: never looked up
        QTest::addColumn<int>("found");             // -1 unknown, 0 not found, 1 found
        QTest::addColumn<int>("state");
        QTest::addColumn<int>("secondsLeft");
        const int attached = int(UnattachedMedia::State::Attached),
                  pending = int(UnattachedMedia::State::Pending),
                  still = int(UnattachedMedia::State::StillThere),
                  deleted = int(UnattachedMedia::State::Deleted);
        QTest::newRow("just uploaded") << QString() << 0 << -1 << -1 << pending << 300;
        QTest::newRow("a minute later") << QString() << 60 << -1 << -1 << pending << 240;
        QTest::newRow("attached") << QStringLiteral("IM1") << 1000 << -1 << -1 << attached << 0;
        QTest::newRow("past the deadline") << QString() << 301 << -1 << -1 << deleted << 0;
        QTest::newRow("found before the deadline, now past") << QString() << 400 << 200 << 1 << deleted << 0;
        QTest::newRow("found after the deadline") << QString() << 400 << 50 << 1 << still << 0;
        QTest::newRow("not found early") << QString() << 30 << 10 << 0 << deleted << 0;
    }

    void status()
    {
        QFETCH(QString, messageSid);
        QFETCH(int, uploadedSecondsAgo);
        QFETCH(int, checkedSecondsAgo);
        QFETCH(int, found);
        QFETCH(int, state);
        QFETCH(int, secondsLeft);
        const QDateTime now = QDateTime(QDate(2026, 11, 27), QTime(12, 0), Qt::UTC);
        const auto s =
            UnattachedMedia::status(messageSid, now.addSecs(-uploadedSecondsAgo),
                                    checkedSecondsAgo < 0 ? QDateTime() : now.addSecs(-checkedSecondsAgo),
                                    found < 0 ? std::nullopt : std::optional<bool>(found == 1), now);
        QCOMPARE(int(s.state), state);
        QCOMPARE(s.secondsLeft, qint64(secondsLeft));
        QCOMPARE(s.deadline, now.addSecs(300 - uploadedSecondsAgo));
    }

    void clock()
    {
        QCOMPARE(UnattachedMedia::clock(299), QStringLiteral("4:59"));
        QCOMPARE(UnattachedMedia::clock(5), QStringLiteral("0:05"));
        QCOMPARE(UnattachedMedia::clock(-3), QStringLiteral("0:00"));
    }
};

QTEST_GUILESS_MAIN(TestUnattachedMedia)
#include "tst_unattachedmedia.moc"
