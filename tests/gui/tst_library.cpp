// The Library tab for real: it loads lazily, searches as you type, sorts by any column, shows
// uploads made meanwhile by mediadesk-cli, and shows hostile names as text.
#include "formaccess.h"
#include "guitestenv.h"
#include "librarymodel.h"
#include "librarytab.h"
#include "mainwindow.h"
#include "store/credentialstore.h"
#include "ui_librarytab.h"
#include "ui_mainwindow.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTest>

using namespace mediadesk;

namespace {
LibraryEntry entry(int i)
{
    LibraryEntry e;
    e.uploadId = QStringLiteral("u%1").arg(i);
    e.mediaSid = QStringLiteral("ME%1").arg(i, 32, 16, QLatin1Char('0'));
    e.serviceSid = QStringLiteral("IS%1").arg(1, 32, 16, QLatin1Char('0'));
    e.accountSid = QStringLiteral("AC%1").arg(1, 32, 16, QLatin1Char('0'));
    e.profile = QStringLiteral("work");
    e.fileName = QStringLiteral("file-%1.%2")
                     .arg(i, 6, 10, QLatin1Char('0'))
                     .arg(i % 3 ? QStringLiteral("png") : QStringLiteral("pdf"));
    e.contentType = i % 3 ? QStringLiteral("image/png") : QStringLiteral("application/pdf");
    e.size = i;
    e.localPath = QStringLiteral("/data/") + e.fileName;
    e.sha256 = QString(64, QLatin1Char('0'));
    e.uploadedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
    return e;
}
// The window on the test's library, with the session and stores it needs.
struct LibraryWindow
{
    explicit LibraryWindow(const QString &libraryPath)
        : session(&profiles, &keychain), window(&session, options(libraryPath))
    {}
    static MainWindow::Options options(const QString &libraryPath)
    {
        MainWindow::Options o;
        o.libraryPath = libraryPath;
        return o;
    }
    ProfileStore profiles;
    CredentialStore keychain;
    Session session;
    MainWindow window;
};
} // namespace

class TestLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QString m_path;

private slots:
    void initTestCase()
    {
        isolateGuiTest(m_home);
        m_path = m_home.filePath(QStringLiteral("library.sqlite"));
        MediaLibrary library(m_path);
        const Result<> opened = library.open();
        QVERIFY2(opened, qPrintable(opened.problem()));
        QList<LibraryEntry> rows;
        for (int i = 1; i <= 100000; ++i)
            rows.append(entry(i));
        const Result<> recorded = library.recordAll(rows);
        QVERIFY2(recorded, qPrintable(recorded.problem()));
    }

    void modelIsConsistent()
    {
        QTemporaryDir dir;
        MediaLibrary small(dir.filePath(QStringLiteral("small.sqlite")));
        const Result<> opened = small.open();
        QVERIFY2(opened, qPrintable(opened.problem()));
        QList<LibraryEntry> rows;
        for (int i = 1; i <= 450; ++i)
            rows.append(entry(i));
        const Result<> recorded = small.recordAll(rows);
        QVERIFY2(recorded, qPrintable(recorded.problem()));
        LibraryModel model(&small);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        while (model.canFetchMore({}))
            model.fetchMore({});
        QCOMPARE(model.rowCount(), 450);
        model.sort(LibraryModel::Size, Qt::AscendingOrder);
        model.setSearch(QStringLiteral("pdf"));
        QCOMPARE(model.totalCount(), 150);
    }

    void opensLazilyAndSearches()
    {
        LibraryWindow app(m_path);
        MainWindow &window = app.window;
        window.show();
        LibraryModel *model = formOf(&window)->libraryTab->model();
        QCOMPARE(model->totalCount(), 100000);
        QCOMPARE(model->rowCount(), LibraryModel::PageSize); // only what can be seen
        QVERIFY(model->canFetchMore({}));
        // Newest first.
        QCOMPARE(model->index(0, LibraryModel::FileName).data().toString(),
                 QStringLiteral("file-100000.png"));

        QVERIFY(formOf(formOf(&window)->libraryTab)->libraryCount->text().contains(QLatin1String("100000")));
        QSignalSpy counted(model, &LibraryModel::totalCountChanged);
        QTest::keyClicks(formOf(formOf(&window)->libraryTab)->librarySearch, QStringLiteral("file-04200"));
        QVERIFY(counted.wait(5000));       // once typing pauses
        QCOMPARE(model->totalCount(), 10); // file-042000 … file-042009
        QCOMPARE(model->rowCount(), 10);
        QVERIFY(formOf(formOf(&window)->libraryTab)->libraryCount->text().contains(QLatin1String("10")));

        // By SID, and by type.
        model->setSearch(entry(777).mediaSid);
        QCOMPARE(model->totalCount(), 1);
        model->setSearch(QStringLiteral("application/pdf"));
        QCOMPARE(model->totalCount(), 33333);
    }

    void sortsByAnyColumn_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("firstName");
        QTest::newRow("name ascending")
            << int(LibraryModel::FileName) << int(Qt::AscendingOrder) << "file-000001.png";
        QTest::newRow("name descending")
            << int(LibraryModel::FileName) << int(Qt::DescendingOrder) << "file-100000.png";
        QTest::newRow("size descending")
            << int(LibraryModel::Size) << int(Qt::DescendingOrder) << "file-100000.png";
        QTest::newRow("type ascending")
            << int(LibraryModel::ContentType) << int(Qt::AscendingOrder) << "file-000003.pdf";
        QTest::newRow("oldest first")
            << int(LibraryModel::UploadedAt) << int(Qt::AscendingOrder) << "file-000001.png";
    }

    void sortsByAnyColumn()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, firstName);
        LibraryWindow app(m_path);
        MainWindow &window = app.window;
        // Through the header, as a click would.
        formOf(formOf(&window)->libraryTab)
            ->libraryTable->horizontalHeader()
            ->setSortIndicator(column, Qt::SortOrder(order));
        QCOMPARE(formOf(&window)->libraryTab->model()->index(0, LibraryModel::FileName).data().toString(),
                 firstName);
    }

    void showsUploadsMadeMeanwhile()
    {
        LibraryWindow app(m_path);
        MainWindow &window = app.window;
        window.show();
        formOf(&window)->pages->setCurrentWidget(formOf(&window)->workspacePage);
        {
            MediaLibrary other(m_path); // as mediadesk-cli would, in another process
            const Result<> opened = other.open();
            QVERIFY2(opened, qPrintable(opened.problem()));
            const Result<> recorded = other.record(entry(100001));
            QVERIFY2(recorded, qPrintable(recorded.problem()));
        }
        formOf(&window)->workspaceTabs->setCurrentWidget(formOf(&window)->libraryTab);
        QCOMPARE(formOf(&window)->libraryTab->model()->totalCount(), 100001);
    }

    void hostileNamesAreShownAsText()
    {
        // A name with terminal escapes, a line separator and a right-to-left override (from a
        // server, or a file named so): the table shows it escaped, in the cell and its tooltip.
        LibraryEntry hostile = entry(100002);
        hostile.fileName = QStringLiteral("invoice\u202Efdp.exe\u2028\x1b[2J.png");
        hostile.contentType = QStringLiteral("image/png\u0085");
        hostile.localPath = QStringLiteral("/data/") + hostile.fileName;
        {
            MediaLibrary other(m_path);
            const Result<> opened = other.open();
            QVERIFY2(opened, qPrintable(opened.problem()));
            const Result<> recorded = other.record(hostile);
            QVERIFY2(recorded, qPrintable(recorded.problem()));
        }
        LibraryWindow app(m_path);
        MainWindow &window = app.window;
        LibraryModel *model = formOf(&window)->libraryTab->model();
        model->setSearch(hostile.mediaSid);
        QCOMPARE(model->totalCount(), 1);
        QCOMPARE(model->index(0, LibraryModel::FileName).data().toString(),
                 QStringLiteral("invoice\\u202Efdp.exe\\u2028\\x1B[2J.png"));
        QCOMPARE(model->index(0, LibraryModel::ContentType).data().toString(),
                 QStringLiteral("image/png\\x85"));
        const QString tooltip = model->index(0, LibraryModel::FileName).data(Qt::ToolTipRole).toString();
        QVERIFY2(!tooltip.contains(QChar(0x1b)) && !tooltip.contains(QChar(0x202e)), qPrintable(tooltip));
    }
};

QTEST_MAIN(TestLibrary)
#include "tst_library.moc"
