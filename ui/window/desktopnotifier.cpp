#include "desktopnotifier.h"

#include "logging.h"

#include <QSystemTrayIcon>
#ifdef MEDIADESK_HAVE_DBUS
#include <QDBusConnection>
#include <QDBusConnectionInterface>
#include <QDBusMessage>
#include <QDBusPendingCallWatcher>
#include <QDBusPendingReply>
#endif
#include <QWidget>

namespace mediadesk {

#ifdef MEDIADESK_HAVE_DBUS
namespace {
const QString NotificationsService = QStringLiteral("org.freedesktop.Notifications");
const QString NotificationsPath = QStringLiteral("/org/freedesktop/Notifications");
// Any path will do (listeners match the interface and the application's URI); this one is ours.
const QString LauncherEntryPath = QStringLiteral("/com/canonical/unity/launcherentry/mediadesk");
} // namespace
#endif

DesktopNotifier::DesktopNotifier(QWidget *window) : QObject(window), m_window(window) {}

void DesktopNotifier::notify(const QString &summary, const QString &body, bool warning)
{
#ifndef MEDIADESK_HAVE_DBUS
    notifyInTray(summary, body, warning);
#else
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected() || !bus.interface() ||
        !bus.interface()->isServiceRegistered(NotificationsService)) {
        notifyInTray(summary, body, warning);
        return;
    }
    QDBusMessage call = QDBusMessage::createMethodCall(NotificationsService, NotificationsPath,
                                                       NotificationsService, QStringLiteral("Notify"));
    const QVariantMap hints{{QStringLiteral("desktop-entry"), QString::fromLatin1(DesktopEntry)},
                            {QStringLiteral("urgency"), QVariant::fromValue(uchar(warning ? 2 : 1))},
                            {QStringLiteral("category"), QStringLiteral("transfer.complete")}};
    call << QStringLiteral("MediaDesk") << m_lastId << QString::fromLatin1(DesktopEntry) << summary << body
         << QStringList() << hints << -1;
    auto *watcher = new QDBusPendingCallWatcher(bus.asyncCall(call), this);
    connect(watcher, &QDBusPendingCallWatcher::finished, this,
            [this, summary, body, warning](QDBusPendingCallWatcher *finished) {
                finished->deleteLater();
                const QDBusPendingReply<uint> reply = *finished;
                if (reply.isError()) {
                    qCInfo(lcUi).noquote() << "the notifications service refused:" << reply.error().name();
                    notifyInTray(summary, body, warning);
                    return;
                }
                m_lastId = reply.value();
                emit notified();
            });
#endif
}

void DesktopNotifier::notifyInTray(const QString &summary, const QString &body, bool warning)
{
    if (!QSystemTrayIcon::isSystemTrayAvailable() || !QSystemTrayIcon::supportsMessages()) {
        emit unavailable();
        return;
    }
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(m_window->windowIcon(), this);
        m_tray->show();
    }
    m_tray->showMessage(summary, body, warning ? QSystemTrayIcon::Warning : QSystemTrayIcon::Information);
    emit notified();
}

void DesktopNotifier::showProgress(std::optional<double> fraction, int count)
{
#ifndef MEDIADESK_HAVE_DBUS
    Q_UNUSED(fraction)
    Q_UNUSED(count)
#else
    if (!fraction && !m_progressShown)
        return; // nothing shown, nothing to take away
    QDBusConnection bus = QDBusConnection::sessionBus();
    if (!bus.isConnected())
        return;
    m_progressShown = fraction.has_value();
    QDBusMessage update = QDBusMessage::createSignal(
        LauncherEntryPath, QStringLiteral("com.canonical.Unity.LauncherEntry"), QStringLiteral("Update"));
    const QVariantMap properties{{QStringLiteral("progress"), std::clamp(fraction.value_or(0.0), 0.0, 1.0)},
                                 {QStringLiteral("progress-visible"), fraction.has_value()},
                                 {QStringLiteral("count"), qint64(count)},
                                 {QStringLiteral("count-visible"), fraction.has_value() && count > 0}};
    update << QStringLiteral("application://%1.desktop").arg(QString::fromLatin1(DesktopEntry)) << properties;
    bus.send(update);
#endif
}

} // namespace mediadesk
