// What a screen reader hears: every focusable or clickable control of the main window (every tab,
// with rows in its views) and of every dialog has an accessible name, asked through QAccessible as
// assistive technology asks; how transfers stand is text it can read.
#include "accountdialog.h"
#include "conflictdialog.h"
#include "controlaudit.h"
#include "conversationpicker.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "net/apiclient.h"
#include "requestlogwindow.h"
#include "sandboxwindow.h"
#include "senddialog.h"
#include "session/accountcontext.h"
#include "session/servicelist.h"
#include "settingsdialog.h"
#include "transfer/transferqueue.h"
#include "transfermodel.h"
#include "ui_mainwindow.h"

#include <QAccessible>
#include <QLabel>
#include <QLineEdit>
#include <QTabWidget>
#include <QTest>

using namespace mediadesk;

class TestAccessibleNames : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    SandboxWindow m_app;

    static QString report(const QStringList &unnamed)
    {
        return QStringLiteral("%1 without a name:\n  ").arg(unnamed.size()) +
               unnamed.join(QStringLiteral("\n  "));
    }

private slots:
    void initTestCase()
    {
        isolateGuiTest(m_home);
        QVERIFY(m_app.open(2));
        // Rows in the views: a finished upload (Transfers, Library), its details.
        const QString path = m_app.write(m_files, QStringLiteral("photo.png"), QByteArray(2048, 'p'));
        QVERIFY(m_app.window->addUrls({QUrl::fromLocalFile(path)}));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto &items = m_app.window->transferQueue()->items();
                return !items.isEmpty() && items.last().state == TransferItem::State::Done;
            },
            20000));
        m_app.window->showDetails(m_app.window->transferQueue()->items().last().mediaSid);
    }

    void cleanupTestCase() { m_app.close(); }

    void everyTabOfTheMainWindow()
    {
        QTabWidget *tabs = formOf(m_app.window)->workspaceTabs;
        // Text in the search fields, so their clear buttons show.
        for (QLineEdit *edit : tabs->findChildren<QLineEdit *>())
            if (!edit->placeholderText().isEmpty() && edit->text().isEmpty() && !edit->isReadOnly())
                edit->setText(QStringLiteral("x"));
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            QTRY_VERIFY(tabs->currentWidget()->isVisible());
            const QStringList unnamed = controlaudit::unnamedControls(m_app.window.get());
            QVERIFY2(unnamed.isEmpty(), qPrintable(tabs->tabText(i) + QLatin1String(": ") + report(unnamed)));
        }
        for (QLineEdit *edit : tabs->findChildren<QLineEdit *>())
            if (edit->text() == QLatin1String("x"))
                edit->clear();
    }

    void theWelcomePage()
    {
        formOf(m_app.window)->pages->setCurrentWidget(formOf(m_app.window)->welcomePage);
        const QStringList unnamed = controlaudit::unnamedControls(formOf(m_app.window)->welcomePage);
        formOf(m_app.window)->pages->setCurrentWidget(formOf(m_app.window)->workspacePage);
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));
    }

    void everyDialog_data()
    {
        QTest::addColumn<QString>("dialog");
        QTest::newRow("account") << QStringLiteral("account");
        QTest::newRow("settings") << QStringLiteral("settings");
        QTest::newRow("send") << QStringLiteral("send");
        QTest::newRow("send target") << QStringLiteral("target");
        QTest::newRow("request log") << QStringLiteral("log");
        QTest::newRow("file exists") << QStringLiteral("conflict");
    }

    void everyDialog()
    {
        QFETCH(QString, dialog);
        std::unique_ptr<QWidget> w;
        ApiClient *client = m_app.session->client();
        const QString service = m_app.window->accountContext()->currentService().sid;
        if (dialog == QLatin1String("account"))
            w = std::make_unique<AccountDialog>(m_app.profiles.get(), m_app.keychain.get());
        else if (dialog == QLatin1String("settings"))
            w = std::make_unique<SettingsDialog>(AppSettings{}, nullptr);
        else if (dialog == QLatin1String("send"))
            w = std::make_unique<SendDialog>(SendDialog::Mode::Send, client, service);
        else if (dialog == QLatin1String("target"))
            w = std::make_unique<SendDialog>(SendDialog::Mode::Target, client, service);
        else if (dialog == QLatin1String("conflict"))
            w = std::make_unique<ConflictDialog>(QDir::home().filePath(QStringLiteral("a.txt")), 5,
                                                 QDir::home().filePath(QStringLiteral("a (2).txt")), true);
        else
            w = std::make_unique<RequestLogWindow>(client->requestLog());
        w->show();
        QVERIFY(QTest::qWaitForWindowExposed(w.get()));
        if (const auto *send = qobject_cast<SendDialog *>(w.get())) // its list loads: the rows are there too
            QTRY_VERIFY_WITH_TIMEOUT(!send->picker()->isLoading(), 10000);
        const QStringList unnamed = controlaudit::unnamedControls(w.get());
        QVERIFY2(unnamed.isEmpty(), qPrintable(report(unnamed)));
    }

    void transfersAreTold()
    {
        // How the transfers stand is text a screen reader can read (the summary's name follows
        // it); the window also sends NameChanged for it, which reaches assistive technology only
        // through a platform bridge (AT-SPI), absent offscreen.
        QLabel *summary = m_app.window->findChild<QLabel *>(QStringLiteral("transferSummary"));
        QVERIFY(summary);
        emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/faults"),
                      R"({"method": "POST", "path_prefix": "/v1/Services/", "delay_ms": 800, "count": 1})");
        const QString path = m_app.write(m_files, QStringLiteral("notes.txt"), QByteArray(4096, 'n'));
        QVERIFY(m_app.window->addUrls({QUrl::fromLocalFile(path)}));
        auto spoken = [summary] {
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(summary);
            return iface ? iface->text(QAccessible::Name) : QString();
        };
        QTRY_VERIFY2(spoken().contains(QLatin1String("uploading")), qPrintable(spoken()));
        QVERIFY(QTest::qWaitFor(
            [&] { return m_app.window->transferQueue()->items().last().state == TransferItem::State::Done; },
            20000));
        QTRY_VERIFY2(!spoken().contains(QLatin1String("uploading")), qPrintable(spoken()));
        // The row's outcome is a word, not only a colour or an icon.
        const QModelIndex status =
            formOf(m_app.window)
                ->transfersTab->model()
                ->index(int(m_app.window->transferQueue()->items().size() - 1), TransferModel::Status);
        QCOMPARE(status.data().toString(), TransferModel::tr("Done"));
    }
};

QTEST_MAIN(TestAccessibleNames)
#include "tst_accessiblenames.moc"
