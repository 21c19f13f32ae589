#pragma once

#include "net/job.h"
#include "result.h"
#include "twilio/media.h"

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
    // The media's metadata with a temporary link fetched already (a MediaSet): used while the link
    // is valid instead of fetching the metadata first.
    std::optional<Media> known;
};

// Fetches the metadata (a fresh temporary link), then streams the content into a QSaveFile: the
// final name appears only when every byte arrived. An expired or refused temporary link is
// refreshed once. The temporary link never gets credentials.
class DownloadJob : public Job
{
    Q_OBJECT

public:
    DownloadJob(ApiClient *client, DownloadRequest request, QObject *parent = nullptr);
    ~DownloadJob() override;

    const DownloadRequest &request() const { return m_request; }
    const Media &media() const { return m_media; }
    const QString &path() const { return m_path; } // where the file is (or would be)
    qint64 bytesWritten() const { return m_written; }
    int linkRefreshes() const { return m_fetches - 1; }

    // Where a download with this destination and metadata goes (clean and absolute); "" when the
    // destination's folder does not exist.
    static QString targetPath(const QString &destination, const Media &media);
    // targetPath(), or why the download cannot go there (folder missing, a folder or a symbolic link
    // in the way, a file that must not be overwritten).
    static Result<QString> resolveTarget(const QString &destination, const Media &media, bool overwrite);

protected:
    void run() override;

private:
    void fetchMetadata();
    void useMetadata(const Media &media); // then fetches the content
    void fetchContent();
    void discardPartial();
    void startWriteback();

    DownloadRequest m_request;
    Media m_media;
    QString m_path;
    std::unique_ptr<QSaveFile> m_file;
    qint64 m_written = 0;
    bool m_overflowed = false; // the server sent more than the metadata size
    qint64 m_writebackFrom = 0;
    int m_fetches = 0;
};

} // namespace mediadesk
