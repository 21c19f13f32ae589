#include "mediastore.h"

#include "jsonwriter.h"
#include "sids.h"
#include "timefmt.h"

#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <algorithm>
#include <cstdio>

using namespace Qt::StringLiterals;

namespace mdemu {

namespace {

std::optional<std::string> optString(const QJsonObject &o, QLatin1StringView key)
{
    const QJsonValue v = o.value(key);
    if (!v.isString())
        return std::nullopt;
    return v.toString().toStdString();
}

} // namespace

mediadesk::Result<> MediaStore::open(const QString &dataDir)
{
    QDir root(dataDir);
    if (!root.mkpath(u"media"_s) || !root.mkpath(u"tmp"_s)) {
        return mediadesk::Failure(u"cannot create %1/media and %1/tmp"_s.arg(dataDir));
    }
    m_mediaDir = root.absoluteFilePath(u"media"_s);
    m_tmpDir = root.absoluteFilePath(u"tmp"_s);

    // Unfinished uploads of an earlier run.
    QDir tmp(m_tmpDir);
    const QStringList stale = tmp.entryList({u"upload-*"_s}, QDir::Files);
    for (const QString &name : stale)
        tmp.remove(name);

    QDir media(m_mediaDir);
    const QStringList metas = media.entryList({u"ME*.json"_s}, QDir::Files);
    std::lock_guard lock(m_mutex);
    for (const QString &name : metas) {
        QFile f(media.absoluteFilePath(name));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject o = QJsonDocument::fromJson(f.readAll()).object();
        MediaRecord r;
        r.sid = o.value("sid"_L1).toString().toStdString();
        if (!isSid(r.sid, "ME") || !QFile::exists(QString::fromStdString(contentPath(r.sid)))) {
            std::fprintf(stderr, "ignoring incomplete media %s\n", qPrintable(name));
            continue;
        }
        r.serviceSid = o.value("service_sid"_L1).toString().toStdString();
        r.createdUs = o.value("date_created_us"_L1).toInteger();
        r.uploadUpdatedUs = o.value("date_upload_updated_us"_L1).toInteger();
        r.updatedUs = o.value("date_updated_us"_L1).toInteger();
        r.size = o.value("size"_L1).toInteger();
        r.contentType = o.value("content_type"_L1).toString().toStdString();
        r.filename = optString(o, "filename"_L1);
        r.author = optString(o, "author"_L1);
        r.category = o.value("category"_L1).toString(u"media"_s).toStdString();
        r.messageSid = optString(o, "message_sid"_L1);
        r.channelSid = optString(o, "channel_sid"_L1);
        r.sha256 = o.value("sha256"_L1).toString().toStdString();
        r.contentSizeHeader = optString(o, "content_size_header"_L1);
        r.multipart = o.value("multipart"_L1).toBool();
        m_media[r.sid] = r;
    }
    return {};
}

std::optional<MediaRecord> MediaStore::find(const std::string &sid) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_media.find(sid);
    if (it == m_media.end())
        return std::nullopt;
    return it->second;
}

int MediaStore::count() const
{
    std::lock_guard lock(m_mutex);
    return int(m_media.size());
}

std::string MediaStore::newTempPath() const
{
    return m_tmpDir.toStdString() + "/upload-" + randomSid("") + ".part";
}

std::string MediaStore::contentPath(const std::string &sid) const
{
    return m_mediaDir.toStdString() + "/" + sid + ".bin";
}

QString MediaStore::metaPath(const std::string &sid) const
{
    return m_mediaDir + u'/' + QString::fromStdString(sid) + u".json"_s;
}

bool MediaStore::writeMeta(const MediaRecord &r) const
{
    JsonWriter w;
    w.beginObject();
    w.key("sid").str(r.sid);
    w.key("service_sid").str(r.serviceSid);
    w.key("date_created_us").num(r.createdUs);
    w.key("date_upload_updated_us").num(r.uploadUpdatedUs);
    w.key("date_updated_us").num(r.updatedUs);
    w.key("size").num(r.size);
    w.key("content_type").str(r.contentType);
    w.key("filename").strOrNull(r.filename);
    w.key("author").strOrNull(r.author);
    w.key("category").str(r.category);
    w.key("message_sid").strOrNull(r.messageSid);
    w.key("channel_sid").strOrNull(r.channelSid);
    w.key("sha256").str(r.sha256);
    w.key("content_size_header").strOrNull(r.contentSizeHeader);
    w.key("multipart").boolean(r.multipart);
    w.endObject();
    QSaveFile f(metaPath(r.sid));
    if (!f.open(QIODevice::WriteOnly))
        return false;
    const std::string &text = w.text();
    f.write(text.data(), qint64(text.size()));
    return f.commit();
}

mediadesk::Result<> MediaStore::commit(const MediaRecord &record, const std::string &tempPath)
{
    if (std::rename(tempPath.c_str(), contentPath(record.sid).c_str()) != 0) {
        return mediadesk::Failure(u"cannot move the upload into place"_s);
    }
    std::lock_guard lock(m_mutex);
    if (!writeMeta(record)) {
        std::remove(contentPath(record.sid).c_str());
        return mediadesk::Failure(u"cannot write media metadata"_s);
    }
    m_media[record.sid] = record;
    return {};
}

std::optional<MediaRecord> MediaStore::changeContent(const std::string &sid)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_media.find(sid);
    if (it == m_media.end())
        return std::nullopt;
    QFile content(QString::fromStdString(contentPath(sid)));
    if (!content.open(QIODevice::ReadWrite))
        return std::nullopt;
    constexpr qint64 Chunk = 1024 * 1024;
    for (qint64 at = 0; at < content.size(); at += Chunk) {
        content.seek(at);
        QByteArray bytes = content.read(Chunk);
        for (char &c : bytes)
            c = char(c ^ 0x5a);
        content.seek(at);
        if (content.write(bytes) != bytes.size())
            return std::nullopt;
    }
    content.close();
    MediaRecord r = it->second;
    r.uploadUpdatedUs = std::max(nowMicros(), r.uploadUpdatedUs + 1000000);
    r.updatedUs = std::max(r.updatedUs, r.uploadUpdatedUs);
    r.sha256.clear(); // hashed again on request
    if (!writeMeta(r))
        return std::nullopt;
    it->second = r;
    return r;
}

bool MediaStore::remove(const std::string &sid)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_media.find(sid);
    if (it == m_media.end())
        return false;
    QFile::remove(QString::fromStdString(contentPath(sid)));
    QFile::remove(metaPath(sid));
    m_media.erase(it);
    return true;
}

int MediaStore::removeUnattached(int64_t cutoffUs)
{
    std::lock_guard lock(m_mutex);
    int removed = 0;
    for (auto it = m_media.begin(); it != m_media.end();) {
        if (!it->second.messageSid && it->second.createdUs < cutoffUs) {
            QFile::remove(QString::fromStdString(contentPath(it->first)));
            QFile::remove(metaPath(it->first));
            it = m_media.erase(it);
            ++removed;
        } else {
            ++it;
        }
    }
    return removed;
}

MediaStore::AttachResult MediaStore::attach(const std::string &sid, const std::string &messageSid,
                                            const std::string &channelSid, bool overwrite,
                                            MediaRecord *updated)
{
    std::lock_guard lock(m_mutex);
    const auto it = m_media.find(sid);
    if (it == m_media.end())
        return AttachResult::NotFound;
    if (!overwrite && it->second.messageSid)
        return AttachResult::AlreadyAttached;
    MediaRecord r = it->second;
    r.messageSid = messageSid.empty() ? std::nullopt : std::optional<std::string>(messageSid);
    r.channelSid = channelSid.empty() ? std::nullopt : std::optional<std::string>(channelSid);
    r.updatedUs = nowMicros();
    if (!writeMeta(r))
        return AttachResult::WriteFailed;
    it->second = r;
    if (updated)
        *updated = r;
    return AttachResult::Attached;
}

} // namespace mdemu
