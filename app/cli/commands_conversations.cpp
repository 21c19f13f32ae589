// services, conversations, send
#include "clirunner.h"
#include "net/conversationsclient.h"
#include "text/displaytext.h"
#include "transfer/uploadjob.h"
#include "twilio/conversation.h"

#include <QFileInfo>
#include <QJsonArray>

namespace mediadesk::cli {

int Runner::services()
{
    if (const int code = connect(); code != ExitOk)
        return code;
    ListServicesJob job(m_client);
    QObject::connect(&job, &PagedListJob::pageLoaded, &job,
                     [this](int count) { m_console.progress(tr("Services"), count, -1); });
    job.start();
    const bool ok = waitFor(&job);
    m_console.endProgress();
    if (!ok)
        return failure(QString(), job.error());
    for (const ChatService &service : job.services()) {
        if (m_console.json)
            m_console.jsonResult({{QStringLiteral("sid"), service.sid},
                                  {QStringLiteral("friendly_name"), service.friendlyName}});
        else
            m_console.result(service.sid + QStringLiteral("  ") + printableText(service.friendlyName));
    }
    return ExitOk;
}

int Runner::conversations()
{
    int exitCode = ExitOk;
    const auto service = sidOrUsage(m_inv.service, SidKind::Service, &exitCode);
    if (!service)
        return exitCode;
    if (const int code = connect(); code != ExitOk)
        return code;
    std::unique_ptr<PagedListJob> job(ConversationsClient(m_client).listConversations(service->toString()));
    job->start();
    if (!waitFor(job.get()))
        return failure(QString(), job->error());
    for (const QJsonObject &c : job->items()) {
        const QString sid = c.value(QLatin1String("sid")).toString();
        if (m_console.json) {
            m_console.jsonResult({{QStringLiteral("sid"), sid},
                                  {QStringLiteral("friendly_name"), c.value(QLatin1String("friendly_name"))},
                                  {QStringLiteral("unique_name"), c.value(QLatin1String("unique_name"))}});
        } else {
            m_console.result(printableText(sid) + QStringLiteral("  ") +
                             printableText(c.value(QLatin1String("friendly_name")).toString()) +
                             QStringLiteral("  ") +
                             printableText(c.value(QLatin1String("unique_name")).toString()));
        }
    }
    return ExitOk;
}

int Runner::send()
{
    int exitCode = ExitOk;
    const auto service = sidOrUsage(m_inv.service, SidKind::Service, &exitCode);
    if (!service)
        return exitCode;
    const auto conversation = sidOrUsage(m_inv.conversation, SidKind::Conversation, &exitCode);
    if (!conversation)
        return exitCode;
    if (m_inv.body.size() > MaxMessageBodyLength) {
        m_console.error(tr("--body has %1 characters; a message body can have at most %2.")
                            .arg(m_inv.body.size())
                            .arg(MaxMessageBodyLength));
        return ExitUsage;
    }
    // An operand is a Media SID unless a file of that name exists.
    struct Item
    {
        QString file;
        QString mediaSid;
    };
    QList<Item> items;
    for (const QString &operand : m_inv.operands) {
        if (QFileInfo::exists(operand)) {
            items.append({operand, QString()});
        } else if (operand.trimmed().startsWith(QLatin1String("ME"))) {
            const auto sid =
                sidOrUsage(operand, SidKind::Media, &exitCode); // a malformed SID is a usage error
            if (!sid)
                return exitCode;
            items.append({QString(), sid->toString()});
        } else {
            items.append({operand, QString()}); // reported as a missing file by the upload
        }
    }
    if (const int code = connect(); code != ExitOk)
        return code;

    // Upload first, all of them: a message is only sent when every media exists, so the
    // conversation never gets half of what was meant.
    for (Item &item : items) {
        if (item.file.isEmpty())
            continue;
        UploadRequest request;
        request.serviceSid = service->toString();
        request.filePath = item.file;
        UploadJob job(m_client, request);
        job.setComputeSha256(true);
        job.start();
        if (!waitFor(&job)) {
            if (job.error().kind() == TwilioError::Kind::File)
                m_console.error(job.error().userMessage());
            else
                failure(item.file, job.error());
            m_console.error(tr("No message was sent."));
            return ExitFailed;
        }
        item.mediaSid = job.media().sid;
        recordInLibrary(job);
        m_console.info(tr("Uploaded %1 as %2.").arg(item.file, item.mediaSid));
    }

    const ConversationsClient conversations(m_client);
    bool first = true;
    for (const Item &item : items) {
        std::unique_ptr<PostFormJob> job(
            conversations.sendMessage(service->toString(), conversation->toString(), m_inv.author,
                                      first ? m_inv.body : QString(), item.mediaSid));
        first = false;
        job->start();
        if (!waitFor(job.get()))
            return failure(item.mediaSid, job->error());
        const QJsonObject message = job->object();
        recordAttachment(item.mediaSid, conversation->toString(),
                         message.value(QLatin1String("sid")).toString());
        if (m_console.json)
            m_console.jsonResult(message);
        else
            m_console.result(printableText(message.value(QLatin1String("sid")).toString()) +
                             QStringLiteral("  #") +
                             QString::number(message.value(QLatin1String("index")).toInt()) +
                             QStringLiteral("  ") + item.mediaSid);
    }
    // Uploaded and sent, but not in the library: said above, and not a success.
    return libraryWritten() ? ExitOk : ExitFailed;
}

} // namespace mediadesk::cli
