#pragma once

#include "result.h"
#include "store/medialibrary.h"

#include <QObject>
#include <functional>
#include <memory>

namespace mediadesk {

class LibraryWriter;

// The library as the program shares it, made once at start-up: reading on this thread
// (MediaLibrary: searching, paging, finding a media) and writing on a thread of its own
// (LibraryWriter), with one signal when rows land. The transfer queue records uploads and the
// messages that carry them, Details records what look-ups found, the Library tab reads and follows
// changed(), and mediadesk-cli records its uploads: all through here.
class Library : public QObject
{
    Q_OBJECT

public:
    using Change = std::function<Result<>(MediaLibrary &)>;

    explicit Library(const QString &path = MediaLibrary::defaultPath(), QObject *parent = nullptr);
    ~Library() override; // everything given is written first (without signals)

    // Opens it for reading (the window); writing needs no open() and starts at the first row.
    Result<> open();
    bool isOpen() const { return m_reader.isOpen(); }
    const QString &path() const { return m_reader.path(); }
    const MediaLibrary &reader() const { return m_reader; }

    // Written on the writer's thread, in the order given; recorded() or failed() follows each.
    void record(const LibraryEntry &entry);
    void recordAttachment(const QString &mediaSid, const QString &conversationSid, const QString &messageSid);
    // What a look-up of the media in its service found (found=false: 20404 from a service of this
    // account), and the message that carries it when it has one. lookedUp() tells at once.
    void recordLookup(const QString &serviceSid, const QString &mediaSid, bool found, const QDateTime &atUtc,
                      const QString &messageSid = {}, const QString &conversationSid = {});

    // Blocks until everything given so far is written, and its recorded()/failed() was emitted.
    void waitUntilWritten();
    // Writes everything given so far and closes, without waiting (a process about to exit).
    void closeSoon();

signals:
    void recorded(const QString &uploadId);                       // "" for other changes
    void failed(const QString &uploadId, const QString &problem); // the library is unchanged
    void changed();                                               // rows landed: views read again
    void lookedUp(const QString &serviceSid, const QString &mediaSid, bool found, const QDateTime &atUtc,
                  const QString &messageSid, const QString &conversationSid);

private:
    LibraryWriter *writer();
    void apply(Change change);

    MediaLibrary m_reader;
    std::unique_ptr<LibraryWriter> m_writer; // made at the first row
    bool m_closing = false;
};

} // namespace mediadesk
