#pragma once

#include "result.h"
#include "transfer/mediacontentjob.h"

#include <memory>
#include <optional>

class QSaveFile;

namespace mediadesk {

struct DownloadRequest
{
    QString serviceSid;
    QString mediaSid;
    // An existing folder: the file goes in it under the metadata's (sanitised) name. Anything
    // else: that file, whose folder must exist. Empty: the current folder.
    QString destination;
    bool overwrite = false;
    // The media's metadata fetched already (a MediaSet), used as MediaContentJob says.
    std::optional<Media> known;
};

// Streams a media's content (fetched as MediaContentJob says) into a QSaveFile: the final name
// appears only when every byte arrived, exactly the metadata's size.
class DownloadJob : public MediaContentJob
{
    Q_OBJECT

public:
    DownloadJob(ApiClient *client, DownloadRequest request, QObject *parent = nullptr);
    ~DownloadJob() override;

    const DownloadRequest &request() const { return m_request; }
    const QString &path() const { return m_path; } // where the file is (or would be)
    qint64 bytesWritten() const { return m_written; }

    // Where a download with this destination and metadata goes (clean and absolute); "" when the
    // destination's folder does not exist.
    static QString targetPath(const QString &destination, const Media &media);
    // targetPath(), or why the download cannot go there (folder missing, a folder or a symbolic link
    // in the way, a file that must not be overwritten).
    static Result<QString> resolveTarget(const QString &destination, const Media &media, bool overwrite);

protected:
    TwilioError beginContent() override;
    Result<> receive(QByteArrayView chunk) override;
    void restartContent() override;
    void contentEnded(ApiReply *reply) override;

private:
    void discardPartial();
    void startWriteback();

    DownloadRequest m_request;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_written = 0;
    bool m_overflowed = false; // the server sent more than the metadata size
    qint64 m_writebackFrom = 0;
};

} // namespace mediadesk
