#include "twilio/credentials.h"

#include <QTest>

using namespace mediadesk;

namespace {
const QString Ac = QStringLiteral("AC0123456789abcdef0123456789abcdef");
const QString Sk = QStringLiteral("SK0123456789abcdef0123456789abcdef");
} // namespace

class TestCredentials : public QObject
{
    Q_OBJECT

private slots:
    void environment_data()
    {
        QTest::addColumn<QStringList>("variables"); // NAME=value
        QTest::addColumn<int>("outcome");           // 0 none, 1 auth token, 2 api key, -1 error
        QTest::addColumn<QString>("username");
        QTest::newRow("nothing") << QStringList{} << 0 << "";
        QTest::newRow("auth token") << QStringList{QStringLiteral("TWILIO_ACCOUNT_SID=") + Ac,
                                                   QStringLiteral("TWILIO_AUTH_TOKEN=tok")}
                                    << 1 << Ac;
        QTest::newRow("api key preferred")
            << QStringList{QStringLiteral("TWILIO_ACCOUNT_SID=") + Ac,
                           QStringLiteral("TWILIO_AUTH_TOKEN=tok"), QStringLiteral("TWILIO_API_KEY=") + Sk,
                           QStringLiteral("TWILIO_API_SECRET=sec")}
            << 2 << Sk;
        QTest::newRow("token without account")
            << QStringList{QStringLiteral("TWILIO_AUTH_TOKEN=tok")} << -1 << "";
        QTest::newRow("key without secret falls back to token")
            << QStringList{QStringLiteral("TWILIO_ACCOUNT_SID=") + Ac,
                           QStringLiteral("TWILIO_AUTH_TOKEN=tok"), QStringLiteral("TWILIO_API_KEY=") + Sk}
            << 1 << Ac;
        QTest::newRow("api key without account")
            << QStringList{QStringLiteral("TWILIO_API_KEY=") + Sk, QStringLiteral("TWILIO_API_SECRET=sec")}
            << -1 << "";
        QTest::newRow("malformed account") << QStringList{QStringLiteral("TWILIO_ACCOUNT_SID=AC123"),
                                                          QStringLiteral("TWILIO_AUTH_TOKEN=tok")}
                                           << -1 << "";
    }

    void environment()
    {
        QFETCH(QStringList, variables);
        QFETCH(int, outcome);
        QFETCH(QString, username);
        QProcessEnvironment env;
        for (const QString &v : variables)
            env.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        const auto result = Credentials::fromEnvironment(env);
        if (outcome == 0) {
            QVERIFY(result.ok()); // nothing set is not a failure
            QVERIFY(!result->has_value());
            QVERIFY(result.problem().isEmpty());
        } else if (outcome < 0) {
            QVERIFY(!result);
            QVERIFY(!result.problem().isEmpty());
        } else {
            QVERIFY2(result, qPrintable(result.problem()));
            const std::optional<Credentials> &c = *result;
            QVERIFY(c);
            QCOMPARE(int(c->method()) + 1, outcome);
            QCOMPARE(c->username(), username);
        }
    }

    void basicHeader()
    {
        const auto c = Credentials::authToken(Ac, QStringLiteral("pässwörd"));
        QCOMPARE(c.authorizationHeader(),
                 QByteArray("Basic ") + (Ac + QStringLiteral(":pässwörd")).toUtf8().toBase64());
        QVERIFY(c.validate());
        QVERIFY(c.validate().problem().isEmpty());
        QCOMPARE(Credentials::authToken(Ac, QString()).validate().problem(),
                 QStringLiteral("The Auth Token is empty."));
        QVERIFY(!Credentials::apiKey(Ac, QStringLiteral("SKnope"), QStringLiteral("s")).validate());
    }
};

QTEST_GUILESS_MAIN(TestCredentials)
#include "tst_credentials.moc"
