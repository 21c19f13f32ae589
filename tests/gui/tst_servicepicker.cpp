// The Chat Service picker over its list (ServiceList) for real: many pages, searching, errors, an
// entered SID.
#include "emulatorclient.h"
#include "guitestenv.h"
#include "net/apiclient.h"
#include "servicepicker.h"
#include "session/servicelist.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QCompleter>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTest>

using namespace mediadesk;

class TestServicePicker : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    EmulatorProcess m_emulator{{QStringLiteral("--services"), QStringLiteral("120")}};
    ApiClient m_client;

    bool waitLoaded(const ServiceList &list)
    {
        return QTest::qWaitFor([&] { return !list.isLoading(); }, 20000);
    }

private slots:
    void initTestCase()
    {
        isolateGuiTest(m_home);
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        connectToEmulator(m_client, m_emulator, false);
    }

    void init() { QVERIFY(m_emulator.clearFaults()); }

    void loadsEveryPageWithoutBlocking()
    {
        ServiceList list;
        ServicePicker picker(&list);
        picker.show();
        QAbstractItemModelTester tester(picker.comboBox()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy loaded(&list, &ServiceList::loaded);
        list.load(&m_client, {});
        QVERIFY(list.isLoading());
        QVERIFY(!picker.comboBox()->isEnabled()); // a visible loading state
        QVERIFY(picker.comboBox()->lineEdit()->placeholderText().contains(QLatin1String("Loading")));
        QVERIFY(loaded.wait(20000));
        QCOMPARE(loaded.first().first().toInt(), 120);
        QCOMPARE(picker.comboBox()->count(), 121); // + "Enter SID…"
        QCOMPARE(picker.comboBox()->itemText(120), QStringLiteral("Enter SID…"));
        QCOMPARE(list.current().sid, EmulatorProcess::serviceSids().value(0));
        QVERIFY(picker.comboBox()->isEnabled());
    }

    void searchMatchesAnywhere()
    {
        ServiceList list;
        ServicePicker picker(&list);
        picker.show();
        list.load(&m_client, {});
        QVERIFY(waitLoaded(list));
        QCompleter *completer = picker.comboBox()->completer();
        completer->setCompletionPrefix(QStringLiteral("サンドボックス"));
        QCOMPARE(completer->completionCount(), 1);
        completer->setCompletionPrefix(QStringLiteral("service 11"));
        QCOMPARE(completer->completionCount(), 11); // 11, 110–119: case-insensitive, anywhere
    }

    void remembersAPreferredChoice()
    {
        const QString wanted = EmulatorProcess::serviceSids().value(1);
        ServiceList list;
        ServicePicker picker(&list);
        QSignalSpy changed(&list, &ServiceList::currentChanged);
        list.load(&m_client, wanted);
        QVERIFY(waitLoaded(list));
        QCOMPARE(list.current().sid, wanted);
        QCOMPARE(list.current().friendlyName, QStringLiteral("サンドボックス 2"));
        QCOMPARE(changed.count(), 1);
    }

    void aNarrowPickerShowsTheNameFirst()
    {
        // "Name — IS…" wider than the field: its beginning shows, not the SID's end.
        ServiceList list;
        ServicePicker picker(&list);
        picker.resize(160, picker.sizeHint().height());
        picker.show();
        list.load(&m_client, EmulatorProcess::serviceSids().value(1));
        QVERIFY(waitLoaded(list));
        QLineEdit *edit = picker.comboBox()->lineEdit();
        QVERIFY(edit->fontMetrics().horizontalAdvance(edit->text()) > edit->width());
        QCOMPARE(edit->cursorPosition(), 0);
    }

    void errorIsShownInline()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("status"), 401},
                                     {QStringLiteral("count"), 1}}));
        ServiceList list;
        ServicePicker picker(&list);
        picker.show();
        list.load(&m_client, {});
        QVERIFY(waitLoaded(list));
        QVERIFY2(picker.problem().contains(QLatin1String("20003")), qPrintable(picker.problem()));
        QVERIFY(picker.comboBox()->isEnabled()); // a SID can still be entered
        QCOMPARE(picker.comboBox()->count(), 1);

        list.refresh(); // the fault is used up: a refresh recovers
        QVERIFY(waitLoaded(list));
        QVERIFY(picker.problem().isEmpty());
        QCOMPARE(list.services().size(), 120);
    }

    void enteredSidIsValidated_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("error");
        QTest::newRow("valid, not listed") << "IS00000000000000000000000000000abc"
                                           << "";
        QTest::newRow("media SID") << "ME00000000000000000000000000000abc"
                                   << "of type “Media”";
        QTest::newRow("too short") << "IS123"
                                   << "has 5";
    }

    void enteredSidIsValidated()
    {
        QFETCH(QString, text);
        QFETCH(QString, error);
        ServiceList list;
        ServicePicker picker(&list);
        picker.show();
        list.load(&m_client, {});
        QVERIFY(waitLoaded(list));
        const QString before = list.current().sid;
        const QString problem = list.select(text).problem();
        if (error.isEmpty()) {
            QVERIFY(problem.isEmpty());
            QCOMPARE(list.current().sid, text);
            QVERIFY(picker.comboBox()->currentText().contains(text));
        } else {
            QVERIFY2(problem.contains(error), qPrintable(problem));
            QCOMPARE(list.current().sid, before);
        }
    }

    void typedSidInTheBoxIsUsed()
    {
        ServiceList list;
        ServicePicker picker(&list);
        picker.show();
        list.load(&m_client, {});
        QVERIFY(waitLoaded(list));
        picker.comboBox()->lineEdit()->setText(QStringLiteral("IS0000000000000000000000000000ffff"));
        QTest::keyClick(picker.comboBox()->lineEdit(), Qt::Key_Return);
        QCOMPARE(list.current().sid, QStringLiteral("IS0000000000000000000000000000ffff"));
        picker.comboBox()->lineEdit()->setText(QStringLiteral("IS12"));
        QTest::keyClick(picker.comboBox()->lineEdit(), Qt::Key_Return);
        QVERIFY(picker.problem().contains(QLatin1String("has 4")));
    }
};

QTEST_MAIN(TestServicePicker)
#include "tst_servicepicker.moc"
