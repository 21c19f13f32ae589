#include "server.h"

#include "httputil.h"
#include "jsonwriter.h"
#include "pacing.h"
#include "timefmt.h"

#include <chrono>
#include <cstdio>
#include <limits>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>

namespace mdemu {

namespace {

// Per worker thread, carried from a handler to the logger that runs after the response is written.
thread_local bool t_dropped = false;
thread_local bool t_closeAfterResponse = false;

// Bodies of rejected requests are read and discarded up to this size, so the client sees the
// response instead of a reset connection; beyond it the connection is closed.
constexpr uint64_t kDrainLimit = uint64_t(1) << 30;

std::string hostForUrl(const std::string &host)
{
    return host.find(':') != std::string::npos ? "[" + host + "]" : host;
}

int twilioCodeFor(int status)
{
    switch (status) {
    case 401:
        return 20003;
    case 403:
        return 20403;
    case 404:
        return 20404;
    case 429:
        return 20429;
    case 503:
        return 20503;
    default:
        return status >= 500 ? 20500 : 20000 + status;
    }
}

const char *twilioMessageFor(int status)
{
    switch (status) {
    case 429:
        return "Too Many Requests";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        return reasonPhrase(status);
    }
}

// cpp-httplib enqueues one task per accepted connection; counting them counts connections.
class CountingTaskQueue : public httplib::TaskQueue
{
public:
    CountingTaskQueue(size_t threads, std::atomic<uint64_t> &counter) : m_pool(threads), m_counter(counter) {}
    void enqueue(std::function<void()> fn) override
    {
        ++m_counter;
        m_pool.enqueue(std::move(fn));
    }
    void shutdown() override { m_pool.shutdown(); }

private:
    httplib::ThreadPool m_pool;
    std::atomic<uint64_t> &m_counter;
};

} // namespace

EmulatorServer::EmulatorServer(Options options)
    : m_options(std::move(options)), m_settings(m_options.settings)
{
    m_directory.seed(m_options.services, m_options.conversations);
    for (const FaultRule &rule : m_options.faults)
        m_faults.add(rule);
}

EmulatorServer::~EmulatorServer()
{
    stop();
}

mediadesk::Result<> EmulatorServer::start()
{
    if (mediadesk::Result<> opened = m_store.open(m_options.dataDir); !opened)
        return opened;
    if (m_options.tlsCert.empty()) {
        m_api = std::make_unique<httplib::Server>();
        m_media = std::make_unique<httplib::Server>();
    } else {
        m_api = std::make_unique<httplib::SSLServer>(m_options.tlsCert.c_str(), m_options.tlsKey.c_str());
        m_media = std::make_unique<httplib::SSLServer>(m_options.tlsCert.c_str(), m_options.tlsKey.c_str());
        if (!m_api->is_valid() || !m_media->is_valid()) {
            return mediadesk::Failure(QStringLiteral("cannot use the TLS certificate %1 with the key %2")
                                          .arg(QString::fromStdString(m_options.tlsCert),
                                               QString::fromStdString(m_options.tlsKey)));
        }
    }
    configure(*m_api, Origin::Api);
    configure(*m_media, Origin::Media);

    // Like real front ends, answer without Nagle's delay: a keep-alive client would otherwise wait
    // for the delayed ACK (40 ms) between a response's head and body. Accepted sockets inherit it.
    for (httplib::Server *server : {m_api.get(), m_media.get()}) {
        server->set_socket_options([](socket_t sock) {
            int on = 1;
            ::setsockopt(sock, SOL_SOCKET, SO_REUSEADDR, &on, sizeof on);
            ::setsockopt(sock, IPPROTO_TCP, TCP_NODELAY, &on, sizeof on);
        });
    }
    auto bind = [this](httplib::Server &server, int port) {
        if (port == 0)
            return server.bind_to_any_port(m_options.host);
        return server.bind_to_port(m_options.host, port) ? port : -1;
    };
    m_apiPort = bind(*m_api, m_options.port);
    if (m_apiPort <= 0) {
        return mediadesk::Failure(QStringLiteral("cannot listen on %1 port %2")
                                      .arg(QString::fromStdString(m_options.host))
                                      .arg(m_options.port));
    }
    m_mediaPort = bind(*m_media, m_options.mediaPort);
    if (m_mediaPort <= 0) {
        return mediadesk::Failure(QStringLiteral("cannot listen on %1 port %2")
                                      .arg(QString::fromStdString(m_options.host))
                                      .arg(m_options.mediaPort));
    }
    m_apiThread = std::thread([this] { m_api->listen_after_bind(); });
    m_mediaThread = std::thread([this] { m_media->listen_after_bind(); });
    // stop() only works on a running server, so don't return before both run.
    for (int i = 0; i < 5000 && !(m_api->is_running() && m_media->is_running()); ++i)
        std::this_thread::sleep_for(std::chrono::milliseconds(1));
    return {};
}

void EmulatorServer::stop()
{
    requestStop();
    if (m_api)
        m_api->stop();
    if (m_media)
        m_media->stop();
    if (m_apiThread.joinable() || m_mediaThread.joinable())
        shutdownConnections(m_apiPort, m_mediaPort);
    if (m_apiThread.joinable())
        m_apiThread.join();
    if (m_mediaThread.joinable())
        m_mediaThread.join();
}

std::string EmulatorServer::apiOrigin() const
{
    return scheme() + "://" + hostForUrl(m_options.host) + ":" + std::to_string(m_apiPort);
}

std::string EmulatorServer::mediaOrigin() const
{
    return scheme() + "://" + hostForUrl(m_options.host) + ":" + std::to_string(m_mediaPort);
}

void EmulatorServer::configure(httplib::Server &server, Origin origin)
{
    std::atomic<uint64_t> &connections = origin == Origin::Api ? m_apiConnections : m_mediaConnections;
    server.new_task_queue = [&connections] { return new CountingTaskQueue(24, connections); };
    server.set_tcp_nodelay(true); // headers and body are separate writes: avoid Nagle + delayed-ACK stalls
    server.set_keep_alive_max_count(1000);
    server.set_read_timeout(30);
    server.set_write_timeout(30);
    // Limits are enforced by the routes themselves (the upload limit can change at run time).
    server.set_payload_max_length(std::numeric_limits<size_t>::max());

    // One catch-all route per method; routing happens in handle(). Every method that may carry a
    // body gets a ContentReader route, so cpp-httplib never buffers a body in memory on its own.
    const std::string any = R"([\s\S]*)";
    auto plain = [this, origin](const httplib::Request &req, httplib::Response &res) {
        handle(origin, req, res, nullptr);
    };
    auto withBody = [this, origin](const httplib::Request &req, httplib::Response &res,
                                   const httplib::ContentReader &reader) {
        handle(origin, req, res, &reader);
    };
    server.Get(any, plain);
    server.Options(any, plain);
    server.Post(any, withBody);
    server.Put(any, withBody);
    server.Patch(any, withBody);
    server.Delete(any, withBody);
    server.set_logger([this, origin](const httplib::Request &req, const httplib::Response &res) {
        logRequest(origin, req, res);
    });
    if (origin == Origin::Api) {
        server.set_expect_100_continue_handler(
            [this](const httplib::Request &req, httplib::Response &res) { return expectContinue(req, res); });
    }
}

Settings EmulatorServer::currentSettings() const
{
    std::lock_guard lock(m_settingsMutex);
    return m_settings;
}

std::string EmulatorServer::requestOrigin(const httplib::Request &req) const
{
    const std::string host = req.get_header_value("Host");
    return host.empty() ? apiOrigin() : scheme() + "://" + host;
}

void EmulatorServer::handle(Origin origin, const httplib::Request &req, httplib::Response &res,
                            const httplib::ContentReader *reader)
{
    t_dropped = false;
    t_closeAfterResponse = false;
    // cpp-httplib would apply Range headers and gzip to every response body after the handler;
    // serveContent() does ranges itself and nothing here is compressed. The request object is
    // not const inside cpp-httplib, so this cast is safe.
    auto &mutableRequest = const_cast<httplib::Request &>(req);
    mutableRequest.ranges.clear();
    mutableRequest.headers.erase("Accept-Encoding");

    Exchange ex{req, res, reader, origin, currentSettings(), splitPath(req.path)};
    // A page in a browser that rebinds its own name to 127.0.0.1 still sends that name as Host.
    // (Bound to a non-loopback address on purpose, any name the machine goes by is fine.)
    if (const std::string host = req.get_header_value("Host");
        !host.empty() && isLoopbackHost(m_options.host) && !isLoopbackHostHeader(host)) {
        ex.res.status = 421;
        ex.res.set_content("This server answers requests for loopback host names only.\n", "text/plain");
        finish(ex);
        return;
    }
    if (origin == Origin::Media) {
        handleMediaOrigin(ex);
    } else if (req.path.rfind("/_emulator/", 0) == 0) {
        handleAdmin(ex);
    } else if (!applyFault(ex)) {
        if (ex.settings.unattachedTtl > 0) // Twilio deletes media nobody attached in time
            m_store.removeUnattached(nowMicros() - ex.settings.unattachedTtl * 1000000);
        if (!ex.segments.empty() && ex.segments[0] == "v1")
            routeV1(ex);
        else
            notFound(ex);
    }
    finish(ex);
}

bool EmulatorServer::applyFault(Exchange &ex)
{
    const std::string originName = ex.origin == Origin::Api ? "api" : "media";
    std::optional<FaultRule> rule = m_faults.take(originName, ex.req.method, ex.req.path);
    if (!rule)
        return false;
    if (!m_options.quiet) {
        const std::string line =
            "fault " + faultToJson(*rule) + " on " + ex.req.method + " " + ex.req.path + "\n";
        std::fwrite(line.data(), 1, line.size(), stderr);
    }
    ex.fault = rule;
    if (rule->delayMs > 0)
        pauseFor(std::chrono::milliseconds(rule->delayMs));
    if (rule->drop) {
        // Routes that stream a body (upload, content) drop after drop_after_bytes themselves.
        const auto &s = ex.segments;
        const bool streams =
            rule->dropAfterBytes > 0 && ((ex.origin == Origin::Media && s.size() == 1) ||
                                         (ex.req.method == "POST" && s.size() == 4 && s[0] == "v1" &&
                                          s[1] == "Services" && s[3] == "Media") ||
                                         (ex.req.method != "POST" && s.size() == 6 && s[0] == "v1" &&
                                          s[5] == "Content" && ex.settings.contentMode == 200));
        if (streams)
            return false;
        if (rule->dropAfterBytes > 0 && ex.reader && hasBody(ex.req))
            discardBody(ex, uint64_t(rule->dropAfterBytes));
        drop(ex);
        return true;
    }
    if (rule->status != 0) {
        faultResponse(ex, *rule);
        return true;
    }
    return false;
}

void EmulatorServer::faultResponse(Exchange &ex, const FaultRule &rule)
{
    const int status = rule.status;
    if (rule.retryAfter)
        ex.res.set_header("Retry-After", *rule.retryAfter);
    if (rule.html) {
        ex.res.status = status;
        ex.res.set_content(htmlErrorPage(status), "text/html");
    } else if (ex.origin == Origin::Media) {
        setXmlError(ex.res, status, status == 403 ? "AccessDenied" : "ServiceUnavailable",
                    reasonPhrase(status));
    } else if (status == 401) {
        setUnauthorized(ex.res);
    } else if (status == 413) {
        tooLarge(ex.res, ex.settings);
    } else {
        setTwilioError(ex.res, status, rule.code ? rule.code : twilioCodeFor(status),
                       rule.message ? *rule.message : twilioMessageFor(status));
    }
}

void EmulatorServer::finish(Exchange &ex)
{
    // A drop fault that a streaming route did not get to apply (e.g. it answered 401 first).
    if (ex.fault && ex.fault->drop && !ex.faultApplied && !ex.dropped) {
        if (ex.fault->dropAfterBytes > 0 && ex.reader && !ex.bodyConsumed && hasBody(ex.req))
            discardBody(ex, uint64_t(ex.fault->dropAfterBytes));
        drop(ex);
    }
    if (!ex.dropped && ex.reader && !ex.bodyConsumed && hasBody(ex.req)) {
        const auto length = declaredLength(ex.req);
        const bool complete = !(length && *length > kDrainLimit) && discardBody(ex, kDrainLimit);
        if (!complete)
            ex.closeAfterResponse = true;
    }
    if (ex.fault && ex.fault->cutReply && !ex.dropped && !ex.res.body.empty()) {
        // The full Content-Length is announced, half the body is sent, then the connection closes.
        auto body = std::make_shared<std::string>(std::move(ex.res.body));
        const std::string type = ex.res.get_header_value("Content-Type");
        ex.res.body.clear();
        ex.res.headers.erase("Content-Type");
        ex.res.set_content_provider(body->size(), type,
                                    [body](size_t offset, size_t, httplib::DataSink &sink) {
                                        if (offset > 0)
                                            return false;
                                        sink.write(body->data(), body->size() / 2);
                                        return true;
                                    });
        ex.faultApplied = true;
        noteDropped();
    }
    if (ex.closeAfterResponse && !ex.dropped) {
        ex.res.set_header("Connection", "close");
        t_closeAfterResponse = true;
    }
    if (ex.origin == Origin::Api && !ex.segments.empty() && ex.segments[0] == "v1") {
        std::lock_guard lock(m_statsMutex);
        ++m_stats.requests;
        if (!ex.dropped)
            ++m_stats.byStatus[ex.res.status];
    }
}

bool EmulatorServer::discardBody(Exchange &ex, uint64_t limit)
{
    if (!ex.reader || ex.bodyConsumed)
        return true;
    uint64_t total = 0;
    const int status = ex.res.status; // cpp-httplib sets 400 when a read is cut short
    const bool ok = (*ex.reader)([&](const char *, size_t n) {
        total += n;
        return total <= limit && !stopRequested();
    });
    ex.res.status = status;
    ex.bodyConsumed = true;
    if (!ok)
        ex.closeAfterResponse = true;
    return ok;
}

bool EmulatorServer::readBody(Exchange &ex, std::string &out, size_t limit)
{
    out.clear();
    if (!ex.reader || ex.bodyConsumed || !hasBody(ex.req))
        return true;
    const int status = ex.res.status;
    const bool ok = (*ex.reader)([&](const char *data, size_t n) {
        if (out.size() + n > limit)
            return false;
        out.append(data, n);
        return true;
    });
    ex.res.status = status;
    ex.bodyConsumed = true;
    if (!ok)
        ex.closeAfterResponse = true;
    return ok;
}

void EmulatorServer::drop(Exchange &ex)
{
    dropConnection(ex.req);
    ex.dropped = true;
    ex.faultApplied = true;
    noteDropped();
}

void EmulatorServer::noteDropped()
{
    t_dropped = true;
    std::lock_guard lock(m_statsMutex);
    ++m_stats.connectionsDropped;
}

bool EmulatorServer::authorized(const httplib::Request &req, bool mcsPath) const
{
    const Credentials &c = m_options.credentials;
    if (req.has_header("Authorization")) {
        const auto basic = parseBasicAuth(req.get_header_value("Authorization"));
        if (basic) {
            if (!c.accountSid.empty() && basic->first == c.accountSid &&
                sameSecret(basic->second, c.authToken))
                return true;
            if (!c.apiKey.empty() && basic->first == c.apiKey && sameSecret(basic->second, c.apiSecret))
                return true;
        }
    }
    if (mcsPath && !c.twilioToken.empty() && req.has_header("X-Twilio-Token") &&
        sameSecret(req.get_header_value("X-Twilio-Token"), c.twilioToken))
        return true;
    return false;
}

void EmulatorServer::notFound(Exchange &ex)
{
    std::string resource = ex.req.path;
    if (resource.rfind("/v1/", 0) == 0)
        resource.erase(0, 3);
    setTwilioError(ex.res, 404, 20404, "The requested resource " + resource + " was not found");
}

void EmulatorServer::methodNotAllowed(Exchange &ex)
{
    setTwilioError(ex.res, 405, 20004, "Method not allowed");
}

void EmulatorServer::tooLarge(httplib::Response &res, const Settings &settings)
{
    res.status = 413;
    if (settings.html413) {
        res.set_content(htmlErrorPage(413), "text/html");
        return;
    }
    const int64_t mib = 1024 * 1024;
    const std::string limit = (settings.maxSize > 0 && settings.maxSize % mib == 0)
                                  ? std::to_string(settings.maxSize / mib) + " MB"
                                  : std::to_string(settings.maxSize) + " bytes";
    JsonWriter w;
    w.beginObject()
        .key("message")
        .str("Media exceeds the " + limit + " limit")
        .key("status")
        .num(413)
        .endObject();
    setJson(res, 413, w.take());
}

int EmulatorServer::expectContinue(const httplib::Request &req, httplib::Response &res)
{
    // Only one early answer: an upload whose declared size is over the limit gets its 413
    // before the client sends the body (what a proxy in front of MCS would do).
    if (req.method != "POST")
        return 100;
    const std::vector<std::string> s = splitPath(req.path);
    if (!(s.size() == 4 && s[0] == "v1" && s[1] == "Services" && s[3] == "Media"))
        return 100;
    if (m_faults.matches("api", req.method, req.path) || !authorized(req, true) || !m_directory.service(s[2]))
        return 100;
    const Settings settings = currentSettings();
    const auto length = declaredLength(req);
    if (!length || *length <= uint64_t(settings.maxSize))
        return 100;
    tooLarge(res, settings);
    res.set_header("Content-Length", std::to_string(res.body.size())); // not added on this path
    res.set_header("Connection", "close");
    t_dropped = false;
    t_closeAfterResponse = true;
    std::lock_guard lock(m_statsMutex);
    ++m_stats.requests;
    ++m_stats.byStatus[413];
    return 413;
}

void EmulatorServer::logRequest(Origin origin, const httplib::Request &req, const httplib::Response &res)
{
    if (!m_options.quiet) {
        // Method, path and status only: never headers (Authorization) or query strings.
        const std::string line = std::string(origin == Origin::Api ? "api   " : "media ") + req.method + " " +
                                 req.path + " " +
                                 (t_dropped ? std::string("dropped") : std::to_string(res.status)) + "\n";
        std::fwrite(line.data(), 1, line.size(), stderr);
    }
    if (t_closeAfterResponse) {
        t_closeAfterResponse = false;
        lingeringClose(req);
    }
    t_dropped = false;
}

} // namespace mdemu
