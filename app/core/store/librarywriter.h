#pragma once

#include "store/medialibrary.h"

#include <QObject>
#include <QPointer>
#include <functional>

class QThread;

namespace mediadesk {

class LibraryWriterWorker;

// Writes library rows on a thread of its own, with its own SQLite connection: a commit, and now
// and then a WAL checkpoint, take tens of milliseconds or (with another process holding the lock)
// seconds, which neither the window's thread nor the CLI's next upload should wait for. Changes
// are applied in the order they were given; each success or failure is signalled back on the
// thread that owns the writer.
class LibraryWriter : public QObject
{
    Q_OBJECT

public:
    using Change = std::function<Result<>(MediaLibrary &)>;

    explicit LibraryWriter(const QString &libraryPath, QObject *parent = nullptr);
    ~LibraryWriter() override; // writes everything given so far, then stops its thread

    void record(const LibraryEntry &entry); // recorded(entry.uploadId) or failed(...)
    void apply(Change change);              // recorded({}) or failed(...)
    // Blocks until every change given so far is written, and emits their recorded()/failed()
    // before it returns (the CLI, before it exits).
    void waitUntilWritten();
    // Writes everything given so far, closes the library and stops the thread, without waiting:
    // a process about to exit lets SQLite's closing checkpoint run beside its other teardown.
    // Nothing may be given after it; the destructor waits for the thread.
    void closeSoon();

signals:
    void recorded(const QString &uploadId);                       // empty for apply()
    void failed(const QString &uploadId, const QString &problem); // the library is unchanged

private:
    QThread *m_thread;
    LibraryWriterWorker *m_worker; // lives on m_thread; deleted when it stops
    bool m_closing = false;
};

} // namespace mediadesk
