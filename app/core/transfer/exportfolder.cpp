#include "exportfolder.h"

#include "clock.h"
#include "transfer/filenames.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTemporaryFile>
#include <algorithm>

namespace mediadesk {

namespace {
const char *statusName(ExportFolder::Status status)
{
    switch (status) {
    case ExportFolder::Status::Done:
        return "done";
    case ExportFolder::Status::Missing:
        return "missing";
    case ExportFolder::Status::Failed:
        return "failed";
    case ExportFolder::Status::Pending:
        break;
    }
    return "pending";
}

ExportFolder::Status statusFrom(const QString &name)
{
    for (auto s : {ExportFolder::Status::Done, ExportFolder::Status::Missing, ExportFolder::Status::Failed}) {
        if (name == QLatin1String(statusName(s)))
            return s;
    }
    return ExportFolder::Status::Pending;
}

QJsonValue orNull(const std::optional<QString> &text)
{
    return text ? QJsonValue(*text) : QJsonValue(QJsonValue::Null);
}
} // namespace

ExportFolder::ExportFolder(QString path, QString serviceSid, QString conversationSid)
    : m_path(QDir::cleanPath(QDir(path).absolutePath()))
    , m_serviceSid(std::move(serviceSid))
    , m_conversationSid(std::move(conversationSid))
{}

QString ExportFolder::filePath(const QString &fileName) const
{
    return QDir(m_path).filePath(fileName);
}

QString ExportFolder::conversationIn(const QString &folder)
{
    QFile file(QDir(folder).filePath(QLatin1String(ManifestName)));
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return QJsonDocument::fromJson(file.readAll())
        .object()
        .value(QLatin1String("conversation_sid"))
        .toString();
}

Result<> ExportFolder::open()
{
    const QFileInfo info(m_path);
    if (info.exists() && !info.isDir())
        return Failure(tr("“%1” is a file, not a folder. Choose a folder to export into.").arg(m_path));
    if (!info.exists() && !QDir().mkpath(m_path))
        return Failure(
            tr("The folder “%1” cannot be created. Check that its parent exists and can be written to.")
                .arg(m_path));
    // The only sure test of "can be written to" is writing.
    QTemporaryFile probe(QDir(m_path).filePath(QStringLiteral(".mediadesk-XXXXXX")));
    if (!probe.open())
        return Failure(tr("The folder “%1” cannot be written to: %2").arg(m_path, probe.errorString()));
    probe.close();

    // Names on disk are taken whatever their case: the folder may be on a disk that ignores it.
    for (const QString &name :
         QDir(m_path).entryList(QDir::AllEntries | QDir::Hidden | QDir::System | QDir::NoDotAndDotDot))
        m_taken.insert(name.toLower());
    QFile file(filePath(QLatin1String(ManifestName)));
    if (!file.exists())
        return {};
    if (!file.open(QIODevice::ReadOnly))
        return Failure(tr("The manifest of an earlier export in “%1” cannot be read: %2")
                           .arg(m_path, file.errorString()));
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    if (!doc.isObject())
        return Failure(
            tr("The manifest of an earlier export in “%1” is damaged (%2). Move it away to export into "
               "this "
               "folder again.")
                .arg(m_path, parseError.errorString()));
    const QJsonObject manifest = doc.object();
    const QString conversation = manifest.value(QLatin1String("conversation_sid")).toString();
    if (conversation != m_conversationSid)
        return Failure(tr("“%1” holds the export of another conversation (%2). Choose another folder.")
                           .arg(m_path, conversation));
    for (const QJsonValue &value : manifest.value(QLatin1String("messages")).toArray()) {
        const QJsonObject message = value.toObject();
        const QString sid = message.value(QLatin1String("sid")).toString();
        if (sid.isEmpty() || m_message.contains(sid))
            continue;
        m_message.insert(sid, m_messages.size());
        m_messages.append(message);
        for (const QJsonValue &mediaValue : message.value(QLatin1String("media")).toArray()) {
            const QJsonObject media = mediaValue.toObject();
            const QString fileName = media.value(QLatin1String("file")).toString();
            // A name that is not a plain file name in this folder is not ours to reuse.
            if (fileName.isEmpty() || sanitizeFileName(fileName) != fileName)
                continue;
            Entry entry;
            entry.fileName = fileName;
            entry.status = statusFrom(media.value(QLatin1String("status")).toString());
            entry.error = media.value(QLatin1String("error")).toString();
            entry.size = media.value(QLatin1String("size")).toInteger(-1);
            m_media.insert(media.value(QLatin1String("sid")).toString(), entry);
            m_taken.insert(fileName.toLower());
        }
    }
    return {};
}

QString ExportFolder::baseName(const ConversationMessage &message, const MessageMedia &media)
{
    QStringList parts;
    if (message.dateCreated.isValid())
        parts.append(message.dateCreated.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH-mm")));
    if (!message.author.isEmpty())
        parts.append(message.author);
    const QString name = downloadFileName(media.filename.value_or(QString()), media.sid, media.contentType);
    const QString prefix = parts.join(u' ');
    return prefix.isEmpty() ? name : prefix + QStringLiteral(" — ") + name;
}

QString ExportFolder::unique(const QString &name) const
{
    const QFileInfo info(name);
    const QString suffix = info.completeSuffix().isEmpty() ? QString() : u'.' + info.completeSuffix();
    const QString stem = name.left(name.size() - suffix.size());
    QString candidate = name;
    for (int n = 2; m_taken.contains(candidate.toLower()) || QFileInfo::exists(filePath(candidate)); ++n)
        candidate = sanitizeFileName(QStringLiteral("%1 (%2)%3").arg(stem).arg(n).arg(suffix));
    return candidate;
}

QString ExportFolder::fileNameFor(const ConversationMessage &message, const MessageMedia &media)
{
    if (const auto it = m_media.constFind(media.sid); it != m_media.constEnd() && !it->fileName.isEmpty())
        return it->fileName;
    QString name = sanitizeFileName(baseName(message, media));
    if (name.isEmpty())
        name = media.sid;
    name = unique(name);
    m_taken.insert(name.toLower());
    m_media[media.sid].fileName = name;
    return name;
}

bool ExportFolder::isComplete(const QString &mediaSid, qint64 size) const
{
    const auto it = m_media.constFind(mediaSid);
    if (it == m_media.constEnd() || it->fileName.isEmpty())
        return false;
    // Files are written under a temporary name and renamed when complete, so a file with the
    // manifest's name and the media's size is the whole media.
    const QFileInfo file(filePath(it->fileName));
    const qint64 expected = size >= 0 ? size : it->size;
    return file.isFile() && expected >= 0 && file.size() == expected;
}

void ExportFolder::setStatus(const QString &mediaSid, Status status, const QString &error, qint64 size)
{
    Entry &entry = m_media[mediaSid];
    entry.status = status;
    entry.error = error;
    if (size >= 0)
        entry.size = size;
}

void ExportFolder::addMessage(const ConversationMessage &message)
{
    QJsonArray media;
    for (const MessageMedia &m : message.media)
        media.append(m.toJson());
    const QJsonObject entry{
        {QStringLiteral("sid"), message.sid},
        {QStringLiteral("index"), message.index},
        {QStringLiteral("author"), message.author},
        {QStringLiteral("date_created"), message.json.value(QLatin1String("date_created"))},
        {QStringLiteral("body"), orNull(message.body)},
        {QStringLiteral("media"), media}};
    if (const auto it = m_message.constFind(message.sid); it != m_message.constEnd()) {
        m_messages[*it] = entry;
        return;
    }
    m_message.insert(message.sid, m_messages.size());
    m_messages.append(entry);
}

QJsonObject ExportFolder::manifest() const
{
    QList<QJsonObject> messages = m_messages;
    // Newest first, whichever run added them.
    std::stable_sort(messages.begin(), messages.end(), [](const QJsonObject &a, const QJsonObject &b) {
        return a.value(QLatin1String("index")).toInt() > b.value(QLatin1String("index")).toInt();
    });
    QJsonArray list;
    for (QJsonObject message : std::as_const(messages)) {
        QJsonArray media;
        for (const QJsonValue &value : message.value(QLatin1String("media")).toArray()) {
            QJsonObject m = value.toObject();
            const Entry entry = m_media.value(m.value(QLatin1String("sid")).toString());
            m.insert(QStringLiteral("file"),
                     entry.fileName.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(entry.fileName));
            m.insert(QStringLiteral("status"), QLatin1String(statusName(entry.status)));
            if (entry.status == Status::Done && entry.size >= 0)
                m.insert(QStringLiteral("size"), entry.size);
            if (entry.error.isEmpty())
                m.remove(QStringLiteral("error"));
            else
                m.insert(QStringLiteral("error"), entry.error);
            media.append(m);
        }
        message.insert(QStringLiteral("media"), media);
        list.append(message);
    }
    return {{QStringLiteral("version"), 1},
            {QStringLiteral("service_sid"), m_serviceSid},
            {QStringLiteral("conversation_sid"), m_conversationSid},
            {QStringLiteral("exported_at"), Clock::nowUtc().toString(Qt::ISODate)},
            {QStringLiteral("messages"), list}};
}

Result<> ExportFolder::saveManifest()
{
    QSaveFile file(filePath(QLatin1String(ManifestName)));
    if (!file.open(QIODevice::WriteOnly))
        return Failure(tr("The manifest cannot be written in “%1”: %2").arg(m_path, file.errorString()));
    file.write(QJsonDocument(manifest()).toJson(QJsonDocument::Indented));
    if (!file.commit())
        return Failure(tr("The manifest cannot be written in “%1”: %2").arg(m_path, file.errorString()));
    return {};
}

} // namespace mediadesk
