#include "librarywriter.h"

#include "logging.h"

#include <QCoreApplication>
#include <QThread>

namespace mediadesk {

// On the writer's thread: opens the library on first use (a connection belongs to one thread).
class LibraryWriterWorker : public QObject
{
public:
    LibraryWriterWorker(QString path, LibraryWriter *owner) : m_path(std::move(path)), m_owner(owner) {}

    void close() { m_library.reset(); }

    void apply(const LibraryWriter::Change &change, const QString &uploadId)
    {
        if (!m_library) {
            m_library = std::make_unique<MediaLibrary>(m_path);
            if (Result<> opened = m_library->open(); !opened) {
                m_library.reset();
                report(opened, uploadId);
                return;
            }
        }
        const Result<> written = change(*m_library);
        if (written)
            qCDebug(lcStore) << "library row written" << uploadId;
        else
            qCWarning(lcStore) << "library row not written" << uploadId << written.problem();
        report(written, uploadId);
    }

private:
    void report(const Result<> &outcome, const QString &uploadId)
    {
        QPointer<LibraryWriter> owner = m_owner;
        QMetaObject::invokeMethod(
            owner,
            [owner, outcome, uploadId] {
                if (!owner)
                    return;
                if (outcome)
                    emit owner->recorded(uploadId);
                else
                    emit owner->failed(uploadId, outcome.problem());
            },
            Qt::QueuedConnection);
    }

    QString m_path;
    QPointer<LibraryWriter> m_owner;
    std::unique_ptr<MediaLibrary> m_library;
};

LibraryWriter::LibraryWriter(const QString &libraryPath, QObject *parent)
    : QObject(parent), m_thread(new QThread(this)), m_worker(new LibraryWriterWorker(libraryPath, this))
{
    m_thread->setObjectName(QStringLiteral("mediadesk-library"));
    m_worker->moveToThread(m_thread);
    connect(m_thread, &QThread::finished, m_worker, &QObject::deleteLater);
    m_thread->start();
}

LibraryWriter::~LibraryWriter()
{
    // Rows still on their way are written first: the close is queued behind them.
    if (!m_closing)
        closeSoon();
    m_thread->wait();
}

void LibraryWriter::closeSoon()
{
    if (m_closing)
        return;
    m_closing = true;
    QThread *thread = m_thread;
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, thread] {
            worker->close();
            thread->quit();
        },
        Qt::QueuedConnection);
}

void LibraryWriter::record(const LibraryEntry &entry)
{
    QMetaObject::invokeMethod(
        m_worker,
        [worker = m_worker, entry] {
            worker->apply([&entry](MediaLibrary &library) { return library.record(entry); }, entry.uploadId);
        },
        Qt::QueuedConnection);
}

void LibraryWriter::apply(Change change)
{
    QMetaObject::invokeMethod(
        m_worker, [worker = m_worker, change = std::move(change)] { worker->apply(change, {}); },
        Qt::QueuedConnection);
}

void LibraryWriter::waitUntilWritten()
{
    // The queued calls run in order: an empty blocking call returns once they all have.
    QMetaObject::invokeMethod(
        m_worker, [] {}, Qt::BlockingQueuedConnection);
    // Their outcomes were posted back to us: deliver them now, before the caller goes on.
    QCoreApplication::sendPostedEvents(this, QEvent::MetaCall);
}

} // namespace mediadesk
