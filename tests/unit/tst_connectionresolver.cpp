#include "store/connectionresolver.h"

#include <QSettings>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

namespace {
const QString Ac = QStringLiteral("AC0123456789abcdef0123456789abcdef");
}

class TestConnectionResolver : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    std::unique_ptr<ProfileStore> storeWith(bool withProfiles)
    {
        const QString path = m_dir.filePath(QStringLiteral("%1.ini").arg(++m_counter));
        auto store = std::make_unique<ProfileStore>(std::make_unique<QSettings>(path, QSettings::IniFormat));
        if (withProfiles) {
            Profile work;
            work.name = QStringLiteral("work");
            work.region = QStringLiteral("ie1");
            work.accountSid = Ac;
            store->save(work);
            Profile local;
            local.name = QStringLiteral("ローカル");
            local.accountSid = Ac;
            local.mcsUrl = QStringLiteral("http://127.0.0.1:9000");
            store->save(local);
            store->setDefaultProfile(QStringLiteral("work"));
        }
        return store;
    }
    int m_counter = 0;

private slots:
    void precedence_data()
    {
        QTest::addColumn<QString>("profileOption");
        QTest::addColumn<QString>("mcsOption");
        QTest::addColumn<QStringList>("env");
        QTest::addColumn<bool>("withProfiles");
        QTest::addColumn<int>("problem");
        QTest::addColumn<QString>("source"); // "env", or a profile name
        QTest::addColumn<QString>("mcs");

        const QStringList envCreds = {QStringLiteral("TWILIO_ACCOUNT_SID=") + Ac,
                                      QStringLiteral("TWILIO_AUTH_TOKEN=t")};
        using P = ResolvedConnection::Outcome;
        QTest::newRow("nothing at all") << ""
                                        << "" << QStringList{} << false << int(P::NoCredentials) << ""
                                        << "";
        QTest::newRow("default profile") << ""
                                         << "" << QStringList{} << true << int(P::Resolved) << "work"
                                         << "https://mcs.ie1.twilio.com";
        QTest::newRow("env beats default profile") << ""
                                                   << "" << envCreds << true << int(P::Resolved) << "env"
                                                   << "https://mcs.us1.twilio.com";
        QTest::newRow("--profile beats env")
            << QStringLiteral("ローカル") << "" << envCreds << true << int(P::Resolved)
            << QStringLiteral("ローカル") << "http://127.0.0.1:9000";
        QTest::newRow("unknown profile") << "nope"
                                         << "" << QStringList{} << true << int(P::NoCredentials) << ""
                                         << "";
        // A saved secret never follows a variable left in the shell to a plaintext port.
        QTest::newRow("env url is not for a saved profile")
            << "work"
            << "" << QStringList{QStringLiteral("MEDIADESK_MCS_URL=http://localhost:7000")} << true
            << int(P::Resolved) << "work"
            << "https://mcs.ie1.twilio.com";
        QTest::newRow("env url is not for the default profile")
            << ""
            << "" << QStringList{QStringLiteral("MEDIADESK_MCS_URL=http://127.0.0.1:7000")} << true
            << int(P::Resolved) << "work"
            << "https://mcs.ie1.twilio.com";
        QTest::newRow("env url goes with env credentials")
            << ""
            << "" << (envCreds + QStringList{QStringLiteral("MEDIADESK_MCS_URL=http://127.0.0.1:7000")})
            << true << int(P::Resolved) << "env"
            << "http://127.0.0.1:7000";
        QTest::newRow("option still applies to a profile")
            << "work"
            << "http://127.0.0.1:1234"
            << QStringList{QStringLiteral("MEDIADESK_MCS_URL=http://localhost:7000")} << true
            << int(P::Resolved) << "work"
            << "http://127.0.0.1:1234";
        QTest::newRow("option beats env url")
            << ""
            << "http://127.0.0.1:1234"
            << (envCreds + QStringList{QStringLiteral("MEDIADESK_MCS_URL=http://localhost:7000")}) << false
            << int(P::Resolved) << "env"
            << "http://127.0.0.1:1234";
        QTest::newRow("env region") << ""
                                    << "" << (envCreds + QStringList{QStringLiteral("MEDIADESK_REGION=ie1")})
                                    << false << int(P::Resolved) << "env"
                                    << "https://mcs.ie1.twilio.com";
        QTest::newRow("bad region is usage")
            << ""
            << "" << QStringList{QStringLiteral("MEDIADESK_REGION=mars")} << false << int(P::Usage) << ""
            << "";
        QTest::newRow("remote http is usage, before credentials")
            << ""
            << "http://mcs.example.com" << QStringList{} << false << int(P::Usage) << ""
            << "";
        QTest::newRow("url with path is usage")
            << ""
            << "https://mcs.us1.twilio.com/v1" << envCreds << false << int(P::Usage) << ""
            << "";
        QTest::newRow("incomplete env")
            << ""
            << "" << QStringList{QStringLiteral("TWILIO_AUTH_TOKEN=x")} << true << int(P::NoCredentials) << ""
            << "";
    }

    void precedence()
    {
        QFETCH(QString, profileOption);
        QFETCH(QString, mcsOption);
        QFETCH(QStringList, env);
        QFETCH(bool, withProfiles);
        QFETCH(int, problem);
        QFETCH(QString, source);
        QFETCH(QString, mcs);

        QProcessEnvironment environment;
        for (const QString &v : env)
            environment.insert(v.section(QLatin1Char('='), 0, 0), v.section(QLatin1Char('='), 1));
        ConnectionOptions options;
        options.profile = profileOption;
        options.mcsUrl = mcsOption;
        const auto store = storeWith(withProfiles);
        const ResolvedConnection r = ConnectionResolver::resolve(options, environment, *store);
        QCOMPARE(int(r.outcome), problem);
        if (problem != int(ResolvedConnection::Outcome::Resolved)) {
            QVERIFY(!r.problem.isEmpty());
            return;
        }
        if (source == QLatin1String("env")) {
            QVERIFY(r.credentials);
            QVERIFY(!r.profile);
        } else {
            QVERIFY(r.profile);
            QCOMPARE(r.profile->name, source);
        }
        QCOMPARE(r.endpoints.mcs.toString(), mcs);
        // An ignored variable is said, not silently dropped.
        const bool ignoredVariable =
            r.profile && mcsOption.isEmpty() && environment.contains(QStringLiteral("MEDIADESK_MCS_URL"));
        QCOMPARE(r.notes.size(), ignoredVariable ? 1 : 0);
        if (ignoredVariable)
            QVERIFY2(r.notes.first().contains(QLatin1String("MEDIADESK_MCS_URL")),
                     qPrintable(r.notes.first()));
    }

    void profilesKeepNoSecret()
    {
        const auto store = storeWith(true);
        QCOMPARE(store->names(), (QStringList{QStringLiteral("work"), QStringLiteral("ローカル")}));
        QCOMPARE(store->profile(QStringLiteral("ローカル"))->mcsUrl, QStringLiteral("http://127.0.0.1:9000"));
        store->remove(QStringLiteral("work"));
        QVERIFY(store->defaultProfile().isEmpty());
        QVERIFY(!store->profile(QStringLiteral("work")));
    }
};

QTEST_GUILESS_MAIN(TestConnectionResolver)
#include "tst_connectionresolver.moc"
