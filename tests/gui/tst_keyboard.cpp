// The window by keyboard alone, with real key presses: underlined letters never clash within a
// window (in every shipped language), each menu opens by its letter from every tab, F10 opens the
// menu bar, and Tab visits every control once, reaching the toolbar and leaving every item view.
#include "accountdialog.h"
#include "accountstatus.h"
#include "conflictdialog.h"
#include "controlaudit.h"
#include "conversationstab.h"
#include "emulatorprocess.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "librarytab.h"
#include "mediadetailsmodel.h"
#include "mediadetailspanel.h"
#include "requestlogwindow.h"
#include "sandboxwindow.h"
#include "senddialog.h"
#include "settingsdialog.h"
#include "transfer/transferqueue.h"
#include "transferstab.h"
#include "translations.h"
#include "ui_conversationstab.h"
#include "ui_mainwindow.h"
#include "ui_transferstab.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QLineEdit>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTest>
#include <QToolBar>
#include <QTranslator>

using namespace mediadesk;

class TestKeyboard : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    SandboxWindow m_app;

    MainWindow *window() const { return m_app.window.get(); }

    // The widget Tab moves to from the focused one (the key as a person presses it).
    static QWidget *press(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        QWidget *from = QApplication::focusWidget();
        if (!from)
            return nullptr;
        QTest::keyClick(from, key, modifiers);
        return QApplication::focusWidget();
    }

    static QString name(const QWidget *w)
    {
        return w ? controlaudit::describe(w) : QStringLiteral("nothing");
    }

private slots:
    void initTestCase()
    {
        isolateGuiTest(m_home);
        QVERIFY(m_app.open(2));
        QApplication::setActiveWindow(window());
        QVERIFY(QTest::qWaitForWindowActive(window()));
        // Rows in every view: an upload (Transfers, Library), its details, a conversation's media.
        const QString path = m_app.write(m_files, QStringLiteral("photo.png"), QByteArray(2048, 'p'));
        QVERIFY(window()->addUrls({QUrl::fromLocalFile(path)}));
        QVERIFY(QTest::qWaitFor(
            [&] {
                const auto &items = window()->transferQueue()->items();
                return !items.isEmpty() && items.last().state == TransferItem::State::Done;
            },
            20000));
        const QString media = window()->transferQueue()->items().last().mediaSid;
        formOf(formOf(window())->transfersTab)->transferTable->selectRow(0);
        formOf(window())->libraryTab->reload();
        window()->showDetails(media);
        QVERIFY(
            QTest::qWaitFor([&] { return formOf(window())->detailsPanel->model()->rowCount() > 0; }, 20000));
        ConversationsTab *conversations = formOf(window())->conversationsTab;
        QVERIFY(QTest::qWaitFor([&] { return conversations->conversationModel()->rowCount() > 0; }, 20000));
        QVERIFY(conversations->selectConversation(EmulatorProcess::conversationSid(1, 1)));
    }

    void cleanupTestCase()
    {
        useLanguage({});
        m_app.close();
    }

    void lettersAreUniquePerWindow_data()
    {
        QTest::addColumn<QString>("language");
        QTest::newRow("English") << QString();
        QTest::newRow("Japanese") << QStringLiteral("ja");
    }

    void lettersAreUniquePerWindow()
    {
        QFETCH(QString, language);
        useLanguage(language);
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow main(&session, {});
        // The account bar's buttons take each remedy's text in turn: all of them are checked.
        for (int remedy = 0; remedy <= int(AccountStatus::Remedy::TryAgain); ++remedy)
            new QPushButton(AccountStatus::remedyText(AccountStatus::Remedy(remedy)),
                            formOf(&main)->accountBanner);
        QStringList clashes =
            controlaudit::mnemonicClashes(&main) + controlaudit::menuClashes(main.menuBar());

        AccountDialog account(&profiles, &keychain);
        SettingsDialog settings(AppSettings{}, nullptr);
        SendDialog send(SendDialog::Mode::Send, m_app.session->client(), {});
        SendDialog target(SendDialog::Mode::Target, m_app.session->client(), {});
        RequestLogWindow log(m_app.session->client()->requestLog());
        ConflictDialog conflict(QStringLiteral("/tmp/a.txt"), 5, QStringLiteral("/tmp/a (2).txt"), true);
        for (QWidget *dialog :
             std::initializer_list<QWidget *>{&account, &settings, &send, &target, &log, &conflict})
            clashes += controlaudit::mnemonicClashes(dialog);
        useLanguage({});
        QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QLatin1Char('\n'))));
    }

    void menusOpenByTheirLetterFromEveryTab()
    {
        QTabWidget *tabs = formOf(window())->workspaceTabs;
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            tabs->setFocus(Qt::TabFocusReason); // the focus somewhere on the tab
            press(Qt::Key_Tab);
            for (QAction *menuAction : window()->menuBar()->actions()) {
                const QChar letter = controlaudit::mnemonic(menuAction->text()).toUpper();
                QTest::keyClick(QApplication::focusWidget(), Qt::Key(letter.unicode()), Qt::AltModifier);
                QWidget *popup = QApplication::activePopupWidget();
                QVERIFY2(popup == menuAction->menu(), qPrintable(QStringLiteral("Alt+%1 on %2 opened %3")
                                                                     .arg(letter)
                                                                     .arg(tabs->tabText(i), name(popup))));
                popup->close();
            }
        }
    }

    void f10OpensTheMenuBar()
    {
        formOf(window())->workspaceTabs->setCurrentIndex(0);
        formOf(formOf(window())->transfersTab)->transferTable->setFocus();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_F10);
        QTRY_COMPARE(window()->menuBar()->activeAction(), formOf(window())->menuFile->menuAction());
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    }

    void tabVisitsEveryControlOnceAndLeavesViews_data()
    {
        QTest::addColumn<int>("tab");
        QTest::addColumn<Qt::KeyboardModifiers>("modifiers");
        const QTabWidget *tabs = formOf(window())->workspaceTabs;
        for (int i = 0; i < tabs->count(); ++i) {
            QTest::addRow("%s, Tab", qPrintable(tabs->tabText(i))) << i << Qt::KeyboardModifiers();
            QTest::addRow("%s, Shift+Tab", qPrintable(tabs->tabText(i)))
                << i << Qt::KeyboardModifiers(Qt::ShiftModifier);
        }
    }

    void tabVisitsEveryControlOnceAndLeavesViews()
    {
        QFETCH(int, tab);
        QFETCH(Qt::KeyboardModifiers, modifiers);
        QTabWidget *tabs = formOf(window())->workspaceTabs;
        tabs->setCurrentIndex(tab);
        QWidget *start = window()->profileCombo();
        start->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), start);
        QList<QWidget *> visited{start};
        for (int presses = 0; presses < 80; ++presses) {
            QWidget *next = press(Qt::Key_Tab, modifiers);
            QVERIFY2(next, "the focus went nowhere");
            if (next == start)
                break;
            QVERIFY2(!visited.contains(next),
                     qPrintable(QStringLiteral("visited twice before the round ended: ") + name(next) +
                                QStringLiteral(" after ") + name(visited.last())));
            visited.append(next);
        }
        QVERIFY2(QApplication::focusWidget() == start, "Tab never came back to the account picker");
        // The toolbar is in the round: the service picker and Send To….
        QToolBar *bar = formOf(window())->toolBar;
        QVERIFY(visited.contains(window()->servicePicker()->comboBox()));
        QVERIFY(visited.contains(bar->widgetForAction(formOf(window())->actionSendTarget)));
        // Every item view on this tab is in the round once: Tab entered it and left it.
        for (QAbstractItemView *view : tabs->currentWidget()->findChildren<QAbstractItemView *>()) {
            if (!view->isVisible() || view->focusPolicy() == Qt::NoFocus)
                continue;
            QVERIFY2(visited.contains(view), qPrintable(name(view) + QStringLiteral(" never reached")));
        }
        // Focus is always visible: every control reached is shown and enabled.
        for (QWidget *w : std::as_const(visited))
            QVERIFY2(w->isVisible() && w->isEnabled(), qPrintable(name(w)));
    }
};

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
