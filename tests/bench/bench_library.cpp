// Library scale: with 100,000 rows, how long opening the view and applying a search take.
// Prints two lines "name value" (milliseconds, median of 5) for run-bench.sh.
#include "librarymodel.h"
#include "store/medialibrary.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QHeaderView>
#include <QTableView>
#include <QTemporaryDir>
#include <algorithm>
#include <cstdio>

using namespace mediadesk;

static double median(QList<double> values)
{
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QTemporaryDir dir;
    MediaLibrary library(dir.filePath(QStringLiteral("library.sqlite")));
    if (!library.open())
        return 1;
    QList<LibraryEntry> rows;
    for (int i = 1; i <= 100000; ++i) {
        LibraryEntry e;
        e.uploadId = QStringLiteral("u%1").arg(i);
        e.mediaSid = QStringLiteral("ME%1").arg(i, 32, 16, QLatin1Char('0'));
        e.serviceSid = QStringLiteral("IS%1").arg(i % 7, 32, 16, QLatin1Char('0'));
        e.accountSid = QStringLiteral("AC%1").arg(1, 32, 16, QLatin1Char('0'));
        e.profile = QStringLiteral("bench");
        e.fileName = QStringLiteral("photo-%1.jpg").arg(i, 6, 10, QLatin1Char('0'));
        e.contentType = QStringLiteral("image/jpeg");
        e.size = 1000 + i;
        e.localPath = QStringLiteral("/data/") + e.fileName;
        e.sha256 = QString(64, QLatin1Char('0'));
        e.uploadedAt = QDateTime::currentDateTimeUtc().addSecs(-i);
        rows.append(e);
    }
    if (!library.recordAll(rows))
        return 1;

    QList<double> open, filter;
    for (int run = 0; run < 5; ++run) {
        QElapsedTimer t;
        t.start();
        LibraryModel model(&library);
        QTableView view;
        view.setModel(&model);
        view.horizontalHeader()->setSortIndicator(LibraryModel::UploadedAt, Qt::DescendingOrder);
        view.resize(900, 600);
        view.show();
        QCoreApplication::processEvents();
        open.append(t.nsecsElapsed() / 1e6);

        t.restart();
        model.setSearch(QStringLiteral("photo-0420"));
        QCoreApplication::processEvents();
        filter.append(t.nsecsElapsed() / 1e6);
        if (model.totalCount() != 100) { // photo-042000 … photo-042099
            std::fprintf(stderr, "unexpected match count %lld\n", model.totalCount());
            return 2;
        }
    }
    std::printf("library_open_ms %.1f\nlibrary_filter_ms %.1f\n", median(open), median(filter));
    return 0;
}
