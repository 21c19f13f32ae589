// The message bar for what stops the whole account, on the real window (offscreen) against real
// emulators: refused credentials (401 / 20003), a host nothing listens on, a TLS chain nobody
// trusts. The bar says what happened and offers what mends it; the status bar says the same and
// never "Ready" meanwhile; the Chat Service picker does not pretend a service is chosen; a later
// success clears it all.
#include "accountstatus.h"
#include "dialogs.h"
#include "emulatorprocess.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "mainwindow.h"
#include "net/apiclient.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/servicelist.h"
#include "settingsdialog.h"
#include "store/credentialstore.h"
#include "ui_mainwindow.h"
#include "wansimprocess.h"

#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

using namespace mediadesk;

class TestAccountBanner : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    EmulatorProcess m_emulator;

    Profile profile(const QString &name, const QUrl &base) const
    {
        Profile p;
        p.name = name;
        p.accountSid = EmulatorProcess::accountSid();
        p.mcsUrl = base.toString();
        p.conversationsUrl = base.toString();
        return p;
    }

    // A window on a saved profile with this secret (kept for this run: the test has no keychain).
    struct Window
    {
        ProfileStore profiles;
        CredentialStore keychain;
        Session session{&profiles, &keychain};
        std::unique_ptr<MainWindow> window;
        QStringList statusSeen; // every status-bar text while it was open

        Window(const Profile &p, const QString &secret)
        {
            // Only this profile, and none opened last: the window opens nothing before it is asked.
            for (const QString &name : profiles.names())
                profiles.remove(name);
            profiles.settings().remove(QStringLiteral("window/lastProfile"));
            profiles.save(p);
            session.useSecretForThisRun(p.name, secret);
            RetryPolicy quick; // connection failures are retried: keep the test short
            quick.maxAttempts = 2;
            quick.baseDelayMs = 50;
            session.client()->setRetryPolicy(quick);
            window = std::make_unique<MainWindow>(&session, MainWindow::Options{});
            window->show();
            auto *sampler = new QTimer(window.get());
            QObject::connect(sampler, &QTimer::timeout, window.get(), [this] {
                if (statusSeen.isEmpty() || statusSeen.last() != window->statusText())
                    statusSeen << window->statusText();
            });
            sampler->start(0);
            window->selectProfile({Session::Kind::Saved, p.name});
        }
        Ui::MainWindow *ui() const { return formOf(window); }
        bool waitBar(bool shown)
        {
            return QTest::qWaitFor([&] { return ui()->accountBanner->isVisible() == shown; }, 20000);
        }
        bool saidReady() const
        {
            for (const QString &s : statusSeen)
                if (s.endsWith(MainWindow::tr("Ready")))
                    return true;
            return false;
        }
    };

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        isolateGuiTest(m_home);
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
    }

    void cleanup()
    {
        Dialogs::reset();
        QVERIFY(m_emulator.clearFaults());
    }

    void refusedCredentials()
    {
        Window w(profile(QStringLiteral("work"), m_emulator.baseUrl()), QStringLiteral("a wrong token"));
        QVERIFY(w.waitBar(true));
        const QString text = w.ui()->accountBannerLabel->text();
        QVERIFY2(text.contains(QLatin1String("20003")) && text.contains(QLatin1String("Auth Token")) &&
                     text.contains(QLatin1String("region")),
                 qPrintable(text));
        QCOMPARE(w.window->accountStatus()->problem(), AccountStatus::Problem::CredentialsRefused);
        QVERIFY2(w.window->statusText().endsWith(AccountStatus::tr("Credentials refused")),
                 qPrintable(w.window->statusText()));
        QVERIFY2(!w.saidReady(), qPrintable(w.statusSeen.join(QLatin1String(" / "))));
        // The picker does not show a service as if all were well; it says the list did not load.
        QVERIFY(w.window->accountContext()->currentService().sid.isEmpty());
        QVERIFY(w.window->servicePicker()->comboBox()->currentText().isEmpty());
        QCOMPARE(w.window->servicePicker()->comboBox()->lineEdit()->placeholderText(),
                 ServicePicker::tr("Chat Services not loaded"));
        // A saved profile is mended where its secret is entered.
        QCOMPARE(w.ui()->accountBannerAction->text(),
                 AccountStatus::remedyText(AccountStatus::Remedy::EditAccount));
        QCOMPARE(w.ui()->accountBannerSecondAction->text(),
                 AccountStatus::remedyText(AccountStatus::Remedy::TryAgain));
        Dialogs::answerNext(Dialogs::rejecting());
        QTest::mouseClick(w.ui()->accountBannerAction, Qt::LeftButton);
        QCOMPARE(Dialogs::asked().last().className, QStringLiteral("mediadesk::AccountDialog"));
        QVERIFY(w.ui()->accountBanner->isVisible()); // nothing changed
    }

    void aLaterSuccessClearsTheBar()
    {
        // Twilio refuses once (as while a rotated token propagates); Try Again loads the services.
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("status"), 401},
                                     {QStringLiteral("count"), 1}}));
        Window w(profile(QStringLiteral("work"), m_emulator.baseUrl()), EmulatorProcess::authToken());
        QVERIFY(w.waitBar(true));
        QTest::mouseClick(w.ui()->accountBannerSecondAction, Qt::LeftButton); // Try Again
        QVERIFY(w.waitBar(false));
        QVERIFY(QTest::qWaitFor(
            [&] { return w.window->accountContext()->services()->services().size() == 3; }, 20000));
        QVERIFY2(w.window->statusText().endsWith(MainWindow::tr("Ready")),
                 qPrintable(w.window->statusText()));
        QVERIFY(!w.window->accountStatus()->hasProblem());
    }

    void aRefusalLaterOnIsShownToo()
    {
        // Any request to the account's API that Twilio refuses raises the bar, not only the list.
        Window w(profile(QStringLiteral("work"), m_emulator.baseUrl()), EmulatorProcess::authToken());
        QVERIFY(QTest::qWaitFor(
            [&] { return w.window->accountContext()->services()->services().size() == 3; }, 20000));
        QVERIFY(!w.ui()->accountBanner->isVisible());
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("status"), 401},
                                     {QStringLiteral("count"), 1}}));
        w.window->showDetails(QStringLiteral("ME0123456789abcdef0123456789abcdef"));
        QVERIFY(w.waitBar(true));
        QCOMPARE(w.window->accountStatus()->problem(), AccountStatus::Problem::CredentialsRefused);
        QVERIFY(w.window->statusText().endsWith(AccountStatus::tr("Credentials refused")));
    }

    void unreachableHost()
    {
        QTcpServer closed; // a free port nothing listens on once closed
        QVERIFY(closed.listen(QHostAddress::LocalHost));
        const quint16 port = closed.serverPort();
        closed.close();
        Window w(profile(QStringLiteral("offline"), QUrl(QStringLiteral("http://127.0.0.1:%1").arg(port))),
                 EmulatorProcess::authToken());
        QVERIFY(w.waitBar(true));
        QCOMPARE(w.window->accountStatus()->problem(), AccountStatus::Problem::Unreachable);
        QVERIFY2(w.window->statusText().endsWith(AccountStatus::tr("Cannot connect")),
                 qPrintable(w.window->statusText()));
        QVERIFY2(!w.saidReady(), qPrintable(w.statusSeen.join(QLatin1String(" / "))));
        QCOMPARE(w.ui()->accountBannerAction->text(),
                 AccountStatus::remedyText(AccountStatus::Remedy::TryAgain));
        // Settings… opens the settings (where the proxy is).
        Dialogs::answerNext(Dialogs::rejecting());
        QTest::mouseClick(w.ui()->accountBannerSecondAction, Qt::LeftButton);
        QCOMPARE(Dialogs::asked().last().className, QStringLiteral("mediadesk::SettingsDialog"));
    }

    void untrustedTls()
    {
        QTemporaryDir certs;
        QString error;
        QVERIFY2(WanSimProcess::makeTestCertificates(certs.path(), &error), qPrintable(error));
        EmulatorProcess tls({QStringLiteral("--tls-cert"), certs.filePath(QStringLiteral("server.pem")),
                             QStringLiteral("--tls-key"), certs.filePath(QStringLiteral("server.key"))});
        tls.setCaFile(certs.filePath(QStringLiteral("ca.pem")));
        QVERIFY2(tls.start(), qPrintable(tls.errorString()));
        // Nobody told MediaDesk to trust the emulator's throwaway CA.
        Window w(profile(QStringLiteral("tls"), tls.baseUrl()), EmulatorProcess::authToken());
        QVERIFY(w.waitBar(true));
        QCOMPARE(w.window->accountStatus()->problem(), AccountStatus::Problem::Tls);
        QVERIFY2(w.ui()->accountBannerLabel->text().contains(QLatin1String("secure connection")),
                 qPrintable(w.ui()->accountBannerLabel->text()));
        QVERIFY2(w.window->statusText().endsWith(AccountStatus::tr("Secure connection failed")),
                 qPrintable(w.window->statusText()));
        QVERIFY2(!w.saidReady(), qPrintable(w.statusSeen.join(QLatin1String(" / "))));
    }

    void anotherAccountClearsTheBar()
    {
        Window w(profile(QStringLiteral("work"), m_emulator.baseUrl()), QStringLiteral("a wrong token"));
        QVERIFY(w.waitBar(true));
        w.window->selectProfile({Session::Kind::Sandbox, {}});
        QVERIFY(w.waitBar(false));
        QVERIFY(QTest::qWaitFor(
            [&] { return w.window->accountContext()->services()->services().size() == 3; }, 20000));
        QVERIFY(!w.ui()->accountBanner->isVisible());
    }
};

QTEST_MAIN(TestAccountBanner)
#include "tst_accountbanner.moc"
