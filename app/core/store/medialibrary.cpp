#include "medialibrary.h"

#include "privatefiles.h"

#include <QDir>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <cerrno>
#include <cstring>

namespace mediadesk {

namespace {
constexpr int SchemaVersion = 2;
constexpr int BusyTimeoutMs = 30000;

const char *columnName(MediaLibrary::Column c)
{
    switch (c) {
    case MediaLibrary::Column::FileName:
        return "file_name";
    case MediaLibrary::Column::MediaSid:
        return "media_sid";
    case MediaLibrary::Column::ContentType:
        return "content_type";
    case MediaLibrary::Column::Size:
        return "size";
    case MediaLibrary::Column::UploadedAt:
        return "uploaded_at";
    case MediaLibrary::Column::ServiceSid:
        return "service_sid";
    case MediaLibrary::Column::Profile:
        return "profile";
    }
    return "uploaded_at";
}

// LIKE with the search taken literally: %, _ and the escape character itself are escaped.
QString likePattern(const QString &search)
{
    QString escaped = search;
    escaped.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    escaped.replace(QLatin1Char('%'), QLatin1String("\\%"));
    escaped.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}

const QString WhereSearch = QStringLiteral(" WHERE file_name LIKE :p ESCAPE '\\' OR media_sid LIKE :p ESCAPE "
                                           "'\\' OR content_type LIKE :p ESCAPE '\\'");

qint64 toMs(const QDateTime &dt)
{
    return dt.isValid() ? dt.toMSecsSinceEpoch() : 0;
}

LibraryEntry entryFrom(const QSqlQuery &q)
{
    LibraryEntry e;
    e.uploadId = q.value(0).toString();
    e.mediaSid = q.value(1).toString();
    e.serviceSid = q.value(2).toString();
    e.accountSid = q.value(3).toString();
    e.profile = q.value(4).toString();
    e.fileName = q.value(5).toString();
    e.contentType = q.value(6).toString();
    e.size = q.value(7).toLongLong();
    e.localPath = q.value(8).toString();
    e.sha256 = q.value(9).toString();
    e.uploadedAt = QDateTime::fromMSecsSinceEpoch(q.value(10).toLongLong(), Qt::UTC);
    if (!q.value(11).isNull())
        e.dateCreated = QDateTime::fromMSecsSinceEpoch(q.value(11).toLongLong(), Qt::UTC);
    e.conversationSid = q.value(12).toString();
    e.messageSid = q.value(13).toString();
    if (!q.value(14).isNull()) {
        e.checkedAt = QDateTime::fromMSecsSinceEpoch(q.value(14).toLongLong(), Qt::UTC);
        e.foundAtCheck = q.value(15).toBool();
    }
    return e;
}

const QString SelectColumns = QStringLiteral("SELECT upload_id, media_sid, service_sid, account_sid, "
                                             "profile, file_name, content_type, size, local_path, "
                                             "sha256, uploaded_at, date_created, conversation_sid, "
                                             "message_sid, checked_at, found_at_check FROM media");
} // namespace

MediaLibrary::MediaLibrary(const QString &path)
    : m_path(path)
    , m_connection(QStringLiteral("mediadesk-library-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
{}

MediaLibrary::~MediaLibrary()
{
    if (QSqlDatabase::contains(m_connection)) {
        QSqlDatabase::database(m_connection, false).close();
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QString MediaLibrary::defaultPath()
{
    // Shared by the window and mediadesk-cli, whatever their application names.
    return QDir(QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation))
        .filePath(QStringLiteral("mediadesk/library.sqlite"));
}

bool MediaLibrary::isOpen() const
{
    return QSqlDatabase::contains(m_connection) && QSqlDatabase::database(m_connection, false).isOpen();
}

Result<> MediaLibrary::open()
{
    if (isOpen())
        return {};
    if (!makePrivateFolder(QFileInfo(m_path).absolutePath())) {
        return Failure(
            tr("The library folder “%1” cannot be created.").arg(QFileInfo(m_path).absolutePath()));
    }
    // Owner-only before SQLite opens it: its -wal and -shm files take the database file's mode.
    if (!makePrivateFile(m_path)) {
        return Failure(
            tr("The library “%1” cannot be opened: %2").arg(m_path, QString::fromLocal8Bit(strerror(errno))));
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(m_path);
    // The window and mediadesk-cli share the file: a writer waits this long for the other's lock
    // (Qt's default is 5 s, too short for a big import or a slow disk) before the write fails.
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(BusyTimeoutMs));
    if (!db.open()) {
        return Failure(tr("The library “%1” cannot be opened: %2").arg(m_path, db.lastError().text()));
    }
    QSqlQuery q(db);
    const QStringList setup = {
        QStringLiteral("PRAGMA journal_mode=WAL"),
        QStringLiteral("PRAGMA synchronous=NORMAL"),
        QStringLiteral("CREATE TABLE IF NOT EXISTS media ("
                       " id INTEGER PRIMARY KEY,"
                       " upload_id TEXT NOT NULL UNIQUE,"
                       " media_sid TEXT NOT NULL,"
                       " service_sid TEXT NOT NULL,"
                       " account_sid TEXT NOT NULL,"
                       " profile TEXT NOT NULL,"
                       " file_name TEXT NOT NULL,"
                       " content_type TEXT NOT NULL,"
                       " size INTEGER NOT NULL,"
                       " local_path TEXT NOT NULL,"
                       " sha256 TEXT NOT NULL,"
                       " uploaded_at INTEGER NOT NULL,"
                       " date_created INTEGER)"),
        // Every sortable column has an index, so a sorted page never sorts the whole table.
        QStringLiteral("CREATE INDEX IF NOT EXISTS media_file_name ON media(file_name COLLATE NOCASE)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS media_media_sid ON media(media_sid)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS media_content_type ON media(content_type)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS media_size ON media(size)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS media_uploaded_at ON media(uploaded_at)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS media_service_sid ON media(service_sid)"),
        QStringLiteral("CREATE INDEX IF NOT EXISTS media_profile ON media(profile)"),
    };
    // Version 2: where each upload was sent, and what the latest look-up found.
    const QStringList toVersion2 = {
        QStringLiteral("ALTER TABLE media ADD COLUMN conversation_sid TEXT"),
        QStringLiteral("ALTER TABLE media ADD COLUMN message_sid TEXT"),
        QStringLiteral("ALTER TABLE media ADD COLUMN checked_at INTEGER"),
        QStringLiteral("ALTER TABLE media ADD COLUMN found_at_check INTEGER"),
    };
    for (const QString &statement : setup) {
        if (!q.exec(statement)) {
            return Failure(tr("The library “%1” cannot be prepared: %2").arg(m_path, q.lastError().text()));
        }
    }
    // The window and mediadesk-cli may open an old library at the same moment: the version is read
    // and raised inside one write transaction, so only one of them upgrades it.
    auto fail = [&](const QString &reason) -> Result<> {
        q.exec(QStringLiteral("ROLLBACK"));
        return Failure(tr("The library “%1” cannot be prepared: %2").arg(m_path, reason));
    };
    // Already current (every start but the first): no write, so opening never waits for another
    // process's lock nor leaves anything for a checkpoint to sync at exit.
    if (q.exec(QStringLiteral("PRAGMA user_version")) && q.next() && q.value(0).toInt() == SchemaVersion) {
        q.finish();
        return {};
    }
    q.finish();
    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
        return fail(q.lastError().text());
    if (!q.exec(QStringLiteral("PRAGMA user_version")) || !q.next())
        return fail(q.lastError().text());
    const int version = q.value(0).toInt();
    q.finish();
    if (version > SchemaVersion) {
        q.exec(QStringLiteral("ROLLBACK"));
        return Failure(
            tr("The library “%1” was written by a newer MediaDesk; it was left untouched.").arg(m_path));
    }
    QStringList migrate = version < 2 ? toVersion2 : QStringList();
    migrate.append(QStringLiteral("PRAGMA user_version=%1").arg(SchemaVersion));
    for (const QString &statement : std::as_const(migrate)) {
        if (!q.exec(statement))
            return fail(q.lastError().text());
    }
    if (!q.exec(QStringLiteral("COMMIT")))
        return fail(q.lastError().text());
    return {};
}

Result<> MediaLibrary::record(const LibraryEntry &entry)
{
    return recordAll({entry});
}

Result<> MediaLibrary::recordAll(const QList<LibraryEntry> &entries)
{
    QSqlDatabase db = QSqlDatabase::database(m_connection, false);
    if (!db.isOpen()) {
        return Failure(tr("The library is not open."));
    }
    db.transaction();
    QSqlQuery q(db);
    q.prepare(QStringLiteral(
        "INSERT INTO media (upload_id, media_sid, service_sid, account_sid, profile, file_name, "
        "content_type, size, local_path, sha256, uploaded_at, date_created) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
        // The same upload again (a retry, a restart) changes nothing; uploaded again because Twilio
        // deleted the first copy, the row follows the new media.
        "ON CONFLICT(upload_id) DO UPDATE SET media_sid = excluded.media_sid, sha256 = excluded.sha256, "
        "uploaded_at = excluded.uploaded_at, date_created = excluded.date_created, conversation_sid = NULL, "
        "message_sid = NULL, checked_at = NULL, found_at_check = NULL WHERE media_sid <> "
        "excluded.media_sid"));
    for (const LibraryEntry &e : entries) {
        q.addBindValue(e.uploadId);
        q.addBindValue(e.mediaSid);
        q.addBindValue(e.serviceSid);
        q.addBindValue(e.accountSid);
        q.addBindValue(e.profile);
        q.addBindValue(e.fileName);
        q.addBindValue(e.contentType);
        q.addBindValue(e.size);
        q.addBindValue(e.localPath);
        q.addBindValue(e.sha256);
        q.addBindValue(toMs(e.uploadedAt));
        q.addBindValue(e.dateCreated.isValid() ? QVariant(toMs(e.dateCreated))
                                               : QVariant(QMetaType::fromType<qint64>()));
        if (!q.exec()) {
            const QString problem = tr("The upload of “%1” could not be added to the library: %2")
                                        .arg(e.fileName, q.lastError().text());
            db.rollback();
            return Failure(problem);
        }
    }
    if (!db.commit()) {
        return Failure(tr("The library could not be saved: %1").arg(db.lastError().text()));
    }
    return {};
}

qint64 MediaLibrary::count(const QString &search) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("SELECT COUNT(*) FROM media") + (search.isEmpty() ? QString() : WhereSearch));
    if (!search.isEmpty())
        q.bindValue(QStringLiteral(":p"), likePattern(search));
    if (!q.exec() || !q.next())
        return 0;
    return q.value(0).toLongLong();
}

QList<LibraryEntry> MediaLibrary::page(const QString &search, Column sortBy, Qt::SortOrder order,
                                       qint64 offset, int limit) const
{
    QString sql = SelectColumns + (search.isEmpty() ? QString() : WhereSearch) +
                  QStringLiteral(" ORDER BY ") + QLatin1String(columnName(sortBy)) +
                  (sortBy == Column::FileName ? QStringLiteral(" COLLATE NOCASE") : QString()) +
                  (order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC")) +
                  QStringLiteral(", id ") +
                  (order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC")) +
                  QStringLiteral(" LIMIT :limit OFFSET :offset");
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.setForwardOnly(true);
    q.prepare(sql);
    if (!search.isEmpty())
        q.bindValue(QStringLiteral(":p"), likePattern(search));
    q.bindValue(QStringLiteral(":limit"), limit);
    q.bindValue(QStringLiteral(":offset"), offset);
    QList<LibraryEntry> result;
    if (!q.exec())
        return result;
    while (q.next())
        result.append(entryFrom(q));
    return result;
}

Result<> MediaLibrary::recordAttachment(const QString &mediaSid, const QString &conversationSid,
                                        const QString &messageSid)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral("UPDATE media SET conversation_sid = ?, message_sid = ? WHERE media_sid = ?"));
    q.addBindValue(conversationSid);
    q.addBindValue(messageSid);
    q.addBindValue(mediaSid);
    if (!q.exec()) {
        return Failure(tr("The library could not be saved: %1").arg(q.lastError().text()));
    }
    return {};
}

Result<> MediaLibrary::recordLookup(const QString &serviceSid, const QString &mediaSid, bool found,
                                    const QDateTime &atUtc)
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(QStringLiteral(
        "UPDATE media SET checked_at = ?, found_at_check = ? WHERE media_sid = ? AND service_sid = ?"));
    q.addBindValue(toMs(atUtc));
    q.addBindValue(found ? 1 : 0);
    q.addBindValue(mediaSid);
    q.addBindValue(serviceSid);
    if (!q.exec()) {
        return Failure(tr("The library could not be saved: %1").arg(q.lastError().text()));
    }
    return {};
}

std::optional<LibraryEntry> MediaLibrary::findByMediaSid(const QString &mediaSid) const
{
    QSqlQuery q(QSqlDatabase::database(m_connection, false));
    q.prepare(SelectColumns + QStringLiteral(" WHERE media_sid = ? ORDER BY id DESC LIMIT 1"));
    q.addBindValue(mediaSid);
    if (!q.exec() || !q.next())
        return std::nullopt;
    return entryFrom(q);
}

} // namespace mediadesk
