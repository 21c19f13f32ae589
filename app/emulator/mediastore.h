// Media bodies and metadata on disk: DIR/media/ME….bin + ME….json, loaded again at start.
// Uploads are written to DIR/tmp and renamed into place once complete.
#pragma once

#include "result.h"

#include <QString>
#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>

namespace mdemu {

struct MediaRecord
{
    std::string sid;
    std::string serviceSid;
    int64_t createdUs = 0;
    int64_t uploadUpdatedUs = 0;
    int64_t updatedUs = 0;
    int64_t size = 0;
    std::string contentType;
    std::optional<std::string> filename;
    std::optional<std::string> author;
    std::string category = "media";
    std::optional<std::string> messageSid;
    std::optional<std::string> channelSid;
    std::string sha256;
    std::optional<std::string> contentSizeHeader;
    bool multipart = false;
};

class MediaStore
{
public:
    // Creates the folders, removes stale upload files and loads existing media.
    mediadesk::Result<> open(const QString &dataDir);

    std::optional<MediaRecord> find(const std::string &sid) const;
    int count() const;

    // A fresh path for an upload in progress.
    std::string newTempPath() const;
    std::string contentPath(const std::string &sid) const;
    // Moves the finished upload into place and writes its metadata.
    mediadesk::Result<> commit(const MediaRecord &record, const std::string &tempPath);

    enum class AttachResult { Attached, NotFound, AlreadyAttached, WriteFailed };
    // Sets message_sid/channel_sid. Unless `overwrite`, media that already has a message is refused.
    AttachResult attach(const std::string &sid, const std::string &messageSid, const std::string &channelSid,
                        bool overwrite, MediaRecord *updated = nullptr);

    // Gives a media new bytes of the same size (each byte changed) and a content time at least a
    // second later, so both its ETag and its Last-Modified change; the updated record, or none when
    // the media is unknown or its file could not be rewritten.
    std::optional<MediaRecord> changeContent(const std::string &sid);

    // Deletes one media, attached or not (what Twilio does when its message is deleted); false when unknown.
    bool remove(const std::string &sid);

    // Deletes media that no message carries and that was created before cutoffUs; how many.
    int removeUnattached(int64_t cutoffUs);

private:
    bool writeMeta(const MediaRecord &record) const;
    QString metaPath(const std::string &sid) const;

    QString m_mediaDir;
    QString m_tmpDir;
    mutable std::mutex m_mutex;
    std::map<std::string, MediaRecord> m_media;
};

} // namespace mdemu
