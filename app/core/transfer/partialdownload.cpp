#include "partialdownload.h"

#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QSet>
#include <algorithm>
#include <filesystem>
#include <system_error>

#if defined(Q_OS_WIN)
#include <io.h>
#else
#include <unistd.h>
#endif
#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

using namespace Qt::StringLiterals;

namespace mediadesk {

namespace {
constexpr qint64 WritebackEvery = 8 * 1024 * 1024;
constexpr qint64 MaxRecordBytes = 4096;
constexpr qint64 RecordEveryMs = 1000;

// The targets whose part a job of this process has open. Two downloads to one target (the same
// media asked for twice, or two media of one name) would otherwise write into one part.
QMutex openTargetsLock;
QSet<QString> openTargets;

QString targetKey(const QString &target)
{
    return QFileInfo(target).absoluteFilePath();
}

// A record or part that is a symbolic link, a FIFO or a device is nobody's download: a link
// planted in a shared folder would have the record written over its target.
bool isPlainFileOrAbsent(const QString &path)
{
    const QFileInfo info(path);
    return !info.isSymLink() && (!info.exists() || info.isFile());
}

// The platform's "to disk now" for an open file (QFile has none; QSaveFile keeps its own).
bool syncToDisk(QFile &file)
{
    if (!file.flush())
        return false;
#if defined(Q_OS_WIN)
    return _commit(file.handle()) == 0;
#else
    return ::fsync(file.handle()) == 0;
#endif
}

std::filesystem::path nativePath(const QString &path)
{
    return std::filesystem::path(path.toStdU16String());
}
} // namespace

QString PartialDownload::partialPathFor(const QString &target)
{
    return target + u".mediadesk-part"_s;
}

QString PartialDownload::recordPathFor(const QString &target)
{
    return target + u".mediadesk-resume"_s;
}

bool PartialDownload::isInUse(const QString &target)
{
    QMutexLocker lock(&openTargetsLock);
    return openTargets.contains(targetKey(target));
}

bool PartialDownload::removeFor(const QString &target)
{
    if (isInUse(target))
        return false;
    QFile::remove(partialPathFor(target));
    QFile::remove(recordPathFor(target));
    return true;
}

bool PartialDownload::isUsableValidator(const QByteArray &validator)
{
    return !validator.isEmpty() && validator.size() <= 256 &&
           std::all_of(validator.cbegin(), validator.cend(), [](char c) { return c >= 0x20 && c < 0x7f; });
}

PartialDownload::PartialDownload(QString target)
    : m_target(std::move(target))
    , m_partialPath(partialPathFor(m_target))
    , m_recordPath(recordPathFor(m_target))
    , m_file(m_partialPath)
{}

PartialDownload::~PartialDownload()
{
    keep();
}

Result<> PartialDownload::open(const QString &mediaSid, qint64 mediaSize, bool resume)
{
    m_mediaSid = mediaSid;
    m_mediaSize = mediaSize;
    m_size = 0;
    m_validator.clear();
    if (!m_registered) {
        QMutexLocker lock(&openTargetsLock);
        if (openTargets.contains(targetKey(m_target))) {
            return Failure(tr("Another download is saving to “%1” already; wait for it to end, or choose "
                              "another name.")
                               .arg(m_target));
        }
        openTargets.insert(targetKey(m_target));
        m_registered = true;
    }
    if (!isPlainFileOrAbsent(m_partialPath) || !isPlainFileOrAbsent(m_recordPath)) {
        release();
        return Failure(tr("“%1” is in the way of the download (a folder, a symbolic link or another "
                          "special file); remove it and try again.")
                           .arg(isPlainFileOrAbsent(m_partialPath) ? m_recordPath : m_partialPath));
    }
    if (!m_file.isOpen() && !m_file.open(QIODevice::ReadWrite)) {
        const QString reason = m_file.errorString();
        release();
        return Failure(tr("Could not create “%1”: %2.").arg(m_partialPath, reason));
    }
    qint64 vouched = 0;
    QFile record(m_recordPath);
    if (resume && record.open(QIODevice::ReadOnly)) {
        const QJsonObject o = QJsonDocument::fromJson(record.read(MaxRecordBytes)).object();
        const QByteArray validator = o.value("validator"_L1).toString().toLatin1();
        const qint64 bytes = o.value("bytes"_L1).toInteger(-1);
        if (o.value("media_sid"_L1).toString() == mediaSid && o.value("size"_L1).toInteger(-2) == mediaSize &&
            isUsableValidator(validator) && bytes > 0 && (mediaSize < 0 || bytes <= mediaSize) &&
            m_file.size() >= bytes) {
            vouched = bytes;
            m_validator = validator;
        }
    }
    if (!m_file.resize(vouched) || !m_file.seek(vouched)) {
        return Failure(tr("Could not write “%1”: %2.").arg(m_partialPath, m_file.errorString()));
    }
    m_size = vouched;
    m_writebackFrom = vouched;
    m_sinceRecord.invalidate();
    return {};
}

Result<> PartialDownload::append(QByteArrayView bytes)
{
    if (!m_file.isOpen())
        return Failure(tr("Cancelled."));
    if (m_file.write(bytes.data(), bytes.size()) != bytes.size())
        return Failure(tr("Could not write “%1”: %2.").arg(m_partialPath, m_file.errorString()));
    m_size += bytes.size();
    if (m_size - m_writebackFrom >= WritebackEvery)
        startWriteback();
    // Kept up to date as bytes come (at the first, then once a second), so that what a crash or a
    // killed process leaves can be continued.
    if (!m_sinceRecord.isValid() || m_sinceRecord.elapsed() >= RecordEveryMs) {
        if (const Result<> saved = saveRecord(); !saved)
            return saved;
    }
    return {};
}

Result<> PartialDownload::startOver()
{
    m_validator.clear();
    m_size = 0;
    m_writebackFrom = 0;
    QFile::remove(m_recordPath);
    if (m_file.isOpen() && (!m_file.resize(0) || !m_file.seek(0)))
        return Failure(tr("Could not write “%1”: %2.").arg(m_partialPath, m_file.errorString()));
    return {};
}

Result<> PartialDownload::saveRecord()
{
    if (!m_file.isOpen())
        return {};
    if (!m_file.flush())
        return Failure(tr("Could not write “%1”: %2.").arg(m_partialPath, m_file.errorString()));
    m_sinceRecord.start();
    if (m_validator.isEmpty() || m_size == 0) {
        QFile::remove(m_recordPath); // nothing that could be continued
        return {};
    }
    if (!isPlainFileOrAbsent(m_recordPath))
        return Failure(tr("“%1” is in the way of the download; remove it and try again.").arg(m_recordPath));
    const QJsonObject o{{"media_sid"_L1, m_mediaSid},
                        {"size"_L1, m_mediaSize},
                        {"validator"_L1, QString::fromLatin1(m_validator)},
                        {"bytes"_L1, m_size}};
    // Not a QSaveFile: its sync on every few MiB would cost more than the record is worth. A record
    // torn by a crash is unreadable, and the download then starts over.
    QFile record(m_recordPath);
    if (!record.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        record.write(QJsonDocument(o).toJson(QJsonDocument::Compact)) < 0) {
        return Failure(tr("Could not write “%1”: %2.").arg(m_recordPath, record.errorString()));
    }
    return {};
}

Result<> PartialDownload::complete(bool overwrite)
{
    if (!m_file.isOpen())
        return Failure(tr("Cancelled."));
    if (!syncToDisk(m_file))
        return Failure(tr("Could not save “%1”: %2.").arg(m_target, m_file.errorString()));
    (void)saveRecord(); // should the rename fail, what arrived can still be continued
    m_file.close();
    if (overwrite) {
        // Replaces the target in one step where the platform can (rename(2), MoveFileEx).
        std::error_code error;
        std::filesystem::rename(nativePath(m_partialPath), nativePath(m_target), error);
        if (error) {
            return Failure(
                tr("Could not save “%1”: %2.").arg(m_target, QString::fromLocal8Bit(error.message())));
        }
    } else if (!QFile::rename(m_partialPath, m_target)) {
        if (QFileInfo::exists(m_target))
            return Failure(tr("“%1” appeared while downloading; it was left untouched, and what was "
                              "downloaded stays in “%2”.")
                               .arg(m_target, m_partialPath));
        return Failure(tr("Could not save “%1”.").arg(m_target));
    }
    QFile::remove(m_recordPath);
    release();
    return {};
}

void PartialDownload::release()
{
    m_file.close();
    if (m_registered) {
        QMutexLocker lock(&openTargetsLock);
        openTargets.remove(targetKey(m_target));
        m_registered = false;
    }
}

void PartialDownload::keep()
{
    if (!m_file.isOpen()) {
        release();
        return;
    }
    if (m_size == 0 || m_validator.isEmpty()) {
        discard(); // nothing, or nothing that could be continued safely
        return;
    }
    (void)saveRecord(); // without a record the bytes are simply fetched again
    release();
}

void PartialDownload::discard()
{
    const bool owned = m_registered;
    release();
    if (!owned)
        return; // another job's part, or none: not ours to remove
    QFile::remove(m_partialPath);
    QFile::remove(m_recordPath);
    m_size = 0;
    m_validator.clear();
}

void PartialDownload::startWriteback()
{
    // The sync before the rename then has little left to do, so a large download does not stall
    // at 100 %: the write-back of what arrived is started as we go, without waiting for it.
    if (!m_file.flush())
        return;
#ifdef Q_OS_LINUX
    sync_file_range(m_file.handle(), m_writebackFrom, m_size - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
#endif
    m_writebackFrom = m_size;
}

} // namespace mediadesk
