// Window benchmarks against the emulator named by the TWILIO_*/MEDIADESK_*_URL environment (the
// Environment profile), printing "name value" lines for run-bench.sh:
//   bench_gui drop SMALL_FILES_DIR WORK_DIR
//     drop_ms           wall time from adding the files in DIR to the last upload done
//     parallel          how many uploads the window runs at once (curl gets the same)
//   bench_gui stall WORK_DIR
//     ui_stall_p99_ms   event-loop stalls while 3 large uploads run and 1,000 small files wait
//     ui_stall_max_ms
//   bench_gui scroll WORK_DIR CONVERSATION_SID
//     scroll_stall_p99_ms  event-loop stalls while the Conversations tab is scrolled a page per
//     scroll_stall_max_ms  frame to the end of the conversation (its pages read, thumbnails fetched)
//     scroll_peak_rss_mb   the process's peak resident memory by then
//     scroll_rows          media rows listed at the end
//     scroll_ms, scroll_thumbnails, scroll_link_requests: how long it took, thumbnails that came
//   bench_gui pause WORK_DIR STATS_URL ADMIN_TOKEN
//     pause_to_idle_ms  from Pause All to the last byte the emulator reads or sends (pausetoidle.h)
#include "conversationmediamodel.h"
#include "conversationstab.h"
#include "dialogs.h"
#include "formaccess.h"
#include "mainwindow.h"
#include "pausetoidle.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/servicelist.h"
#include "store/credentialstore.h"
#include "thumbnailcache.h"
#include "transfer/transferqueue.h"
#include "ui_conversationstab.h"
#include "ui_mainwindow.h"

#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QMessageBox>
#include <QScrollBar>
#include <QTest>
#include <QTimer>
#include <QTreeView>
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

// Times every tick of a 5 ms timer: each tick later than due is a stall of the event loop.
class StallProbe
{
public:
    StallProbe()
    {
        m_timer.setTimerType(Qt::PreciseTimer);
        m_timer.setInterval(5);
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.nsecsElapsed();
            if (m_last)
                m_stalls.append(std::max(0.0, (now - m_last) / 1e6 - 5.0));
            m_last = now;
        });
        m_clock.start();
        m_timer.start();
    }
    void stop() { m_timer.stop(); }
    double percentile(double p)
    {
        std::sort(m_stalls.begin(), m_stalls.end());
        return m_stalls.isEmpty() ? 0
                                  : m_stalls.at(qMin(m_stalls.size() - 1, qsizetype(m_stalls.size() * p)));
    }
    double max() { return percentile(1.0); }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    QList<double> m_stalls;
};

double peakRssMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return -1;
}

// Scrolls the Conversations tab a page per frame (16 ms) until every message is read and the view
// is at its end, as someone holding Page Down would.
int scrollConversation(MainWindow &window, const QString &conversationSid)
{
    ConversationsTab *tab = formOf(&window)->conversationsTab;
    formOf(&window)->workspaceTabs->setCurrentWidget(tab);
    if (!waitFor([&] { return !tab->isLoadingConversations(); }, 60000) ||
        !tab->selectConversation(conversationSid))
        return 9;
    ConversationMediaModel *model = tab->mediaModel();
    int thumbnails = 0;
    QObject::connect(tab->thumbnails(), &ThumbnailCache::thumbnailReady, [&] { ++thumbnails; });
    QElapsedTimer clock;
    clock.start();
    QScrollBar *scroll = formOf(tab)->mediaView->verticalScrollBar();
    StallProbe probe;
    QEventLoop loop;
    QTimer frame;
    frame.setInterval(16);
    QObject::connect(&frame, &QTimer::timeout, [&] {
        scroll->setValue(scroll->value() + scroll->pageStep());
        if (model->isAtEnd() && !model->isLoading() && scroll->value() == scroll->maximum())
            loop.quit();
    });
    frame.start();
    QTimer::singleShot(600000, &loop, &QEventLoop::quit);
    loop.exec();
    probe.stop();
    if (!model->isAtEnd())
        return 10;
    std::printf(
        "scroll_stall_p99_ms %.1f\nscroll_stall_max_ms %.1f\nscroll_peak_rss_mb %.1f\nscroll_rows %d\n"
        "scroll_ms %lld\nscroll_thumbnails %d\nscroll_link_requests %d\n",
        probe.percentile(0.99), probe.max(), peakRssMb(), model->rowCount(), clock.elapsed(), thumbnails,
        tab->thumbnails()->linkRequests());
    return 0;
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
    if (!((mode == QLatin1String("drop") && argc == 4) || (mode == QLatin1String("stall") && argc == 3) ||
          (mode == QLatin1String("scroll") && argc == 4) || (mode == QLatin1String("pause") && argc == 5)))
        return 2;
    const QString smallDir = mode == QLatin1String("drop") ? QString::fromLocal8Bit(argv[2]) : QString();
    const bool workDirFirst = mode == QLatin1String("scroll") || mode == QLatin1String("pause");
    const QString workDir = QString::fromLocal8Bit(argv[workDirFirst ? 2 : argc - 1]);
    qputenv("XDG_CONFIG_HOME", QDir(workDir).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(workDir).filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(workDir).filePath(QStringLiteral("cache")).toUtf8()); // no thumbnails yet
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
    if (!waitFor([&] { return !window.accountContext()->currentService().sid.isEmpty(); }, 30000))
        return 4;
    TransferQueue *queue = window.transferQueue();
    std::fprintf(stderr, "bench_gui: ready\n");
    if (mode == QLatin1String("scroll"))
        return scrollConversation(window, QString::fromLocal8Bit(argv[3]));
    if (mode == QLatin1String("pause"))
        return measurePauseToIdle(window, workDir, QString::fromLocal8Bit(argv[3]), QByteArray(argv[4]));

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
        std::printf("drop_ms %.1f\nparallel %d\n", dropMs, queue->parallelTransfers());
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
    StallProbe probe;
    window.addUrls(load);
    if (!waitForBatch(queue, 600000))
        return 7;
    probe.stop();
    const double p99 = probe.percentile(0.99);
    const double max = probe.max();
    std::printf("ui_stall_p99_ms %.1f\nui_stall_max_ms %.1f\n", p99, max);
    return 0;
}
