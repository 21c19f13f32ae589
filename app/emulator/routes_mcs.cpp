// /v1 routing and the Media Content Service routes: upload, fetch, /Content and MediaSet.
#include "httputil.h"
#include "jsonwriter.h"
#include "pacing.h"
#include "server.h"
#include "sids.h"
#include "timefmt.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cerrno>
#include <fcntl.h>
#include <unistd.h>

namespace mdemu {

namespace {

constexpr size_t kWriteChunk = 256 * 1024;
constexpr size_t kSmallBodyLimit = 1024 * 1024;
constexpr uint64_t kDrainLimit = uint64_t(1) << 30;

} // namespace

void EmulatorServer::routeV1(Exchange &ex)
{
    const std::vector<std::string> &s = ex.segments;
    const std::string method = ex.req.method == "HEAD" ? "GET" : ex.req.method;
    const bool get = method == "GET";
    const bool post = method == "POST";
    const bool mcsPath = s.size() >= 4 && s[1] == "Services" && (s[3] == "Media" || s[3] == "MediaSet");
    if (!authorized(ex.req, mcsPath)) {
        setUnauthorized(ex.res);
        return;
    }
    const size_t n = s.size();
    if (n >= 2 && s[1] == "Services") {
        if (n == 2)
            return get ? listServices(ex) : methodNotAllowed(ex);
        const std::string &service = s[2];
        if (n == 3)
            return get ? getService(ex, service) : methodNotAllowed(ex);
        if (s[3] == "Media") {
            if (n == 4)
                return post ? uploadMedia(ex, service) : methodNotAllowed(ex);
            if (n == 5)
                return get ? getMedia(ex, service, s[4]) : methodNotAllowed(ex);
            if (n == 6 && s[5] == "Content")
                return get ? getContent(ex, service, s[4]) : methodNotAllowed(ex);
        } else if (s[3] == "MediaSet" && n == 4) {
            return post ? mediaSet(ex, service) : methodNotAllowed(ex);
        } else if (s[3] == "Conversations") {
            if (n == 4)
                return get ? listConversations(ex, service) : methodNotAllowed(ex);
            if (n == 5)
                return get ? getConversation(ex, service, s[4]) : methodNotAllowed(ex);
            if (n == 6 && s[5] == "Messages") {
                if (post)
                    return postMessage(ex, service, s[4]);
                return get ? listMessages(ex, service, s[4]) : methodNotAllowed(ex);
            }
        }
    } else if (n == 2 && s[1] == "Configuration") {
        return get ? getConfiguration(ex) : methodNotAllowed(ex);
    } else if (n >= 3 && s[1] == "Conversations") {
        if (n == 3)
            return get ? getConversation(ex, std::string(), s[2]) : methodNotAllowed(ex);
        if (n == 4 && s[3] == "Messages") {
            if (post)
                return postMessage(ex, std::string(), s[2]);
            return get ? listMessages(ex, std::string(), s[2]) : methodNotAllowed(ex);
        }
    }
    notFound(ex);
}

std::optional<MediaRecord> EmulatorServer::mediaOfService(const std::string &serviceSid,
                                                          const std::string &mediaSid) const
{
    if (!isSid(serviceSid, "IS") || !isSid(mediaSid, "ME") || !m_directory.service(serviceSid))
        return std::nullopt;
    std::optional<MediaRecord> record = m_store.find(mediaSid);
    if (!record || record->serviceSid != serviceSid)
        return std::nullopt;
    return record;
}

std::string EmulatorServer::temporaryLink(const std::string &mediaSid, const Settings &settings) const
{
    return m_signer.mint(settings.mediaOrigin.empty() ? mediaOrigin() : settings.mediaOrigin, mediaSid,
                         nowSeconds() + settings.ttlSeconds);
}

std::string EmulatorServer::mediaJson(const MediaRecord &r, const Exchange &ex, bool withTemporaryLink) const
{
    // Key order as in answers captured from MCS.
    const Settings &st = ex.settings;
    const std::string base = st.absoluteUrls ? requestOrigin(ex.req) : std::string();
    const std::string url = base + "/v1/Services/" + r.serviceSid + "/Media/" + r.sid;
    JsonWriter w;
    w.beginObject();
    w.key("sid").str(r.sid);
    if (st.withAccountSid)
        w.key("account_sid").str(m_options.credentials.accountSid);
    w.key("service_sid").str(r.serviceSid);
    w.key("date_created").str(mcsDate(r.createdUs, st.utcDates));
    w.key("date_upload_updated").str(mcsDate(r.uploadUpdatedUs, st.utcDates));
    w.key("date_updated").str(mcsDate(r.updatedUs, st.utcDates));
    w.key("links").beginObject();
    w.key("content").str(url + "/Content");
    if (withTemporaryLink)
        w.key("content_direct_temporary").str(temporaryLink(r.sid, st));
    w.endObject();
    w.key("size").num(r.size);
    w.key("content_type").str(r.contentType);
    w.key("filename").strOrNull(r.filename);
    w.key("author").strOrNull(r.author);
    if (st.withCategory)
        w.key("category").str(r.category);
    w.key("message_sid").strOrNull(r.messageSid);
    w.key("channel_sid").strOrNull(r.channelSid);
    w.key("url").str(url);
    w.key("is_multipart_upstream").boolean(false);
    w.endObject();
    return w.take();
}

void EmulatorServer::uploadMedia(Exchange &ex, const std::string &serviceSid)
{
    const httplib::Request &req = ex.req;
    if (!isSid(serviceSid, "IS") || !m_directory.service(serviceSid))
        return notFound(ex);
    const Settings &st = ex.settings;
    const auto declared = declaredLength(req);
    if (declared && *declared > uint64_t(st.maxSize))
        return tooLarge(ex.res, st); // finish() reads and discards the body (bounded)

    const int64_t startedUs = nowMicros();
    {
        std::lock_guard lock(m_statsMutex);
        ++m_stats.currentUploads;
        m_stats.maxConcurrentUploads = std::max(m_stats.maxConcurrentUploads, m_stats.currentUploads);
    }
    struct InFlight
    {
        EmulatorServer *server;
        ~InFlight()
        {
            std::lock_guard lock(server->m_statsMutex);
            --server->m_stats.currentUploads;
        }
    } inFlight{this};

    // The body goes to DIR/tmp/upload-….part and is renamed into place only when complete.
    const std::string tempPath = m_store.newTempPath();
    int fd = ::open(tempPath.c_str(), O_WRONLY | O_CREAT | O_EXCL | O_CLOEXEC, 0600);
    if (fd < 0)
        return setTwilioError(ex.res, 500, 20500, "Cannot store the upload");
    bool keepFile = false;
    struct TempFile
    {
        int &fd;
        const std::string &path;
        bool &keep;
        ~TempFile()
        {
            if (fd >= 0)
                ::close(fd);
            if (!keep)
                ::unlink(path.c_str());
        }
    } tempFile{fd, tempPath, keepFile};

    std::string buffer;
    buffer.reserve(kWriteChunk);
    int64_t stored = 0;
    uint64_t received = 0;
    bool overLimit = false;
    bool writeFailed = false;
    bool dropNow = false;
    Throttle throttle(st.throttle);
    const int64_t dropAfter =
        (ex.fault && ex.fault->drop && ex.fault->dropAfterBytes > 0) ? ex.fault->dropAfterBytes : -1;
    if (dropAfter >= 0)
        ex.faultApplied = true;

    auto flush = [&] {
        const char *p = buffer.data();
        size_t left = buffer.size();
        while (left > 0) {
            const ssize_t w = ::write(fd, p, left);
            if (w < 0) {
                if (errno == EINTR)
                    continue;
                writeFailed = true;
                break;
            }
            p += w;
            left -= size_t(w);
        }
        buffer.clear();
        return !writeFailed;
    };
    auto store = [&](const char *data, size_t len) {
        if (overLimit)
            return true; // keep reading (and discarding) so the client gets the 413
        if (stored + int64_t(len) > st.maxSize) {
            overLimit = true;
            buffer.clear();
            return true;
        }
        buffer.append(data, len);
        stored += int64_t(len);
        return buffer.size() < kWriteChunk || flush();
    };
    auto pace = [&](size_t len) {
        received += len;
        {
            std::lock_guard lock(m_statsMutex); // once per chunk read: uncontended, ~20 ns
            m_stats.uploadBytesReceived += len;
        }
        if (dropAfter >= 0 && received >= uint64_t(dropAfter)) {
            dropNow = true;
            return false;
        }
        if (overLimit && received > kDrainLimit)
            return false;
        return throttle.account(int64_t(len));
    };

    std::string contentType = req.get_header_value("Content-Type");
    std::optional<std::string> filename;
    if (req.has_param("Filename")) {
        // cpp-httplib decodes query values as forms do: '+' and %20 both become a space.
        const std::string name = req.get_param_value("Filename");
        if (!name.empty())
            filename = name;
    }
    std::string category = req.has_param("Category") ? req.get_param_value("Category") : std::string();
    if (category.empty())
        category = "media";
    const bool multipart = req.is_multipart_form_data();
    bool foundFilePart = false;
    bool ok = true;
    if (hasBody(req)) {
        const int status = ex.res.status; // cpp-httplib sets 400 when a read is cut short
        if (multipart) {
            // The first part that carries a filename is the media, whatever its name ("file", "Media", …).
            bool inFilePart = false;
            ok = (*ex.reader)(
                [&](const httplib::MultipartFormData &part) {
                    inFilePart = !foundFilePart && !part.filename.empty();
                    if (inFilePart) {
                        foundFilePart = true;
                        filename = part.filename;
                        contentType = part.content_type;
                    }
                    return true;
                },
                [&](const char *data, size_t len) { return pace(len) && (!inFilePart || store(data, len)); });
        } else {
            ok = (*ex.reader)([&](const char *data, size_t len) { return pace(len) && store(data, len); });
        }
        ex.res.status = status;
    }
    ex.bodyConsumed = true;
    if (ok && !overLimit)
        flush();
    ::close(fd);
    fd = -1;

    if (dropNow) {
        ::unlink(tempPath.c_str()); // gone before the client notices the drop
        keepFile = true;
        drop(ex);
        return;
    }
    if (!ok)
        ex.closeAfterResponse = true;
    if (overLimit)
        return tooLarge(ex.res, st);
    if (writeFailed)
        return setTwilioError(ex.res, 500, 20500, "Cannot store the upload");
    if (!ok) {
        if (stopRequested())
            return setTwilioError(ex.res, 503, 20503, "Service Unavailable");
        return setTwilioError(ex.res, 400, 20001, "The upload body could not be read");
    }
    if (multipart && !foundFilePart)
        return setTwilioError(ex.res, 400, 20001, "No file part in the multipart/form-data body");
    if (stored == 0 && !st.acceptEmptyBody)
        return setTwilioError(ex.res, 400, 20001, "Media content is empty");
    if (contentType.empty())
        contentType = "application/octet-stream";

    MediaRecord r;
    r.sid = randomSid("ME");
    r.serviceSid = serviceSid;
    r.createdUs = startedUs;
    r.uploadUpdatedUs = std::max(nowMicros(), startedUs + 1);
    r.updatedUs = startedUs;
    r.size = stored;
    r.contentType = contentType;
    r.filename = filename;
    r.author = "system";
    r.category = category;
    if (req.has_header("Content-Size"))
        r.contentSizeHeader = req.get_header_value("Content-Size");
    r.multipart = multipart;
    if (!m_store.commit(r, tempPath))
        return setTwilioError(ex.res, 500, 20500, "Cannot store the upload");
    keepFile = true; // renamed away
    {
        std::lock_guard lock(m_statsMutex);
        ++m_stats.uploads;
    }
    setJson(ex.res, 201, mediaJson(r, ex, false));
}

void EmulatorServer::getMedia(Exchange &ex, const std::string &serviceSid, const std::string &mediaSid)
{
    const std::optional<MediaRecord> record = mediaOfService(serviceSid, mediaSid);
    if (!record)
        return notFound(ex);
    setJson(ex.res, 200, mediaJson(*record, ex, true));
}

void EmulatorServer::getContent(Exchange &ex, const std::string &serviceSid, const std::string &mediaSid)
{
    const std::optional<MediaRecord> record = mediaOfService(serviceSid, mediaSid);
    if (!record)
        return notFound(ex);
    if (ex.settings.contentMode == 200)
        return serveContent(ex, *record);
    ex.res.set_redirect(temporaryLink(record->sid, ex.settings), ex.settings.contentMode);
}

void EmulatorServer::mediaSet(Exchange &ex, const std::string &serviceSid)
{
    if (!isSid(serviceSid, "IS") || !m_directory.service(serviceSid))
        return notFound(ex);
    std::string body;
    if (!readBody(ex, body, kSmallBodyLimit))
        return setTwilioError(ex.res, 400, 20001, "Request body too large");
    const QJsonDocument doc = QJsonDocument::fromJson(QByteArray::fromStdString(body));
    const QJsonObject command = doc.object();
    if (!doc.isObject() || command.value(QLatin1String("command")).toString() != QLatin1String("get") ||
        !command.value(QLatin1String("list")).isArray()) {
        return setTwilioError(ex.res, 400, 20001,
                              "Expected {\"command\":\"get\",\"list\":[{\"media_sid\":\"ME...\"}]}");
    }
    const QJsonArray list = command.value(QLatin1String("list")).toArray();
    JsonWriter w;
    w.beginArray();
    for (const QJsonValue &item : list) {
        const std::string sid = item.toObject().value(QLatin1String("media_sid")).toString().toStdString();
        const std::optional<MediaRecord> record = mediaOfService(serviceSid, sid);
        w.beginObject();
        if (record) {
            w.key("code").num(200);
            w.key("media_record").raw(mediaJson(*record, ex, true));
        } else {
            // Twilio does not document a failed item; @twilio/mcs-client names the media of its
            // error from media_record.sid, so the record carries at least that (mcs-api.md §2.4).
            w.key("code").num(404);
            w.key("message").str("The requested resource was not found");
            w.key("media_sid").str(sid);
            w.key("media_record").beginObject();
            w.key("sid").str(sid);
            w.endObject();
        }
        w.endObject();
    }
    w.endArray();
    setJson(ex.res, 200, w.take());
}

} // namespace mdemu
