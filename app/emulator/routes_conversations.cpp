// The Conversations side on the API origin: services, configuration, conversations, messages.
// All URLs are absolute, built from the request's Host header; dates are UTC "…Z".
#include "httputil.h"
#include "jsonwriter.h"
#include "server.h"
#include "sids.h"
#include "timefmt.h"

#include <algorithm>

namespace mdemu {

namespace {

constexpr size_t kFormLimit = 1024 * 1024;

bool parseNonNegative(const std::string &s, int64_t &out)
{
    if (s.empty() || s.size() > 12 || s.find_first_not_of("0123456789") != std::string::npos)
        return false;
    out = std::stoll(s);
    return true;
}

std::string pageUrl(const std::string &listUrl, int64_t pageSize, int64_t page, const std::string &token)
{
    // A list URL may carry its own query already (…/Messages?Order=desc), as Twilio's page URLs keep it.
    std::string url = listUrl + (listUrl.find('?') == std::string::npos ? "?" : "&") +
                      "PageSize=" + std::to_string(pageSize) + "&Page=" + std::to_string(page);
    if (!token.empty())
        url += "&PageToken=" + token;
    return url;
}

} // namespace

void EmulatorServer::sendPage(Exchange &ex, const std::string &key, const std::string &listUrl,
                              const std::vector<std::string> &items)
{
    sendPage(ex, key, listUrl, int64_t(items.size()), [&items](int64_t i) { return items[size_t(i)]; });
}

void EmulatorServer::sendPage(Exchange &ex, const std::string &key, const std::string &listUrl, int64_t total,
                              const std::function<std::string(int64_t)> &item)
{
    const httplib::Request &req = ex.req;
    int64_t pageSize = 50;
    int64_t page = 0;
    if (req.has_param("PageSize") && !parseNonNegative(req.get_param_value("PageSize"), pageSize))
        return setTwilioError(ex.res, 400, 20001, "Invalid PageSize");
    if (req.has_param("Page") && !parseNonNegative(req.get_param_value("Page"), page))
        return setTwilioError(ex.res, 400, 20001, "Invalid Page");
    if (pageSize < 1)
        return setTwilioError(ex.res, 400, 20001, "Invalid PageSize");
    pageSize = std::min<int64_t>(pageSize, 100);
    // PageToken "PT<offset>" names the first item of the page; without it, Page * PageSize.
    std::string token = req.has_param("PageToken") ? req.get_param_value("PageToken") : std::string();
    int64_t offset = page * pageSize;
    if (!token.empty()) {
        if (token.rfind("PT", 0) != 0 || !parseNonNegative(token.substr(2), offset))
            return setTwilioError(ex.res, 400, 20001, "Invalid PageToken");
    }
    JsonWriter w;
    w.beginObject();
    w.key(key).beginArray();
    for (int64_t i = offset; i < std::min(total, offset + pageSize); ++i)
        w.raw(item(i)); // only the page's items are written: a long list costs no more per page
    w.endArray();
    w.key("meta").beginObject();
    w.key("page").num(page);
    w.key("page_size").num(pageSize);
    w.key("first_page_url").str(pageUrl(listUrl, pageSize, 0, std::string()));
    if (page > 0)
        w.key("previous_page_url")
            .str(pageUrl(listUrl, pageSize, page - 1,
                         "PT" + std::to_string(std::max<int64_t>(0, offset - pageSize))));
    else
        w.key("previous_page_url").null();
    w.key("url").str(pageUrl(listUrl, pageSize, page, token));
    if (offset + pageSize < total)
        w.key("next_page_url")
            .str(pageUrl(listUrl, pageSize, page + 1, "PT" + std::to_string(offset + pageSize)));
    else
        w.key("next_page_url").null();
    w.key("key").str(key);
    w.endObject();
    w.endObject();
    setJson(ex.res, 200, w.take());
}

std::string EmulatorServer::serviceJson(const Service &s, const std::string &base) const
{
    const std::string url = base + "/v1/Services/" + s.sid;
    JsonWriter w;
    w.beginObject();
    w.key("sid").str(s.sid);
    w.key("account_sid").str(m_options.credentials.accountSid);
    w.key("friendly_name").str(s.friendlyName);
    w.key("date_created").str(conversationsDate(s.created));
    w.key("date_updated").str(conversationsDate(s.updated));
    w.key("url").str(url);
    w.key("links").beginObject();
    w.key("conversations").str(url + "/Conversations");
    w.key("users").str(url + "/Users");
    w.key("roles").str(url + "/Roles");
    w.key("bindings").str(url + "/Bindings");
    w.key("configuration").str(url + "/Configuration");
    w.key("participant_conversations").str(url + "/ParticipantConversations");
    w.key("conversation_with_participants").str(url + "/ConversationWithParticipants");
    w.endObject();
    w.endObject();
    return w.take();
}

std::string EmulatorServer::conversationJson(const Conversation &c, const std::string &base,
                                             bool scoped) const
{
    const std::string url = scoped ? base + "/v1/Services/" + c.serviceSid + "/Conversations/" + c.sid
                                   : base + "/v1/Conversations/" + c.sid;
    JsonWriter w;
    w.beginObject();
    w.key("account_sid").str(m_options.credentials.accountSid);
    w.key("chat_service_sid").str(c.serviceSid);
    w.key("messaging_service_sid").null();
    w.key("sid").str(c.sid);
    w.key("friendly_name").str(c.friendlyName);
    w.key("unique_name").str(c.uniqueName);
    w.key("attributes").str("{}");
    w.key("state").str("active");
    w.key("date_created").str(conversationsDate(c.created));
    w.key("date_updated").str(conversationsDate(c.updated));
    w.key("timers").beginObject().endObject();
    w.key("url").str(url);
    w.key("links").beginObject();
    w.key("participants").str(url + "/Participants");
    w.key("messages").str(url + "/Messages");
    w.key("webhooks").str(url + "/Webhooks");
    w.endObject();
    w.key("bindings").null();
    w.endObject();
    return w.take();
}

std::string EmulatorServer::messageJson(const Message &m, const std::string &base, bool scoped) const
{
    const std::string conversationUrl =
        scoped ? base + "/v1/Services/" + m.serviceSid + "/Conversations/" + m.conversationSid
               : base + "/v1/Conversations/" + m.conversationSid;
    const std::string url = conversationUrl + "/Messages/" + m.sid;
    JsonWriter w;
    w.beginObject();
    w.key("account_sid").str(m_options.credentials.accountSid);
    w.key("chat_service_sid").str(m.serviceSid);
    w.key("conversation_sid").str(m.conversationSid);
    w.key("sid").str(m.sid);
    w.key("index").num(m.index);
    w.key("author").str(m.author);
    w.key("body").strOrNull(m.body);
    w.key("media");
    if (m.media) {
        w.beginArray().beginObject();
        w.key("sid").str(m.media->sid);
        w.key("size").num(m.media->size);
        w.key("content_type").str(m.media->contentType);
        w.key("filename").strOrNull(m.media->filename);
        w.key("category").str(m.media->category);
        w.endObject().endArray();
    } else {
        w.null();
    }
    w.key("attributes").str("{}");
    w.key("participant_sid").null();
    w.key("date_created").str(conversationsDate(m.created));
    w.key("date_updated").str(conversationsDate(m.created));
    w.key("url").str(url);
    w.key("delivery").null();
    w.key("links").beginObject();
    w.key("delivery_receipts").str(url + "/Receipts");
    w.key("channel_metadata").str(url + "/ChannelMetadata");
    w.endObject();
    w.key("content_sid").null();
    w.endObject();
    return w.take();
}

void EmulatorServer::listServices(Exchange &ex)
{
    const std::string base = requestOrigin(ex.req);
    std::vector<std::string> items;
    for (const Service &s : m_directory.services())
        items.push_back(serviceJson(s, base));
    sendPage(ex, "services", base + "/v1/Services", items);
}

void EmulatorServer::getService(Exchange &ex, const std::string &serviceSid)
{
    const Service *service = isSid(serviceSid, "IS") ? m_directory.service(serviceSid) : nullptr;
    if (!service)
        return notFound(ex);
    setJson(ex.res, 200, serviceJson(*service, requestOrigin(ex.req)));
}

void EmulatorServer::getConfiguration(Exchange &ex)
{
    const std::string base = requestOrigin(ex.req);
    JsonWriter w;
    w.beginObject();
    w.key("account_sid").str(m_options.credentials.accountSid);
    if (m_directory.services().empty())
        w.key("default_chat_service_sid").null();
    else
        w.key("default_chat_service_sid").str(m_directory.services().front().sid);
    w.key("default_message_service_sid").null();
    w.key("default_inactive_timer").null();
    w.key("default_closed_timer").null();
    w.key("url").str(base + "/v1/Configuration");
    w.key("links").beginObject().key("webhooks").str(base + "/v1/Configuration/Webhooks").endObject();
    w.endObject();
    setJson(ex.res, 200, w.take());
}

const Conversation *EmulatorServer::findConversation(const std::string &serviceSid,
                                                     const std::string &conversationSid) const
{
    if (!isSid(conversationSid, "CH"))
        return nullptr;
    const Conversation *c = m_directory.conversation(conversationSid);
    if (!c || (!serviceSid.empty() && c->serviceSid != serviceSid))
        return nullptr;
    return c;
}

void EmulatorServer::listConversations(Exchange &ex, const std::string &serviceSid)
{
    if (!isSid(serviceSid, "IS") || !m_directory.service(serviceSid))
        return notFound(ex);
    const std::string base = requestOrigin(ex.req);
    std::vector<std::string> items;
    for (const Conversation *c : m_directory.conversationsOf(serviceSid))
        items.push_back(conversationJson(*c, base, true));
    sendPage(ex, "conversations", base + "/v1/Services/" + serviceSid + "/Conversations", items);
}

void EmulatorServer::getConversation(Exchange &ex, const std::string &serviceSid,
                                     const std::string &conversationSid)
{
    const Conversation *c = findConversation(serviceSid, conversationSid);
    if (!c)
        return notFound(ex);
    setJson(ex.res, 200, conversationJson(*c, requestOrigin(ex.req), !serviceSid.empty()));
}

void EmulatorServer::listMessages(Exchange &ex, const std::string &serviceSid,
                                  const std::string &conversationSid)
{
    const Conversation *c = findConversation(serviceSid, conversationSid);
    if (!c)
        return notFound(ex);
    const std::string base = requestOrigin(ex.req);
    const bool scoped = !serviceSid.empty();
    // Order=asc (the default) or desc: newest first, as clients that browse a conversation ask.
    const std::string order =
        ex.req.has_param("Order") ? ex.req.get_param_value("Order") : std::string("asc");
    if (order != "asc" && order != "desc")
        return setTwilioError(ex.res, 400, 20001, "Invalid Order: expected asc or desc");
    const std::vector<Message> messages = m_directory.messages(c->sid);
    const auto count = int64_t(messages.size());
    const bool newestFirst = order == "desc";
    std::string listUrl = scoped
                              ? base + "/v1/Services/" + serviceSid + "/Conversations/" + c->sid + "/Messages"
                              : base + "/v1/Conversations/" + c->sid + "/Messages";
    if (ex.req.has_param("Order"))
        listUrl += "?Order=" + order;
    sendPage(ex, "messages", listUrl, count, [&](int64_t i) {
        return messageJson(messages[size_t(newestFirst ? count - 1 - i : i)], base, scoped);
    });
}

void EmulatorServer::postMessage(Exchange &ex, const std::string &serviceSid,
                                 const std::string &conversationSid)
{
    const Conversation *c = findConversation(serviceSid, conversationSid);
    if (!c)
        return notFound(ex);
    std::string body;
    if (!readBody(ex, body, kFormLimit))
        return setTwilioError(ex.res, 400, 20001, "Request body too large");
    const auto form = parseForm(body);
    auto field = [&form](const char *name) -> std::optional<std::string> {
        const auto it = form.find(name);
        return it == form.end() ? std::nullopt : std::optional<std::string>(it->second);
    };
    Message m;
    m.sid = randomSid("IM");
    m.conversationSid = c->sid;
    m.serviceSid = c->serviceSid;
    const auto author = field("Author");
    m.author = author && !author->empty() ? *author : std::string("system");
    m.body = field("Body");
    const auto mediaSid = field("MediaSid");
    if (!m.body && !mediaSid)
        return setTwilioError(ex.res, 400, 20001, "Either Body or MediaSid must be specified");
    if (mediaSid && mediaSid->empty())
        return setTwilioError(ex.res, 400, 50506, "Media SID not provided");
    if (mediaSid) {
        const std::optional<MediaRecord> record = m_store.find(*mediaSid);
        if (!isSid(*mediaSid, "ME") || !record || record->serviceSid != c->serviceSid)
            return setTwilioError(ex.res, 400, 50507, "Media not found");
        MediaRecord attached;
        switch (m_store.attach(*mediaSid, m.sid, c->sid, false, &attached)) {
        case MediaStore::AttachResult::Attached:
            break;
        case MediaStore::AttachResult::NotFound:
            return setTwilioError(ex.res, 400, 50507, "Media not found");
        case MediaStore::AttachResult::AlreadyAttached:
            return setTwilioError(ex.res, 400, 50510,
                                  "Invalid message media SID: the media is already attached to a message");
        case MediaStore::AttachResult::WriteFailed:
            return setTwilioError(ex.res, 500, 20500, "Internal Server Error");
        }
        m.media = MessageMedia{attached.sid, attached.size, attached.contentType, attached.filename,
                               attached.category};
    }
    const Message stored = m_directory.addMessage(m);
    setJson(ex.res, 201, messageJson(stored, requestOrigin(ex.req), !serviceSid.empty()));
}

} // namespace mdemu
