#pragma once

#include <QObject>
#include <QSet>
#include <QTimer>
#include <optional>

namespace mediadesk {

class DesktopNotifier;
class TransferQueue;

// How far the current batch has got, for the launcher icon: from the first transfer queued until
// nothing is left to do or paused. Uploads and downloads weigh by their bytes; a batch with sends
// or exports in it weighs each item the same. The bar never goes back within a batch (a finished row
// cleared, an upload retried from its first byte). At most four updates a second.
class LauncherProgress : public QObject
{
    Q_OBJECT

public:
    LauncherProgress(TransferQueue *queue, DesktopNotifier *notifier, QObject *parent = nullptr);

    void setEnabled(bool enabled);          // off takes the progress away at once
    std::optional<double> fraction() const; // nullopt between batches
    int remaining() const;                  // items of the batch left to do or paused

private:
    void publish();

    TransferQueue *m_queue;
    DesktopNotifier *m_notifier;
    QTimer m_throttle;
    QSet<QString> m_batch; // the items of the current batch, by id
    double m_shown = 0;    // never less within a batch: a cleared row or a retry does not undo progress
    bool m_enabled = true;
};

} // namespace mediadesk
