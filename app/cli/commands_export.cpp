// export: every media of a conversation into a folder, with a manifest; resumable.
#include "clirunner.h"
#include "text/displaytext.h"
#include "transfer/conversationexportjob.h"

#include <QDir>

namespace mediadesk::cli {

int Runner::exportConversation()
{
    int exitCode = ExitOk;
    const auto service = sidOrUsage(m_inv.service, SidKind::Service, &exitCode);
    if (!service)
        return exitCode;
    const auto conversation = sidOrUsage(m_inv.conversation, SidKind::Conversation, &exitCode);
    if (!conversation)
        return exitCode;
    if (const int code = connect(); code != ExitOk)
        return code;

    ExportRequest request;
    request.serviceSid = service->toString();
    request.conversationSid = conversation->toString();
    request.folder = m_inv.output;
    request.since = m_inv.since;
    request.parallel = m_inv.jobsSet ? m_inv.jobs : 4;
    ConversationExportJob job(m_client, request);
    QObject::connect(&job, &ConversationExportJob::mediaSaved, &job,
                     [this](const QString &mediaSid, const QString &messageSid, const QString &path,
                            qint64 size, bool skipped) {
                         if (m_console.json) {
                             m_console.jsonResult({{QStringLiteral("sid"), mediaSid},
                                                   {QStringLiteral("message_sid"), messageSid},
                                                   {QStringLiteral("path"), path},
                                                   {QStringLiteral("size"), size},
                                                   {QStringLiteral("skipped"), skipped}});
                         } else {
                             m_console.result(mediaSid + QStringLiteral("  ") + printableText(path));
                         }
                     });
    QObject::connect(&job, &ConversationExportJob::mediaFailed, &job,
                     [this](const QString &, const QString &, const QString &message) {
                         m_console.endProgress();
                         m_console.error(message);
                     });
    QObject::connect(&job, &Job::progress, &job,
                     [this](qint64 done, qint64) { m_console.progress(tr("exporting"), done, -1); });
    job.start();
    const bool ok = waitFor(&job);
    m_console.endProgress();
    if (!ok)
        return failure(conversation->toString(), job.error());

    const QString folder = QDir::toNativeSeparators(job.folder().path());
    if (job.messagesWithMedia() == 0) {
        m_console.info(
            request.since.isValid()
                ? tr("No message of %1 since %2 carries media; nothing to export.")
                      .arg(conversation->toString(), request.since.toString(Qt::ISODate))
                : tr("No message of %1 carries media; nothing to export.").arg(conversation->toString()));
        return ExitOk;
    }
    //: %1 media saved now, %2 already complete from an earlier export, %3 the folder
    m_console.info(tr("Exported %1 media (%2 already there) into %3; the manifest is %4.")
                       .arg(job.saved())
                       .arg(job.skipped())
                       .arg(folder, QDir::toNativeSeparators(
                                        job.folder().filePath(QLatin1String(ExportFolder::ManifestName)))));
    if (job.missing() + job.failed() == 0)
        return ExitOk;
    m_console.error(
        tr("%1 media could not be saved (%2 no longer on Twilio); the manifest lists them. Run the "
           "same command again to retry.")
            .arg(job.missing() + job.failed())
            .arg(job.missing()));
    return ExitFailed;
}

} // namespace mediadesk::cli
