// services, conversations, send
#include "clirunner.h"
#include "net/conversationsapi.h"
#include "text/displaytext.h"
#include "transfer/transferqueue.h"
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
    std::unique_ptr<PagedListJob> job(ConversationsApi(m_client).listConversations(service->toString()));
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

    TransferQueue queue({}, library());
    queue.setDetectTypesWhenAdded(false); // each upload sniffs its own as it starts
    const TransferOrigin from = origin(service->toString());
    // Upload first, all of them: a message is only sent when every media exists, so the
    // conversation never gets half of what was meant.
    QStringList files;
    for (const Item &item : std::as_const(items)) {
        if (item.mediaSid.isEmpty())
            files.append(item.file);
    }
    const QList<QString> uploads = queue.add(files, from);
    bool uploaded = true;
    runQueue(queue, uploads, m_inv.jobs, {}, [&](const TransferItem &upload) {
        if (upload.state == TransferItem::State::Done) {
            m_console.info(
                tr("Uploaded %1 as %2.").arg(files.value(int(uploads.indexOf(upload.id))), upload.mediaSid));
            return;
        }
        if (uploaded) { // the others are not needed now
            for (const QString &id : uploads)
                queue.cancel(id);
        }
        if (upload.state == TransferItem::State::Refused)
            m_console.error(upload.message);
        else if (upload.state == TransferItem::State::Failed)
            m_console.error(files.value(int(uploads.indexOf(upload.id))) + QStringLiteral(": ") +
                            upload.message);
        uploaded = false;
    });
    if (!uploaded) {
        m_console.error(tr("No message was sent."));
        (void)libraryWritten(); // what did upload is in the library, unattached
        return ExitFailed;
    }
    qsizetype nextUpload = 0;
    for (Item &item : items) {
        if (item.mediaSid.isEmpty())
            item.mediaSid = queue.items().at(queue.indexOf(uploads.at(nextUpload++))).mediaSid;
    }

    // One message per media, one at a time, in the order given (the first carries the body).
    queue.setParallelTransfers(1); // before they are added: adding starts what may start
    QList<QString> sends;
    SendTarget target{conversation->toString(), m_inv.author, m_inv.body, {}};
    for (const Item &item : std::as_const(items)) {
        sends.append(queue.addSend(item.mediaSid, {}, 0, target, from));
        target.body.clear();
    }
    bool sent = true;
    runQueue(queue, sends, 1, {}, [&](const TransferItem &send) {
        if (send.state != TransferItem::State::Done) {
            if (sent) { // the rest would arrive out of what was meant
                for (const QString &id : sends)
                    queue.cancel(id);
                m_console.error(send.mediaSid + QStringLiteral(": ") + send.message);
            }
            sent = false;
            return;
        }
        const QJsonObject &message = send.delivery()->messageJson;
        if (m_console.json)
            m_console.jsonResult(message);
        else
            m_console.result(printableText(message.value(QLatin1String("sid")).toString()) +
                             QStringLiteral("  #") +
                             QString::number(message.value(QLatin1String("index")).toInt()) +
                             QStringLiteral("  ") + send.mediaSid);
    });
    // Uploaded and sent, but not in the library: said above, and not a success.
    return libraryWritten() && sent ? ExitOk : ExitFailed;
}

} // namespace mediadesk::cli
