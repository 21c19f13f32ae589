// Window benchmarks against the emulator named by the TWILIO_*/MEDIADESK_*_URL environment (the
// Environment profile), printing "name value" lines for run-bench.sh:
//   bench_gui drop SMALL_FILES_DIR WORK_DIR
//     drop_ms           wall time from adding the files in DIR to the last upload done
//     parallel          how many uploads the window runs at once (curl gets the same)
//   bench_gui stall WORK_DIR
//     ui_stall_p99_ms   event-loop stalls while 3 large uploads run and 1,000 small files wait
//     ui_stall_max_ms
#include "dialogs.h"
#include "mainwindow.h"
#include "servicepicker.h"
#include "store/credentialstore.h"
#include "transfer/transferqueue.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMessageBox>
#include <QTest>
#include <QTimer>
#include <algorithm>
#include <cstdio>

using namespace mediadesk;

namespace {
bool waitFor(const std::function<bool()> &done, int timeoutMs)
{
    return QTest::qWaitFor(done, timeoutMs);
}

// Runs the event loop until the queue's batch ends. (QTest::qWaitFor sleeps 10 ms between its
// checks, which would throttle the very uploads being measured.)
bool waitForBatch(TransferQueue *queue, int timeoutMs)
{
    if (queue->activeCount() == 0)
        return true;
    QEventLoop loop;
    QObject::connect(queue, &TransferQueue::batchFinished, &loop, &QEventLoop::quit);
    QTimer::singleShot(timeoutMs, &loop, &QEventLoop::quit);
    loop.exec();
    return queue->activeCount() == 0;
}

QList<QUrl> urlsIn(const QString &dir)
{
    QList<QUrl> urls;
    for (const QFileInfo &f : QDir(dir).entryInfoList(QDir::Files, QDir::Name))
        urls.append(QUrl::fromLocalFile(f.absoluteFilePath()));
    return urls;
}
} // namespace

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    Dialogs::answerAll(Dialogs::pressing(QMessageBox::Yes)); // a folder of 200 files is uploaded
    const QString mode = argc > 1 ? QString::fromLocal8Bit(argv[1]) : QString();
    if (!((mode == QLatin1String("drop") && argc == 4) || (mode == QLatin1String("stall") && argc == 3)))
        return 2;
    const QString smallDir = mode == QLatin1String("drop") ? QString::fromLocal8Bit(argv[2]) : QString();
    const QString workDir = QString::fromLocal8Bit(argv[argc - 1]);
    qputenv("XDG_CONFIG_HOME", QDir(workDir).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(workDir).filePath(QStringLiteral("data")).toUtf8());
    qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent");

    ProfileStore profiles;
    CredentialStore keychain;
    Session session(&profiles, &keychain);
    MainWindow window(&session, {});
    window.show();
    const int env = window.profileCombo()->findText(MainWindow::tr("Environment (TWILIO_*)"));
    if (env < 0)
        return 3;
    emit window.profileCombo()->activated(env);
    if (!waitFor([&] { return !window.servicePicker()->currentService().sid.isEmpty(); }, 30000))
        return 4;
    TransferQueue *queue = window.transferQueue();
    std::fprintf(stderr, "bench_gui: ready\n");

    if (mode == QLatin1String("drop")) {
        // Throughput: small files, as dropped.
        QElapsedTimer clock;
        clock.start();
        if (!window.addUrls(urlsIn(smallDir)))
            return 8;
        if (!waitForBatch(queue, 300000)) {
            std::fprintf(stderr, "bench_gui: stuck, %d items, %d active, first state %d\n",
                         int(queue->items().size()), queue->activeCount(),
                         queue->items().isEmpty() ? -1 : int(queue->items().first().state));
            return 5;
        }
        const double dropMs = clock.nsecsElapsed() / 1e6;
        for (const TransferItem &i : queue->items()) {
            if (i.state != TransferItem::State::Done)
                return 6;
        }
        std::printf("drop_ms %.1f\nparallel %d\n", dropMs, queue->parallelUploads());
        return 0;
    }

    // Responsiveness: 3 large uploads at full speed and 1,000 small files waiting behind them,
    // with a 5 ms timer as the probe: every tick later than due is a stall of the event loop.
    const QString loadDir = QDir(workDir).filePath(QStringLiteral("load"));
    QDir().mkpath(loadDir);
    QList<QUrl> load;
    for (int i = 0; i < 3; ++i) {
        const QString path = QDir(loadDir).filePath(QStringLiteral("large-%1.bin").arg(i));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        const QByteArray block(1024 * 1024, char('A' + i));
        for (int mb = 0; mb < 100; ++mb)
            f.write(block);
        load.append(QUrl::fromLocalFile(path));
    }
    for (int i = 0; i < 1000; ++i) {
        const QString path =
            QDir(loadDir).filePath(QStringLiteral("small-%1.txt").arg(i, 4, 10, QLatin1Char('0')));
        QFile f(path);
        f.open(QIODevice::WriteOnly);
        f.write(QByteArray(1024 + i, 's'));
        load.append(QUrl::fromLocalFile(path));
    }
    QList<double> stalls;
    QElapsedTimer probeClock;
    QTimer probe;
    probe.setTimerType(Qt::PreciseTimer);
    probe.setInterval(5);
    qint64 last = 0;
    QObject::connect(&probe, &QTimer::timeout, [&] {
        const qint64 now = probeClock.nsecsElapsed();
        if (last)
            stalls.append(std::max(0.0, (now - last) / 1e6 - 5.0));
        last = now;
    });
    probeClock.start();
    probe.start();
    window.addUrls(load);
    if (!waitForBatch(queue, 600000))
        return 7;
    probe.stop();
    std::sort(stalls.begin(), stalls.end());
    const double p99 =
        stalls.isEmpty() ? 0 : stalls.at(qMin(stalls.size() - 1, qsizetype(stalls.size() * 0.99)));
    const double max = stalls.isEmpty() ? 0 : stalls.last();
    std::printf("ui_stall_p99_ms %.1f\nui_stall_max_ms %.1f\n", p99, max);
    return 0;
}
