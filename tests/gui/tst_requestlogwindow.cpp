// The request log window for real: live rows, filters, copy (as lines and as curl), export as HAR,
// clear, and nothing secret in it.
#include "dialogs.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "net/requestlog.h"
#include "requestlogfilter.h"
#include "requestlogmodel.h"
#include "requestlogwindow.h"
#include "ui_requestlogwindow.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QDir>
#include <QGuiApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <ctime>

using namespace mediadesk;
using namespace Qt::Literals::StringLiterals;

class TestRequestLogWindow : public QObject
{
    Q_OBJECT

    static RequestLogEntry entry(int status, const QString &url)
    {
        RequestLogEntry e;
        e.startedAt = QDateTime::currentDateTimeUtc();
        e.method = "GET";
        e.url = url;
        e.status = status;
        e.durationMs = 12;
        e.bytesReceived = 2048;
        return e;
    }

    // A morning's requests: a look-up, an upload, a miss, a link that never answered, a 503.
    static void fill(RequestLog &log)
    {
        log.add(entry(200, QStringLiteral("https://mcs.us1.twilio.com/v1/Services/IS1/Media/ME1")));
        RequestLogEntry upload =
            entry(201, QStringLiteral("https://mcs.us1.twilio.com/v1/Services/IS1/Media"));
        upload.method = "POST";
        upload.credentials = Credentials::Method::AuthToken;
        upload.requestHeaders = {{"Content-Type", "image/png"}};
        upload.bodyFile = QStringLiteral("/home/ann/holiday.png");
        log.add(upload);
        log.add(entry(404, QStringLiteral("https://mcs.us1.twilio.com/v1/Services/IS1/Media/ME2")));
        RequestLogEntry link = entry(0, QStringLiteral("https://media.twiliocdn.com/ME1?Signature=REDACTED"));
        link.note = QStringLiteral("connection refused");
        log.add(link);
        RequestLogEntry busy = entry(503, QStringLiteral("https://conversations.twilio.com/v1/Services"));
        busy.method = "DELETE";
        log.add(busy);
    }

    static void choose(QComboBox *combo, const QString &text)
    {
        const int index = combo->findText(text);
        QVERIFY2(index >= 0, qPrintable(text));
        combo->setCurrentIndex(index);
    }

private slots:
    void initTestCase()
    {
        useLanguage(u"en"_s); // English's plurals: "1 request", "5 requests"
        // Local time that is not UTC, so that the two cannot be mistaken for each other.
        qputenv("TZ", "Asia/Tokyo");
        tzset();
    }

    void showsCopiesAndClears()
    {
        RequestLog log;
        log.add(entry(200, QStringLiteral("https://mcs.us1.twilio.com/v1/Services/IS1/Media/ME1")));
        RequestLogWindow window(&log);
        QAbstractItemModelTester tester(window.model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        QCOMPARE(window.model()->rowCount(), 1); // what happened before the window opened

        log.add(entry(404, QStringLiteral("https://mcs.us1.twilio.com/v1/Services/IS1/Media/ME2")));
        QCOMPARE(window.model()->rowCount(), 2); // live
        QCOMPARE(window.model()->index(1, RequestLogModel::Status).data().toString(), QStringLiteral("404"));
        QCOMPARE(window.model()->index(1, RequestLogModel::Method).data().toString(), QStringLiteral("GET"));
        QVERIFY(window.model()->headerData(RequestLogModel::Url, Qt::Horizontal).toString() ==
                QLatin1String("URL"));

        window.copyToClipboard(); // nothing selected: everything
        const QString copied = QGuiApplication::clipboard()->text();
        QVERIFY2(copied.contains(QLatin1String("ME1")) && copied.contains(QLatin1String("ME2")),
                 qPrintable(copied));
        QCOMPARE(copied.count(QLatin1Char('\n')), 1);

        formOf(&window)->clearButton->click();
        QCOMPARE(window.model()->rowCount(), 0);
        QVERIFY(log.entries().isEmpty());
    }

    void filtersShowOnlyWhatMatches_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("method");
        QTest::addColumn<QString>("status");
        QTest::addColumn<QString>("host");
        QTest::addColumn<bool>("failuresOnly");
        QTest::addColumn<QStringList>("urls"); // the rows shown, by the end of their address

        const QString all = QStringLiteral("All");
        QTest::newRow("nothing set") << QString() << all << all << all << false
                                     << QStringList{u"ME1"_s, u"Media"_s, u"ME2"_s, u"REDACTED"_s,
                                                    u"Services"_s};
        QTest::newRow("text in the address")
            << u"me2"_s << all << all << all << false << QStringList{u"ME2"_s};
        QTest::newRow("text in the note")
            << u"refused"_s << all << all << all << false << QStringList{u"REDACTED"_s};
        QTest::newRow("a status as text")
            << u"503"_s << all << all << all << false << QStringList{u"Services"_s};
        QTest::newRow("method") << QString() << u"POST"_s << all << all << false << QStringList{u"Media"_s};
        QTest::newRow("2xx") << QString() << all << u"2xx success"_s << all << false
                             << QStringList{u"ME1"_s, u"Media"_s};
        QTest::newRow("4xx") << QString() << all << u"4xx refused"_s << all << false << QStringList{u"ME2"_s};
        QTest::newRow("5xx") << QString() << all << u"5xx server error"_s << all << false
                             << QStringList{u"Services"_s};
        QTest::newRow("no reply") << QString() << all << u"No reply"_s << all << false
                                  << QStringList{u"REDACTED"_s};
        QTest::newRow("host") << QString() << all << all << u"media.twiliocdn.com"_s << false
                              << QStringList{u"REDACTED"_s};
        QTest::newRow("failures only")
            << QString() << all << all << all << true << QStringList{u"ME2"_s, u"REDACTED"_s, u"Services"_s};
        QTest::newRow("failures of one host and method")
            << QString() << u"GET"_s << all << u"mcs.us1.twilio.com"_s << true << QStringList{u"ME2"_s};
        QTest::newRow("nothing matches") << u"nowhere"_s << all << all << all << false << QStringList{};
    }

    void filtersShowOnlyWhatMatches()
    {
        QFETCH(QString, text);
        QFETCH(QString, method);
        QFETCH(QString, status);
        QFETCH(QString, host);
        QFETCH(bool, failuresOnly);
        QFETCH(QStringList, urls);
        RequestLog log;
        fill(log);
        RequestLogWindow window(&log);
        QAbstractItemModelTester tester(window.filter(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
        window.show();
        auto *form = formOf(&window);
        QTest::keyClicks(form->searchEdit, text);
        choose(form->methodFilter, method);
        choose(form->statusFilter, status);
        choose(form->hostFilter, host);
        if (failuresOnly)
            form->failuresOnly->click();

        QStringList shown;
        for (int row = 0; row < form->table->model()->rowCount(); ++row)
            shown.append(
                form->table->model()->index(row, RequestLogModel::Url).data().toString().section(u'/', -1));
        for (QString &url : shown)
            url = url.section(u'=', -1);
        QCOMPARE(shown, urls);
        const bool filtered = urls.size() != 5;
        QCOMPARE(form->countLabel->text(), filtered
                                               ? QStringLiteral("%1 of 5 requests shown").arg(urls.size())
                                               : QStringLiteral("5 requests"));
        QCOMPARE(form->exportButton->isEnabled(), !urls.isEmpty());
    }

    void failuresOnlyShowsAReplyCutShortAndTheCountFollowsHiddenRows()
    {
        RequestLog log;
        RequestLogWindow window(&log);
        window.show();
        auto *form = formOf(&window);
        form->failuresOnly->click();
        RequestLogEntry cut = entry(200, QStringLiteral("https://media.example/ME1"));
        cut.failed = true; // a 200 whose body stopped short: a failure all the same
        cut.note = QStringLiteral("the connection closed after 10 of 20 bytes");
        log.add(cut);
        log.add(entry(200, QStringLiteral("https://media.example/ME2"))); // hidden, but counted
        QCOMPARE(form->table->model()->rowCount(), 1);
        QCOMPARE(form->countLabel->text(), QStringLiteral("1 of 2 requests shown"));
    }

    void copyAsCurlTakesTheSelectedRequests()
    {
        RequestLog log;
        fill(log);
        RequestLogWindow window(&log);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *form = formOf(&window);
        QVERIFY(!form->copyCurlButton->isEnabled()); // nothing chosen yet
        QGuiApplication::clipboard()->clear();
        form->table->setFocus();
        form->table->selectRow(1); // the upload
        QVERIFY(form->copyCurlButton->isEnabled());
        QTest::keyClick(form->table, Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        const QString command = QGuiApplication::clipboard()->text();
        QVERIFY2(command.startsWith(QLatin1String("curl")) &&
                     command.contains(QLatin1String("-u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\"")),
                 qPrintable(command));
        QVERIFY2(command.contains(QLatin1String("--data-binary '@/home/ann/holiday.png'")),
                 qPrintable(command));
        QCOMPARE(command.count(QLatin1String("curl ")), 1);

        // Two rows, two commands; the table's own menu offers the same.
        form->table->selectAll();
        const QList<QAction *> menu = form->table->actions();
        QCOMPARE(menu.size(), 2);
        QCOMPARE(menu.at(1)->text(), QStringLiteral("Copy as c&url"));
        menu.at(1)->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text().count(QLatin1String("curl ")), 5);
    }

    void exportWritesTheRowsShownAsHar()
    {
        RequestLog log;
        fill(log);
        RequestLogWindow window(&log);
        window.show();
        auto *form = formOf(&window);
        form->failuresOnly->click();
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("support.har"));
        Dialogs::reset();
        Dialogs::answerNext(Dialogs::choosingFiles({path}));
        form->exportButton->click();
        QCOMPARE(Dialogs::answersLeft(), 0);
        QFile file(path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QJsonArray entries = QJsonDocument::fromJson(file.readAll())
                                       .object()
                                       .value(u"log"_s)
                                       .toObject()
                                       .value(u"entries"_s)
                                       .toArray();
        QCOMPARE(entries.size(), 3);
        QCOMPARE(entries.at(0).toObject().value(u"response"_s).toObject().value(u"status"_s).toInt(), 404);
        QCOMPARE(form->countLabel->text(), QStringLiteral("Exported 3 requests to support.har."));

        // A file that cannot be written (a folder has its name): told so, in a warning that names it.
        QVERIFY(QDir(dir.path()).mkdir(QStringLiteral("taken.har")));
        Dialogs::answerNext(Dialogs::choosingFiles({dir.filePath(QStringLiteral("taken.har"))}));
        Dialogs::answerNext(Dialogs::pressing(QMessageBox::Ok));
        form->exportButton->click();
        QCOMPARE(Dialogs::answersLeft(), 0);
        QVERIFY2(Dialogs::asked().last().text.contains(dir.filePath(QStringLiteral("taken.har"))),
                 qPrintable(Dialogs::asked().last().text));
        Dialogs::reset();
    }

    void timeSaysItsDateAndUtcOnHover()
    {
        RequestLog log;
        RequestLogEntry e = entry(200, QStringLiteral("https://x.example/"));
        e.startedAt = QDateTime(QDate(2026, 12, 7), QTime(23, 59, 58, 7), Qt::UTC);
        log.add(e);
        RequestLogWindow window(&log);
        const QString tip = window.model()->index(0, RequestLogModel::Time).data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(QLatin1String("2026-12-07 23:59:58.007 UTC")), qPrintable(tip));
        QVERIFY2(tip.contains(QLatin1String("2026-12-08 08:59:58.007")), qPrintable(tip)); // Tokyo's
        QCOMPARE(window.model()->index(0, RequestLogModel::Time).data().toString(), u"08:59:58.007"_s);
    }

    void keepsAtMostAThousandRows()
    {
        RequestLog log;
        RequestLogWindow window(&log);
        for (int i = 0; i < 1005; ++i)
            log.add(entry(200, QStringLiteral("https://x.example/%1").arg(i)));
        QCOMPARE(window.model()->rowCount(), 1000);
        QVERIFY(window.model()
                    ->index(999, RequestLogModel::Url)
                    .data()
                    .toString()
                    .endsWith(QLatin1String("/1004")));
    }
};

QTEST_MAIN(TestRequestLogWindow)
#include "tst_requestlogwindow.moc"
