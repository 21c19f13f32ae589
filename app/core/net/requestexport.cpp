#include "requestexport.h"

#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <QUrlQuery>

namespace mediadesk {

// A HAR goes to support desks and their tools, so what it says is in English, as HTTP is; a
// command's comments are for the person who copied it, in their language.
namespace {
QString shellQuoted(const QString &text)
{
    QString quoted = text;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

// Headers curl sets itself, or that say nothing about the request.
bool curlSetsItself(const QByteArray &name)
{
    const QByteArray lower = name.toLower();
    return lower == "user-agent" || lower == "content-length" || lower == "host" ||
           lower == "accept-encoding" || lower == "connection";
}

QString credentialsNote(const RequestLogEntry &entry)
{
    if (!entry.credentials)
        return {};
    return *entry.credentials == Credentials::Method::ApiKey
               ? QStringLiteral("Sent with an API key and its secret (not included).")
               : QStringLiteral("Sent with the Account SID and its Auth Token (not included).");
}

QJsonArray harHeaders(const HeaderList &headers)
{
    QJsonArray array;
    for (const auto &[name, value] : headers)
        array.append(QJsonObject{{QStringLiteral("name"), QString::fromLatin1(name)},
                                 {QStringLiteral("value"), QString::fromUtf8(value)}});
    return array;
}

QJsonObject harEntry(const RequestLogEntry &e)
{
    const QUrl url(e.url);
    QJsonArray query;
    for (const auto &[name, value] : QUrlQuery(url).queryItems(QUrl::FullyDecoded))
        query.append(QJsonObject{{QStringLiteral("name"), name}, {QStringLiteral("value"), value}});

    QJsonObject request{{QStringLiteral("method"), QString::fromLatin1(e.method)},
                        {QStringLiteral("url"), e.url},
                        {QStringLiteral("httpVersion"), QString::fromLatin1(e.httpVersion)},
                        {QStringLiteral("cookies"), QJsonArray()},
                        {QStringLiteral("headers"), harHeaders(e.requestHeaders)},
                        {QStringLiteral("queryString"), query},
                        {QStringLiteral("headersSize"), -1},
                        {QStringLiteral("bodySize"), e.bytesSent}};
    if (!e.bodyFile.isEmpty() || !e.bodyText.isEmpty() || e.bytesSent > 0) {
        QJsonObject postData{
            {QStringLiteral("mimeType"), QString::fromLatin1(headerValue(e.requestHeaders, "content-type"))},
            {QStringLiteral("params"), QJsonArray()},
            {QStringLiteral("text"), QString::fromUtf8(e.bodyText)}};
        if (!e.bodyFile.isEmpty()) // the name only: where it lives on this computer is nobody's business
            postData.insert(QStringLiteral("comment"),
                            QStringLiteral("The content of the file \"%1\", not included.")
                                .arg(QFileInfo(e.bodyFile).fileName()));
        else if (e.bodyText.isEmpty())
            postData.insert(QStringLiteral("comment"), QStringLiteral("The body was not recorded."));
        request.insert(QStringLiteral("postData"), postData);
    }

    const QByteArray contentType = headerValue(e.responseHeaders, "content-type");
    const QJsonObject response{
        {QStringLiteral("status"), e.status},
        {QStringLiteral("statusText"), e.statusText},
        {QStringLiteral("httpVersion"), e.status ? QString::fromLatin1(e.httpVersion) : QString()},
        {QStringLiteral("cookies"), QJsonArray()},
        {QStringLiteral("headers"), harHeaders(e.responseHeaders)},
        {QStringLiteral("content"),
         QJsonObject{{QStringLiteral("size"), e.bytesReceived},
                     {QStringLiteral("mimeType"), QString::fromLatin1(contentType)}}},
        {QStringLiteral("redirectURL"), QString::fromUtf8(headerValue(e.responseHeaders, "location"))},
        {QStringLiteral("headersSize"), -1},
        {QStringLiteral("bodySize"), e.bytesReceived}};

    // HAR's time is the sum of its timings: all of it waiting until the headers, the rest receiving.
    const qint64 wait = e.waitMs >= 0 ? std::min(e.waitMs, e.durationMs) : e.durationMs;
    const QJsonObject timings{{QStringLiteral("send"), 0},
                              {QStringLiteral("wait"), wait},
                              {QStringLiteral("receive"), e.durationMs - wait}};
    QStringList comment;
    if (!e.note.isEmpty())
        comment.append(e.note);
    if (const QString credentials = credentialsNote(e); !credentials.isEmpty())
        comment.append(credentials);
    return QJsonObject{{QStringLiteral("startedDateTime"), e.startedAt.toUTC().toString(Qt::ISODateWithMs)},
                       {QStringLiteral("time"), e.durationMs},
                       {QStringLiteral("request"), request},
                       {QStringLiteral("response"), response},
                       {QStringLiteral("cache"), QJsonObject()},
                       {QStringLiteral("timings"), timings},
                       {QStringLiteral("comment"), comment.join(QLatin1Char(' '))}};
}
} // namespace

QString RequestExport::curlCommand(const RequestLogEntry &e)
{
    QStringList comments;
    QStringList parts{QStringLiteral("curl")};
    const bool hasBody = !e.bodyFile.isEmpty() || !e.bodyText.isEmpty();
    if (e.method == "HEAD")
        parts.append(QStringLiteral("--head"));
    else if (!(e.method == "GET" && !hasBody) && !(e.method == "POST" && hasBody))
        parts.append(QStringLiteral("-X ") + QString::fromLatin1(e.method));
    if (e.credentials == Credentials::Method::ApiKey)
        parts.append(QStringLiteral("-u \"$TWILIO_API_KEY:$TWILIO_API_SECRET\""));
    else if (e.credentials == Credentials::Method::AuthToken)
        parts.append(QStringLiteral("-u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\""));
    for (const auto &[name, value] : e.requestHeaders) {
        if (!curlSetsItself(name))
            parts.append(
                QStringLiteral("-H ") +
                shellQuoted(QString::fromLatin1(name) + QStringLiteral(": ") + QString::fromUtf8(value)));
    }
    if (!e.bodyFile.isEmpty())
        parts.append(QStringLiteral("--data-binary ") + shellQuoted(QLatin1Char('@') + e.bodyFile));
    else if (!e.bodyText.isEmpty())
        parts.append(QStringLiteral("--data-raw ") +
                     shellQuoted(QString::fromUtf8(e.bodyText))); // never @FILE
    else if (e.bytesSent > 0)
        comments.append(
            tr("The body (%1 bytes) was not recorded, so it is not in this command.").arg(e.bytesSent));
    if (e.url.contains(QLatin1String("REDACTED")))
        comments.append(tr("REDACTED stands for a link's signature or a secret, which are never copied: "
                           "get a fresh link (mediadesk-cli url) to run this."));
    parts.append(shellQuoted(e.url));

    QString command;
    for (const QString &comment : comments)
        command += QStringLiteral("# ") + comment + QLatin1Char('\n');
    return command + parts.join(QStringLiteral(" \\\n  "));
}

QString RequestExport::curlCommands(const QList<RequestLogEntry> &entries)
{
    QStringList commands;
    for (const RequestLogEntry &entry : entries)
        commands.append(curlCommand(entry));
    return commands.join(QStringLiteral("\n\n"));
}

QByteArray RequestExport::har(const QList<RequestLogEntry> &entries, const QString &creatorVersion)
{
    QJsonArray harEntries;
    for (const RequestLogEntry &entry : entries)
        harEntries.append(harEntry(entry));
    const QJsonObject log{
        {QStringLiteral("version"), QStringLiteral("1.2")},
        {QStringLiteral("creator"), QJsonObject{{QStringLiteral("name"), QStringLiteral("MediaDesk")},
                                                {QStringLiteral("version"), creatorVersion}}},
        {QStringLiteral("pages"), QJsonArray()},
        {QStringLiteral("entries"), harEntries},
        {QStringLiteral("comment"),
         QStringLiteral(
             "Written by MediaDesk. It holds no credentials and no link signatures, and of content "
             "only what a form or JSON request said (a message's text), never a media or a reply.")}};
    return QJsonDocument(QJsonObject{{QStringLiteral("log"), log}}).toJson(QJsonDocument::Indented);
}

} // namespace mediadesk
