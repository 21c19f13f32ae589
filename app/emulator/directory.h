// The seeded Conversations side: services and conversations (deterministic, read-only after
// seeding) plus the messages posted during this run (in memory).
#pragma once

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <string>
#include <vector>

namespace mdemu {

struct Service
{
    int index = 0; // 1-based
    std::string sid;
    std::string friendlyName;
    int64_t created = 0; // epoch seconds
    int64_t updated = 0;
};

struct Conversation
{
    std::string sid;
    std::string serviceSid;
    std::string friendlyName;
    std::string uniqueName;
    int64_t created = 0;
    int64_t updated = 0;
};

struct MessageMedia
{
    std::string sid;
    int64_t size = 0;
    std::string contentType;
    std::optional<std::string> filename;
    std::string category;
};

struct Message
{
    std::string sid;
    std::string conversationSid;
    std::string serviceSid;
    int index = 0;
    std::string author;
    std::optional<std::string> body;
    std::optional<MessageMedia> media;
    int64_t created = 0;
};

class Directory
{
public:
    // Service i (1..n): "IS" + md5("mediadesk-sandbox-service-<i>"); `conversations` conversations
    // each: "CH" + md5("mediadesk-sandbox-conversation-<i>-<j>").
    void seed(int services, int conversations = 3);

    const std::vector<Service> &services() const { return m_services; }
    const Service *service(const std::string &sid) const;
    const Conversation *conversation(const std::string &sid) const;
    std::vector<const Conversation *> conversationsOf(const std::string &serviceSid) const;

    // Assigns the sid, index and date.
    Message addMessage(Message message);
    std::vector<Message> messages(const std::string &conversationSid) const;

private:
    std::vector<Service> m_services;
    std::vector<Conversation> m_conversations;

    mutable std::mutex m_mutex;
    std::map<std::string, std::vector<Message>> m_messages;
};

} // namespace mdemu
