#include "launcherprogress.h"

#include "desktopnotifier.h"
#include "transfer/transferqueue.h"

namespace mediadesk {

LauncherProgress::LauncherProgress(TransferQueue *queue, DesktopNotifier *notifier, QObject *parent)
    : QObject(parent), m_queue(queue), m_notifier(notifier)
{
    m_throttle.setSingleShot(true);
    m_throttle.setInterval(250);
    connect(&m_throttle, &QTimer::timeout, this, &LauncherProgress::publish);
    auto schedule = [this] {
        if (m_enabled && !m_throttle.isActive())
            m_throttle.start();
    };
    connect(queue, &TransferQueue::itemAdded, this, schedule);
    connect(queue, &TransferQueue::itemChanged, this, schedule);
    connect(queue, &TransferQueue::itemRemoved, this, schedule);
    connect(queue, &TransferQueue::batchFinished, this, schedule);
}

void LauncherProgress::setEnabled(bool enabled)
{
    if (enabled == m_enabled)
        return;
    m_enabled = enabled;
    if (!enabled) {
        m_throttle.stop();
        m_notifier->showProgress(std::nullopt, 0);
    } else {
        publish();
    }
}

int LauncherProgress::remaining() const
{
    int left = 0;
    for (const TransferItem &item : m_queue->items())
        left += !item.isFinished();
    return left;
}

std::optional<double> LauncherProgress::fraction() const
{
    if (m_batch.isEmpty())
        return std::nullopt;
    bool allBytes = true;
    for (const TransferItem &item : m_queue->items()) {
        if (m_batch.contains(item.id))
            allBytes = allBytes && (item.kind() == TransferItem::Kind::Upload ||
                                    item.kind() == TransferItem::Kind::Download);
    }
    double done = 0, whole = 0;
    for (const TransferItem &item : m_queue->items()) {
        if (!m_batch.contains(item.id))
            continue;
        const double itemFraction = item.isFinished() ? 1.0
                                    : item.total > 0
                                        ? std::clamp(double(item.done) / double(item.total), 0.0, 1.0)
                                        : 0.0;
        const double weight = allBytes ? double(std::max<qint64>(item.total, 1)) : 1.0;
        done += itemFraction * weight;
        whole += weight;
    }
    return whole > 0 ? done / whole : 0.0;
}

void LauncherProgress::publish()
{
    if (!m_enabled)
        return;
    for (const TransferItem &item : m_queue->items()) {
        if (!item.isFinished())
            m_batch.insert(item.id);
    }
    const int left = remaining();
    if (left == 0) {
        m_batch.clear(); // the batch is over: the next transfer starts a new one
        m_shown = 0;
        m_notifier->showProgress(std::nullopt, 0);
        return;
    }
    m_shown = std::max(m_shown, fraction().value_or(0.0));
    m_notifier->showProgress(m_shown, left);
}

} // namespace mediadesk
