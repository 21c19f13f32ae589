#include "net/mcs.h"
#include "net/urlpolicy.h"
#include "twilio/endpoints.h"

#include <QTest>

using namespace mediadesk;
using namespace Qt::Literals::StringLiterals;

class TestUrlPolicy : public QObject
{
    Q_OBJECT

private slots:
    void transport_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("https") << "https://mcs.us1.twilio.com/v1" << true;
        QTest::newRow("http 127.0.0.1") << "http://127.0.0.1:8080" << true;
        QTest::newRow("http 127.1.2.3") << "http://127.1.2.3:8080" << true;
        QTest::newRow("http localhost") << "http://localhost:9" << true;
        QTest::newRow("http LOCALHOST") << "http://LOCALHOST:9" << true;
        QTest::newRow("http ::1") << "http://[::1]:8080" << true;
        QTest::newRow("http remote") << "http://mcs.us1.twilio.com" << false;
        QTest::newRow("http private lan") << "http://192.168.1.10" << false;
        QTest::newRow("http localhost lookalike") << "http://localhost.evil.example" << false;
        QTest::newRow("http 128.0.0.1") << "http://128.0.0.1" << false;
        QTest::newRow("ftp") << "ftp://127.0.0.1" << false;
        QTest::newRow("no host") << "https://" << false;
    }

    void transport()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        const Result<> transport = UrlPolicy::checkTransport(QUrl(url));
        QCOMPARE(transport.ok(), allowed);
        QCOMPARE(transport.problem().isEmpty(), allowed);
    }

    void baseUrls_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<bool>("allowed");
        QTest::newRow("origin") << "https://mcs.us1.twilio.com" << true;
        QTest::newRow("trailing slash") << "https://mcs.us1.twilio.com/" << true;
        QTest::newRow("emulator") << "http://127.0.0.1:43210" << true;
        QTest::newRow("with path") << "https://mcs.us1.twilio.com/v1" << false;
        QTest::newRow("with query") << "https://mcs.us1.twilio.com?x=1" << false;
        QTest::newRow("with user") << "https://user:pw@mcs.us1.twilio.com" << false;
        QTest::newRow("remote http") << "http://mcs.us1.twilio.com" << false;
    }

    void baseUrls()
    {
        QFETCH(QString, url);
        QFETCH(bool, allowed);
        QCOMPARE(UrlPolicy::checkBaseUrl(QUrl(url)).ok(), allowed);
    }

    void origins()
    {
        QVERIFY(UrlPolicy::sameOrigin(QUrl(QStringLiteral("https://a.example/x")),
                                      QUrl(QStringLiteral("https://A.example:443/y"))));
        QVERIFY(!UrlPolicy::sameOrigin(QUrl(QStringLiteral("https://a.example")),
                                       QUrl(QStringLiteral("http://a.example"))));
        QVERIFY(!UrlPolicy::sameOrigin(QUrl(QStringLiteral("http://127.0.0.1:1000")),
                                       QUrl(QStringLiteral("http://127.0.0.1:1001"))));
        QVERIFY(!UrlPolicy::sameOrigin(QUrl(QStringLiteral("https://mcs.us1.twilio.com")),
                                       QUrl(QStringLiteral("https://media.us1.twilio.com"))));
    }

    void redaction()
    {
        const QString r = UrlPolicy::redacted(
            QUrl(QStringLiteral("https://user:pw@media.us1.twilio.com/"
                                "ME1?Expires=1714670430&Signature=abc~d-e&Key-Pair-Id=APKA1")));
        QVERIFY(!r.contains(QLatin1String("abc~d-e")));
        QVERIFY(!r.contains(QLatin1String("APKA1")));
        QVERIFY(!r.contains(QLatin1String("pw")));
        QVERIFY(r.contains(QLatin1String("Expires=1714670430")));
        QVERIFY(r.contains(QLatin1String("Signature=REDACTED")));
    }

    void redactionKnowsEverySignedLink_data()
    {
        QTest::addColumn<QString>("url");
        QTest::addColumn<QString>("expected");
        QTest::newRow("S3 presigned")
            << u"https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4&X-Amz-Credential=AKIA%2F1&X-Amz-Signature=ab&X-Amz-Security-Token=t"_s
            << u"https://b.s3.amazonaws.com/k?X-Amz-Algorithm=AWS4&X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED&X-Amz-Security-Token=REDACTED"_s;
        QTest::newRow("Azure SAS") << u"https://a.blob.core.windows.net/c/b?sv=2020&sig=abc%3D&se=1"_s
                                   << u"https://a.blob.core.windows.net/c/b?sv=2020&sig=REDACTED&se=1"_s;
        QTest::newRow("a fragment") << u"https://x.example/ME1?a=1#access_token=abc"_s
                                    << u"https://x.example/ME1?a=1"_s;
        QTest::newRow("a percent-encoded name")
            << u"https://x.example/?Signat%75re=abc"_s
            << u"https://x.example/?Signature=REDACTED"_s; // QUrl decodes the name
        QTest::newRow("nothing to hide")
            << u"https://x.example/a?Filename=a%20b.png"_s << u"https://x.example/a?Filename=a%20b.png"_s;
    }

    void redactionKnowsEverySignedLink()
    {
        QFETCH(QString, url);
        QFETCH(QString, expected);
        QCOMPARE(UrlPolicy::redacted(QUrl(url)), expected);
    }

    void linksInTextAreRedacted()
    {
        QCOMPARE(
            UrlPolicy::redactedUrlsIn(
                u"see https://m.example/ME1?Expires=1&Signature=abc, and http://a.example/?sig=x."_s),
            u"see https://m.example/ME1?Expires=1&Signature=REDACTED, and http://a.example/?sig=REDACTED."_s);
    }

    void regions()
    {
        const auto us = Endpoints::forRegion(QString());
        QVERIFY(us);
        QCOMPARE(us->mcs.toString(), QStringLiteral("https://mcs.us1.twilio.com"));
        QCOMPARE(us->conversations.toString(), QStringLiteral("https://conversations.twilio.com"));
        const auto ie = Endpoints::forRegion(QStringLiteral("IE1"));
        QVERIFY(ie);
        QCOMPARE(ie->mcs.host(), QStringLiteral("mcs.ie1.twilio.com"));
        const auto au = Endpoints::forRegion(QStringLiteral("au1"));
        QVERIFY(!au);
        QVERIFY(au.problem().contains(QLatin1String("au1")));
        QCOMPARE(us->mcsUrl(QStringLiteral("/v1/Services/IS1/Media")).toString(),
                 QStringLiteral("https://mcs.us1.twilio.com/v1/Services/IS1/Media"));
    }

    void filenameEncoding_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("encoded");
        QTest::newRow("space") << "my file.png"
                               << "my%20file.png";
        QTest::newRow("plus") << "a+b.png"
                              << "a%2Bb.png";
        QTest::newRow("ampersand equals") << "a&b=c.txt"
                                          << "a%26b%3Dc.txt";
        QTest::newRow("japanese") << QStringLiteral("写真.jpg") << "%E5%86%99%E7%9C%9F.jpg";
        QTest::newRow("percent") << "100%.txt"
                                 << "100%25.txt";
        QTest::newRow("unreserved") << "A-z_0.9~"
                                    << "A-z_0.9~";
    }

    void filenameEncoding()
    {
        QFETCH(QString, name);
        QFETCH(QString, encoded);
        QCOMPARE(McsUrls::encodeQueryValue(name), encoded);
    }
};

QTEST_GUILESS_MAIN(TestUrlPolicy)
#include "tst_urlpolicy.moc"
