#include "speedlimitbutton.h"

#include <QAccessible>
#include <QAction>
#include <QLocale>

namespace mediadesk {

namespace {
QString rateText(qint64 bytesPerSecond)
{
    return SpeedLimitButton::tr("%1/s").arg(QLocale().formattedDataSize(bytesPerSecond, 1));
}

QString limitsText(const AppSettings &s)
{
    QStringList parts;
    if (s.limitUploads)
        //: the upload limit in the status bar
        parts << SpeedLimitButton::tr("↑ %1").arg(rateText(s.uploadLimitKiB * qint64(1024)));
    if (s.limitDownloads)
        //: the download limit in the status bar
        parts << SpeedLimitButton::tr("↓ %1").arg(rateText(s.downloadLimitKiB * qint64(1024)));
    return parts.join(QStringLiteral("  "));
}
} // namespace

SpeedLimitButton::SpeedLimitButton(QWidget *parent)
    : QToolButton(parent), m_action(new QAction(tr("Limit &Speed"), this))
{
    setObjectName(QStringLiteral("speedLimitButton"));
    setAutoRaise(true);
    setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_action->setObjectName(QStringLiteral("actionLimitSpeed"));
    m_action->setCheckable(true);
    connect(this, &QToolButton::clicked, this, &SpeedLimitButton::toggle);
    connect(m_action, &QAction::triggered, this, [this](bool checked) {
        if (!m_hasLimits) {
            m_action->setChecked(false);
            emit settingsWanted();
            return;
        }
        emit limitsSwitched(checked);
    });
}

void SpeedLimitButton::toggle()
{
    m_action->trigger();
}

void SpeedLimitButton::showLimits(const AppSettings &settings)
{
    m_hasLimits = settings.hasLimits();
    const bool on = m_hasLimits && settings.limitsEnabled;
    m_action->setChecked(on);
    QString text;
    QString tip;
    if (!m_hasLimits) {
        text = tr("No speed limit");
        tip = tr("Transfers go as fast as the connection allows. Click to set upload and download limits in "
                 "Settings.");
    } else if (on) {
        //: %1 the limits, such as "↑ 2.0 MiB/s  ↓ 5.0 MiB/s"
        text = tr("Limited: %1").arg(limitsText(settings));
        tip = tr("All transfers together are held to these speeds. Click to lift the limits for now.");
    } else {
        text = tr("Not limited");
        //: %1 the limits, such as "↑ 2.0 MiB/s  ↓ 5.0 MiB/s"
        tip = tr("The speed limits are off. Click to hold transfers to %1 again.").arg(limitsText(settings));
    }
    m_action->setToolTip(tip);
    if (text == this->text() && tip == toolTip())
        return;
    setText(text);
    setToolTip(tip);
    setAccessibleName(text);
    setAccessibleDescription(tip);
    QAccessibleEvent changed(this, QAccessible::NameChanged);
    QAccessible::updateAccessibility(&changed);
}

} // namespace mediadesk
