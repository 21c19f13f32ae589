// /_emulator/…: test hooks (stats, media inspection, faults, settings, attachment), which need the
// admin token, plus stateless redirect and echo helpers on both origins, which do not (a client
// under test requests them like any other URL; the redirect only leads to loopback).
#include "httputil.h"
#include "jsonwriter.h"
#include "server.h"
#include "sids.h"
#include "timefmt.h"

#include <QCryptographicHash>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>

namespace mdemu {

namespace {

constexpr size_t kAdminBodyLimit = 1024 * 1024;

void adminError(httplib::Response &res, int status, const std::string &message)
{
    JsonWriter w;
    w.beginObject().key("message").str(message).key("status").num(status).endObject();
    setJson(res, status, w.take());
}

} // namespace

std::string EmulatorServer::statsJson() const
{
    const int media = m_store.count();
    const int pending = m_faults.pending();
    std::lock_guard lock(m_statsMutex);
    JsonWriter w;
    w.beginObject();
    w.key("requests").num(static_cast<long long>(m_stats.requests));
    w.key("credential_leaks").num(static_cast<long long>(m_stats.credentialLeaks));
    w.key("media_count").num(media);
    w.key("uploads").num(static_cast<long long>(m_stats.uploads));
    w.key("temporary_link_requests").num(static_cast<long long>(m_stats.temporaryLinkRequests));
    w.key("content_bytes_sent").num(static_cast<long long>(m_stats.contentBytesSent));
    w.key("upload_bytes_received").num(static_cast<long long>(m_stats.uploadBytesReceived));
    w.key("content_bytes_by_media").beginObject();
    for (const auto &[sid, bytes] : m_stats.contentBytesByMedia)
        w.key(sid).num(static_cast<long long>(bytes));
    w.endObject();
    w.key("faults_pending").num(pending);
    w.key("max_concurrent_uploads").num(m_stats.maxConcurrentUploads);
    w.key("by_status").beginObject();
    for (const auto &[status, count] : m_stats.byStatus)
        w.key(std::to_string(status)).num(static_cast<long long>(count));
    w.endObject();
    w.key("connections_dropped").num(static_cast<long long>(m_stats.connectionsDropped));
    w.key("uploads_in_progress").num(m_stats.currentUploads);
    w.key("connections").num(static_cast<long long>(m_apiConnections.load()));
    w.key("media_connections").num(static_cast<long long>(m_mediaConnections.load()));
    w.endObject();
    return w.take();
}

std::string EmulatorServer::adminMediaJson(const MediaRecord &r) const
{
    JsonWriter w;
    w.beginObject();
    w.key("sid").str(r.sid);
    w.key("service_sid").str(r.serviceSid);
    w.key("size").num(r.size);
    // Hashed on request, not while uploading: Qt's SHA-256 (~150 MB/s here) would otherwise be
    // what limits upload throughput, and benchmarks would measure the emulator.
    std::string sha256 = r.sha256;
    if (sha256.empty()) {
        QFile content(QString::fromStdString(m_store.contentPath(r.sid)));
        QCryptographicHash hash(QCryptographicHash::Sha256);
        if (content.open(QIODevice::ReadOnly) && hash.addData(&content))
            sha256 = hash.result().toHex().toStdString();
    }
    w.key("sha256").str(sha256);
    w.key("content_type").str(r.contentType);
    w.key("filename").strOrNull(r.filename);
    w.key("category").str(r.category);
    w.key("content_size_header").strOrNull(r.contentSizeHeader);
    w.key("multipart").boolean(r.multipart);
    w.key("message_sid").strOrNull(r.messageSid);
    w.key("channel_sid").strOrNull(r.channelSid);
    w.endObject();
    return w.take();
}

bool EmulatorServer::handleSharedAdmin(Exchange &ex)
{
    const httplib::Request &req = ex.req;
    if (req.path == "/_emulator/redirect") {
        const std::string to = req.get_param_value("to");
        int status = 302;
        if (req.has_param("status")) {
            const std::string s = req.get_param_value("status");
            status = (s == "301" || s == "302" || s == "303" || s == "307" || s == "308") ? std::stoi(s) : 0;
        }
        if (to.empty() || status == 0 || to.find_first_of("\r\n") != std::string::npos) {
            adminError(ex.res, 400, "expected ?to=URL&status=301|302|303|307|308");
            return true;
        }
        // Not an open redirect: only to loopback (the emulator's own origins, or a test's server).
        if (!isLoopbackHost(QUrl(QString::fromStdString(to)).host().toStdString())) {
            adminError(ex.res, 400, "redirects go to loopback hosts only");
            return true;
        }
        ex.res.set_redirect(to, status);
        return true;
    }
    if (req.path == "/_emulator/echo") {
        JsonWriter w;
        w.beginObject();
        w.key("authorization_present").boolean(req.has_header("Authorization"));
        w.key("method").str(req.method);
        w.key("origin").str(ex.origin == Origin::Api ? "api" : "media");
        w.endObject();
        setJson(ex.res, 200, w.take());
        return true;
    }
    return false;
}

void EmulatorServer::handleAdmin(Exchange &ex)
{
    if (handleSharedAdmin(ex))
        return;
    if (!sameSecret(ex.req.get_header_value("X-Emulator-Token"), m_options.adminToken)) {
        adminError(ex.res, 401,
                   "the admin API needs X-Emulator-Token (printed as \"admin token\" at start-up)");
        return;
    }
    const httplib::Request &req = ex.req;
    const std::vector<std::string> &s = ex.segments; // "_emulator", …
    const std::string &method = req.method;
    auto readJson = [&](QJsonDocument &doc) {
        std::string body;
        if (!readBody(ex, body, kAdminBodyLimit)) {
            adminError(ex.res, 413, "body too large");
            return false;
        }
        QJsonParseError error;
        doc = QJsonDocument::fromJson(QByteArray::fromStdString(body), &error);
        if (doc.isNull()) {
            adminError(ex.res, 400, "invalid JSON: " + error.errorString().toStdString());
            return false;
        }
        return true;
    };

    if (s.size() == 2 && s[1] == "stats") {
        if (method == "DELETE") {
            std::lock_guard lock(m_statsMutex);
            const int current = m_stats.currentUploads;
            m_stats = Stats();
            m_stats.currentUploads = current;
            m_apiConnections = 0;
            m_mediaConnections = 0;
        } else if (method != "GET") {
            return adminError(ex.res, 405, "GET or DELETE");
        }
        return setJson(ex.res, 200, statsJson());
    }
    if (s.size() == 3 && s[1] == "media" && method == "DELETE") {
        // Media gone from the service while a message still lists it, as after Twilio deletes it.
        if (!m_store.remove(s[2]))
            return adminError(ex.res, 404, "no media " + s[2]);
        ex.res.status = 204;
        return;
    }
    if (s.size() == 3 && s[1] == "media" && method == "GET") {
        const std::optional<MediaRecord> record = m_store.find(s[2]);
        if (!record)
            return adminError(ex.res, 404, "no media " + s[2]);
        return setJson(ex.res, 200, adminMediaJson(*record));
    }
    if (s.size() == 4 && s[1] == "media" && s[3] == "attach" && method == "POST") {
        QJsonDocument doc;
        if (!readJson(doc))
            return;
        const QJsonObject o = doc.object();
        const std::string messageSid = o.value(QLatin1String("message_sid")).toString().toStdString();
        const std::string channelSid = o.value(QLatin1String("channel_sid")).toString().toStdString();
        MediaRecord updated;
        switch (m_store.attach(s[2], messageSid, channelSid, true, &updated)) {
        case MediaStore::AttachResult::Attached:
            return setJson(ex.res, 200, adminMediaJson(updated));
        case MediaStore::AttachResult::NotFound:
            return adminError(ex.res, 404, "no media " + s[2]);
        default:
            return adminError(ex.res, 500, "cannot write the media metadata");
        }
    }
    if (s.size() == 4 && s[1] == "conversations" && s[3] == "messages" && method == "POST") {
        QJsonDocument doc;
        if (!readJson(doc))
            return;
        return seedMessages(ex, s[2], doc.object());
    }
    if (s.size() == 2 && s[1] == "faults") {
        if (method == "DELETE") {
            m_faults.clear();
        } else if (method == "POST") {
            QJsonDocument doc;
            if (!readJson(doc))
                return;
            QJsonArray list = doc.isArray() ? doc.array() : QJsonArray{doc.object()};
            std::vector<FaultRule> rules;
            for (const QJsonValue &v : list) {
                if (!v.isObject())
                    return adminError(ex.res, 400, "expected a JSON object");
                const mediadesk::Result<FaultRule> rule = faultFromJson(v.toObject());
                if (!rule)
                    return adminError(ex.res, 400, rule.problem().toStdString());
                rules.push_back(*rule);
            }
            for (const FaultRule &rule : rules)
                m_faults.add(rule);
        } else if (method != "GET") {
            return adminError(ex.res, 405, "GET, POST or DELETE");
        }
        JsonWriter w;
        w.beginObject();
        w.key("faults_pending").num(m_faults.pending());
        w.key("faults").beginArray();
        for (const FaultRule &rule : m_faults.rules())
            w.raw(faultToJson(rule));
        w.endArray();
        w.endObject();
        return setJson(ex.res, method == "POST" ? 201 : 200, w.take());
    }
    if (s.size() == 2 && s[1] == "config") {
        if (method == "POST") {
            QJsonDocument doc;
            if (!readJson(doc))
                return;
            std::lock_guard lock(m_settingsMutex);
            if (!doc.isObject())
                return adminError(ex.res, 400, "expected a JSON object");
            const mediadesk::Result<Settings> applied = applySettingsJson(doc.object(), m_settings);
            if (!applied)
                return adminError(ex.res, 400, applied.problem().toStdString());
            m_settings = *applied;
        } else if (method != "GET") {
            return adminError(ex.res, 405, "GET or POST");
        }
        return setJson(ex.res, 200, settingsToJson(currentSettings()));
    }
    adminError(ex.res, 404, "unknown admin endpoint " + req.path);
}

// Adds many messages at once, for long conversations (a scroll bench, paging tests): {"count": N,
// "author": "…", "body": "…", "media_from": "ME…", "every": K}. With media_from, every Kth message
// (the first included) carries its own copy of that media, attached to it.
void EmulatorServer::seedMessages(Exchange &ex, const std::string &conversationSid, const QJsonObject &o)
{
    const Conversation *c = m_directory.conversation(conversationSid);
    if (!c)
        return adminError(ex.res, 404, "no conversation " + conversationSid);
    const int count = o.value(QLatin1String("count")).toInt(0);
    const int every = o.value(QLatin1String("every")).toInt(1);
    if (count < 1 || count > 100000 || every < 1)
        return adminError(ex.res, 400, "count must be 1..100000 and every at least 1");
    const std::string author =
        o.value(QLatin1String("author")).toString(QStringLiteral("seed")).toStdString();
    const QString body = o.value(QLatin1String("body")).toString();
    std::optional<MediaRecord> source;
    if (const QString from = o.value(QLatin1String("media_from")).toString(); !from.isEmpty()) {
        source = m_store.find(from.toStdString());
        if (!source)
            return adminError(ex.res, 404, "no media " + from.toStdString());
    }
    int withMedia = 0;
    for (int i = 0; i < count; ++i) {
        Message m;
        m.sid = randomSid("IM");
        m.conversationSid = c->sid;
        m.serviceSid = c->serviceSid;
        m.author = author;
        if (!body.isEmpty()) // "%1" numbers the messages
            m.body = (body.contains(QLatin1String("%1")) ? body.arg(i + 1) : body).toStdString();
        if (source && i % every == 0) {
            MediaRecord copy = *source;
            copy.sid = randomSid("ME");
            copy.serviceSid = c->serviceSid;
            copy.createdUs = copy.uploadUpdatedUs = copy.updatedUs = nowMicros();
            copy.messageSid = m.sid;
            copy.channelSid = c->sid;
            const std::string temp = m_store.newTempPath();
            if (!QFile::copy(QString::fromStdString(m_store.contentPath(source->sid)),
                             QString::fromStdString(temp)))
                return adminError(ex.res, 500, "cannot copy the media");
            if (const mediadesk::Result<> committed = m_store.commit(copy, temp); !committed)
                return adminError(ex.res, 500, "cannot copy the media: " + committed.problem().toStdString());
            m.media = MessageMedia{copy.sid, copy.size, copy.contentType, copy.filename, copy.category};
            ++withMedia;
        } else if (!m.body) {
            m.body = "message " + std::to_string(i + 1);
        }
        m_directory.addMessage(m);
    }
    JsonWriter w;
    w.beginObject();
    w.key("added").num(count);
    w.key("with_media").num(withMedia);
    w.endObject();
    setJson(ex.res, 201, w.take());
}

} // namespace mdemu
