// The request log window for real: live rows, copy, clear, and nothing secret in it.
#include "formaccess.h"
#include "guitestenv.h"
#include "net/requestlog.h"
#include "requestlogmodel.h"
#include "requestlogwindow.h"
#include "ui_requestlogwindow.h"

#include <QAbstractItemModelTester>
#include <QClipboard>
#include <QGuiApplication>
#include <QPushButton>
#include <QTest>

using namespace mediadesk;

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

private slots:
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
