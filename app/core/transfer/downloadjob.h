#pragma once

#include "result.h"
#include "transfer/conflictpolicy.h"
#include "transfer/mediacontentjob.h"

#include <memory>
#include <optional>

namespace mediadesk {

class PartialDownload;

struct DownloadRequest
{
    QString serviceSid;
    QString mediaSid;
    // An existing folder: the file goes in it under the metadata's (sanitised) name. Anything
    // else: that file, whose folder must exist. Empty: the current folder.
    QString destination;
    ConflictPolicy onConflict = ConflictPolicy::Fail; // when the target exists already
    // Continue from the partial download an earlier job left beside this target (when its record
    // names this media). Within one job, a cut connection or a refreshed link always continues.
    bool resume = false;
    // The media's metadata fetched already (a MediaSet), used as MediaContentJob says.
    std::optional<Media> known;
};

// Streams a media's content (fetched as MediaContentJob says) into a PartialDownload beside the
// target: the final name appears only when every byte arrived, exactly the metadata's size. Bytes
// already there are asked for no more: a retry, a fresh link and a resumed job send
// "Range: bytes=N-" with If-Range (the host's ETag, else its Last-Modified); a 206 continues, a
// 200 (ranges ignored, or the content changed) starts the file over, and a 416 or a Content-Range
// that does not add up starts it over once. Cancelling removes the partial file; a failure, a
// suspend() or destroying a running job keeps it for a later resume.
class DownloadJob : public MediaContentJob
{
    Q_OBJECT

public:
    DownloadJob(ApiClient *client, DownloadRequest request, QObject *parent = nullptr);
    ~DownloadJob() override;

    const DownloadRequest &request() const { return m_request; }
    const QString &path() const { return m_path; }       // where the file is (or would be)
    QString partialPath() const;                         // where its bytes wait until complete
    qint64 bytesWritten() const;                         // held in the target (or its partial file)
    qint64 resumedFrom() const { return m_resumedFrom; } // bytes kept from before this job, at its start
    bool skipped() const { return m_skipped; }           // the target existed and was left alone

    // Stops like abort(), keeping what arrived for a later job with `resume`.
    void suspend() override;
    // An abort() from now on keeps what arrived, as suspend() does (for a job someone else aborts).
    void keepPartialWhenAborted() { m_suspended = true; }

    // Where a download with this destination and metadata goes (clean and absolute); "" when the
    // destination's folder does not exist.
    static QString targetPath(const QString &destination, const Media &media);
    struct Target
    {
        QString path;
        bool skip = false; // it exists and the policy is Skip
    };
    // Where the download goes under this conflict policy, or why it cannot go there (folder
    // missing, a folder or a symbolic link in the way, a file that must not be overwritten).
    static Result<Target> resolveTarget(const QString &destination, const Media &media,
                                        ConflictPolicy policy);

protected:
    TwilioError beginContent() override;
    void prepareRequest(ApiRequest &request) override;
    Result<> receive(QByteArrayView chunk) override;
    void restartContent() override;
    void contentEnded(ApiReply *reply) override;

private:
    Result<> bodyStarts(const ApiReply &reply);
    void onFinished();

    DownloadRequest m_request;
    QString m_path;
    std::unique_ptr<PartialDownload> m_partial;
    qint64 m_resumedFrom = 0;
    bool m_overflowed = false; // the server sent more than the metadata size
    bool m_mismatched = false; // a 206 whose Content-Range is not the rest of this media
    int m_startOvers = 0;      // after a 416 or a mismatched 206
    bool m_skipped = false;
    bool m_suspended = false;
};

} // namespace mediadesk
