// The keychain for real: QtKeychain against gnome-keyring's Secret Service (tests/support/isolated-test.sh
// --keychain), and `mediadesk-cli login/logout` round trips that leave the secret nowhere else on disk.
#include "emulatorprocess.h"
#include "store/credentialstore.h"
#include "store/profilestore.h"

#include <QDirIterator>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

using namespace mediadesk;

namespace {
// A made-up secret with non-ASCII text: it must survive the round trip and appear in no file.
const QString Secret = QStringLiteral("kc-test-sëcret-ключ-秘密-%1").arg(QCoreApplication::applicationPid());

struct Run
{
    int exitCode;
    QString out;
    QString err;
};
} // namespace

class TestKeychain : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    CredentialStore m_store;

    static bool wait(KeychainJob *job)
    {
        QSignalSpy finished(job, &KeychainJob::finished);
        return finished.wait(20000);
    }

    Run cli(const QStringList &args, const QByteArray &input = {})
    {
        QProcess p;
        p.setProcessEnvironment(QProcessEnvironment::systemEnvironment());
        p.start(QStringLiteral(MEDIADESK_CLI_PATH), args);
        p.waitForStarted();
        p.write(input);
        p.closeWriteChannel();
        p.waitForFinished(60000);
        return {p.exitCode(), QString::fromUtf8(p.readAllStandardOutput()),
                QString::fromUtf8(p.readAllStandardError())};
    }

    static QStringList secretToolSearch()
    {
        QProcess p;
        p.start(QStringLiteral("secret-tool"),
                {QStringLiteral("search"), QStringLiteral("--all"), QStringLiteral("server"),
                 QString::fromLatin1(CredentialStore::ServiceName)});
        p.waitForFinished(10000);
        return QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError())
            .split(QLatin1Char('\n'));
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") &&
                     !qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"),
                 "run through tests/support/isolated-test.sh --keychain");
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
    }

    void storeRoundTrip_data()
    {
        QTest::addColumn<QString>("profile");
        QTest::newRow("ascii") << "work";
        QTest::newRow("non-ascii name") << QStringLiteral("仕事 アカウント");
    }

    void storeRoundTrip()
    {
        QFETCH(QString, profile);
        KeychainJob *write = m_store.writeSecret(profile, Secret);
        QVERIFY(wait(write));
        QVERIFY2(write->succeeded(), qPrintable(write->problem()));

        KeychainJob *read = m_store.readSecret(profile);
        QVERIFY(wait(read));
        QVERIFY2(read->succeeded(), qPrintable(read->problem()));
        QCOMPARE(read->secret(), Secret);

        KeychainJob *remove = m_store.deleteSecret(profile);
        QVERIFY(wait(remove));
        QVERIFY(remove->succeeded());

        KeychainJob *again = m_store.readSecret(profile);
        QVERIFY(wait(again));
        QCOMPARE(again->outcome(), KeychainJob::Outcome::NotFound);
        QVERIFY(again->problem().contains(profile));
    }

    void cliLoginUseLogout()
    {
        const QString name = QStringLiteral("sandbox-kc");
        const Run login =
            cli({QStringLiteral("login"), name, QStringLiteral("--account-sid"),
                 EmulatorProcess::accountSid(), QStringLiteral("--api-key"), EmulatorProcess::apiKeySid()},
                EmulatorProcess::apiKeySecret().toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));

        // The keychain holds it under our service name, as QtKeychain's libsecret schema stores it.
        const QStringList items = secretToolSearch();
        QVERIFY2(items.join(QLatin1Char('\n')).contains(CredentialStore::keyFor(name)),
                 qPrintable(items.join(u'\n')));

        const Run profiles = cli({QStringLiteral("profiles"), QStringLiteral("--json")});
        QCOMPARE(profiles.exitCode, 0);
        const QJsonObject p = QJsonDocument::fromJson(profiles.out.toUtf8()).object();
        QCOMPARE(p.value(QLatin1String("name")).toString(), name);
        QCOMPARE(p.value(QLatin1String("method")).toString(), QStringLiteral("api-key"));
        QCOMPARE(p.value(QLatin1String("default")).toBool(), true);
        QVERIFY(!profiles.out.contains(EmulatorProcess::apiKeySecret()));

        // The stored secret works: the profile authenticates against the emulator.
        // A saved profile follows no MEDIADESK_*_URL variable: the emulator is named on the command line.
        const QStringList emulator = {QStringLiteral("--mcs-url"), m_emulator.baseUrl().toString(),
                                      QStringLiteral("--conversations-url"), m_emulator.baseUrl().toString()};
        const Run services =
            cli(QStringList{QStringLiteral("--profile"), name, QStringLiteral("services")} + emulator);
        QVERIFY2(services.exitCode == 0, qPrintable(services.err));
        QVERIFY(services.out.contains(EmulatorProcess::serviceSids().value(0)));
        // ...and as the default profile, with no option at all.
        const Run byDefault = cli(QStringList{QStringLiteral("services")} + emulator);
        QVERIFY2(byDefault.exitCode == 0, qPrintable(byDefault.err));

        const Run logout = cli({QStringLiteral("logout"), name});
        QVERIFY2(logout.exitCode == 0, qPrintable(logout.err));
        QVERIFY(!secretToolSearch().join(QLatin1Char('\n')).contains(CredentialStore::keyFor(name)));
        const Run after = cli({QStringLiteral("--profile"), name, QStringLiteral("services")});
        QCOMPARE(after.exitCode, 3);
    }

    void profileWithoutSecretIsExit3()
    {
        ProfileStore store;
        Profile p;
        p.name = QStringLiteral("orphan");
        p.accountSid = EmulatorProcess::accountSid();
        store.save(p);
        const Run r =
            cli({QStringLiteral("--profile"), QStringLiteral("orphan"), QStringLiteral("services")});
        QCOMPARE(r.exitCode, 3);
        QVERIFY2(r.err.contains(QLatin1String("No secret is stored")), qPrintable(r.err));
        store.remove(QStringLiteral("orphan"));
    }

    void secretIsInNoFile()
    {
        // Everything this session wrote: settings, data, cache, home. Only the keyring file may
        // hold the secrets, and it holds them encrypted.
        const Run login = cli({QStringLiteral("login"), QStringLiteral("leftover"),
                               QStringLiteral("--account-sid"), EmulatorProcess::accountSid()},
                              Secret.toUtf8() + '\n');
        QVERIFY2(login.exitCode == 0, qPrintable(login.err));
        QStringList scanned;
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            QDirIterator it(qEnvironmentVariable(var), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile f(path);
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray content = f.readAll();
                QVERIFY2(!content.contains(Secret.toUtf8()), qPrintable(path));
                QVERIFY2(!content.contains(EmulatorProcess::apiKeySecret().toUtf8()), qPrintable(path));
                scanned.append(path);
            }
        }
        QVERIFY2(std::any_of(scanned.begin(), scanned.end(),
                             [](const QString &p) { return p.endsWith(QLatin1String("mediadesk.ini")); }),
                 qPrintable(scanned.join(u'\n'))); // the profile file was among them
        QCOMPARE(cli({QStringLiteral("logout"), QStringLiteral("leftover")}).exitCode, 0);
    }
};

QTEST_GUILESS_MAIN(TestKeychain)
#include "tst_keychain.moc"
