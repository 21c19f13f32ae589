#pragma once

#include "filehash.h"
#include "result.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QIODevice>
#include <memory>

namespace mediadesk {

// A read-only view of a file being uploaded that notices when the file changes or disappears
// while it is sent (size, modification time, existence), so a half-edited file is never stored
// as if it were complete. Reads go straight to the file: memory does not grow with its size.
class FileUploadDevice : public QIODevice
{
    Q_OBJECT

public:
    // The file must still have this size and modification time; a failure says why it cannot be sent.
    static Result<std::unique_ptr<FileUploadDevice>> open(const QString &path, qint64 expectedSize,
                                                          const QDateTime &expectedModified);

    // A small file's content, read whole and checked to be the file that was queued before and after
    // reading; a failure otherwise. Any thread may call it.
    static Result<QByteArray> readWholeFile(const QString &path, qint64 expectedSize,
                                            const QDateTime &expectedModified);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_size; }
    bool seek(qint64 pos) override;
    const QString &changeReason() const { return m_changeReason; }

    // Hash the content as it is read, so an upload knows the SHA-256 of what it sent without
    // reading the file a second time. Bytes read again after a seek back (QNAM rewinds the body to
    // resend it) are not hashed twice; a read that skips ahead gives up the hash.
    void hashWhileReading() { m_hash = std::make_unique<Sha256Stream>(); }

signals:
    // Emitted once, from readData(), when the file is found changed; reads then fail.
    void fileChanged(const QString &reason);
    // Emitted once, from readData(), when every byte was read in order from the unchanged file
    // (with hashWhileReading()).
    void contentHashed(const QString &sha256);

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    FileUploadDevice(const QString &path, qint64 size, const QDateTime &modified);
    bool stillUnchanged();
    void markChanged(const QString &reason);
    void hashRead(const char *data, qint64 position, qint64 n);

    QFile m_file;
    QString m_path;
    qint64 m_size;
    QDateTime m_modified;
    qint64 m_bytesSinceCheck = 0;
    QString m_changeReason;
    std::unique_ptr<Sha256Stream> m_hash; // null when not hashing, or when the hash was given up
    qint64 m_hashedUpTo = 0;
};

} // namespace mediadesk
