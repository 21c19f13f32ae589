#include "twilio/twilioerror.h"

#include <QTest>

using namespace mediadesk;

class TestTwilioError : public QObject
{
    Q_OBJECT

private slots:
    void fromHttp_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("contentType");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("messageContains");
        QTest::addColumn<bool>("transient");

        QTest::newRow("20003") << 401
                               << QByteArray(
                                      "{\"code\":20003,\"detail\":\"\",\"message\":\"Authenticate\",\"more_"
                                      "info\":\"https://www.twilio.com/docs/errors/20003\",\"status\":401}")
                               << QByteArray("application/json") << 20003 << "error 20003" << false;
        QTest::newRow("401 html") << 401
                                  << QByteArray("<html><title>401 Authorization Required</title></html>")
                                  << QByteArray("text/html") << 0 << "rejected the credentials" << false;
        QTest::newRow("20404")
            << 404
            << QByteArray(
                   "{\"code\":20404,\"message\":\"The requested resource /Services/IS1/Media/ME1 was not "
                   "found\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\",\"status\":404}")
            << QByteArray("application/json") << 20404 << "/Services/IS1/Media/ME1 was not found" << false;
        QTest::newRow("20403") << 403
                               << QByteArray("{\"code\":20403,\"message\":\"Forbidden\",\"status\":403}")
                               << QByteArray("application/json") << 20403 << "suspended" << false;
        QTest::newRow("20429") << 429
                               << QByteArray(
                                      "{\"code\":20429,\"message\":\"Too Many Requests\",\"status\":429}")
                               << QByteArray("application/json") << 20429 << "HTTP 429, error 20429" << true;
        QTest::newRow("413 json no code") << 413 << QByteArray("{\"message\":\"too large\",\"status\":413}")
                                          << QByteArray("application/json") << 0 << "150 MB" << false;
        QTest::newRow("413 html") << 413
                                  << QByteArray(
                                         "<html><head><title>413 Request Entity Too Large</title></head>"
                                         "<body><center><h1>413</h1></center><hr>nginx</body></html>")
                                  << QByteArray("text/html") << 0 << "150 MB" << false;
        QTest::newRow("502 html") << 502 << QByteArray("<html><body><h1>502 Bad Gateway</h1></body></html>")
                                  << QByteArray("text/html") << 0 << "HTTP 502 Bad Gateway" << true;
        QTest::newRow("503 empty") << 503 << QByteArray() << QByteArray() << 0
                                   << "HTTP 503 Service Unavailable" << true;
        QTest::newRow("504 truncated json")
            << 504 << QByteArray("{\"code\": 2") << QByteArray("application/json") << 0 << "HTTP 504" << true;
        QTest::newRow("500") << 500 << QByteArray("{\"code\":20500,\"message\":\"Internal\",\"status\":500}")
                             << QByteArray("application/json") << 20500 << "error 20500" << false;
        const QByteArray json("application/json");
        QTest::newRow("50506") << 400 << QByteArray("{\"code\":50506,\"message\":\"Media SID not provided\"}")
                               << json << 50506 << "named no media" << false;
        QTest::newRow("50507") << 400 << QByteArray("{\"code\":50507,\"message\":\"Media not found\"}")
                               << json << 50507 << "within five minutes" << false;
        QTest::newRow("50510") << 400
                               << QByteArray("{\"code\":50510,\"message\":\"Invalid message media SID\"}")
                               << json << 50510 << "already carries it" << false;
        QTest::newRow("50511") << 400 << QByteArray("{\"code\":50511,\"message\":\"Invalid type\"}") << json
                               << 50511 << "does not accept media of this type" << false;
        QTest::newRow("50512") << 400 << QByteArray("{\"code\":50512,\"message\":\"Too large\"}") << json
                               << 50512 << "too large for this conversation" << false;
        QTest::newRow("400 plain") << 400 << QByteArray("Missing Filename") << QByteArray("text/plain") << 0
                                   << "Missing Filename" << false;
    }

    void fromHttp()
    {
        QFETCH(int, status);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, contentType);
        QFETCH(int, code);
        QFETCH(QString, messageContains);
        QFETCH(bool, transient);
        const TwilioError e = TwilioError::fromHttp(status, body, contentType);
        QCOMPARE(e.kind(), TwilioError::Kind::Http);
        QCOMPARE(e.httpStatus(), status);
        QCOMPARE(e.code(), code);
        QVERIFY2(e.userMessage().contains(messageContains), qPrintable(e.userMessage()));
        QCOMPARE(e.isTransient(), transient);
        QVERIFY(!e.userMessage().contains(QLatin1String("<html")));
        QVERIFY(e.logSummary().startsWith(QStringLiteral("HTTP %1").arg(status)));
    }

    void nonHttpKinds_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("transient");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("network") << int(TwilioError::Kind::Network) << true << "Could not reach mcs.example";
        QTest::newRow("timeout") << int(TwilioError::Kind::Timeout) << true << "stopped responding";
        QTest::newRow("tls") << int(TwilioError::Kind::Tls) << false << "secure connection";
        QTest::newRow("proxy") << int(TwilioError::Kind::Proxy) << false << "proxy";
        QTest::newRow("cancelled") << int(TwilioError::Kind::Cancelled) << false << "Cancelled";
        QTest::newRow("file") << int(TwilioError::Kind::File) << false << "the detail";
    }

    void nonHttpKinds()
    {
        QFETCH(int, kind);
        QFETCH(bool, transient);
        QFETCH(QString, messageContains);
        const TwilioError e = TwilioError::make(TwilioError::Kind(kind), QStringLiteral("the detail"),
                                                QStringLiteral("mcs.example"));
        QCOMPARE(e.isTransient(), transient);
        QVERIFY2(e.userMessage().contains(messageContains), qPrintable(e.userMessage()));
    }
};

QTEST_GUILESS_MAIN(TestTwilioError)
#include "tst_twilioerror.moc"
