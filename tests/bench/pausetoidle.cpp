#include "pausetoidle.h"

#include "mainwindow.h"
#include "transfer/transferqueue.h"

#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTest>
#include <QThread>
#include <atomic>
#include <cstdio>

using namespace mediadesk;

namespace {
struct Sample
{
    qint64 atNs;
    qint64 bytes;
};

// Asks the emulator's /_emulator/stats over and over on a thread of its own, so the window's event
// loop (the thing measured) never delays a sample.
class StatsPoller : public QThread
{
public:
    StatsPoller(const QString &url, const QByteArray &token, const QElapsedTimer &clock)
        : m_url(url), m_token(token), m_clock(clock)
    {}
    void stop() { m_stop = true; }
    QList<Sample> samples() const
    {
        QMutexLocker lock(&m_mutex);
        return m_samples;
    }

protected:
    void run() override
    {
        QNetworkAccessManager nam;
        QSslConfiguration tls = QSslConfiguration::defaultConfiguration();
        if (const QByteArray ca = qgetenv("MEDIADESK_CA_FILE"); !ca.isEmpty())
            tls.addCaCertificates(QSslCertificate::fromPath(QString::fromLocal8Bit(ca)));
        while (!m_stop) {
            QNetworkRequest request{QUrl(m_url)};
            request.setRawHeader("X-Emulator-Token", m_token);
            request.setSslConfiguration(tls);
            QNetworkReply *reply = nam.get(request);
            QEventLoop loop;
            QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
            loop.exec();
            const qint64 at = m_clock.nsecsElapsed();
            const QJsonObject stats = QJsonDocument::fromJson(reply->readAll()).object();
            reply->deleteLater();
            if (!stats.isEmpty()) {
                QMutexLocker lock(&m_mutex);
                m_samples.append({at, stats.value(QLatin1String("upload_bytes_received")).toInteger() +
                                          stats.value(QLatin1String("content_bytes_sent")).toInteger()});
            }
            QThread::msleep(2);
        }
    }

private:
    QString m_url;
    QByteArray m_token;
    const QElapsedTimer &m_clock;
    std::atomic<bool> m_stop{false};
    mutable QMutex m_mutex;
    QList<Sample> m_samples;
};

QString writeFile(const QString &path, qint64 size, char fill)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly))
        return {};
    const QByteArray block(1024 * 1024, fill);
    for (qint64 left = size; left > 0; left -= block.size())
        f.write(block.constData(), std::min<qint64>(left, block.size()));
    return path;
}
} // namespace

int measurePauseToIdle(MainWindow &window, const QString &workDir, const QString &statsUrl,
                       const QByteArray &adminToken)
{
    TransferQueue *queue = window.transferQueue();
    const QString dir = QDir(workDir).filePath(QStringLiteral("pause"));
    QDir().mkpath(dir);
    QList<QUrl> files;
    for (int i = 0; i < 2; ++i)
        files.append(QUrl::fromLocalFile(writeFile(QDir(dir).filePath(QStringLiteral("large-%1.bin").arg(i)),
                                                   140 * 1000 * 1000, char('a' + i))));
    if (!window.addUrls(files))
        return 8;
    // Both well under way (past QNAM's first buffers) before the pause.
    if (!QTest::qWaitFor(
            [&] {
                int going = 0;
                for (const TransferItem &item : queue->items())
                    going += item.state == TransferItem::State::Running && item.done > 32 * 1024 * 1024;
                return going == 2;
            },
            60000))
        return 9;

    QElapsedTimer clock;
    clock.start();
    StatsPoller poller(statsUrl, adminToken, clock);
    poller.start();
    QTest::qWait(300); // a steady stream of samples first
    const qint64 pausedAt = clock.nsecsElapsed();
    queue->pauseAll(); // what Queue ▸ Pause All (Ctrl+Shift+P) does
    // Until nothing has moved for a second: the bytes the network still carries arrive by then.
    qint64 lastChangeNs = pausedAt;
    qint64 lastBytes = -1;
    while (clock.nsecsElapsed() - lastChangeNs < 1'000'000'000 &&
           clock.nsecsElapsed() - pausedAt < 30'000'000'000) {
        QTest::qWait(20);
        const QList<Sample> samples = poller.samples();
        if (!samples.isEmpty() && samples.last().bytes != lastBytes) {
            lastBytes = samples.last().bytes;
            lastChangeNs = clock.nsecsElapsed();
        }
    }
    poller.stop();
    poller.wait();
    const QList<Sample> samples = poller.samples();
    if (samples.size() < 10)
        return 10;
    // The first sample at the final count: nothing moved after it (to within one sample, ~3 ms).
    const qint64 finalBytes = samples.last().bytes;
    qint64 idleAt = pausedAt, atPause = -1;
    for (const Sample &s : samples) {
        if (s.atNs <= pausedAt)
            atPause = s.bytes;
        if (s.bytes != finalBytes)
            idleAt = std::max(pausedAt, s.atNs);
    }
    for (const Sample &s : samples) {
        if (s.atNs > idleAt && s.bytes == finalBytes) {
            idleAt = s.atNs;
            break;
        }
    }
    for (const TransferItem &item : queue->items()) {
        if (!item.isPaused())
            return 11;
    }
    std::printf("pause_to_idle_ms %.1f\nbytes_after_pause %lld\n", (idleAt - pausedAt) / 1e6,
                static_cast<long long>(atPause < 0 ? 0 : finalBytes - atPause));
    return 0;
}
