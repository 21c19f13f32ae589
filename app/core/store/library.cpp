#include "library.h"

#include "store/librarywriter.h"

namespace mediadesk {

Library::Library(const QString &path, QObject *parent) : QObject(parent), m_reader(path) {}

Library::~Library() = default; // the writer writes what it was given, then stops its thread

Result<> Library::open()
{
    return m_reader.open();
}

LibraryWriter *Library::writer()
{
    Q_ASSERT(!m_closing);
    if (!m_writer) {
        m_writer = std::make_unique<LibraryWriter>(path());
        connect(m_writer.get(), &LibraryWriter::recorded, this, [this](const QString &uploadId) {
            emit recorded(uploadId);
            emit changed();
        });
        connect(m_writer.get(), &LibraryWriter::failed, this, &Library::failed);
    }
    return m_writer.get();
}

void Library::record(const LibraryEntry &entry)
{
    writer()->record(entry);
}

void Library::apply(Change change)
{
    writer()->apply(std::move(change));
}

void Library::recordAttachment(const QString &mediaSid, const QString &conversationSid,
                               const QString &messageSid)
{
    apply([=](MediaLibrary &library) {
        return library.recordAttachment(mediaSid, conversationSid, messageSid);
    });
}

void Library::recordLookup(const QString &serviceSid, const QString &mediaSid, bool found,
                           const QDateTime &atUtc, const QString &messageSid, const QString &conversationSid)
{
    emit lookedUp(serviceSid, mediaSid, found, atUtc, messageSid, conversationSid);
    apply([=](MediaLibrary &library) -> Result<> {
        if (Result<> lookup = library.recordLookup(serviceSid, mediaSid, found, atUtc);
            !lookup || messageSid.isEmpty())
            return lookup;
        return library.recordAttachment(mediaSid, conversationSid, messageSid);
    });
}

void Library::waitUntilWritten()
{
    if (m_writer && !m_closing) // once closing, its thread may be gone: nothing can be waited for
        m_writer->waitUntilWritten();
}

void Library::closeSoon()
{
    m_closing = true;
    if (m_writer)
        m_writer->closeSoon();
}

} // namespace mediadesk
