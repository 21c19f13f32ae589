#pragma once

#include "store/appsettings.h"

#include <QToolButton>

class QAction;

namespace mediadesk {

// The status bar's view of the speed limits, and the switch for them: it shows what holds the
// transfers back now ("↑ 2 MiB/s ↓ 5 MiB/s") or that nothing does, and clicking it (or the Queue
// menu's Limit Speed, its action()) turns the limits set in Settings off and on. With no limit set,
// it offers Settings instead.
class SpeedLimitButton : public QToolButton
{
    Q_OBJECT

public:
    explicit SpeedLimitButton(QWidget *parent = nullptr);

    QAction *action() const { return m_action; } // checkable: the limits apply while it is checked
    void showLimits(const AppSettings &settings);

signals:
    void limitsSwitched(bool on);
    void settingsWanted(); // no limit is set yet

private:
    void toggle();

    QAction *m_action;
    bool m_hasLimits = false;
};

} // namespace mediadesk
