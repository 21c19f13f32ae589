#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <optional>

namespace mediadesk {

// One upload made from this computer, as the library keeps it.
struct LibraryEntry
{
    QString uploadId; // one per upload, whatever the retries: the key that prevents duplicates
    QString mediaSid;
    QString serviceSid;
    QString accountSid;
    QString profile; // the profile (or "Environment", "Sandbox", "CLI environment") it was sent with
    QString fileName;
    QString contentType;
    qint64 size = 0;
    QString localPath;
    QString sha256;          // of the bytes sent
    QDateTime uploadedAt;    // UTC
    QDateTime dateCreated;   // the server's date_created, UTC; invalid when absent
    QString conversationSid; // the conversation a message carried it to; "" = not attached (as far as known)
    QString messageSid;
    QDateTime checkedAt;              // the latest look-up, UTC; invalid when never looked up
    std::optional<bool> foundAtCheck; // what that look-up found
};

// Everything uploaded from this computer, in SQLite (QSQLITE) in the app's data folder. Searching
// and paging happen in SQL, so a view over 100,000 rows loads only what it shows.
class MediaLibrary
{
    Q_DECLARE_TR_FUNCTIONS(MediaLibrary)

public:
    enum class Column { FileName, MediaSid, ContentType, Size, UploadedAt, ServiceSid, Profile };

    explicit MediaLibrary(const QString &path = defaultPath());
    ~MediaLibrary();
    MediaLibrary(const MediaLibrary &) = delete;
    MediaLibrary &operator=(const MediaLibrary &) = delete;

    static QString defaultPath(); // ~/.local/share/mediadesk/library.sqlite on Linux

    Result<> open();
    bool isOpen() const;
    const QString &path() const { return m_path; }

    // Records an upload; recording the same uploadId again changes nothing (a retry, a restart),
    // unless it now names another media (the file was uploaded again): then the row follows it.
    Result<> record(const LibraryEntry &entry);
    // Many rows in one transaction (imports, benchmarks).
    Result<> recordAll(const QList<LibraryEntry> &entries);

    // Rows whose file name, Media SID or content type contains search (case-insensitive).
    qint64 count(const QString &search = {}) const;
    QList<LibraryEntry> page(const QString &search, Column sortBy, Qt::SortOrder order, qint64 offset,
                             int limit) const;
    std::optional<LibraryEntry> findByMediaSid(const QString &mediaSid) const;

    // A message now carries the media (sent from here, or seen attached by a look-up).
    Result<> recordAttachment(const QString &mediaSid, const QString &conversationSid,
                              const QString &messageSid);
    // What a look-up in serviceSid found: the media, or "not found".
    Result<> recordLookup(const QString &serviceSid, const QString &mediaSid, bool found,
                          const QDateTime &atUtc);

private:
    QString m_path;
    QString m_connection;
};

} // namespace mediadesk
