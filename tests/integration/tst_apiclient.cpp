// ApiClient's rules, over real sockets: where credentials go, redirects, retries, timeouts, errors,
// and the redacted request log.
#include "emulatorclient.h"
#include "logging.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "net/requestlog.h"
#include "scriptedserver.h"

#include <QElapsedTimer>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>
#include <QUrlQuery>

using namespace mediadesk;

class TestApiClient : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    ApiClient m_client;

    ApiReply *get(const QUrl &url, bool authenticate = true)
    {
        ApiRequest request;
        request.url = url;
        request.authenticate = authenticate;
        return m_client.sendNow(request);
    }

    static bool waitFinished(ApiReply *reply, int timeoutMs = 20000)
    {
        if (reply->isFinished())
            return true;
        QSignalSpy spy(reply, &ApiReply::finished);
        return spy.wait(timeoutMs);
    }

    QUrl api(const QString &path) const
    {
        QUrl url = m_emulator.baseUrl();
        url.setPath(path);
        return url;
    }

    QUrl redirectVia(const QUrl &from, const QUrl &to, int status = 302) const
    {
        QUrl url = from;
        url.setPath(QStringLiteral("/_emulator/redirect"));
        QUrlQuery q;
        q.addQueryItem(QStringLiteral("to"), QString::fromLatin1(to.toEncoded().toPercentEncoding()));
        q.addQueryItem(QStringLiteral("status"), QString::number(status));
        url.setQuery(q);
        return url;
    }

    QUrl servicesUrl() const { return api(QStringLiteral("/v1/Services")); }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        connectToEmulator(m_client, m_emulator);
        RetryPolicy fast = m_client.retryPolicy();
        fast.maxAttempts = 4;
        m_client.setRetryPolicy(fast);
    }

    void init() { QVERIFY(m_emulator.clearFaults()); }

    void credentialsReachTheConfiguredOrigin()
    {
        std::unique_ptr<ApiReply> reply(get(servicesUrl()));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->status(), 200);
        QVERIFY(reply->body().contains("\"services\""));
    }

    void apiKeyCredentialsWork()
    {
        ApiClient client;
        client.setEndpoints(m_client.endpoints());
        client.setCredentials(Credentials::apiKey(EmulatorProcess::accountSid(), EmulatorProcess::apiKeySid(),
                                                  EmulatorProcess::apiKeySecret()));
        ApiRequest request;
        request.url = servicesUrl();
        std::unique_ptr<ApiReply> reply(client.sendNow(request));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
    }

    void noCredentialsToOtherOrigins()
    {
        // Asked to authenticate, but the media origin is not a configured one: nothing is attached.
        QUrl echo = m_emulator.mediaUrl();
        echo.setPath(QStringLiteral("/_emulator/echo"));
        std::unique_ptr<ApiReply> reply(get(echo, true));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
        QCOMPARE(QJsonDocument::fromJson(reply->body())
                     .object()
                     .value(QLatin1String("authorization_present"))
                     .toBool(),
                 false);
    }

    void redirectToAnotherOriginDropsCredentials_data()
    {
        QTest::addColumn<int>("status");
        QTest::newRow("302") << 302;
        QTest::newRow("307") << 307;
        QTest::newRow("301") << 301;
        QTest::newRow("303") << 303;
        QTest::newRow("308") << 308;
    }

    void redirectToAnotherOriginDropsCredentials()
    {
        QFETCH(int, status);
        QUrl echo = m_emulator.mediaUrl();
        echo.setPath(QStringLiteral("/_emulator/echo"));
        std::unique_ptr<ApiReply> reply(get(redirectVia(m_emulator.baseUrl(), echo, status)));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
        const QJsonObject o = QJsonDocument::fromJson(reply->body()).object();
        QCOMPARE(o.value(QLatin1String("origin")).toString(), QStringLiteral("media"));
        QCOMPARE(o.value(QLatin1String("authorization_present")).toBool(), false);
        QCOMPARE(reply->finalUrl().port(), m_emulator.mediaUrl().port());
    }

    void sameOriginRedirectKeepsCredentials()
    {
        std::unique_ptr<ApiReply> reply(get(redirectVia(m_emulator.baseUrl(), servicesUrl())));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage())); // a 401 would mean dropped
        QVERIFY(reply->body().contains("\"services\""));
    }

    void credentialsNeverReturnOnceTheChainLeftTheOrigin()
    {
        // api → media → api: the media host chose the path the chain comes back to, so the
        // configured origin does not get the credentials again in this chain.
        QUrl echo = api(QStringLiteral("/_emulator/echo"));
        const QUrl viaMedia = redirectVia(m_emulator.mediaUrl(), echo);
        std::unique_ptr<ApiReply> reply(get(redirectVia(m_emulator.baseUrl(), viaMedia)));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
        const QJsonObject o = QJsonDocument::fromJson(reply->body()).object();
        QCOMPARE(o.value(QLatin1String("origin")).toString(), QStringLiteral("api"));
        QCOMPARE(o.value(QLatin1String("authorization_present")).toBool(), false);
    }

    void headerWithControlCharactersIsNeverSent_data()
    {
        QTest::addColumn<QByteArray>("name");
        QTest::addColumn<QByteArray>("value");
        QTest::newRow("CR LF in a value") << QByteArray("X-Note") << QByteArray("a\r\nX-Injected: yes");
        QTest::newRow("LF in a value") << QByteArray("X-Note") << QByteArray("a\nb");
        QTest::newRow("NUL in a value") << QByteArray("X-Note") << QByteArray("a\0b", 3);
        QTest::newRow("DEL in a value") << QByteArray("X-Note") << QByteArray("a\x7f");
        QTest::newRow("colon in a name") << QByteArray("X-Note: y\r\nX-Injected") << QByteArray("yes");
        QTest::newRow("space in a name") << QByteArray("X Note") << QByteArray("yes");
        QTest::newRow("empty name") << QByteArray() << QByteArray("yes");
    }

    void headerWithControlCharactersIsNeverSent()
    {
        QFETCH(QByteArray, name);
        QFETCH(QByteArray, value);
        const int before = m_emulator.stats().value(QLatin1String("requests")).toInt();
        ApiRequest request;
        request.url = servicesUrl();
        request.headers = {{name, value}};
        std::unique_ptr<ApiReply> reply(m_client.sendNow(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind(), TwilioError::Kind::InvalidRequest);
        QCOMPARE(m_emulator.stats().value(QLatin1String("requests")).toInt(), before);
    }

    void tabInAHeaderValueIsFine()
    {
        ApiRequest request;
        request.url = servicesUrl();
        request.headers = {{QByteArrayLiteral("X-Note"), QByteArrayLiteral("a\tb")}};
        std::unique_ptr<ApiReply> reply(m_client.sendNow(request));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
    }

    void tooManyRedirects()
    {
        QUrl url = servicesUrl();
        for (int i = 0; i < ApiClient::MaxRedirects + 1; ++i)
            url = redirectVia(m_emulator.baseUrl(), url);
        std::unique_ptr<ApiReply> reply(get(url));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind(), TwilioError::Kind::Redirect);
        QVERIFY(reply->error().userMessage().contains(QLatin1String("5 redirects")));
    }

    void fiveRedirectsAreFine()
    {
        QUrl url = servicesUrl();
        for (int i = 0; i < ApiClient::MaxRedirects; ++i)
            url = redirectVia(m_emulator.baseUrl(), url);
        std::unique_ptr<ApiReply> reply(get(url));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
    }

    void redirectToRemotePlainHttpIsRefused()
    {
        // A server of our own sends the redirect: the emulator's helper only leads to loopback.
        ScriptedServer server;
        QVERIFY(server.listen());
        server.setReply("HTTP/1.1 302 Found\r\nLocation: http://mcs.example.invalid/v1/Services\r\n"
                        "Content-Length: 0\r\n\r\n");
        std::unique_ptr<ApiReply> reply(
            get(QUrl(QStringLiteral("http://127.0.0.1:%1/v1/Services").arg(server.port())), false));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind(), TwilioError::Kind::InsecureUrl);
        QCOMPARE(server.requests(), 1);
    }

    void remotePlainHttpIsNeverContacted()
    {
        std::unique_ptr<ApiReply> reply(get(QUrl(QStringLiteral("http://mcs.example.invalid/v1/Services"))));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind(), TwilioError::Kind::InsecureUrl);
        QVERIFY(reply->error().userMessage().contains(QLatin1String("mcs.example.invalid")));
    }

    void retriesTransientStatuses_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<bool>("html");
        QTest::newRow("503") << 503 << false;
        QTest::newRow("502 html") << 502 << true;
        QTest::newRow("504") << 504 << false;
        QTest::newRow("429 without Retry-After") << 429 << false;
    }

    void retriesTransientStatuses()
    {
        QFETCH(int, status);
        QFETCH(bool, html);
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("html"), html},
                                     {QStringLiteral("count"), 2}}));
        std::unique_ptr<ApiReply> reply(get(servicesUrl()));
        QSignalSpy retrying(reply.get(), &ApiReply::retrying);
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
        QCOMPARE(reply->attempts(), 3);
        QCOMPARE(retrying.count(), 2);
        QCOMPARE(retrying.at(0).at(2).value<TwilioError>().httpStatus(), status);
    }

    void honoursRetryAfter()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("status"), 429},
                                     {QStringLiteral("retry_after"), QStringLiteral("1")},
                                     {QStringLiteral("count"), 1}}));
        QElapsedTimer timer;
        timer.start();
        std::unique_ptr<ApiReply> reply(get(servicesUrl()));
        QSignalSpy retrying(reply.get(), &ApiReply::retrying);
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
        QCOMPARE(retrying.count(), 1);
        QVERIFY(retrying.at(0).at(1).toInt() >= 1000);
        QVERIFY(timer.elapsed() >= 1000);
    }

    void givesUpAfterMaxAttempts()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("status"), 503},
                                     {QStringLiteral("count"), 10}}));
        std::unique_ptr<ApiReply> reply(get(servicesUrl()));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().httpStatus(), 503);
        QCOMPARE(reply->attempts(), m_client.retryPolicy().maxAttempts);
        QVERIFY(reply->error().userMessage().contains(QLatin1String("503")));
    }

    void permanentErrorsAreNotRetried_data()
    {
        QTest::addColumn<int>("status");
        QTest::addColumn<QString>("messageContains");
        QTest::newRow("400") << 400 << "HTTP 400";
        QTest::newRow("403") << 403 << "refused access";
        QTest::newRow("500") << 500 << "HTTP 500";
    }

    void permanentErrorsAreNotRetried()
    {
        QFETCH(int, status);
        QFETCH(QString, messageContains);
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("status"), status},
                                     {QStringLiteral("count"), 1}}));
        std::unique_ptr<ApiReply> reply(get(servicesUrl()));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->attempts(), 1);
        QCOMPARE(reply->error().httpStatus(), status);
        QVERIFY2(reply->error().userMessage().contains(messageContains),
                 qPrintable(reply->error().userMessage()));
    }

    void wrongCredentialsGive20003()
    {
        ApiClient client;
        client.setEndpoints(m_client.endpoints());
        client.setCredentials(
            Credentials::authToken(EmulatorProcess::accountSid(), QStringLiteral("wrong-token")));
        ApiRequest request;
        request.url = servicesUrl();
        std::unique_ptr<ApiReply> reply(client.sendNow(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().httpStatus(), 401);
        QCOMPARE(reply->error().code(), 20003);
        QCOMPARE(reply->attempts(), 1);
        QVERIFY(reply->error().userMessage().contains(QLatin1String("20003")));
    }

    void droppedConnectionIsRetried()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("drop"), true},
                                     {QStringLiteral("count"), 4}})); // QNAM resends once by itself
        std::unique_ptr<ApiReply> reply(get(servicesUrl()));
        QVERIFY(waitFinished(reply.get()));
        QVERIFY2(reply->succeeded(), qPrintable(reply->error().userMessage()));
        QVERIFY(reply->attempts() >= 2);
    }

    void inactivityTimeout()
    {
        ApiClient client;
        client.setEndpoints(m_client.endpoints());
        client.setCredentials(
            Credentials::authToken(EmulatorProcess::accountSid(), EmulatorProcess::authToken()));
        client.setInactivityTimeoutMs(300);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("delay_ms"), 3000},
                                     {QStringLiteral("count"), 1}}));
        ApiRequest request;
        request.url = servicesUrl();
        std::unique_ptr<ApiReply> reply(client.sendNow(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind(), TwilioError::Kind::Timeout);
        QVERIFY(reply->error().isTransient());
    }

    void deadlineEndsAReplyThatNeverCompletes()
    {
        // The server holds the reply back (as a drip would): the inactivity timeout alone is
        // generous, the deadline is not.
        ApiClient client;
        client.setEndpoints(m_client.endpoints());
        client.setCredentials(
            Credentials::authToken(EmulatorProcess::accountSid(), EmulatorProcess::authToken()));
        client.setInactivityTimeoutMs(20000);
        client.setRequestDeadlineMs(500);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("delay_ms"), 4000},
                                     {QStringLiteral("count"), 1}}));
        ApiRequest request;
        request.url = servicesUrl();
        QElapsedTimer elapsed;
        elapsed.start();
        std::unique_ptr<ApiReply> reply(client.sendNow(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind(), TwilioError::Kind::Timeout);
        QVERIFY2(reply->error().userMessage().contains(QLatin1String("no complete reply within 0.5 seconds")),
                 qPrintable(reply->error().userMessage()));
        QVERIFY2(elapsed.elapsed() < 3500, "the deadline, not the server, ended the request");
    }

    void abortFinishesAsCancelled()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("delay_ms"), 2000},
                                     {QStringLiteral("count"), 1}}));
        std::unique_ptr<ApiReply> reply(get(servicesUrl()));
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        QTest::qWait(200);
        reply->abort();
        QCOMPARE(finished.count(), 1);
        QCOMPARE(reply->error().kind(), TwilioError::Kind::Cancelled);
    }

    void connectionRefused()
    {
        ApiClient client;
        Endpoints e;
        e.mcs = QUrl(QStringLiteral("http://127.0.0.1:1"));
        e.conversations = e.mcs;
        client.setEndpoints(e);
        RetryPolicy once;
        once.maxAttempts = 1;
        client.setRetryPolicy(once);
        ApiRequest request;
        request.url = QUrl(QStringLiteral("http://127.0.0.1:1/v1/Services"));
        std::unique_ptr<ApiReply> reply(client.sendNow(request));
        QVERIFY(waitFinished(reply.get()));
        QCOMPARE(reply->error().kind(), TwilioError::Kind::Network);
        QVERIFY(reply->error().userMessage().contains(QLatin1String("127.0.0.1")));
    }

    void requestLogIsRedacted()
    {
        const QString secret = EmulatorProcess::authToken();
        const QByteArray basic =
            Credentials::authToken(EmulatorProcess::accountSid(), secret).authorizationHeader();
        QUrl signedUrl = m_emulator.mediaUrl();
        signedUrl.setPath(QStringLiteral("/_emulator/echo"));
        signedUrl.setQuery(
            QStringLiteral("Expires=1&Signature=very-secret-signature&Key-Pair-Id=APKASECRET"));
        std::unique_ptr<ApiReply> reply(get(signedUrl, false));
        QVERIFY(waitFinished(reply.get()));
        const auto entries = m_client.requestLog()->entries();
        QVERIFY(!entries.isEmpty());
        for (const RequestLogEntry &e : entries) {
            const QString line = RequestLog::format(e);
            QVERIFY(!line.contains(secret));
            QVERIFY(!line.contains(QString::fromLatin1(basic)));
            QVERIFY(!line.contains(QLatin1String("very-secret-signature")));
        }
        const QString last = RequestLog::format(entries.last());
        QVERIFY2(last.contains(QLatin1String("GET")) && last.contains(QLatin1String("200")),
                 qPrintable(last));
    }

    void diagnosticsAreOffByDefaultAndNeverHoldSecrets_data()
    {
        QTest::addColumn<QString>("rules");
        QTest::addColumn<bool>("logged");
        QTest::newRow("default") << QString() << false;
        QTest::newRow("QT_LOGGING_RULES mediadesk.net") << QStringLiteral("mediadesk.net.debug=true") << true;
        QTest::newRow("--verbose") << QStringLiteral("verbose") << true;
    }

    void diagnosticsAreOffByDefaultAndNeverHoldSecrets()
    {
        QFETCH(QString, rules);
        QFETCH(bool, logged);
        if (rules == QLatin1String("verbose"))
            enableVerboseLogging();
        else
            QLoggingCategory::setFilterRules(rules);
        const auto restore = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
        static QStringList captured;
        captured.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (QByteArray(context.category).startsWith("mediadesk."))
                    captured.append(QString::fromLatin1(context.category) + u' ' + message);
            });
        const auto uninstall = qScopeGuard([previous] { qInstallMessageHandler(previous); });

        QUrl signedUrl = m_emulator.mediaUrl();
        signedUrl.setPath(QStringLiteral("/_emulator/echo"));
        signedUrl.setQuery(QStringLiteral("Expires=1&Signature=very-secret-signature"));
        std::unique_ptr<ApiReply> media(get(signedUrl, false));
        std::unique_ptr<ApiReply> api(get(servicesUrl())); // with the account's credentials
        QVERIFY(waitFinished(media.get()));
        QVERIFY(waitFinished(api.get()));
        QCOMPARE(!captured.isEmpty(), logged);
        if (!logged)
            return;
        const QString all = captured.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("mediadesk.net GET ")) &&
                     all.contains(QLatin1String("/v1/Services")),
                 qPrintable(all));
        const QByteArray basic =
            Credentials::authToken(EmulatorProcess::accountSid(), EmulatorProcess::authToken())
                .authorizationHeader();
        QVERIFY(!all.contains(EmulatorProcess::authToken()));
        QVERIFY(!all.contains(QString::fromLatin1(basic.mid(6)))); // the base64 of "AC…:token"
        QVERIFY(!all.contains(QLatin1String("very-secret-signature")));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_emulator.stats().value(QLatin1String("credential_leaks")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestApiClient)
#include "tst_apiclient.moc"
