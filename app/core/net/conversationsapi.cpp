#include "conversationsapi.h"

#include "apiclient.h"
#include "apireply.h"
#include "urlpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QUrlQuery>

namespace mediadesk {

namespace {
Result<QJsonObject> parseObject(const QByteArray &body)
{
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(body, &parseError);
    if (!doc.isObject()) {
        return Failure(
            QCoreApplication::translate("ConversationsApi", "Twilio's reply could not be read (%1).")
                .arg(parseError.error != QJsonParseError::NoError
                         ? parseError.errorString()
                         : QCoreApplication::translate("ConversationsApi", "not a JSON object")));
    }
    return doc.object();
}
} // namespace

PagedListJob::PagedListJob(ApiClient *client, const QUrl &firstPage, const QString &fallbackKey,
                           QObject *parent)
    : Job(client, parent), m_first(firstPage), m_fallbackKey(fallbackKey)
{}

void PagedListJob::run()
{
    fetch(m_first);
}

void PagedListJob::fetch(const QUrl &url)
{
    ++m_pages;
    ApiRequest request;
    request.url = url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    sendForJson(request, parseObject, [this](const QJsonObject &page, ApiReply *reply) {
        const QJsonObject meta = page.value(QLatin1String("meta")).toObject();
        QString key = meta.value(QLatin1String("key")).toString();
        if (key.isEmpty())
            key = m_fallbackKey;
        const QJsonValue list = page.value(key);
        if (!list.isArray()) {
            finish(TwilioError::make(TwilioError::Kind::InvalidResponse,
                                     tr("Twilio's list reply has no “%1” array.").arg(key)));
            return;
        }
        for (const QJsonValue &item : list.toArray())
            m_items.append(item.toObject());
        emit pageLoaded(int(m_items.size()));
        if (isFinished())
            return; // aborted by whoever took the page (it has read enough)
        emit progress(m_items.size(), -1);

        const QString next = meta.value(QLatin1String("next_page_url")).toString();
        if (next.isEmpty()) {
            finish();
            return;
        }
        const QUrl nextUrl = reply->finalUrl().resolved(QUrl(next));
        if (!UrlPolicy::sameOrigin(nextUrl, m_first)) {
            finish(TwilioError::make(TwilioError::Kind::InvalidResponse,
                                     tr("Twilio's next page points to another host (%1); MediaDesk stopped "
                                        "there rather than send your credentials elsewhere.")
                                         .arg(nextUrl.host())));
            return;
        }
        if (m_singlePage) {
            m_next = nextUrl;
            finish();
            return;
        }
        if (m_pages >= MaxPages) {
            finish(TwilioError::make(TwilioError::Kind::InvalidResponse,
                                     tr("Stopped after %1 pages of results.").arg(MaxPages)));
            return;
        }
        fetch(nextUrl);
    });
}

ListServicesJob::ListServicesJob(ApiClient *client, QObject *parent)
    : PagedListJob(
          client,
          [client] {
              QUrl url = client->endpoints().conversationsUrl(QStringLiteral("/v1/Services"));
              url.setQuery(QStringLiteral("PageSize=50"));
              return url;
          }(),
          QStringLiteral("services"), parent)
{}

QList<ChatService> ListServicesJob::services() const
{
    QList<ChatService> result;
    for (const QJsonObject &item : items()) {
        if (auto service = ChatService::fromJson(item))
            result.append(*service);
    }
    return result;
}

FetchJsonJob::FetchJsonJob(ApiClient *client, const QUrl &url, QObject *parent)
    : Job(client, parent), m_url(url)
{}

void FetchJsonJob::run()
{
    ApiRequest request;
    request.url = m_url;
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    sendForJson(request, parseObject, [this](const QJsonObject &object, ApiReply *) {
        m_object = object;
        finish();
    });
}

PostFormJob::PostFormJob(ApiClient *client, const QUrl &url, const QList<QPair<QString, QString>> &fields,
                         QObject *parent)
    : Job(client, parent), m_url(url)
{
    QStringList parts;
    for (const auto &[name, value] : fields) {
        parts.append(QString::fromLatin1(name.toUtf8().toPercentEncoding()) + QLatin1Char('=') +
                     QString::fromLatin1(value.toUtf8().toPercentEncoding()));
    }
    m_body = parts.join(QLatin1Char('&')).toLatin1();
}

void PostFormJob::run()
{
    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = m_url;
    request.retry = false; // creating a message twice is worse than reporting a failure
    request.headers.append(
        {QByteArrayLiteral("Content-Type"), QByteArrayLiteral("application/x-www-form-urlencoded")});
    request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
    request.setBody(m_body);
    sendForJson(request, parseObject, [this](const QJsonObject &object, ApiReply *) {
        m_object = object;
        finish();
    });
}

ListServicesJob *ConversationsApi::listServices(QObject *parent) const
{
    return new ListServicesJob(m_client, parent);
}

PagedListJob *ConversationsApi::listConversations(const QString &serviceSid, QObject *parent) const
{
    QUrl url = m_client->endpoints().conversationsUrl(
        QStringLiteral("/v1/Services/%1/Conversations").arg(serviceSid));
    url.setQuery(QStringLiteral("PageSize=50"));
    return new PagedListJob(m_client, url, QStringLiteral("conversations"), parent);
}

PagedListJob *ConversationsApi::listMessagesNewestFirst(const QString &serviceSid,
                                                        const QString &conversationSid, int pageSize,
                                                        QObject *parent) const
{
    return new PagedListJob(m_client, messagesNewestFirstUrl(serviceSid, conversationSid, pageSize),
                            QStringLiteral("messages"), parent);
}

QUrl ConversationsApi::messagesNewestFirstUrl(const QString &serviceSid, const QString &conversationSid,
                                              int pageSize) const
{
    QUrl url = m_client->endpoints().conversationsUrl(
        QStringLiteral("/v1/Services/%1/Conversations/%2/Messages").arg(serviceSid, conversationSid));
    url.setQuery(QStringLiteral("Order=desc&PageSize=%1").arg(pageSize));
    return url;
}

PagedListJob *ConversationsApi::listPage(const QUrl &page, const QString &key, QObject *parent) const
{
    auto *job = new PagedListJob(m_client, page, key, parent);
    job->setSinglePage(true);
    return job;
}

FetchJsonJob *ConversationsApi::fetchConversation(const QString &conversationSid, QObject *parent) const
{
    return new FetchJsonJob(
        m_client,
        m_client->endpoints().conversationsUrl(QStringLiteral("/v1/Conversations/%1").arg(conversationSid)),
        parent);
}

PostFormJob *ConversationsApi::sendMessage(const QString &serviceSid, const QString &conversationSid,
                                           const QString &author, const QString &body,
                                           const QString &mediaSid, QObject *parent) const
{
    QList<QPair<QString, QString>> fields;
    if (!author.isEmpty())
        fields.append({QStringLiteral("Author"), author});
    if (!body.isEmpty())
        fields.append({QStringLiteral("Body"), body});
    if (!mediaSid.isEmpty())
        fields.append({QStringLiteral("MediaSid"), mediaSid});
    const QUrl url = m_client->endpoints().conversationsUrl(
        QStringLiteral("/v1/Services/%1/Conversations/%2/Messages").arg(serviceSid, conversationSid));
    return new PostFormJob(m_client, url, fields, parent);
}

} // namespace mediadesk
