#include "directory.h"

#include "sids.h"
#include "timefmt.h"

namespace mdemu {

void Directory::seed(int services, int conversations)
{
    const int64_t base = 1704067200; // 2024-01-01T00:00:00Z
    m_services.clear();
    m_conversations.clear();
    for (int i = 1; i <= services; ++i) {
        Service s;
        s.index = i;
        s.sid = md5Sid("IS", "mediadesk-sandbox-service-" + std::to_string(i));
        // Service 2 has a non-ASCII name on purpose (UTF-8 all the way through).
        s.friendlyName =
            i == 2 ? std::string("\xE3\x82\xB5\xE3\x83\xB3\xE3\x83\x89\xE3\x83\x9C\xE3\x83\x83\xE3\x82\xAF"
                                 "\xE3\x82\xB9 2")
                   : "Sandbox Service " + std::to_string(i);
        s.created = base + int64_t(i - 1) * 86400;
        s.updated = s.created + 60;
        m_services.push_back(s);
        for (int j = 1; j <= conversations; ++j) {
            Conversation c;
            c.sid =
                md5Sid("CH", "mediadesk-sandbox-conversation-" + std::to_string(i) + "-" + std::to_string(j));
            c.serviceSid = s.sid;
            c.friendlyName = "Conversation " + std::to_string(j);
            c.uniqueName = "sandbox-" + std::to_string(i) + "-" + std::to_string(j);
            c.created = s.created + int64_t(j) * 60;
            c.updated = c.created;
            m_conversations.push_back(c);
        }
    }
}

const Service *Directory::service(const std::string &sid) const
{
    for (const Service &s : m_services) {
        if (s.sid == sid)
            return &s;
    }
    return nullptr;
}

const Conversation *Directory::conversation(const std::string &sid) const
{
    for (const Conversation &c : m_conversations) {
        if (c.sid == sid)
            return &c;
    }
    return nullptr;
}

std::vector<const Conversation *> Directory::conversationsOf(const std::string &serviceSid) const
{
    std::vector<const Conversation *> out;
    for (const Conversation &c : m_conversations) {
        if (c.serviceSid == serviceSid)
            out.push_back(&c);
    }
    return out;
}

Message Directory::addMessage(Message message)
{
    std::lock_guard lock(m_mutex);
    auto &list = m_messages[message.conversationSid];
    if (message.sid.empty())
        message.sid = randomSid("IM");
    message.index = int(list.size());
    message.created = nowSeconds();
    list.push_back(message);
    return message;
}

std::vector<Message> Directory::messages(const std::string &conversationSid) const
{
    std::lock_guard lock(m_mutex);
    const auto it = m_messages.find(conversationSid);
    return it == m_messages.end() ? std::vector<Message>{} : it->second;
}

} // namespace mdemu
