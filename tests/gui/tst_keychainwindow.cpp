// The account dialog and window with a real Secret Service (run by isolated-test.sh --keychain): save,
// read back after a "restart", update, rename, remove; no file ever holds the secret.
#include "accountdialog.h"
#include "dialogs.h"
#include "emulatorprocess.h"
#include "formaccess.h"
#include "mainwindow.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/servicelist.h"
#include "store/credentialstore.h"
#include "ui_accountdialog.h"

#include <QDirIterator>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace mediadesk;

class TestKeychainWindow : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    bool m_keychainMissing = false; // a window asked what to do without a keychain
    const QString m_secret = EmulatorProcess::authToken();

    static QString storedSecret(CredentialStore &keychain, const QString &profile,
                                KeychainJob::Outcome *outcome)
    {
        KeychainJob *read = keychain.readSecret(profile);
        QSignalSpy done(read, &KeychainJob::finished);
        done.wait(20000);
        *outcome = read->outcome();
        return read->secret();
    }

    bool saveDialog(AccountDialog &dialog)
    {
        QSignalSpy accepted(&dialog, &QDialog::accepted);
        formOf(&dialog)->buttons->button(QDialogButtonBox::Save)->click();
        return accepted.wait(20000);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(qEnvironmentVariableIsSet("DBUS_SESSION_BUS_ADDRESS") &&
                     !qgetenv("DBUS_SESSION_BUS_ADDRESS").contains("nonexistent"),
                 "run through tests/support/isolated-test.sh --keychain");
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        // Removal is confirmed; a question about keeping a secret in memory would mean the
        // keychain was not there.
        Dialogs::answerAll([this](QDialog *dialog) {
            auto *box = qobject_cast<QMessageBox *>(dialog);
            if (!box)
                return dialog->exec();
            if (box->windowTitle() == AccountDialog::tr("No keychain available")) {
                m_keychainMissing = true; // the case fails in cleanup()
                return int(QMessageBox::Cancel);
            }
            return int(QMessageBox::Yes);
        });
    }

    void cleanup()
    {
        QVERIFY2(!m_keychainMissing, "the keychain should have been available");
        m_keychainMissing = false;
    }

    void addReadUpdateRenameRemove()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        {
            AccountDialog add(&profiles, &keychain);
            Ui::AccountDialog *ui = formOf(&add);
            ui->nameEdit->setText(QStringLiteral("Production"));
            ui->authTokenRadio->setChecked(true);
            ui->accountSidEdit->setText(EmulatorProcess::accountSid());
            ui->secretEdit->setText(QStringLiteral("first-secret"));
            ui->advancedBox->setChecked(true);
            ui->mcsUrlEdit->setText(m_emulator.baseUrl().toString());
            ui->conversationsUrlEdit->setText(m_emulator.baseUrl().toString());
            QVERIFY(saveDialog(add));
            QVERIFY(!add.sessionOnlySecret());
        }
        KeychainJob::Outcome outcome;
        QCOMPARE(storedSecret(keychain, QStringLiteral("Production"), &outcome),
                 QStringLiteral("first-secret"));

        {
            AccountDialog edit(&profiles, &keychain, nullptr, QStringLiteral("Production"));
            QCOMPARE(formOf(&edit)->accountSidEdit->text(), EmulatorProcess::accountSid());
            QVERIFY(formOf(&edit)->secretEdit->text().isEmpty()); // never shown again
            formOf(&edit)->secretEdit->setText(m_secret);         // update
            QVERIFY(saveDialog(edit));
        }
        QCOMPARE(storedSecret(keychain, QStringLiteral("Production"), &outcome), m_secret);

        {
            AccountDialog rename(&profiles, &keychain, nullptr, QStringLiteral("Production"));
            formOf(&rename)->nameEdit->setText(QStringLiteral("本番"));
            QVERIFY(saveDialog(rename)); // secret left unchanged: it moves with the name
        }
        QCOMPARE(storedSecret(keychain, QStringLiteral("本番"), &outcome), m_secret);
        QVERIFY(QTest::qWaitFor(
            [&] {
                storedSecret(keychain, QStringLiteral("Production"), &outcome);
                return outcome == KeychainJob::Outcome::NotFound;
            },
            10000));
        QCOMPARE(profiles.names(), QStringList{QStringLiteral("本番")});
    }

    void afterRestartTheSecretComesFromTheKeychain()
    {
        ProfileStore profiles; // a new store and session, as after a restart
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow window(&session, {});
        QVERIFY(QTest::qWaitFor([&] { return session.state() == Session::State::Ready; }, 20000));
        QCOMPARE(session.current().name, QStringLiteral("本番"));
        QVERIFY(QTest::qWaitFor([&] { return window.accountContext()->services()->services().size() == 3; },
                                20000));

        window.removeAccount();
        QVERIFY(QTest::qWaitFor([&] { return profiles.names().isEmpty(); }, 20000));
        KeychainJob::Outcome outcome;
        storedSecret(keychain, QStringLiteral("本番"), &outcome);
        QCOMPARE(outcome, KeychainJob::Outcome::NotFound);
    }

    void noFileHoldsASecret()
    {
        for (const char *var : {"HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"}) {
            QDirIterator it(qEnvironmentVariable(var), QDir::Files | QDir::Hidden,
                            QDirIterator::Subdirectories);
            while (it.hasNext()) {
                QFile f(it.next());
                QVERIFY(f.open(QIODevice::ReadOnly));
                const QByteArray content = f.readAll();
                QVERIFY2(!content.contains("first-secret"), qPrintable(f.fileName()));
                QVERIFY2(!content.contains(m_secret.toUtf8()), qPrintable(f.fileName()));
            }
        }
    }
};

QTEST_MAIN(TestKeychainWindow)
#include "tst_keychainwindow.moc"
