#pragma once

#include <QObject>
#include <QPointer>
#include <optional>

class QSystemTrayIcon;
class QWidget;

namespace mediadesk {

// Tells the desktop how transfers stand when nobody is looking: a notification through the
// freedesktop Notifications service on the session bus (a tray balloon where there is none), and
// progress on the launcher icon through the com.canonical.Unity.LauncherEntry signal that docks and
// KDE's task manager read. Without a session bus both do nothing.
class DesktopNotifier : public QObject
{
    Q_OBJECT

public:
    static constexpr const char *DesktopEntry = "org.mediadesk.MediaDesk"; // the .desktop file and icon

    explicit DesktopNotifier(QWidget *window);

    // One notification at a time: a new one replaces the last, so a day of batches is one message.
    void notify(const QString &summary, const QString &body, bool warning);
    // The launcher's progress bar (0–1) and count badge; nullopt takes both away.
    void showProgress(std::optional<double> fraction, int count);

signals:
    void notified();    // the notification reached the service or the tray
    void unavailable(); // neither a notifications service nor a tray: only the window said it

private:
    void notifyInTray(const QString &summary, const QString &body, bool warning);

    QWidget *m_window;
    QPointer<QSystemTrayIcon> m_tray;
    uint m_lastId = 0; // the service's id of our last notification
    bool m_progressShown = false;
};

} // namespace mediadesk
