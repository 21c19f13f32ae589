#include "queuestate.h"

#include "clock.h"
#include "logging.h"
#include "store/privatefiles.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSaveFile>
#include <QTimer>
#include <QtConcurrent/QtConcurrentRun>

namespace mediadesk {

namespace {
const char *stateName(TransferItem::State s)
{
    switch (s) {
    case TransferItem::State::Queued:
        return "queued";
    case TransferItem::State::Running:
        return "uploading"; // the name saved queues have always used
    case TransferItem::State::Done:
        return "done";
    case TransferItem::State::Failed:
        return "failed";
    case TransferItem::State::Cancelled:
        return "cancelled";
    case TransferItem::State::Refused:
        return "refused";
    case TransferItem::State::Paused:
        return "paused";
    }
    return "queued";
}

TransferItem::State stateFrom(const QString &name)
{
    for (auto s : {TransferItem::State::Queued, TransferItem::State::Running, TransferItem::State::Done,
                   TransferItem::State::Failed, TransferItem::State::Cancelled, TransferItem::State::Refused,
                   TransferItem::State::Paused}) {
        if (name == QLatin1String(stateName(s)))
            return s;
    }
    return TransferItem::State::Queued;
}

QString kindName(TransferItem::Kind kind)
{
    switch (kind) {
    case TransferItem::Kind::Download:
        return QStringLiteral("download");
    case TransferItem::Kind::Send:
        return QStringLiteral("send");
    case TransferItem::Kind::Export:
        return QStringLiteral("export");
    case TransferItem::Kind::Upload:
        break;
    }
    return QStringLiteral("upload");
}

TransferItem::Kind kindFrom(const QString &name) // an unknown or missing kind is an upload
{
    for (auto kind : {TransferItem::Kind::Download, TransferItem::Kind::Send, TransferItem::Kind::Export}) {
        if (name == kindName(kind))
            return kind;
    }
    return TransferItem::Kind::Upload;
}
} // namespace

QueueState::QueueState(const QString &path, std::function<QList<TransferItem>()> snapshot, QObject *parent)
    : QObject(parent)
    , m_path(path)
    , m_snapshot(std::move(snapshot))
    , m_timer(new QTimer(this))
    , m_saving(new QFutureWatcher<Result<>>(this))
{
    m_timer->setSingleShot(true);
    m_timer->setInterval(300);
    connect(m_timer, &QTimer::timeout, this, &QueueState::saveInBackground);
    connect(m_saving, &QFutureWatcherBase::finished, this, [this] {
        // A queue that cannot be saved would be lost at the next start: said once per run of
        // failures, again after a save that worked.
        const Result<> saved = m_saving->result();
        if (saved)
            qCDebug(lcStore) << "queue saved to" << m_path;
        else
            qCWarning(lcStore) << "queue not saved to" << m_path << saved.problem();
        if (!saved && !m_failing)
            emit saveFailed(
                tr("The upload queue cannot be saved, so a restart would lose it: %1").arg(saved.problem()));
        m_failing = !saved;
        if (m_saveAgain) {
            m_saveAgain = false;
            saveInBackground();
        }
    });
}

QueueState::~QueueState()
{
    m_saving->waitForFinished();
}

QByteArray QueueState::serialize(const QList<TransferItem> &items)
{
    QJsonArray list;
    for (const TransferItem &i : items) {
        // Done, cancelled and refused items belong to this session; what still needs doing stays.
        const UploadDetails *upload = i.upload();
        const bool unrecorded = i.state == TransferItem::State::Done && upload && upload->libraryPending;
        if (i.state != TransferItem::State::Queued && i.state != TransferItem::State::Running &&
            i.state != TransferItem::State::Failed && i.state != TransferItem::State::Paused && !unrecorded)
            continue;
        QJsonObject o{
            {QStringLiteral("kind"), kindName(i.kind())},
            {QStringLiteral("media_sid"), i.mediaSid},
            {QStringLiteral("file_name"), i.fileName},
            {QStringLiteral("id"), i.id},
            {QStringLiteral("profile_key"), i.origin.profileKey},
            {QStringLiteral("profile_label"), i.origin.profileLabel},
            {QStringLiteral("service_sid"), i.origin.serviceSid},
            {QStringLiteral("path"), i.path},
            {QStringLiteral("content_type"), i.contentType},
            {QStringLiteral("size"), i.total},
            {QStringLiteral("state"),
             QLatin1String(stateName(unrecorded ? TransferItem::State::Running : i.state))},
            {QStringLiteral("message"), i.message},
            {QStringLiteral("queued_at"), i.queuedAt.toString(Qt::ISODateWithMs)},
        };
        if (const MessageDelivery *delivery = i.delivery()) {
            o.insert(QStringLiteral("conversation_sid"), delivery->target.conversationSid);
            o.insert(QStringLiteral("conversation_name"), delivery->target.conversationName);
            o.insert(QStringLiteral("author"), delivery->target.author);
            o.insert(QStringLiteral("body"), delivery->target.body);
        }
        if (upload)
            o.insert(QStringLiteral("modified"), upload->modified.toUTC().toString(Qt::ISODateWithMs));
        if (const DownloadDetails *download = i.download())
            o.insert(QStringLiteral("overwrite"), download->overwrite);
        if (const ExportDetails *exported = i.exported()) {
            o.insert(QStringLiteral("conversation_sid"), exported->conversationSid);
            o.insert(QStringLiteral("message_sids"), QJsonArray::fromStringList(exported->messageSids));
        }
        list.append(o);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("version"), 1}, {QStringLiteral("items"), list}})
        .toJson();
}

QList<TransferItem> QueueState::parse(const QJsonObject &document)
{
    QList<TransferItem> items;
    QSet<QString> ids;
    for (const QJsonValue &v : document.value(QLatin1String("items")).toArray()) {
        const QJsonObject o = v.toObject();
        TransferItem item;
        item.id = o.value(QLatin1String("id")).toString();
        if (item.id.isEmpty() || ids.contains(item.id))
            continue;
        ids.insert(item.id);
        const QString kind = o.value(QLatin1String("kind")).toString();
        item.details = TransferItem::detailsOf(kindFrom(kind));
        item.mediaSid = o.value(QLatin1String("media_sid")).toString();
        if (DownloadDetails *download = item.download())
            download->overwrite = o.value(QLatin1String("overwrite")).toBool();
        if (ExportDetails *exported = item.exported()) {
            exported->conversationSid = o.value(QLatin1String("conversation_sid")).toString();
            for (const QJsonValue &sid : o.value(QLatin1String("message_sids")).toArray())
                exported->messageSids.append(sid.toString());
        }
        if (MessageDelivery *delivery = item.delivery()) {
            delivery->target.conversationSid = o.value(QLatin1String("conversation_sid")).toString();
            delivery->target.conversationName = o.value(QLatin1String("conversation_name")).toString();
            delivery->target.author = o.value(QLatin1String("author")).toString();
            delivery->target.body = o.value(QLatin1String("body")).toString();
        }
        item.origin.profileKey = o.value(QLatin1String("profile_key")).toString();
        item.origin.profileLabel = o.value(QLatin1String("profile_label")).toString();
        item.origin.serviceSid = o.value(QLatin1String("service_sid")).toString();
        item.path = o.value(QLatin1String("path")).toString();
        item.fileName = o.value(QLatin1String("file_name")).toString(QFileInfo(item.path).fileName());
        item.contentType = o.value(QLatin1String("content_type")).toString();
        item.total = o.value(QLatin1String("size")).toInteger();
        if (UploadDetails *upload = item.upload())
            upload->modified =
                QDateTime::fromString(o.value(QLatin1String("modified")).toString(), Qt::ISODateWithMs);
        item.state = stateFrom(o.value(QLatin1String("state")).toString());
        if (item.state == TransferItem::State::Running)
            item.state = TransferItem::State::Queued; // interrupted: it starts again
        item.message = o.value(QLatin1String("message")).toString();
        item.queuedAt =
            QDateTime::fromString(o.value(QLatin1String("queued_at")).toString(), Qt::ISODateWithMs);
        items.append(item);
    }
    return items;
}

QueueState::Loaded QueueState::load()
{
    Loaded loaded;
    QFile file(m_path);
    if (m_path.isEmpty() || !file.exists())
        return loaded;
    if (!file.open(QIODevice::ReadOnly)) {
        loaded.problem = tr("The saved upload queue cannot be read: %1").arg(file.errorString());
        return loaded;
    }
    QJsonParseError parseError;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &parseError);
    file.close();
    if (doc.isObject()) {
        loaded.items = parse(doc.object());
        qCDebug(lcStore) << "queue read from" << m_path << loaded.items.size() << "item(s)";
        return loaded;
    }
    // Kept aside, not overwritten by the next save: someone may still want what it held.
    const QString aside =
        m_path + QStringLiteral(".damaged-") + Clock::nowUtc().toString(QStringLiteral("yyyyMMddHHmmss"));
    QFile damaged(m_path);
    if (!damaged.rename(aside)) {
        // Not moved: then it is not overwritten either, and the user is told where it is.
        m_blockedBy = tr("The saved upload queue “%1” is damaged (%2) and could not be moved aside "
                         "(%3); it is left as it is, and this session's queue is not saved "
                         "over it.")
                          .arg(m_path, parseError.errorString(), damaged.errorString());
        loaded.problem = m_blockedBy;
        return loaded;
    }
    loaded.problem = tr("The saved upload queue is damaged (%1); it was kept as “%2”.")
                         .arg(parseError.errorString(), aside);
    return loaded;
}

Result<> QueueState::write(const QString &path, const QByteArray &data)
{
    if (!makePrivateFolder(QFileInfo(path).absolutePath()))
        return Failure(tr("The folder for the upload queue cannot be created."));
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return Failure(file.errorString());
    // The queue holds message bodies: owner-only, whatever the umask (QSaveFile keeps the mode).
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    if (file.write(data) != data.size())
        return Failure(file.errorString());
    if (!file.commit()) // synced to disk: a crash right after still finds the queue
        return Failure(file.errorString());
    return {};
}

void QueueState::saveSoon()
{
    if (!m_path.isEmpty())
        m_timer->start();
}

void QueueState::saveInBackground()
{
    if (!m_blockedBy.isEmpty())
        return; // a damaged queue that could not be moved aside is not overwritten
    // The sync to disk takes tens of milliseconds: never on the window's thread while it runs.
    if (m_saving->isRunning()) {
        m_saveAgain = true;
        return;
    }
    m_saving->setFuture(QtConcurrent::run(&QueueState::write, m_path, serialize(m_snapshot())));
}

Result<> QueueState::saveNow()
{
    if (m_path.isEmpty())
        return {};
    if (!m_blockedBy.isEmpty())
        return Failure(m_blockedBy);
    m_saving->waitForFinished(); // then this state, written last
    return write(m_path, serialize(m_snapshot()));
}

} // namespace mediadesk
