// Told when done, on a private session bus: a Notifications service of the test's own receives what
// the window sends when a batch ends while it is not in front, and the launcher's Update signals
// follow the batch; in front, or switched off in Settings, nothing is notified.
#include "desktopnotifier.h"
#include "guitestenv.h"
#include "launcherprogress.h"
#include "sandboxwindow.h"
#include "store/appsettings.h"

#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QSignalSpy>
#include <QStatusBar>
#include <QTest>

using namespace mediadesk;
using namespace Qt::Literals::StringLiterals;

// What org.freedesktop.Notifications is asked, as a desktop's notification daemon would be.
class FakeNotifications : public QObject
{
    Q_OBJECT
    Q_CLASSINFO("D-Bus Interface", "org.freedesktop.Notifications")

public:
    struct Call
    {
        QString appName;
        uint replacesId;
        QString icon;
        QString summary;
        QString body;
        QVariantMap hints;
    };
    QList<Call> calls;

public slots:
    uint Notify(const QString &appName, uint replacesId, const QString &icon, const QString &summary,
                const QString &body, const QStringList &, const QVariantMap &hints, int)
    {
        calls.append({appName, replacesId, icon, summary, body, hints});
        return 100 + uint(calls.size());
    }
    QStringList GetCapabilities() { return {u"body"_s}; }
};

// The com.canonical.Unity.LauncherEntry signals on the bus, as a dock hears them.
class LauncherListener : public QObject
{
    Q_OBJECT

public:
    QList<QPair<QString, QVariantMap>> updates;

public slots:
    void update(const QString &appUri, const QVariantMap &properties)
    {
        updates.append({appUri, properties});
    }
};

class TestNotifications : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;
    QTemporaryDir m_files;
    FakeNotifications m_service;
    LauncherListener m_launcher;
    SandboxWindow m_app;
    std::unique_ptr<QWidget> m_elsewhere; // another window in front

    // The service's own connection: the window talks to it over the bus, not in-process.
    static QDBusConnection serviceBus()
    {
        return QDBusConnection::connectToBus(QDBusConnection::SessionBus, u"notifications-service"_s);
    }

    bool openWindow(bool notify, bool launcher)
    {
        {
            ProfileStore profiles;
            AppSettings settings;
            settings.notifyWhenDone = notify;
            settings.launcherProgress = launcher;
            settings.save(profiles.settings());
        }
        return m_app.open();
    }

    void sendWindowBack()
    {
        m_elsewhere = std::make_unique<QWidget>();
        m_elsewhere->show();
        m_elsewhere->activateWindow();
        QVERIFY(QTest::qWaitFor([this] { return !m_app.window->isActiveWindow(); }, 5000));
    }

    // Uploads n files, one held up on the way so that the batch lasts a while; waits for its end.
    void uploadBatch(int n)
    {
        emulatorAdmin(m_app.session->sandbox(), u"/_emulator/faults"_s,
                      R"({"method": "POST", "path_prefix": "/v1/Services/", "delay_ms": 900, "count": 1})");
        QSignalSpy ended(m_app.window->transferQueue(), &TransferQueue::batchFinished);
        QList<QUrl> urls;
        for (int i = 0; i < n; ++i)
            urls.append(QUrl::fromLocalFile(
                m_app.write(m_files, u"photo-%1.jpg"_s.arg(i), QByteArray(200000 + i, 'p'))));
        QVERIFY(m_app.window->addUrls(urls));
        QVERIFY(ended.wait(20000));
        QTest::qWait(600); // a notification or launcher update on its way has arrived by now
    }

private slots:
    void initTestCase()
    {
        useLanguage(u"en"_s); // English's plurals: "1 done.", "2 done."
        QDBusConnection bus = serviceBus();
        QVERIFY2(bus.isConnected(),
                 "the test runs on a private session bus (isolated-test.sh --session-bus)");
        QVERIFY(bus.registerObject(u"/org/freedesktop/Notifications"_s, &m_service,
                                   QDBusConnection::ExportAllSlots));
        QVERIFY(bus.connect(QString(), QString(), u"com.canonical.Unity.LauncherEntry"_s, u"Update"_s,
                            &m_launcher, SLOT(update(QString, QVariantMap))));
    }

    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        isolateGuiTest(*m_home, true);
        QVERIFY(serviceBus().registerService(u"org.freedesktop.Notifications"_s));
        m_service.calls.clear();
        m_launcher.updates.clear();
    }

    void cleanup()
    {
        m_elsewhere.reset();
        m_app.close();
    }

    void aBatchThatEndsInTheBackgroundIsNotified()
    {
        QVERIFY(openWindow(true, true));
        sendWindowBack();
        uploadBatch(2);
        QCOMPARE(m_service.calls.size(), 1);
        const FakeNotifications::Call first = m_service.calls.first();
        QCOMPARE(first.appName, u"MediaDesk"_s);
        QCOMPARE(first.summary, u"Transfers finished"_s);
        QCOMPARE(first.body, u"2 done."_s);
        QCOMPARE(first.icon, u"org.mediadesk.MediaDesk"_s);
        QCOMPARE(first.hints.value(u"desktop-entry"_s).toString(), u"org.mediadesk.MediaDesk"_s);
        QCOMPARE(first.replacesId, 0u);

        // The next batch's notification takes the place of the last one.
        uploadBatch(1);
        QCOMPARE(m_service.calls.size(), 2);
        QCOMPARE(m_service.calls.at(1).replacesId, 101u);
        QCOMPARE(m_service.calls.at(1).body, u"1 done."_s); // that batch's, not every row of the list
    }

    void theLauncherFollowsTheBatch()
    {
        QVERIFY(openWindow(true, true));
        uploadBatch(3);
        QVERIFY(m_launcher.updates.size() >= 2);
        double last = 0;
        for (qsizetype i = 0; i + 1 < m_launcher.updates.size(); ++i) {
            const auto &[uri, properties] = m_launcher.updates.at(i);
            QCOMPARE(uri, u"application://org.mediadesk.MediaDesk.desktop"_s);
            QVERIFY(properties.value(u"progress-visible"_s).toBool());
            const double progress = properties.value(u"progress"_s).toDouble();
            QVERIFY2(progress >= last && progress <= 1.0, qPrintable(QString::number(progress)));
            last = progress;
            const qint64 count = properties.value(u"count"_s).toLongLong();
            QVERIFY(count >= 1 && count <= 3);
        }
        // The batch over: the bar and the badge go.
        const QVariantMap end = m_launcher.updates.last().second;
        QVERIFY(!end.value(u"progress-visible"_s).toBool());
        QVERIFY(!end.value(u"count-visible"_s).toBool());
        QVERIFY(!m_app.window->launcherProgress()->fraction());
        QVERIFY(m_service.calls.isEmpty()); // the window was in front all along
    }

    void switchedOffNothingIsSent()
    {
        QVERIFY(openWindow(false, false));
        sendWindowBack();
        uploadBatch(2);
        QVERIFY(m_service.calls.isEmpty());
        QVERIFY(m_launcher.updates.isEmpty());
    }

    void withoutANotificationsServiceTheStatusBarStillSaysIt()
    {
        QVERIFY(serviceBus().unregisterService(u"org.freedesktop.Notifications"_s));
        QVERIFY(openWindow(true, true));
        sendWindowBack();
        QSignalSpy notified(m_app.window->desktopNotifier(), &DesktopNotifier::notified);
        QSignalSpy unavailable(m_app.window->desktopNotifier(), &DesktopNotifier::unavailable);
        uploadBatch(1);
        QVERIFY(m_service.calls.isEmpty());
        QCOMPARE(unavailable.size(), 1); // it tried: no service, and no tray offscreen to fall back to
        QCOMPARE(notified.size(), 0);
        QCOMPARE(m_app.window->statusBar()->currentMessage(), u"Transfers finished: 1 done."_s);
    }
};

QTEST_MAIN(TestNotifications)
#include "tst_notifications.moc"
