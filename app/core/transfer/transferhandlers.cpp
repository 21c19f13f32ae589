#include "transferhandlers.h"

#include "net/apiclient.h"
#include "net/conversationsapi.h"
#include "store/library.h"
#include "transfer/conversationexportjob.h"
#include "transfer/downloadjob.h"
#include "transfer/uploadjob.h"

#include <QFileInfo>

namespace mediadesk {

bool TransferHandler::needsSending(const TransferItem &item)
{
    if (item.kind() == TransferItem::Kind::Send)
        return true;
    const UploadDetails *upload = item.upload();
    return upload && !item.mediaSid.isEmpty() && upload->delivery.target.isSet() &&
           upload->delivery.messageSid.isEmpty();
}

const TransferHandler &TransferHandler::forItem(const TransferItem &item)
{
    static const UploadHandler upload;
    static const SendHandler send;
    static const DownloadHandler download;
    static const ExportHandler exporter;
    if (item.isSending() || needsSending(item))
        return send;
    switch (item.kind()) {
    case TransferItem::Kind::Download:
        return download;
    case TransferItem::Kind::Export:
        return exporter;
    case TransferItem::Kind::Send:
        return send;
    case TransferItem::Kind::Upload:
        break;
    }
    return upload;
}

TransferHandler::Started UploadHandler::create(const TransferItem &item, const Start &how) const
{
    UploadRequest request;
    request.serviceSid = item.origin.serviceSid;
    request.filePath = item.path;
    request.contentType = item.contentType;
    // The file must still be the one that was queued (it may have waited for hours).
    request.expected = FileSnapshot{item.total, item.upload()->modified};
    auto *job = new UploadJob(how.client, request, how.parent);
    job->setComputeSha256(how.computeSha256);
    return {job};
}

void UploadHandler::succeeded(TransferItem &item, const Job &job, const End &end) const
{
    const auto &upload = static_cast<const UploadJob &>(job);
    item.done = item.total;
    item.mediaSid = upload.media().sid;
    item.mediaJson = upload.media().json;
    item.contentType = upload.contentType();
    if (!end.library)
        return;
    LibraryEntry entry;
    entry.uploadId = item.id;
    entry.mediaSid = item.mediaSid;
    entry.serviceSid = item.origin.serviceSid;
    entry.accountSid = end.client && end.client->credentials()
                           ? end.client->credentials()->accountSid()
                           : upload.media().accountSid.value_or(QString());
    entry.profile = item.origin.profileLabel;
    entry.fileName = item.fileName;
    entry.contentType = item.contentType;
    entry.size = item.total;
    entry.localPath = item.path;
    entry.sha256 = upload.sha256();
    entry.uploadedAt = item.finishedAt;
    entry.dateCreated = upload.media().dateCreated;
    item.upload()->libraryPending = true;
    end.library->record(entry);
}

TransferHandler::Started SendHandler::create(const TransferItem &item, const Start &how) const
{
    const MessageDelivery &delivery = *item.delivery();
    const ConversationsApi conversations(how.client);
    return {conversations.sendMessage(item.origin.serviceSid, delivery.target.conversationSid,
                                      delivery.target.author, delivery.target.body, item.mediaSid,
                                      how.parent)};
}

void SendHandler::succeeded(TransferItem &item, const Job &job, const End &end) const
{
    const QJsonObject &message = static_cast<const PostFormJob &>(job).object();
    MessageDelivery &delivery = *item.delivery();
    delivery.messageSid = message.value(QLatin1String("sid")).toString();
    delivery.messageIndex = message.value(QLatin1String("index")).toInt(-1);
    delivery.messageJson = message;
    item.done = item.total;
    if (end.library)
        end.library->recordAttachment(item.mediaSid, delivery.target.conversationSid, delivery.messageSid);
}

TransferHandler::Started DownloadHandler::create(const TransferItem &item, const Start &how) const
{
    DownloadRequest request;
    request.serviceSid = item.origin.serviceSid;
    request.mediaSid = item.mediaSid;
    request.destination = item.path;
    request.onConflict = item.download()->overwrite ? ConflictPolicy::Overwrite : ConflictPolicy::Fail;
    request.resume = true; // what an earlier attempt of this row (or before a restart) left
    return {new DownloadJob(how.client, request, how.parent)};
}

void DownloadHandler::succeeded(TransferItem &item, const Job &job, const End &) const
{
    const auto &download = static_cast<const DownloadJob &>(job);
    item.path = download.path();
    item.fileName = QFileInfo(item.path).fileName();
    item.total = download.bytesWritten();
    item.done = item.total;
    item.contentType = download.media().contentType;
    item.mediaJson = download.media().json;
}

TransferHandler::Started ExportHandler::create(const TransferItem &item, const Start &how) const
{
    const ExportDetails &details = *item.exported();
    ExportRequest request;
    request.serviceSid = item.origin.serviceSid;
    request.conversationSid = details.conversationSid;
    request.folder = item.path;
    request.messageSids = QSet<QString>(details.messageSids.begin(), details.messageSids.end());
    // Its downloads run side by side in the slots free now, and keep them until it ends: the
    // Parallel transfers setting bounds every download in flight, an export's too.
    request.parallel = qMax(1, how.freeSlots);
    return {new ConversationExportJob(how.client, request, how.parent), request.parallel};
}

void ExportHandler::succeeded(TransferItem &item, const Job &job, const End &) const
{
    const auto &exportJob = static_cast<const ConversationExportJob &>(job);
    ExportDetails &details = *item.exported();
    details.saved = exportJob.saved();
    details.skipped = exportJob.skipped();
    details.failed = exportJob.failed();
    details.missing = exportJob.missing();
    item.total = exportJob.total();
    item.done = exportJob.handled();
    QStringList story;
    if (exportJob.total() == 0)
        story.append(tr("None of these messages carries media."));
    if (details.saved + details.skipped > 0)
        //: %1 media saved now, %2 complete from an earlier export
        story.append(tr("%1 saved, %2 already complete.").arg(details.saved).arg(details.skipped));
    if (details.missing > 0)
        story.append(tr("Twilio deleted %n media that the messages list.", nullptr, details.missing));
    if (details.failed > 0) {
        item.state = TransferItem::State::Failed; // Retry exports again; complete files are skipped
        story.append(
            tr("%n media could not be saved; Retry exports what is missing.", nullptr, details.failed));
    }
    item.message = story.join(QLatin1Char(' '));
}

} // namespace mediadesk
