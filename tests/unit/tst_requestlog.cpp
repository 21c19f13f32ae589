// What the request log keeps of an exchange, and how it is written out for someone else: never a
// credential, a cookie or a signature; a curl command a shell reads as meant; HAR's own rules.
#include "net/requestexport.h"
#include "net/requestlog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTest>

using namespace mediadesk;
using namespace Qt::Literals::StringLiterals;

class TestRequestLog : public QObject
{
    Q_OBJECT

    static RequestLogEntry entry(const QByteArray &method, const QString &url)
    {
        RequestLogEntry e;
        e.startedAt = QDateTime(QDate(2026, 12, 7), QTime(23, 1, 2, 345), Qt::UTC);
        e.method = method;
        e.url = url;
        e.status = 200;
        e.durationMs = 120;
        e.waitMs = 80;
        return e;
    }

    // What bash makes of a command: each word curl would get, one per line.
    static QStringList wordsOf(const QString &command)
    {
        QProcess bash;
        bash.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"),
                    QStringLiteral("words() { printf '%s\\n' \"$@\"; }; ") +
                        QString(command).replace(QLatin1String("curl"), QLatin1String("words"))});
        if (!bash.waitForFinished(10000))
            return {};
        return QString::fromUtf8(bash.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    }

private slots:
    void headersLoseWhatIsSecret_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::addColumn<QByteArray>("kept"); // empty: dropped

        QTest::newRow("Authorization")
            << QByteArray("Authorization") << QByteArray("Basic QUM6dG9rZW4=") << QByteArray();
        QTest::newRow("proxy authorization")
            << QByteArray("Proxy-Authorization") << QByteArray("Basic eDp5") << QByteArray();
        QTest::newRow("cookie") << QByteArray("Cookie") << QByteArray("session=1") << QByteArray();
        QTest::newRow("set-cookie") << QByteArray("Set-Cookie") << QByteArray("session=1") << QByteArray();
        QTest::newRow("a token header") << QByteArray("X-Twilio-Token") << QByteArray("abc") << QByteArray();
        QTest::newRow("a location's signature")
            << QByteArray("Location")
            << QByteArray("https://media.example/ME1?Expires=1&Signature=s3cr3t&Key-Pair-Id=K")
            << QByteArray("https://media.example/ME1?Expires=1&Signature=REDACTED&Key-Pair-Id=REDACTED");
        QTest::newRow("content type")
            << QByteArray("Content-Type") << QByteArray("image/png") << QByteArray("image/png");
        QTest::newRow("range") << QByteArray("Range") << QByteArray("bytes=100-") << QByteArray("bytes=100-");
    }

    void headersLoseWhatIsSecret()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        QFETCH(QByteArray, kept);
        const HeaderList redacted = RequestLog::redactedHeaders({{name, value}});
        if (kept.isEmpty()) {
            QVERIFY(redacted.isEmpty());
            return;
        }
        QCOMPARE(redacted.size(), 1);
        QCOMPARE(redacted.first().second, kept);
    }

    void bodiesLoseWhatIsSecret_data()
    {
        QTest::addColumn<QByteArray>("type");
        QTest::addColumn<QByteArray>("body");
        QTest::addColumn<QByteArray>("logged");

        QTest::newRow("a message form") << QByteArray("application/x-www-form-urlencoded")
                                        << QByteArray("Author=ann&Body=hi%20there&MediaSid=ME1")
                                        << QByteArray("Author=ann&Body=hi%20there&MediaSid=ME1");
        QTest::newRow("a form with a password")
            << QByteArray("application/x-www-form-urlencoded; charset=utf-8")
            << QByteArray("User=ann&Pass%77ord=hunter2&AuthToken=x")
            << QByteArray("User=ann&Pass%77ord=REDACTED&AuthToken=REDACTED");
        QTest::newRow("JSON, nested")
            << QByteArray("application/json")
            << QByteArray(R"({"command":"get","list":[{"media_sid":"ME1","api_secret":"x"}]})")
            << QByteArray(R"({"command":"get","list":[{"api_secret":"REDACTED","media_sid":"ME1"}]})");
        QTest::newRow("a signed link in a message")
            << QByteArray("application/x-www-form-urlencoded")
            << QByteArray("Body=see%20https%3A%2F%2Fmedia.example%2FME1%3FExpires%3D1%26Signature%3Ds3cr3t%"
                          "20ok&Author=ann")
            << QByteArray("Body=see%20https%3A%2F%2Fmedia.example%2FME1%3FExpires%3D1%26Signature%3DREDACTED%"
                          "20ok&Author=ann");
        QTest::newRow("a presigned S3 link in JSON")
            << QByteArray("application/json")
            << QByteArray("{\"note\":\"https://b.s3.amazonaws.com/"
                          "k?X-Amz-Credential=AKIA&X-Amz-Signature=abc&x=1\"}")
            << QByteArray("{\"note\":\"https://b.s3.amazonaws.com/"
                          "k?X-Amz-Credential=REDACTED&X-Amz-Signature=REDACTED&x=1\"}");
        QTest::newRow("JSON that is not")
            << QByteArray("application/json") << QByteArray("{\"token\": ") << QByteArray();
        QTest::newRow("anything else")
            << QByteArray("application/octet-stream") << QByteArray("\x01\x02secret") << QByteArray();
    }

    void bodiesLoseWhatIsSecret()
    {
        QFETCH(QByteArray, type);
        QFETCH(QByteArray, body);
        QFETCH(QByteArray, logged);
        QCOMPARE(RequestLog::redactedBody(body, type), logged);
    }

    void curlCommandsSayWhatWasSent_data()
    {
        QTest::addColumn<RequestLogEntry>("entry");
        QTest::addColumn<QStringList>("words"); // as bash hands them to curl

        const QString media = QStringLiteral("https://mcs.us1.twilio.com/v1/Services/IS1/Media");
        RequestLogEntry get = entry("GET", media + QStringLiteral("/ME1"));
        get.credentials = Credentials::Method::AuthToken;
        get.requestHeaders = {{"Accept", "application/json"}, {"User-Agent", "MediaDesk/1"}};
        QTest::newRow("a look-up") << get
                                   << QStringList{u"-u"_s, u"AC:token"_s, u"-H"_s,
                                                  u"Accept: application/json"_s, get.url};

        RequestLogEntry upload = entry("POST", media + QStringLiteral("?Filename=it%27s.png"));
        upload.credentials = Credentials::Method::ApiKey;
        upload.requestHeaders = {{"Content-Type", "image/png"}, {"Content-Length", "5"}};
        upload.bodyFile = QStringLiteral("/home/ann/it's $HOME.png");
        upload.bytesSent = 5;
        QTest::newRow("an upload, its file quoted") << upload
                                                    << QStringList{u"-u"_s,
                                                                   u"SK:secret"_s,
                                                                   u"-H"_s,
                                                                   u"Content-Type: image/png"_s,
                                                                   u"--data-binary"_s,
                                                                   u"@/home/ann/it's $HOME.png"_s,
                                                                   upload.url};

        RequestLogEntry form =
            entry("POST", QStringLiteral("https://conversations.twilio.com/v1/Conversations/CH1/Messages"));
        form.credentials = Credentials::Method::AuthToken;
        form.requestHeaders = {{"Content-Type", "application/x-www-form-urlencoded"}};
        form.bodyText = "Body=it%27s&MediaSid=ME1";
        QTest::newRow("a message")
            << form << QStringList{u"-u"_s,         u"AC:token"_s,
                                   u"-H"_s,         u"Content-Type: application/x-www-form-urlencoded"_s,
                                   u"--data-raw"_s, u"Body=it%27s&MediaSid=ME1"_s,
                                   form.url};

        QTest::newRow("a removal") << entry("DELETE", media + QStringLiteral("/ME1"))
                                   << QStringList{u"-X"_s, u"DELETE"_s, media + QStringLiteral("/ME1")};
        QTest::newRow("a HEAD") << entry("HEAD", media) << QStringList{u"--head"_s, media};

        RequestLogEntry link =
            entry("GET", QStringLiteral("https://media.example/ME1?Expires=1&Signature=REDACTED"));
        link.requestHeaders = {{"Range", "bytes=10-"}, {"If-Range", "\"e1\""}};
        QTest::newRow("a temporary link, no credentials")
            << link << QStringList{u"-H"_s, u"Range: bytes=10-"_s, u"-H"_s, u"If-Range: \"e1\""_s, link.url};
    }

    void curlCommandsSayWhatWasSent()
    {
        QFETCH(RequestLogEntry, entry);
        QFETCH(QStringList, words);
        const QString command = RequestExport::curlCommand(entry);
        // The variables stand for the credentials; bash fills them in from these.
        const QString filled =
            QStringLiteral("TWILIO_ACCOUNT_SID=AC TWILIO_AUTH_TOKEN=token TWILIO_API_KEY=SK "
                           "TWILIO_API_SECRET=secret; ") +
            command;
        QCOMPARE(wordsOf(filled), words);
        QCOMPARE(command.startsWith(QLatin1String("# ")), entry.url.contains(QLatin1String("REDACTED")));
    }

    void aBodyNotRecordedIsSaidSo()
    {
        RequestLogEntry big =
            entry("POST", QStringLiteral("https://mcs.us1.twilio.com/v1/Services/IS1/MediaSet"));
        big.bytesSent = 100000;
        const QString command = RequestExport::curlCommand(big);
        QVERIFY2(command.startsWith(QLatin1String("# ")) && command.contains(QLatin1String("100000")),
                 qPrintable(command));
    }

    void harFollowsItsFormat()
    {
        RequestLogEntry upload =
            entry("POST", QStringLiteral("https://mcs.us1.twilio.com/v1/Services/IS1/Media?Filename=a.png"));
        upload.status = 201;
        upload.statusText = QStringLiteral("Created");
        upload.credentials = Credentials::Method::AuthToken;
        upload.requestHeaders = {{"Content-Type", "image/png"}};
        upload.responseHeaders = {{"Content-Type", "application/json"}};
        upload.bodyFile = QStringLiteral("/home/ann/Private/a.png");
        upload.bytesSent = 5;
        upload.bytesReceived = 300;
        RequestLogEntry failed = entry("GET", QStringLiteral("https://mcs.us1.twilio.com/v1/Services"));
        failed.status = 0;
        failed.waitMs = -1;
        failed.note = QStringLiteral("connection refused");

        const QByteArray har = RequestExport::har({upload, failed}, QStringLiteral("1.2.3"));
        QVERIFY(!har.contains("/home/ann")); // the file's name only
        const QJsonObject log = QJsonDocument::fromJson(har).object().value(u"log"_s).toObject();
        QCOMPARE(log.value(u"version"_s).toString(), u"1.2"_s);
        QCOMPARE(log.value(u"creator"_s).toObject().value(u"version"_s).toString(), u"1.2.3"_s);
        const QJsonArray entries = log.value(u"entries"_s).toArray();
        QCOMPARE(entries.size(), 2);

        const QJsonObject first = entries.at(0).toObject();
        QCOMPARE(first.value(u"startedDateTime"_s).toString(), u"2026-12-07T23:01:02.345Z"_s);
        const QJsonObject request = first.value(u"request"_s).toObject();
        QCOMPARE(request.value(u"queryString"_s).toArray().at(0).toObject().value(u"value"_s).toString(),
                 u"a.png"_s);
        QCOMPARE(request.value(u"postData"_s).toObject().value(u"mimeType"_s).toString(), u"image/png"_s);
        QVERIFY(request.value(u"postData"_s).toObject().value(u"comment"_s).toString().contains(u"a.png"_s));
        QCOMPARE(request.value(u"bodySize"_s).toInteger(), 5);
        const QJsonObject response = first.value(u"response"_s).toObject();
        QCOMPARE(response.value(u"status"_s).toInt(), 201);
        QCOMPARE(response.value(u"statusText"_s).toString(), u"Created"_s);
        QCOMPARE(response.value(u"content"_s).toObject().value(u"mimeType"_s).toString(),
                 u"application/json"_s);
        QCOMPARE(first.value(u"timings"_s).toObject().value(u"wait"_s).toInteger(), 80);
        QCOMPARE(first.value(u"timings"_s).toObject().value(u"receive"_s).toInteger(), 40);
        QVERIFY(first.value(u"comment"_s).toString().contains(u"Auth Token"_s));

        // No reply: status 0, no version, the whole time waiting.
        const QJsonObject second = entries.at(1).toObject();
        QCOMPARE(second.value(u"response"_s).toObject().value(u"status"_s).toInt(), 0);
        QCOMPARE(second.value(u"timings"_s).toObject().value(u"wait"_s).toInteger(), 120);
        QCOMPARE(second.value(u"comment"_s).toString(), u"connection refused"_s);
        QVERIFY(!second.value(u"request"_s).toObject().contains(u"postData"_s));
    }
};

QTEST_GUILESS_MAIN(TestRequestLog)
#include "tst_requestlog.moc"
