#pragma once

#include "net/job.h"
#include "twilio/chatservice.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QList>
#include <QUrl>

namespace mediadesk {

// GET every page of a Twilio list resource: follows meta.next_page_url (only within the first
// page's origin) and reads the array named by meta.key.
class PagedListJob : public Job
{
    Q_OBJECT

public:
    static constexpr int MaxPages = 2000;

    PagedListJob(ApiClient *client, const QUrl &firstPage, const QString &fallbackKey,
                 QObject *parent = nullptr);
    const QList<QJsonObject> &items() const { return m_items; }
    // Read only the first page; nextPage() then tells where the list goes on ("" at its end).
    void setSinglePage(bool on) { m_singlePage = on; }
    const QUrl &nextPage() const { return m_next; }

signals:
    void pageLoaded(int itemsSoFar);

protected:
    void run() override;

private:
    void fetch(const QUrl &url);
    QUrl m_first;
    QString m_fallbackKey;
    QList<QJsonObject> m_items;
    int m_pages = 0;
    bool m_singlePage = false;
    QUrl m_next;
};

class ListServicesJob : public PagedListJob
{
    Q_OBJECT

public:
    explicit ListServicesJob(ApiClient *client, QObject *parent = nullptr);
    QList<ChatService> services() const;
};

// GET one JSON object (a Conversation, the Configuration, …).
class FetchJsonJob : public Job
{
    Q_OBJECT

public:
    FetchJsonJob(ApiClient *client, const QUrl &url, QObject *parent = nullptr);
    const QJsonObject &object() const { return m_object; }
    // A string field of the object, e.g. "chat_service_sid" or "default_chat_service_sid".
    QString stringField(const QString &key) const { return m_object.value(key).toString(); }

protected:
    void run() override;

private:
    QUrl m_url;
    QJsonObject m_object;
};

// POST a form and read the created JSON resource (used for Conversation messages).
class PostFormJob : public Job
{
    Q_OBJECT

public:
    PostFormJob(ApiClient *client, const QUrl &url, const QList<QPair<QString, QString>> &fields,
                QObject *parent = nullptr);
    const QJsonObject &object() const { return m_object; }

protected:
    void run() override;

private:
    QUrl m_url;
    QByteArray m_body;
    QJsonObject m_object;
};

// The Conversations API: the jobs that list services, conversations and messages and send a
// message, made for one client (nothing is sent until a job starts).
class ConversationsApi
{
public:
    explicit ConversationsApi(ApiClient *client) : m_client(client) {}

    ListServicesJob *listServices(QObject *parent = nullptr) const;
    PagedListJob *listConversations(const QString &serviceSid, QObject *parent = nullptr) const;
    // Every message of a conversation, newest first, pageSize at a time (pageLoaded after each).
    PagedListJob *listMessagesNewestFirst(const QString &serviceSid, const QString &conversationSid,
                                          int pageSize = 100, QObject *parent = nullptr) const;
    QUrl messagesNewestFirstUrl(const QString &serviceSid, const QString &conversationSid,
                                int pageSize) const;
    // One page of a list (the first page's URL, or a page's nextPage()), for browsing it lazily.
    PagedListJob *listPage(const QUrl &page, const QString &key, QObject *parent = nullptr) const;
    FetchJsonJob *fetchConversation(const QString &conversationSid,
                                    QObject *parent = nullptr) const; // chat_service_sid
    PostFormJob *sendMessage(const QString &serviceSid, const QString &conversationSid, const QString &author,
                             const QString &body, const QString &mediaSid, QObject *parent = nullptr) const;

private:
    ApiClient *m_client;
};

} // namespace mediadesk
