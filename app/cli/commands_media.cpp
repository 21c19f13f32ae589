// upload, get, url, download
#include "clirunner.h"
#include "clock.h"
#include "net/apiclient.h"
#include "net/mcs.h"
#include "text/displaytext.h"
#include "transfer/downloadjob.h"
#include "transfer/mimedetection.h"
#include "transfer/transferqueue.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QLocale>

namespace mediadesk::cli {

namespace {
QString orNull(const std::optional<QString> &value, const QString &whyNull = {})
{
    if (value)
        return *value;
    return whyNull.isEmpty() ? QStringLiteral("null") : QStringLiteral("null (") + whyNull + QLatin1Char(')');
}

QString dateText(const QJsonObject &json, const char *key, const QDateTime &parsed)
{
    const QJsonValue raw = json.value(QLatin1String(key));
    if (raw.isUndefined())
        return QStringLiteral("(absent)");
    if (!parsed.isValid())
        return raw.toString();
    return parsed.toString(Qt::ISODateWithMs) + QStringLiteral("  (") + raw.toString() + QLatin1Char(')');
}
} // namespace

int Runner::upload()
{
    int exitCode = ExitOk;
    const auto service = sidOrUsage(m_inv.service, SidKind::Service, &exitCode);
    if (!service)
        return exitCode;
    if (!m_inv.contentType.isEmpty() && !isValidContentType(m_inv.contentType)) {
        m_console.error(tr("“%1” is not a content type; write it as type/subtype, e.g. image/png.")
                            .arg(printableText(m_inv.contentType)));
        return ExitUsage;
    }
    if (const int code = connect(); code != ExitOk)
        return code;

    // The window's queue, kept for this run only: the same checks, scheduling,
    // retries and library rows as a drop on the window.
    TransferQueue queue({}, library());
    queue.setDetectTypesWhenAdded(false); // each upload sniffs its own as it starts
    const QList<QString> ids = queue.add(m_inv.operands, origin(service->toString()));
    if (!m_inv.contentType.isEmpty()) {
        for (const QString &id : ids)
            queue.setContentType(id, m_inv.contentType);
    }
    qint64 totalBytes = 0;
    for (const TransferItem &item : queue.items())
        totalBytes += item.total;
    auto showProgress = [&](int printed) {
        qint64 sentBytes = 0;
        for (const TransferItem &item : queue.items())
            sentBytes += item.state == TransferItem::State::Done ? item.total : item.done;
        m_console.progress(tr("Uploading %1 of %2").arg(printed + 1).arg(ids.size()), sentBytes, totalBytes);
    };
    // Results are printed in argument order as soon as they are known.
    runQueue(queue, ids, m_inv.jobs, showProgress, [&](const TransferItem &item) {
        m_console.endProgress();
        if (item.state == TransferItem::State::Done) {
            if (m_console.json)
                m_console.jsonResult(item.mediaJson);
            else
                m_console.result(item.mediaSid + QStringLiteral("  ") + item.fileName);
            return;
        }
        exitCode = ExitFailed;
        if (item.state == TransferItem::State::Refused) // the file: the message names it
            m_console.error(item.message);
        else
            m_console.error(m_inv.operands.value(int(ids.indexOf(item.id))) + QStringLiteral(": ") +
                            item.message);
    });
    m_console.endProgress();
    if (!libraryWritten()) // uploaded, but not in the library (said above): not a success
        exitCode = ExitFailed;
    return exitCode;
}

int Runner::get()
{
    int exitCode = ExitOk;
    const auto service = sidOrUsage(m_inv.service, SidKind::Service, &exitCode);
    if (!service)
        return exitCode;
    QList<Sid> media;
    for (const QString &text : m_inv.operands) {
        const auto sid = sidOrUsage(text, SidKind::Media, &exitCode);
        if (!sid)
            return exitCode;
        media.append(*sid);
    }
    if (const int code = connect(); code != ExitOk)
        return code;

    const QLocale c = QLocale::c();
    for (const Sid &sid : media) {
        FetchMediaJob job(m_client, service->toString(), sid.toString());
        job.start();
        if (!waitFor(&job)) {
            exitCode = failure(sid.toString(), job.error());
            continue;
        }
        const Media &m = job.media();
        if (m_console.json) {
            m_console.jsonResult(m.json);
            continue;
        }
        const QList<QPair<QString, QString>> rows = {
            {QStringLiteral("sid"), m.sid},
            {QStringLiteral("service_sid"), m.serviceSid},
            {QStringLiteral("account_sid"),
             m.json.contains(QLatin1String("account_sid")) ? orNull(m.accountSid) : tr("(absent)")},
            {QStringLiteral("date_created"), dateText(m.json, "date_created", m.dateCreated)},
            {QStringLiteral("date_upload_updated"),
             dateText(m.json, "date_upload_updated", m.dateUploadUpdated)},
            {QStringLiteral("date_updated"), dateText(m.json, "date_updated", m.dateUpdated)},
            {QStringLiteral("size"),
             m.size < 0 ? tr("(unknown)")
                        : QStringLiteral("%1  (%2)")
                              .arg(m.size)
                              .arg(c.formattedDataSize(m.size, 1, QLocale::DataSizeIecFormat))},
            {QStringLiteral("content_type"), m.contentType},
            {QStringLiteral("filename"), orNull(m.filename, tr("no file name was given"))},
            {QStringLiteral("author"), orNull(m.author)},
            {QStringLiteral("category"),
             m.json.contains(QLatin1String("category")) ? orNull(m.category) : tr("(absent; means media)")},
            {QStringLiteral("message_sid"), orNull(m.messageSid, tr("not attached to a message yet"))},
            {QStringLiteral("channel_sid"), orNull(m.channelSid, tr("not attached to a conversation yet"))},
            {QStringLiteral("url"), m.url.toString()},
            {QStringLiteral("links.content"), m.contentUrl.toString()},
            {QStringLiteral("links.content_direct_temporary"),
             m.temporaryUrl.isEmpty() ? tr("(absent)") : m.temporaryUrl.toString(QUrl::FullyEncoded)},
            {QStringLiteral("temporary link expires"),
             m.temporaryUrlExpiresAt.isValid()
                 ? m.temporaryUrlExpiresAt.toString(Qt::ISODate) +
                       tr("  (in %1 s)").arg(Clock::nowUtc().secsTo(m.temporaryUrlExpiresAt))
                 : tr("(unknown)")},
            {QStringLiteral("is_multipart_upstream"),
             m.isMultipartUpstream ? QStringLiteral("true") : QStringLiteral("false")},
        };
        if (media.size() > 1 && &sid != &media.first())
            m_console.result(QString());
        for (const auto &[key, value] : rows)
            m_console.result(key.leftJustified(32) + printableText(value)); // values are the server's
    }
    return exitCode;
}

int Runner::url()
{
    int exitCode = ExitOk;
    const auto service = sidOrUsage(m_inv.service, SidKind::Service, &exitCode);
    if (!service)
        return exitCode;
    QList<Sid> media;
    for (const QString &text : m_inv.operands) {
        const auto sid = sidOrUsage(text, SidKind::Media, &exitCode);
        if (!sid)
            return exitCode;
        media.append(*sid);
    }
    if (const int code = connect(); code != ExitOk)
        return code;
    for (const Sid &sid : media) {
        TemporaryUrlJob job(m_client, service->toString(), sid.toString());
        job.start();
        if (!waitFor(&job)) {
            exitCode = failure(sid.toString(), job.error());
            continue;
        }
        const QString link = job.url().toString(QUrl::FullyEncoded);
        if (m_console.json) {
            m_console.jsonResult(
                {{QStringLiteral("sid"), sid.toString()},
                 {QStringLiteral("url"), link},
                 {QStringLiteral("expires"), job.expiresAt().isValid()
                                                 ? QJsonValue(job.expiresAt().toString(Qt::ISODate))
                                                 : QJsonValue()}});
        } else {
            m_console.result(link);
            if (job.expiresAt().isValid())
                m_console.info(tr("Valid until %1 (%2 seconds).")
                                   .arg(job.expiresAt().toString(Qt::ISODate))
                                   .arg(Clock::nowUtc().secsTo(job.expiresAt())));
        }
    }
    return exitCode;
}

int Runner::download()
{
    int exitCode = ExitOk;
    const auto service = sidOrUsage(m_inv.service, SidKind::Service, &exitCode);
    if (!service)
        return exitCode;
    QList<Sid> media;
    for (const QString &text : m_inv.operands) {
        const auto sid = sidOrUsage(text, SidKind::Media, &exitCode);
        if (!sid)
            return exitCode;
        media.append(*sid);
    }
    if (media.size() > 1 && !m_inv.output.isEmpty() && !QFileInfo(m_inv.output).isDir()) {
        m_console.error(tr("With several media, -o must name an existing folder."));
        return ExitUsage;
    }
    if (const int code = connect(); code != ExitOk)
        return code;
    for (const Sid &sid : media) {
        DownloadRequest request;
        request.serviceSid = service->toString();
        request.mediaSid = sid.toString();
        request.destination = m_inv.output;
        request.onConflict = m_inv.onConflict;
        request.resume = m_inv.resume;
        DownloadJob job(m_client, request);
        QObject::connect(&job, &Job::progress, &job, [this, &sid](qint64 done, qint64 total) {
            m_console.progress(sid.toString(), done, total);
        });
        job.start();
        const bool ok = waitFor(&job);
        m_console.endProgress();
        if (!ok) {
            QString message = job.error().userMessage();
            if (job.error().kind() == TwilioError::Kind::File) {
                if (QFileInfo::exists(job.path()) && m_inv.onConflict == ConflictPolicy::Fail)
                    message += QLatin1Char(' ') + tr("Use --on-conflict overwrite, rename or skip.");
                m_console.error(message);
                exitCode = ExitFailed;
            } else {
                exitCode = failure(sid.toString(), job.error());
            }
            if (job.bytesWritten() > 0 && QFileInfo::exists(job.partialPath()))
                m_console.info(tr("The %1 bytes received are kept in “%2”; run the same command with "
                                  "--continue to fetch only the rest.")
                                   .arg(job.bytesWritten())
                                   .arg(job.partialPath()));
            continue;
        }
        if (job.resumedFrom() > 0)
            m_console.info(
                tr("Continued after the %1 bytes an earlier download left.").arg(job.resumedFrom()));
        if (job.skipped())
            m_console.info(tr("“%1” exists; skipped.").arg(job.path()));
        if (m_console.json) {
            m_console.jsonResult({{QStringLiteral("sid"), sid.toString()},
                                  {QStringLiteral("path"), job.path()},
                                  {QStringLiteral("size"), job.bytesWritten()},
                                  {QStringLiteral("skipped"), job.skipped()}});
        } else {
            m_console.result(job.path());
        }
    }
    return exitCode;
}

} // namespace mediadesk::cli
