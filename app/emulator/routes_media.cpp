// The temporary-link origin (content_direct_temporary) and content streaming from disk.
#include "httputil.h"
#include "pacing.h"
#include "server.h"
#include "sids.h"
#include "timefmt.h"

#include <cstdio>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace mdemu {

namespace {

struct ContentStream
{
    int fd = -1;
    int64_t start = 0;
    Throttle throttle;
    int64_t dropAfter = -1;
    int64_t cutAfter = -1;
    int64_t sent = 0;
    std::vector<char> buffer;
    std::string sid;

    ContentStream(int f, int64_t s, int64_t rate, int64_t dropAt)
        : fd(f), start(s), throttle(rate), dropAfter(dropAt)
    {}
    ~ContentStream()
    {
        if (fd >= 0)
            ::close(fd);
    }
    ContentStream(const ContentStream &) = delete;
    ContentStream &operator=(const ContentStream &) = delete;
};

bool parseNumber(const std::string &s, int64_t &out)
{
    if (s.empty() || s.size() > 18 || s.find_first_not_of("0123456789") != std::string::npos)
        return false;
    out = std::stoll(s);
    return true;
}

enum class RangeResult { None, Partial, Unsatisfiable };

// A single "bytes=A-B", "bytes=A-" or "bytes=-N" range; anything else is ignored (full body).
RangeResult parseRange(const std::string &header, int64_t size, int64_t &start, int64_t &length)
{
    if (header.rfind("bytes=", 0) != 0 || header.find(',') != std::string::npos)
        return RangeResult::None;
    const std::string spec = header.substr(6);
    const size_t dash = spec.find('-');
    if (dash == std::string::npos)
        return RangeResult::None;
    const std::string a = spec.substr(0, dash);
    const std::string b = spec.substr(dash + 1);
    int64_t first = 0;
    int64_t last = 0;
    if (a.empty()) {
        if (!parseNumber(b, last))
            return RangeResult::None;
        if (last == 0 || size == 0)
            return RangeResult::Unsatisfiable;
        start = std::max<int64_t>(0, size - last);
        length = size - start;
        return RangeResult::Partial;
    }
    if (!parseNumber(a, first))
        return RangeResult::None;
    if (b.empty()) {
        last = size - 1;
    } else if (!parseNumber(b, last) || last < first) {
        return RangeResult::None;
    }
    if (first >= size)
        return RangeResult::Unsatisfiable;
    last = std::min(last, size - 1);
    start = first;
    length = last - first + 1;
    return RangeResult::Partial;
}

struct Validators
{
    std::string etag;         // empty: not sent
    std::string lastModified; // empty: not sent
};

// What the host says about this version of the content. Like nginx's "mtime-size" tags, the ETag
// follows the content time and size, which every change of the bytes moves (MediaStore::changeContent).
Validators validatorsOf(const MediaRecord &record, const std::string &mode)
{
    const int64_t contentUs = record.uploadUpdatedUs > 0 ? record.uploadUpdatedUs : record.createdUs;
    Validators v;
    if (mode == "none")
        return v;
    v.lastModified = httpDate(contentUs / 1000000);
    if (mode == "etag") {
        char tag[64];
        std::snprintf(tag, sizeof tag, "\"%llx-%llx\"", static_cast<unsigned long long>(contentUs),
                      static_cast<unsigned long long>(record.size));
        v.etag = tag;
    }
    return v;
}

// RFC 9110 §13.1.5: a Range is honoured only when If-Range names the current version, by a strong
// entity tag or by exactly its Last-Modified date; a weak tag never matches.
bool ifRangeMatches(const std::string &ifRange, const Validators &current)
{
    if (ifRange.empty())
        return true;
    if (ifRange.rfind("W/", 0) == 0)
        return false;
    if (ifRange.front() == '"')
        return !current.etag.empty() && ifRange == current.etag;
    return !current.lastModified.empty() && ifRange == current.lastModified;
}

} // namespace

void EmulatorServer::handleMediaOrigin(Exchange &ex)
{
    const httplib::Request &req = ex.req;
    const bool hasAuthorization = req.has_header("Authorization");
    const bool hasToken = req.has_header("X-Twilio-Token");
    if (hasAuthorization || hasToken) {
        {
            std::lock_guard lock(m_statsMutex);
            ++m_stats.credentialLeaks;
        }
        // Always logged, also with --quiet; the value itself never is.
        std::fprintf(stderr, "CREDENTIAL LEAK: %s header sent to the temporary-link origin (%s %s)\n",
                     hasAuthorization ? "Authorization" : "X-Twilio-Token", req.method.c_str(),
                     req.path.c_str());
    }
    if (req.path.rfind("/_emulator/", 0) == 0) {
        if (!handleSharedAdmin(ex))
            setXmlError(ex.res, 404, "NoSuchKey", "The specified key does not exist.");
        return;
    }
    if (hasAuthorization || hasToken) {
        // What S3/CloudFront answer when a signed URL also carries an Authorization header.
        return setXmlError(
            ex.res, 400, "InvalidArgument",
            "Only one auth mechanism allowed; only the X-Amz-Algorithm query parameter, Signature "
            "query string parameter or the Authorization header should be specified");
    }
    {
        std::lock_guard lock(m_statsMutex);
        ++m_stats.temporaryLinkRequests;
    }
    if (applyFault(ex))
        return;
    if (ex.segments.size() != 1 || !isSid(ex.segments[0], "ME"))
        return setXmlError(ex.res, 404, "NoSuchKey", "The specified key does not exist.");
    if (req.method != "GET" && req.method != "HEAD")
        return setXmlError(ex.res, 405, "MethodNotAllowed",
                           "The specified method is not allowed against this resource.");
    const std::string &sid = ex.segments[0];
    const auto verdict =
        m_signer.verify(sid, req.get_param_value("Expires"), req.get_param_value("Signature"),
                        req.get_param_value("Key-Pair-Id"), nowSeconds());
    if (verdict != TempUrlSigner::Verdict::Valid) {
        if (!m_options.quiet) {
            const char *why = verdict == TempUrlSigner::Verdict::Expired   ? "expired"
                              : verdict == TempUrlSigner::Verdict::Missing ? "missing parameters"
                                                                           : "bad signature";
            std::fprintf(stderr, "temporary link refused (%s): %s\n", why, req.path.c_str());
        }
        return setXmlError(ex.res, 403, "AccessDenied", "Access denied");
    }
    std::optional<MediaRecord> record = m_store.find(sid);
    if (!record)
        return setXmlError(ex.res, 404, "NoSuchKey", "The specified key does not exist.");
    if (ex.fault && ex.fault->changeContent) {
        record = m_store.changeContent(sid);
        ex.faultApplied = true;
        if (!record)
            return setXmlError(ex.res, 500, "InternalError",
                               "We encountered an internal error. Please try again.");
    }
    serveContent(ex, *record);
}

void EmulatorServer::serveContent(Exchange &ex, const MediaRecord &record)
{
    auto internalError = [&] {
        if (ex.origin == Origin::Media)
            setXmlError(ex.res, 500, "InternalError", "We encountered an internal error. Please try again.");
        else
            setTwilioError(ex.res, 500, 20500, "Internal Server Error");
    };
    const int fd = ::open(m_store.contentPath(record.sid).c_str(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return internalError();
    struct stat info
    {
    };
    if (::fstat(fd, &info) != 0) {
        ::close(fd);
        return internalError();
    }
    const int64_t size = info.st_size;
    int64_t start = 0;
    int64_t length = size;
    const Validators validators = validatorsOf(record, ex.settings.contentValidators);
    if (!validators.etag.empty())
        ex.res.set_header("ETag", validators.etag);
    if (!validators.lastModified.empty())
        ex.res.set_header("Last-Modified", validators.lastModified);
    RangeResult range = RangeResult::None;
    if (ex.settings.ranges) {
        ex.res.set_header("Accept-Ranges", "bytes");
        if (ifRangeMatches(ex.req.get_header_value("If-Range"), validators))
            range = parseRange(ex.req.get_header_value("Range"), size, start, length);
    }
    if (range == RangeResult::Unsatisfiable) {
        // A 416 is no answer to If-Range's question; a stale validator got the whole 200 above.
        ::close(fd);
        ex.res.status = 416;
        ex.res.set_header("Content-Range", "bytes */" + std::to_string(size));
        ex.res.set_header("Content-Length", "0");
        return;
    }
    if (range == RangeResult::Partial) {
        ex.res.status = 206;
        ex.res.set_header("Content-Range", "bytes " + std::to_string(start) + "-" +
                                               std::to_string(start + length - 1) + "/" +
                                               std::to_string(size));
    } else {
        ex.res.status = 200;
    }
    if (length == 0) {
        // cpp-httplib spins on a zero-length content provider; send an empty body instead.
        ::close(fd);
        ex.res.set_header("Content-Type", record.contentType);
        ex.res.set_header("Content-Length", "0");
        return;
    }
    int64_t dropAfter = -1;
    if (ex.fault && ex.fault->drop && ex.fault->dropAfterBytes > 0) {
        dropAfter = ex.fault->dropAfterBytes;
        ex.faultApplied = true;
    }
    auto stream = std::make_shared<ContentStream>(fd, start, ex.settings.throttle, dropAfter);
    if (ex.fault && ex.fault->cutAfterBytes > 0) {
        stream->cutAfter = ex.fault->cutAfterBytes;
        ex.faultApplied = true;
    }
    stream->buffer.resize(stream->throttle.chunkSize());
    stream->sid = record.sid;
    const httplib::Request *request = &ex.req; // outlives the provider calls (same request)
    ex.res.set_content_provider(
        size_t(length), record.contentType,
        [this, stream, request](size_t offset, size_t remaining, httplib::DataSink &sink) {
            size_t want = std::min(remaining, stream->buffer.size());
            if (stream->dropAfter >= 0) {
                const int64_t left = stream->dropAfter - stream->sent;
                if (left <= 0) {
                    dropConnection(*request);
                    noteDropped();
                    return false;
                }
                want = std::min(want, size_t(left));
            }
            if (stream->cutAfter >= 0) {
                const int64_t left = stream->cutAfter - stream->sent;
                if (left <= 0) {
                    noteDropped();
                    return false; // cpp-httplib closes the connection: a FIN after what was sent
                }
                want = std::min(want, size_t(left));
            }
            const ssize_t n =
                ::pread(stream->fd, stream->buffer.data(), want, off_t(stream->start + int64_t(offset)));
            if (n <= 0)
                return false;
            if (!sink.write(stream->buffer.data(), size_t(n)))
                return false;
            stream->sent += n;
            {
                std::lock_guard lock(m_statsMutex);
                m_stats.contentBytesSent += uint64_t(n);
                m_stats.contentBytesByMedia[stream->sid] += uint64_t(n);
            }
            return stream->throttle.account(n);
        });
}

} // namespace mdemu
