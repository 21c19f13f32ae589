#pragma once

#include "net/job.h"
#include "result.h"
#include "twilio/media.h"

#include <QDateTime>
#include <QFutureWatcher>
#include <QPointer>
#include <optional>

namespace mediadesk {

class ApiReply;

// A file that may be uploaded, as it was when it was checked.
struct FileSnapshot
{
    qint64 size = 0;
    QDateTime modified;
};

struct UploadRequest
{
    QString serviceSid;
    QString filePath;
    QString contentType; // "" = detect from content and name
    QString filename;    // "" = the file's own name
    QString category;    // "" = let the service default to "media"
    // The file as it was when it was queued: a file changed since is refused, not sent.
    std::optional<FileSnapshot> expected;
};

// POST one local file to {mcs}/v1/Services/{IS}/Media, streamed from disk, with progress.
class UploadJob : public Job
{
    Q_OBJECT

public:
    // 150 MB read as MiB, the larger reading, so nothing Twilio would take is refused locally.
    static constexpr qint64 MaxUploadBytes = 150LL * 1024 * 1024;
    // Bodies up to this size are read whole and sent from memory, checked unchanged once read:
    // one read, a consistent snapshot, and headers and body leave in one write.
    static constexpr qint64 SmallBodyBytes = 1024 * 1024;

    UploadJob(ApiClient *client, UploadRequest request, QObject *parent = nullptr);

    // Refuses what must never be sent: missing, a folder, unreadable, empty, over the limit.
    // When the file may be uploaded: its size and modification time.
    static Result<FileSnapshot> checkFile(const QString &path);

    // Starts the local work of an upload (checking the file, sniffing its type, reading and
    // hashing a small file) on a pool thread, ahead of time: a caller with uploads waiting calls
    // it for the next one, so that it sends at once when it starts. Optional: start() prepares
    // whatever has not been, and sends when that is done. Call setComputeSha256() before.
    void prepare();
    // True once the preparation started by prepare() (or start()) is done.
    bool isPrepared() const { return m_preparationUsed || (m_preparation && m_preparation->isFinished()); }

    const UploadRequest &request() const { return m_request; }
    const Media &media() const { return m_media; }
    const QString &contentType() const { return m_contentType; }
    qint64 fileSize() const { return m_size; }
    QString fileName() const;

    // Also compute the SHA-256 of what is sent (for the library), as the bytes are sent.
    void setComputeSha256(bool compute) { m_computeSha256 = compute; }
    const QString &sha256() const { return m_sha256; } // "" when not computed or not knowable

    // True once the service has stored the media (the job may still be finishing its hash).
    bool isStored() const { return !m_media.sid.isEmpty(); }
    // A stored upload cannot be taken back: abort() then lets it finish as a success.
    void abort() override;
    // Finishes a stored upload now, waiting for its hash (at exit, so nothing is uploaded twice).
    void finishStoredNow();

protected:
    void run() override;

private:
    struct PreparedFile
    {
        QString problem; // why the file must not be sent; "" when it may
        qint64 size = 0;
        QDateTime modified;
        QString contentType; // detected, when asked
        QByteArray body;     // the whole file, when it is small
        QString sha256;      // of body, when asked
    };
    static PreparedFile prepareFile(const QString &path, const std::optional<FileSnapshot> &expected,
                                    bool detectType, bool hashSmallBody);
    void sendPrepared();

    UploadRequest m_request;
    QString m_contentType;
    qint64 m_size = 0;
    QDateTime m_modified;
    QFutureWatcher<PreparedFile> *m_preparation = nullptr;
    bool m_preparationUsed = false; // sent from it (the watcher is gone)
    QByteArray m_body;              // a small file's content, read while preparing
    QPointer<ApiReply> m_reply;
    Media m_media;
    bool m_computeSha256 = false;
    QFutureWatcher<QString> *m_hash = nullptr; // a second pass, only when the stream gave none
    QString m_streamedSha256;                  // of the body as the current attempt read it
    QString m_sha256;
};

} // namespace mediadesk
