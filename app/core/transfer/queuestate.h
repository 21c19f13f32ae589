#pragma once

#include "result.h"
#include "transfer/transferitem.h"

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QList>
#include <QObject>
#include <functional>

class QTimer;

namespace mediadesk {

// The transfer queue as it is kept on disk (queue.json): what still needs doing (waiting,
// interrupted, failed, and done uploads whose library row is not written yet), owner-only and
// synced, so nothing is lost to a crash or a restart. Saves are gathered (300 ms) and written on
// another thread; a damaged file is moved aside on load, or, when it cannot be, never saved over.
class QueueState : public QObject
{
    Q_OBJECT

public:
    // snapshot gives the items to save; it is called on this object's thread. An empty path keeps
    // nothing (mediadesk-cli's queue lives as long as its command).
    QueueState(const QString &path, std::function<QList<TransferItem>()> snapshot, QObject *parent = nullptr);
    ~QueueState() override; // waits for a save in progress

    const QString &path() const { return m_path; }

    struct Loaded
    {
        QList<TransferItem> items; // interrupted ones come back queued
        QString problem;           // why the file was not used ("" when it was, or there was none)
    };
    Loaded load();

    void saveSoon();    // after a short pause, on another thread
    Result<> saveNow(); // on this thread, after a save in progress

    // The file's text for these items, and the items a text holds (what cannot be read is left out).
    static QByteArray serialize(const QList<TransferItem> &items);
    static QList<TransferItem> parse(const QJsonObject &document);

signals:
    // The queue could not be written (disk full, folder gone): said once per run of failures.
    void saveFailed(const QString &message);

private:
    static Result<> write(const QString &path, const QByteArray &data);
    void saveInBackground();

    QString m_path;
    std::function<QList<TransferItem>()> m_snapshot;
    QTimer *m_timer;
    QFutureWatcher<Result<>> *m_saving;
    bool m_saveAgain = false;
    bool m_failing = false; // the last background save failed (and was said)
    QString m_blockedBy;    // why the file must not be saved over (damaged, left in place)
};

} // namespace mediadesk
