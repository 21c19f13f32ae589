// mediadesk-emulator: a local Twilio MCS + Conversations compatible server.
// Two listeners: the API origin (MCS, Conversations, /_emulator admin) and the media origin that
// serves content_direct_temporary links. Written from the documented and captured wire behaviour of MCS, not
// from the client.
#pragma once

#include "directory.h"
#include "faults.h"
#include "mediastore.h"
#include "options.h"
#include "tempurl.h"

#include <QJsonObject>
#include <QString>
#include <atomic>
#include <functional>
#include <httplib.h>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace mdemu {

enum class Origin { Api, Media };

struct Stats
{
    uint64_t requests = 0; // requests to /v1/… on the API origin
    uint64_t credentialLeaks = 0;
    uint64_t uploads = 0; // media created by an upload in this run
    uint64_t temporaryLinkRequests = 0;
    uint64_t contentBytesSent = 0;                       // media content handed to connections, either origin
    uint64_t uploadBytesReceived = 0;                    // upload bodies read so far, finished or not
    std::map<std::string, uint64_t> contentBytesByMedia; // the same, per Media SID
    uint64_t connectionsDropped = 0;
    int currentUploads = 0;
    int maxConcurrentUploads = 0;
    std::map<int, uint64_t> byStatus; // of /v1/… requests
};

// One request while it is being handled.
struct Exchange
{
    const httplib::Request &req;
    httplib::Response &res;
    const httplib::ContentReader *reader; // null for requests without a body (GET)
    Origin origin;
    Settings settings; // snapshot taken when the request arrived
    std::vector<std::string> segments = {};
    std::optional<FaultRule> fault = std::nullopt; // the fault this request consumed
    bool faultApplied = false;                     // a route already acted on fault->drop
    bool bodyConsumed = false;
    bool dropped = false;
    bool closeAfterResponse = false; // the request body was not read to its end
};

class EmulatorServer
{
public:
    explicit EmulatorServer(Options options);
    ~EmulatorServer();
    EmulatorServer(const EmulatorServer &) = delete;
    EmulatorServer &operator=(const EmulatorServer &) = delete;

    // Opens the data dir, binds both listeners and starts serving on background threads.
    mediadesk::Result<> start();
    // Stops accepting, aborts slow transfers and waits for the handler threads.
    void stop();

    std::string apiOrigin() const;   // http(s)://HOST:PORT
    std::string mediaOrigin() const; // http(s)://HOST:PORT2

private:
    // server.cpp: plumbing shared by every route
    void configure(httplib::Server &server, Origin origin);
    void handle(Origin origin, const httplib::Request &req, httplib::Response &res,
                const httplib::ContentReader *reader);
    int expectContinue(const httplib::Request &req, httplib::Response &res);
    void logRequest(Origin origin, const httplib::Request &req, const httplib::Response &res);
    bool applyFault(Exchange &ex);
    void finish(Exchange &ex);
    bool readBody(Exchange &ex, std::string &out, size_t limit);
    bool discardBody(Exchange &ex, uint64_t limit);
    void drop(Exchange &ex);
    bool authorized(const httplib::Request &req, bool mcsPath) const;
    void notFound(Exchange &ex);
    void methodNotAllowed(Exchange &ex);
    void faultResponse(Exchange &ex, const FaultRule &rule);
    static void tooLarge(httplib::Response &res, const Settings &settings);
    Settings currentSettings() const;
    std::string requestOrigin(const httplib::Request &req) const;
    std::string scheme() const { return m_options.tlsCert.empty() ? "http" : "https"; }
    void noteDropped();

    // routes_mcs.cpp
    void routeV1(Exchange &ex);
    void uploadMedia(Exchange &ex, const std::string &serviceSid);
    void getMedia(Exchange &ex, const std::string &serviceSid, const std::string &mediaSid);
    void getContent(Exchange &ex, const std::string &serviceSid, const std::string &mediaSid);
    void mediaSet(Exchange &ex, const std::string &serviceSid);
    std::optional<MediaRecord> mediaOfService(const std::string &serviceSid,
                                              const std::string &mediaSid) const;
    std::string mediaJson(const MediaRecord &record, const Exchange &ex, bool withTemporaryLink) const;
    std::string temporaryLink(const std::string &mediaSid, const Settings &settings) const;

    // routes_media.cpp
    void handleMediaOrigin(Exchange &ex);
    void serveContent(Exchange &ex, const MediaRecord &record);

    // routes_conversations.cpp
    void listServices(Exchange &ex);
    void getService(Exchange &ex, const std::string &serviceSid);
    void getConfiguration(Exchange &ex);
    void listConversations(Exchange &ex, const std::string &serviceSid);
    void getConversation(Exchange &ex, const std::string &serviceSid, const std::string &conversationSid);
    void postMessage(Exchange &ex, const std::string &serviceSid, const std::string &conversationSid);
    void listMessages(Exchange &ex, const std::string &serviceSid, const std::string &conversationSid);
    const Conversation *findConversation(const std::string &serviceSid,
                                         const std::string &conversationSid) const;
    void sendPage(Exchange &ex, const std::string &key, const std::string &listUrl,
                  const std::vector<std::string> &items);
    // The same, with the items made on demand: item(i) for each i of the page only.
    void sendPage(Exchange &ex, const std::string &key, const std::string &listUrl, int64_t total,
                  const std::function<std::string(int64_t)> &item);
    std::string serviceJson(const Service &service, const std::string &base) const;
    std::string conversationJson(const Conversation &c, const std::string &base, bool scoped) const;
    std::string messageJson(const Message &m, const std::string &base, bool scoped) const;

    // routes_admin.cpp
    void handleAdmin(Exchange &ex);
    bool handleSharedAdmin(Exchange &ex); // /_emulator/redirect and /_emulator/echo, both origins
    std::string statsJson() const;
    std::string adminMediaJson(const MediaRecord &record) const;
    void seedMessages(Exchange &ex, const std::string &conversationSid, const QJsonObject &request);

    Options m_options;
    mutable std::mutex m_settingsMutex;
    Settings m_settings;

    MediaStore m_store;
    Directory m_directory;
    FaultTable m_faults;
    TempUrlSigner m_signer;

    mutable std::mutex m_statsMutex;
    Stats m_stats;
    // TCP connections accepted per origin (cpp-httplib hands each to its task queue once): the
    // proof that a client keeps connections alive.
    std::atomic<uint64_t> m_apiConnections{0};
    std::atomic<uint64_t> m_mediaConnections{0};

    std::unique_ptr<httplib::Server> m_api;
    std::unique_ptr<httplib::Server> m_media;
    std::thread m_apiThread;
    std::thread m_mediaThread;
    int m_apiPort = 0;
    int m_mediaPort = 0;
};

} // namespace mdemu
