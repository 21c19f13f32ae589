// The account dialog for real: validation as you type, Test connection against the emulator,
// and saving when no keychain is available (the secret stays in memory, nothing is written).
#include "accountdialog.h"
#include "dialogs.h"
#include "emulatorprocess.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "store/credentialstore.h"
#include "store/profilestore.h"
#include "ui_accountdialog.h"

#include <QDirIterator>
#include <QLoggingCategory>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QTest>

using namespace mediadesk;

class TestAccountDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    EmulatorProcess m_emulator;

    void fillValid(Ui::AccountDialog *ui, const QString &name, const QString &secret)
    {
        ui->nameEdit->setText(name);
        ui->authTokenRadio->setChecked(true);
        ui->accountSidEdit->setText(EmulatorProcess::accountSid());
        ui->secretEdit->setText(secret);
        ui->advancedBox->setChecked(true);
        ui->mcsUrlEdit->setText(m_emulator.baseUrl().toString());
        ui->conversationsUrlEdit->setText(m_emulator.baseUrl().toString());
    }

private slots:
    void cleanup() { Dialogs::reset(); } // no answer outlives its test

    void initTestCase()
    {
        QVERIFY(m_home.isValid());
        isolateGuiTest(m_home);
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
    }

    void validatesAsYouType_data()
    {
        QTest::addColumn<QString>("field");
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("problemContains");
        QTest::newRow("account too short") << "account"
                                           << "AC123"
                                           << "has 5";
        QTest::newRow("account of another kind") << "account"
                                                 << "SK0123456789abcdef0123456789abcdef"
                                                 << "of type “API Key”";
        QTest::newRow("account bad character") << "account"
                                               << "AC0123456789abcdeX0123456789abcdef"
                                               << "position 18";
        QTest::newRow("key wrong prefix") << "key"
                                          << "AC0123456789abcdef0123456789abcdef"
                                          << "of type “Account”";
        QTest::newRow("name with slash") << "name"
                                         << "a/b"
                                         << "slashes";
        QTest::newRow("remote http endpoint") << "url"
                                              << "http://mcs.example.com"
                                              << "only https";
        QTest::newRow("endpoint with path") << "url"
                                            << "https://mcs.us1.twilio.com/v1"
                                            << "only scheme";
    }

    void validatesAsYouType()
    {
        QFETCH(QString, field);
        QFETCH(QString, text);
        QFETCH(QString, problemContains);
        ProfileStore profiles;
        CredentialStore keychain;
        AccountDialog dialog(&profiles, &keychain);
        Ui::AccountDialog *ui = formOf(&dialog);
        dialog.show();
        fillValid(ui, QStringLiteral("valid"), QStringLiteral("secret"));
        ui->apiKeyRadio->setChecked(true);
        ui->apiKeyEdit->setText(QStringLiteral("SK0123456789abcdef0123456789abcdef"));
        QVERIFY(dialog.isValid());

        QLabel *problem = nullptr;
        if (field == QLatin1String("account")) {
            ui->accountSidEdit->clear();
            QTest::keyClicks(ui->accountSidEdit, text);
            problem = ui->accountSidProblem;
        } else if (field == QLatin1String("key")) {
            ui->apiKeyEdit->clear();
            QTest::keyClicks(ui->apiKeyEdit, text);
            problem = ui->apiKeyProblem;
        } else if (field == QLatin1String("name")) {
            ui->nameEdit->clear();
            QTest::keyClicks(ui->nameEdit, text);
            problem = ui->nameProblem;
        } else {
            ui->mcsUrlEdit->clear();
            QTest::keyClicks(ui->mcsUrlEdit, text);
            problem = ui->urlProblem;
        }
        QVERIFY(problem->isVisible());
        QVERIFY2(problem->text().contains(problemContains), qPrintable(problem->text()));
        QVERIFY(!dialog.isValid());
        QVERIFY(!ui->buttons->button(QDialogButtonBox::Save)->isEnabled());
    }

    void secretIsMaskedWithAToggle()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        AccountDialog dialog(&profiles, &keychain);
        QCOMPARE(formOf(&dialog)->secretEdit->echoMode(), QLineEdit::Password);
        const QList<QAction *> actions = formOf(&dialog)->secretEdit->actions();
        QVERIFY(!actions.isEmpty());
        actions.first()->toggle();
        QCOMPARE(formOf(&dialog)->secretEdit->echoMode(), QLineEdit::Normal);
        actions.first()->toggle();
        QCOMPARE(formOf(&dialog)->secretEdit->echoMode(), QLineEdit::Password);
    }

    void testConnection_data()
    {
        QTest::addColumn<QString>("secret");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QString>("resultContains");
        QTest::newRow("right secret") << EmulatorProcess::authToken() << true << "3 Chat Service";
        QTest::newRow("wrong secret") << "not-the-token" << false << "20003";
    }

    void testConnection()
    {
        QFETCH(QString, secret);
        QFETCH(bool, ok);
        QFETCH(QString, resultContains);
        ProfileStore profiles;
        CredentialStore keychain;
        AccountDialog dialog(&profiles, &keychain);
        dialog.show();
        fillValid(formOf(&dialog), QStringLiteral("tested"), secret);
        QSignalSpy finished(&dialog, &AccountDialog::testFinished);
        QTest::mouseClick(formOf(&dialog)->testButton, Qt::LeftButton);
        QVERIFY(finished.wait(20000));
        QCOMPARE(finished.first().first().toBool(), ok);
        QVERIFY2(formOf(&dialog)->testResult->text().contains(resultContains),
                 qPrintable(formOf(&dialog)->testResult->text()));
        QVERIFY(formOf(&dialog)->testButton->isEnabled());
    }

    void keychainRetryIsLogged()
    {
        // No Secret Service here: the job asks once more before giving up, and says so in the
        // diagnostics (mediadesk.keychain), naming the profile and never a secret.
        QLoggingCategory::setFilterRules(
            QStringLiteral("mediadesk.keychain.info=true\nmediadesk.keychain.debug=true"));
        const auto rules = qScopeGuard([] { QLoggingCategory::setFilterRules({}); });
        static QStringList captured;
        captured.clear();
        const QtMessageHandler previous =
            qInstallMessageHandler([](QtMsgType, const QMessageLogContext &context, const QString &message) {
                if (QByteArray(context.category) == "mediadesk.keychain")
                    captured.append(message);
            });
        const auto uninstall = qScopeGuard([previous] { qInstallMessageHandler(previous); });
        CredentialStore keychain;
        keychain.setRetryDelayMs(50);
        KeychainJob *job =
            keychain.writeSecret(QStringLiteral("logged"), QStringLiteral("not-to-be-logged-4711"));
        QSignalSpy done(job, &KeychainJob::finished);
        QVERIFY(done.wait(20000));
        const QString all = captured.join(u'\n');
        QVERIFY2(all.contains(QLatin1String("asking again in 50 ms")), qPrintable(all));
        QVERIFY2(all.contains(QLatin1String("write logged")), qPrintable(all));
        QVERIFY(!all.contains(QLatin1String("not-to-be-logged-4711")));
    }

    void saveWithoutKeychainKeepsSecretInMemoryOnly()
    {
        Dialogs::reset();
        Dialogs::answerNext(Dialogs::pressing(QMessageBox::Yes));
        ProfileStore profiles;
        CredentialStore keychain;
        keychain.setRetryDelayMs(50);
        AccountDialog dialog(&profiles, &keychain);
        dialog.show();
        const QString secret =
            QStringLiteral("gui-only-in-memory-%1").arg(QCoreApplication::applicationPid());
        fillValid(formOf(&dialog), QStringLiteral("memory"), secret);
        QSignalSpy done(&dialog, &QDialog::accepted);
        formOf(&dialog)->buttons->button(QDialogButtonBox::Save)->click();
        QVERIFY(done.wait(20000));
        QCOMPARE(Dialogs::asked().size(), 1);
        QVERIFY2(Dialogs::asked().first().text.contains(QLatin1String("keychain")),
                 qPrintable(Dialogs::asked().first().text));
        QCOMPARE(dialog.sessionOnlySecret().value_or(QString()), secret);
        const auto saved = profiles.profile(QStringLiteral("memory"));
        QVERIFY(saved);
        QCOMPARE(saved->accountSid, EmulatorProcess::accountSid());
        QCOMPARE(saved->mcsUrl, m_emulator.baseUrl().toString());

        QDirIterator it(m_home.path(), QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            QFile f(it.next());
            QVERIFY(f.open(QIODevice::ReadOnly));
            QVERIFY2(!f.readAll().contains(secret.toUtf8()), qPrintable(f.fileName()));
        }
    }

    void declinedWithoutKeychainSavesNothing()
    {
        Dialogs::answerAll(Dialogs::pressing(QMessageBox::Cancel));
        ProfileStore profiles;
        CredentialStore keychain;
        keychain.setRetryDelayMs(50);
        AccountDialog dialog(&profiles, &keychain);
        dialog.show();
        fillValid(formOf(&dialog), QStringLiteral("declined"), QStringLiteral("whatever"));
        QSignalSpy failed(&dialog, &AccountDialog::saveFailed);
        formOf(&dialog)->buttons->button(QDialogButtonBox::Save)->click();
        QVERIFY(failed.wait(20000));
        QVERIFY(dialog.isVisible());
        QVERIFY(!profiles.profile(QStringLiteral("declined")));
        QVERIFY(formOf(&dialog)->testResult->text().contains(QLatin1String("keychain")));
    }

    void busyWhileTesting()
    {
        // While a test runs, typing must not re-enable Test or Save (a second run would replace
        // the client under the first).
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("delay_ms"), 1500},
                                     {QStringLiteral("count"), 1}}));
        ProfileStore profiles;
        CredentialStore keychain;
        AccountDialog dialog(&profiles, &keychain);
        dialog.show();
        fillValid(formOf(&dialog), QStringLiteral("busy"), EmulatorProcess::authToken());
        QSignalSpy finished(&dialog, &AccountDialog::testFinished);
        formOf(&dialog)->testButton->click();
        QTest::keyClicks(formOf(&dialog)->nameEdit, QStringLiteral("x"));
        QVERIFY(!formOf(&dialog)->testButton->isEnabled());
        QVERIFY(!formOf(&dialog)->buttons->button(QDialogButtonBox::Save)->isEnabled());
        dialog.reject(); // Esc while busy does nothing
        QVERIFY(dialog.isVisible());
        QVERIFY(finished.wait(20000));
        QVERIFY(formOf(&dialog)->testButton->isEnabled());
        QVERIFY(formOf(&dialog)->buttons->button(QDialogButtonBox::Save)->isEnabled());
    }

    void changedSignInNeedsTheSecretAgain()
    {
        ProfileStore profiles;
        Profile p;
        p.name = QStringLiteral("existing");
        p.accountSid = EmulatorProcess::accountSid();
        profiles.save(p);
        CredentialStore keychain;
        AccountDialog dialog(&profiles, &keychain, nullptr, QStringLiteral("existing"));
        dialog.show();
        QVERIFY(dialog.isValid()); // unchanged: the stored secret is kept
        formOf(&dialog)->apiKeyRadio->setChecked(true);
        formOf(&dialog)->apiKeyEdit->setText(QStringLiteral("SK0123456789abcdef0123456789abcdef"));
        QVERIFY(!dialog.isValid());
        QVERIFY(formOf(&dialog)->secretProblem->isVisible());
        formOf(&dialog)->secretEdit->setText(QStringLiteral("the key's secret"));
        QVERIFY(dialog.isValid());
        QVERIFY(dialog.secretEntered());
    }

    void duplicateNameIsRefused()
    {
        ProfileStore profiles;
        Profile p;
        p.name = QStringLiteral("taken");
        p.accountSid = EmulatorProcess::accountSid();
        profiles.save(p);
        CredentialStore keychain;
        AccountDialog dialog(&profiles, &keychain);
        fillValid(formOf(&dialog), QStringLiteral("taken"), QStringLiteral("x"));
        QVERIFY(!dialog.isValid());
        QVERIFY(formOf(&dialog)->nameProblem->text().contains(QLatin1String("already exists")));
    }
};

QTEST_MAIN(TestAccountDialog)
#include "tst_accountdialog.moc"
