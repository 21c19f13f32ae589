#include "twilio/media.h"

#include <QFile>
#include <QTest>

using namespace mediadesk;

class TestMedia : public QObject
{
    Q_OBJECT

    static QByteArray fixture(const QString &name)
    {
        QFile f(QStringLiteral(FIXTURES_DIR "/") + name);
        if (!f.open(QIODevice::ReadOnly))
            qFatal("missing fixture");
        return f.readAll();
    }
    const QUrl base{QStringLiteral("https://mcs.us1.twilio.com")};

private slots:
    void postResponseHasNoTemporaryLink()
    {
        const auto m = Media::fromJson(fixture(QStringLiteral("media-post-201.json")), base);
        QVERIFY2(m, qPrintable(m.problem()));
        QCOMPARE(m->sid, QStringLiteral("ME0123456789abcdef0123456789abcdef"));
        QCOMPARE(m->size, 153611);
        QCOMPARE(m->filename.value(), QStringLiteral("photo.jpg"));
        QVERIFY(!m->messageSid);
        QVERIFY(!m->channelSid);
        QVERIFY(!m->accountSid);
        QVERIFY(m->temporaryUrl.isEmpty());
        QVERIFY(!m->hasUsableTemporaryUrl(QDateTime::currentDateTimeUtc()));
        // relative links resolved against the MCS base
        QCOMPARE(m->contentUrl.toString(), QStringLiteral("https://mcs.us1.twilio.com/v1/Services/"
                                                          "IS0123456789abcdef0123456789abcdef/Media/"
                                                          "ME0123456789abcdef0123456789abcdef/Content"));
        QCOMPARE(m->url.host(), QStringLiteral("mcs.us1.twilio.com"));
        // microseconds and -07:00 offset → UTC, milliseconds kept
        QCOMPARE(m->dateCreated, QDateTime(QDate(2022, 3, 14), QTime(20, 10, 38, 897), Qt::UTC));
        QCOMPARE(m->dateCreated.timeSpec(), Qt::UTC);
    }

    void getResponseWithLinkAndAttachment()
    {
        const auto m = Media::fromJson(fixture(QStringLiteral("media-get-attached.json")), base);
        QVERIFY2(m, qPrintable(m.problem()));
        QCOMPARE(m->messageSid.value(), QStringLiteral("IM0123456789abcdef0123456789abcdef"));
        QCOMPARE(m->channelSid.value(), QStringLiteral("CH0123456789abcdef0123456789abcdef"));
        QCOMPARE(m->temporaryUrl.host(), QStringLiteral("media.us1.twilio.com"));
        QCOMPARE(m->temporaryUrlExpiresAt, QDateTime::fromSecsSinceEpoch(1714670430, Qt::UTC));
        QVERIFY(m->hasUsableTemporaryUrl(QDateTime::fromSecsSinceEpoch(1714670430 - 60, Qt::UTC)));
        QVERIFY(!m->hasUsableTemporaryUrl(QDateTime::fromSecsSinceEpoch(1714670430 - 2, Qt::UTC)));
        QVERIFY(!m->hasUsableTemporaryUrl(QDateTime::fromSecsSinceEpoch(1714670430 + 1, Qt::UTC)));
        QCOMPARE(m->json.value(QLatin1String("size")).toInt(), 153611);
    }

    void nullsAndAbsentKeys()
    {
        const auto m = Media::fromJson(fixture(QStringLiteral("media-get-2020-nulls.json")), base);
        QVERIFY2(m, qPrintable(m.problem()));
        QVERIFY(!m->filename);
        QVERIFY(!m->author);
        QVERIFY(!m->category); // the 2020 capture has no category key at all
        QVERIFY(!m->accountSid);
        QCOMPARE(m->contentType, QStringLiteral("text/plain"));
    }

    void documentationSpelling()
    {
        const auto m = Media::fromJson(fixture(QStringLiteral("media-docs-variant.json")), base);
        QVERIFY2(m, qPrintable(m.problem()));
        QCOMPARE(m->filename.value(), QStringLiteral("report.pdf")); // "file_name"
        QCOMPARE(m->accountSid.value(), QStringLiteral("AC00000000000000000000000000000001"));
        QVERIFY(!m->dateUploadUpdated.isValid());
        QCOMPARE(m->dateUpdated, QDateTime(QDate(2024, 1, 1), QTime(0, 0, 1), Qt::UTC));
        QCOMPARE(m->url.toString(), QStringLiteral("https://mcs.us1.twilio.com/v1/Services/"
                                                   "IS00000000000000000000000000000001/Media/"
                                                   "ME00000000000000000000000000000001")); // absolute kept
        QVERIFY(!m->isMultipartUpstream);
    }

    void rejectsWhatIsNotMedia_data()
    {
        QTest::addColumn<QByteArray>("body");
        QTest::newRow("html") << QByteArray("<html><body>502 Bad Gateway</body></html>");
        QTest::newRow("truncated") << QByteArray(
            "{\"sid\": \"ME0123456789abcdef0123456789abcdef\", \"size\": 1");
        QTest::newRow("array") << QByteArray("[]");
        QTest::newRow("no sid") << QByteArray("{\"size\": 5}");
        QTest::newRow("bad sid") << QByteArray("{\"sid\": \"IS0123456789abcdef0123456789abcdef\"}");
        QTest::newRow("empty") << QByteArray();
    }

    void rejectsWhatIsNotMedia()
    {
        QFETCH(QByteArray, body);
        const auto m = Media::fromJson(body, base);
        QVERIFY(!m);
        QVERIFY(!m.problem().isEmpty());
    }

    void sizeIsAWholeByteCountOrUnknown_data()
    {
        QTest::addColumn<QByteArray>("size");
        QTest::addColumn<qint64>("expected"); // -1 = unknown
        QTest::newRow("bytes") << QByteArray("153611") << qint64(153611);
        QTest::newRow("zero") << QByteArray("0") << qint64(0);
        QTest::newRow("2^53") << QByteArray("9007199254740992") << qint64(9007199254740992);
        QTest::newRow("1e300") << QByteArray("1e300") << qint64(-1);
        QTest::newRow("negative") << QByteArray("-1") << qint64(-1);
        QTest::newRow("fraction") << QByteArray("2.5") << qint64(-1);
        QTest::newRow("above 2^53") << QByteArray("1e17") << qint64(-1);
        QTest::newRow("string") << QByteArray("\"12\"") << qint64(-1);
        QTest::newRow("null") << QByteArray("null") << qint64(-1);
    }

    void sizeIsAWholeByteCountOrUnknown()
    {
        QFETCH(QByteArray, size);
        QFETCH(qint64, expected);
        const QByteArray body = "{\"sid\": \"ME0123456789abcdef0123456789abcdef\", \"size\": " + size + "}";
        const auto m = Media::fromJson(body, base);
        QVERIFY2(m, qPrintable(m.problem()));
        QCOMPARE(m->size, expected);
    }

    void dates_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QDateTime>("expected");
        const QDateTime t(QDate(2022, 3, 14), QTime(20, 10, 38, 897), Qt::UTC);
        QTest::newRow("micro offset") << "2022-03-14T13:10:38.897143-07:00" << t;
        QTest::newRow("micro Z") << "2022-03-14T20:10:38.897143Z" << t;
        QTest::newRow("ms Z") << "2022-03-14T20:10:38.897Z" << t;
        QTest::newRow("one digit") << "2022-03-14T20:10:38.8Z"
                                   << QDateTime(QDate(2022, 3, 14), QTime(20, 10, 38, 800), Qt::UTC);
        QTest::newRow("no fraction Z")
            << "2015-12-16T22:18:37Z" << QDateTime(QDate(2015, 12, 16), QTime(22, 18, 37), Qt::UTC);
        QTest::newRow("plus offset no colon") << "2022-03-15T05:10:38.897+0900" << t;
        QTest::newRow("no zone means UTC") << "2022-03-14T20:10:38.897" << t;
        QTest::newRow("garbage") << "yesterday" << QDateTime();
        QTest::newRow("empty") << "" << QDateTime();
    }

    void dates()
    {
        QFETCH(QString, text);
        QFETCH(QDateTime, expected);
        QCOMPARE(parseTwilioDate(text), expected);
    }

    void expiry_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<qint64>("expires");
        QTest::newRow("cloudfront")
            << "https://media.us1.twilio.com/ME1?Expires=1714670430&Signature=a&Key-Pair-Id=b"
            << qint64(1714670430);
        QTest::newRow("none") << "https://media.us1.twilio.com/ME1?Signature=a" << qint64(-1);
        QTest::newRow("not a number") << "https://media.us1.twilio.com/ME1?Expires=soon" << qint64(-1);
    }

    void expiry()
    {
        QFETCH(QString, url);
        QFETCH(qint64, expires);
        const QDateTime at = expiryOfSignedUrl(QUrl(url));
        QCOMPARE(at.isValid() ? at.toSecsSinceEpoch() : qint64(-1), expires);
    }
};

QTEST_GUILESS_MAIN(TestMedia)
#include "tst_media.moc"
