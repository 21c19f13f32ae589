// The main window for real (offscreen): first run, the sandbox, profiles, the keychain banner.
#include "accountstatus.h"
#include "accountswitcher.h"
#include "dialogs.h"
#include "emulatorprocess.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "mainwindow.h"
#include "net/apiclient.h"
#include "overviewtab.h"
#include "projectinfo.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/sandboxprocess.h"
#include "session/servicelist.h"
#include "settingsdialog.h"
#include "store/credentialstore.h"
#include "ui_mainwindow.h"
#include "ui_overviewtab.h"
#include "ui_settingsdialog.h"

#include <QApplication>
#include <QComboBox>
#include <QDirIterator>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <csignal>

using namespace mediadesk;

class TestMainWindow : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    EmulatorProcess m_emulator;

    static bool waitReady(Session &session, int timeoutMs = 20000)
    {
        return QTest::qWaitFor([&] { return session.state() == Session::State::Ready; }, timeoutMs);
    }

    Profile emulatorProfile(const QString &name) const
    {
        Profile p;
        p.name = name;
        p.accountSid = EmulatorProcess::accountSid();
        p.mcsUrl = m_emulator.baseUrl().toString();
        p.conversationsUrl = m_emulator.baseUrl().toString();
        return p;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        isolateGuiTest(m_home);
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        Dialogs::answerAll(Dialogs::pressing(QMessageBox::Yes)); // removals are confirmed
    }

    void firstRunShowsWelcome()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow window(&session, {});
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        QVERIFY(window.isWelcomeShown());
        QVERIFY(formOf(&window)->welcomeAddAccount->isVisible());
        QVERIFY(formOf(&window)->welcomeSandbox->isVisible());
        QVERIFY(!formOf(&window)->actionEditAccount->isEnabled());
        QVERIFY(window.statusText().contains(QLatin1String("No account")));
        // Nowhere for files to go yet: Add Files… and Paste Files wait for a Chat Service, and
        // the welcome page stays.
        QVERIFY(!formOf(&window)->actionAddFiles->isEnabled());
        QVERIFY(!formOf(&window)->actionPasteFiles->isEnabled());
        formOf(&window)->actionAddFiles->trigger();
        QVERIFY(window.isWelcomeShown());
    }

    // Help → About: the licence, the libraries' licences with the Qt in use, the project's
    // address, and Qt's own About box a button away (what the LGPL asks users be able to see).
    void aboutNamesTheLicences()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow window(&session, {});
        window.show();
        QString aboutQt;
        Dialogs::answerNext([&aboutQt](QDialog *dialog) {
            const auto *box = qobject_cast<QMessageBox *>(dialog);
            for (QAbstractButton *button : box ? box->buttons() : QList<QAbstractButton *>()) {
                if (box->buttonRole(button) == QMessageBox::HelpRole)
                    aboutQt = button->text();
            }
            return int(QMessageBox::Close);
        });
        formOf(&window)->actionAbout->trigger();
        QCOMPARE(Dialogs::answersLeft(), 0);
        const Dialogs::Asked about = Dialogs::asked().constLast();
        QCOMPARE(about.title, QStringLiteral("About MediaDesk"));
        QVERIFY2(about.text.contains(QLatin1String("Apache License, Version 2.0")), qPrintable(about.text));
        QVERIFY(about.text.contains(QLatin1String("Qt ") + QLatin1String(qVersion()) +
                                    QLatin1String(" (LGPL-3.0)")));
        for (const char *library : {"QtKeychain (BSD-2-Clause)", "cpp-httplib (MIT)", "OpenSSL (Apache-2.0)"})
            QVERIFY2(about.text.contains(QLatin1String(library)), library);
        QVERIFY(about.text.contains(QLatin1String(MEDIADESK_HOMEPAGE)));
        QCOMPARE(aboutQt, QStringLiteral("About &Qt"));
    }

    void trySandboxFromWelcome()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow window(&session, {});
        window.show();
        QTest::mouseClick(formOf(&window)->welcomeSandbox, Qt::LeftButton);
        QVERIFY(waitReady(session));
        QVERIFY(!window.isWelcomeShown());
        QVERIFY(formOf(&window)->sandboxBanner->isVisible()); // clearly marked
        QVERIFY(QTest::qWaitFor([&] { return window.accountContext()->services()->services().size() == 3; },
                                20000));
        QCOMPARE(window.accountContext()->currentService().friendlyName, QStringLiteral("Sandbox Service 1"));
        QVERIFY(formOf(&window)->actionAddFiles->isEnabled());
        QVERIFY(formOf(&window)->actionPasteFiles->isEnabled());
        QCOMPARE(window.profileCombo()->currentText(), QStringLiteral("Sandbox"));
        QVERIFY2(window.statusText().contains(QLatin1String("Ready")), qPrintable(window.statusText()));
        QVERIFY(formOf(formOf(&window)->overviewTab)
                    ->mcsUrl->text()
                    .startsWith(QLatin1String("http://127.0.0.1:")));

        // The sandbox's choice of service is remembered for next time.
        QVERIFY(window.accountContext()
                    ->services()
                    ->select(window.accountContext()->services()->services().at(2).sid)
                    .ok());
        const qint64 pid = session.sandbox()->processId();
        QVERIFY(pid > 0);
        QCOMPARE(::kill(pid_t(pid), 0), 0);
    }

    void sandboxRestartsWhereItLeftOff()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow window(&session, {}); // no --sandbox: the last profile used comes back
        QVERIFY(waitReady(session));
        QCOMPARE(session.current().kind, Session::Kind::Sandbox);
        QVERIFY(QTest::qWaitFor([&] { return !window.accountContext()->services()->isLoading(); }, 20000));
        QCOMPARE(window.accountContext()->currentService().friendlyName, QStringLiteral("Sandbox Service 3"));
    }

    void savedProfileWithoutKeychainShowsBanner()
    {
        ProfileStore profiles;
        profiles.save(emulatorProfile(QStringLiteral("work")));
        CredentialStore keychain;
        keychain.setRetryDelayMs(50);
        Session session(&profiles, &keychain);
        MainWindow window(&session, {});
        window.show();
        window.selectProfile({Session::Kind::Saved, QStringLiteral("work")});
        QVERIFY(QTest::qWaitFor([&] { return session.state() == Session::State::Failed; }, 20000));
        QVERIFY(formOf(&window)->accountBanner->isVisible());
        QVERIFY2(formOf(&window)->accountBannerLabel->text().contains(QLatin1String("keychain")),
                 qPrintable(formOf(&window)->accountBannerLabel->text()));
        QVERIFY(formOf(&window)->accountBannerAction->isVisible());
        QCOMPARE(formOf(&window)->accountBannerAction->text(),
                 AccountStatus::remedyText(AccountStatus::Remedy::EnterSecret));
        QVERIFY2(window.statusText().endsWith(AccountStatus::tr("No keychain")),
                 qPrintable(window.statusText()));

        // The banner's button: the secret for this session only; the profile works, and nothing
        // was written anywhere.
        Dialogs::answerNext(Dialogs::typing(EmulatorProcess::authToken()));
        const qsizetype askedBefore = Dialogs::asked().size();
        QTest::mouseClick(formOf(&window)->accountBannerAction, Qt::LeftButton);
        QCOMPARE(Dialogs::answersLeft(), 0);
        QCOMPARE(Dialogs::asked().size(), askedBefore + 1);
        QVERIFY2(Dialogs::asked().last().text.contains(QStringLiteral("“work”")),
                 qPrintable(Dialogs::asked().last().text));
        QVERIFY(session.hasSecretForThisRun(QStringLiteral("work")));
        QVERIFY(waitReady(session));
        QVERIFY(!formOf(&window)->accountBanner->isVisible());
        QVERIFY(QTest::qWaitFor([&] { return window.accountContext()->services()->services().size() == 3; },
                                20000));
        QVERIFY(window.statusText().contains(QLatin1String("work")));
    }

    void switchingProfiles()
    {
        ProfileStore profiles;
        profiles.save(emulatorProfile(QStringLiteral("alpha")));
        profiles.save(emulatorProfile(QStringLiteral("beta")));
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        session.useSecretForThisRun(QStringLiteral("alpha"), EmulatorProcess::authToken());
        session.useSecretForThisRun(QStringLiteral("beta"), QStringLiteral("a wrong token"));
        MainWindow window(&session, {});
        window.show();

        const int alpha = window.profileCombo()->findText(QStringLiteral("alpha"));
        QVERIFY(alpha >= 0);
        window.profileCombo()->setCurrentIndex(alpha);
        emit window.profileCombo()->activated(alpha);
        QVERIFY(waitReady(session));
        QVERIFY(QTest::qWaitFor([&] { return window.accountContext()->services()->services().size() == 3; },
                                20000));
        QVERIFY(formOf(&window)->actionEditAccount->isEnabled());

        const int beta = window.profileCombo()->findText(QStringLiteral("beta"));
        emit window.profileCombo()->activated(beta);
        QVERIFY(waitReady(session));
        QVERIFY(QTest::qWaitFor([&] { return !window.accountContext()->services()->isLoading(); }, 20000));
        QVERIFY(window.statusText().contains(QLatin1String("beta")));
        // beta's secret is wrong: the picker says so in words.
        QVERIFY2(window.servicePicker()->problem().contains(QLatin1String("20003")),
                 qPrintable(window.servicePicker()->problem()));
        QVERIFY(
            formOf(formOf(&window)->overviewTab)->workspaceMessage->text().contains(QLatin1String("20003")));
    }

    void removingAProfile()
    {
        ProfileStore profiles;
        profiles.save(emulatorProfile(QStringLiteral("doomed")));
        CredentialStore keychain;
        keychain.setRetryDelayMs(50);
        Session session(&profiles, &keychain);
        session.useSecretForThisRun(QStringLiteral("doomed"), EmulatorProcess::authToken());
        MainWindow window(&session, {});
        window.selectProfile({Session::Kind::Saved, QStringLiteral("doomed")});
        QVERIFY(waitReady(session));
        window.removeAccount();
        QVERIFY(QTest::qWaitFor([&] { return !profiles.names().contains(QStringLiteral("doomed")); }, 20000));
        QCOMPARE(window.profileCombo()->findText(QStringLiteral("doomed")), -1);
        QVERIFY(!session.hasSecretForThisRun(QStringLiteral("doomed")));
    }

    void removingTheLastProfileGoesBackToWelcome()
    {
        QTemporaryDir home;
        qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
        ProfileStore profiles;
        profiles.save(emulatorProfile(QStringLiteral("only")));
        CredentialStore keychain;
        keychain.setRetryDelayMs(50);
        Session session(&profiles, &keychain);
        session.useSecretForThisRun(QStringLiteral("only"), EmulatorProcess::authToken());
        MainWindow window(&session, {});
        window.selectProfile({Session::Kind::Saved, QStringLiteral("only")});
        QVERIFY(waitReady(session));
        window.removeAccount();
        QVERIFY(QTest::qWaitFor([&] { return window.isWelcomeShown(); }, 20000));
        QCOMPARE(session.state(), Session::State::Idle);
        QVERIFY(!session.client()->hasCredentials());
        QVERIFY(window.statusText().contains(QLatin1String("No account")));
        QVERIFY(!formOf(&window)->actionRemoveAccount->isEnabled());
        qputenv("XDG_CONFIG_HOME", QDir(m_home.path()).filePath(QStringLiteral("config")).toUtf8());
    }

    void removalIsRefusedWhenTheStoredSecretCannotBeDeleted()
    {
        // No keychain, and the secret is not one kept in memory: it may be in a keychain that is
        // merely unreachable now, so the profile stays rather than orphan it.
        ProfileStore profiles;
        profiles.save(emulatorProfile(QStringLiteral("kept")));
        CredentialStore keychain;
        keychain.setRetryDelayMs(50);
        Session session(&profiles, &keychain);
        MainWindow window(&session, {});
        window.selectProfile({Session::Kind::Saved, QStringLiteral("kept")});
        QVERIFY(QTest::qWaitFor([&] { return session.state() == Session::State::Failed; }, 20000));
        const qsizetype asked = Dialogs::asked().size();
        window.removeAccount(); // confirmed (see initTestCase); then the warning
        QVERIFY(QTest::qWaitFor([&] { return Dialogs::asked().size() == asked + 2; }, 20000));
        const Dialogs::Asked warning = Dialogs::asked().last();
        QCOMPARE(warning.className, QStringLiteral("QMessageBox"));
        QCOMPARE(warning.title, AccountSwitcher::tr("Remove Account"));
        QVERIFY2(warning.text.contains(MainWindow::tr("The profile was kept.")), qPrintable(warning.text));
        QVERIFY(profiles.names().contains(QStringLiteral("kept")));
    }

    void proxyPasswordWithoutAKeychainIsSaid()
    {
        // The password goes to the keychain only; without one, the person is told, not ignored.
        ProfileStore profiles;
        CredentialStore keychain;
        keychain.setRetryDelayMs(50);
        Session session(&profiles, &keychain);
        MainWindow window(&session, {});
        const qsizetype asked = Dialogs::asked().size();
        Dialogs::answerNext([](QDialog *d) {
            auto *settings = qobject_cast<SettingsDialog *>(d);
            if (!settings)
                return int(QDialog::Rejected);
            Ui::SettingsDialog *ui = formOf(settings);
            ui->proxyManual->setChecked(true);
            ui->proxyHost->setText(QStringLiteral("proxy.example.com"));
            ui->proxyPort->setValue(3128);
            ui->proxyUser->setText(QStringLiteral("me"));
            QTest::keyClicks(ui->proxyPassword, QStringLiteral("pw"));
            return int(QDialog::Accepted);
        });
        window.openSettings();
        QVERIFY(QTest::qWaitFor([&] { return Dialogs::asked().size() == asked + 2; }, 20000));
        QCOMPARE(Dialogs::asked().at(asked).className, QStringLiteral("mediadesk::SettingsDialog"));
        const Dialogs::Asked warning = Dialogs::asked().last();
        QCOMPARE(warning.className, QStringLiteral("QMessageBox"));
        QCOMPARE(warning.title, MainWindow::tr("Proxy Password"));
        QVERIFY2(warning.text.contains(QLatin1String("keychain")), qPrintable(warning.text));
    }

    void environmentProfile()
    {
        qputenv("TWILIO_ACCOUNT_SID", EmulatorProcess::accountSid().toUtf8());
        qputenv("TWILIO_AUTH_TOKEN", EmulatorProcess::authToken().toUtf8());
        qputenv("MEDIADESK_MCS_URL", m_emulator.baseUrl().toString().toUtf8());
        qputenv("MEDIADESK_CONVERSATIONS_URL", m_emulator.baseUrl().toString().toUtf8());
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow window(&session, {});
        const int env = window.profileCombo()->findText(QStringLiteral("Environment (TWILIO_*)"));
        QVERIFY(env >= 0);
        emit window.profileCombo()->activated(env);
        QVERIFY(waitReady(session));
        QCOMPARE(session.client()->endpoints().mcs, m_emulator.baseUrl());
        QVERIFY(QTest::qWaitFor([&] { return window.accountContext()->services()->services().size() == 3; },
                                20000));
        QVERIFY(!profiles.names().contains(QStringLiteral("Environment"))); // never saved
        for (const char *name :
             {"TWILIO_ACCOUNT_SID", "TWILIO_AUTH_TOKEN", "MEDIADESK_MCS_URL", "MEDIADESK_CONVERSATIONS_URL"})
            qunsetenv(name);
    }

    void secretsInNoFile()
    {
        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QByteArray content = f.readAll();
            if (f.fileName().contains(QLatin1String("/sandbox/")))
                continue; // the emulator's own media store
            ++files;
            QVERIFY2(!content.contains(EmulatorProcess::authToken().toUtf8()), qPrintable(f.fileName()));
            QVERIFY2(!content.contains("a wrong token"), qPrintable(f.fileName()));
        }
        QVERIFY(files > 0); // the settings file was written and checked
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
