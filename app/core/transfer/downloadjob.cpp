#include "downloadjob.h"

#include "filenames.h"
#include "net/apireply.h"

#include <QDir>
#include <QFileInfo>
#include <QSaveFile>

#ifdef Q_OS_LINUX
#include <fcntl.h>
#endif

namespace mediadesk {

namespace {
constexpr qint64 WritebackEvery = 8 * 1024 * 1024;

} // namespace

namespace {
// Metadata worth using in place of a fetch: one with a link (a MediaSet answer). Without one, the
// metadata is fetched for its link rather than going through /Content.
std::optional<Media> linkedOnly(const std::optional<Media> &known)
{
    return known && !known->temporaryUrl.isEmpty() ? known : std::nullopt;
}
} // namespace

DownloadJob::DownloadJob(ApiClient *client, DownloadRequest request, QObject *parent)
    : MediaContentJob(client, request.serviceSid, request.mediaSid, linkedOnly(request.known), parent)
    , m_request(std::move(request))
{
    // Aborted or failed: no half file may stay behind under any name.
    connect(this, &Job::finished, this, &DownloadJob::discardPartial);
}

DownloadJob::~DownloadJob()
{
    discardPartial();
}

namespace {
QString destinationOrHere(const QString &destination)
{
    return destination.isEmpty() ? QDir::currentPath() : destination;
}

// The target as the messages name it (relative when the destination is); "" when its folder is missing.
QString targetAsGiven(const QString &destination, const Media &media)
{
    const QString dest = destinationOrHere(destination);
    const QFileInfo destInfo(dest);
    if (destInfo.isDir()) {
        return QDir(dest).filePath(
            downloadFileName(media.filename.value_or(QString()), media.sid, media.contentType));
    }
    if (!QFileInfo(destInfo.absolutePath()).isDir())
        return {};
    return destInfo.absoluteFilePath();
}
} // namespace

QString DownloadJob::targetPath(const QString &destination, const Media &media)
{
    const QString path = targetAsGiven(destination, media);
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

Result<QString> DownloadJob::resolveTarget(const QString &destination, const Media &media, bool overwrite)
{
    const QString path = targetAsGiven(destination, media);
    if (path.isEmpty()) {
        return Failure(tr("The folder “%1” does not exist.")
                           .arg(QFileInfo(destinationOrHere(destination)).absolutePath()));
    }
    const QFileInfo target(path);
    if (target.isSymLink()) {
        // Even a dangling one: writing through it would put the file wherever the link points.
        return Failure(tr("“%1” is a symbolic link; MediaDesk never saves through one. Remove it or choose "
                          "another name.")
                           .arg(path));
    }
    if (target.isDir())
        return Failure(tr("“%1” is a folder.").arg(path));
    if (target.exists() && !overwrite)
        return Failure(tr("“%1” already exists; it was left untouched.").arg(path));
    return QDir::cleanPath(target.absoluteFilePath());
}

TwilioError DownloadJob::beginContent()
{
    if (m_path.isEmpty()) {
        const Result<QString> target = resolveTarget(m_request.destination, media(), m_request.overwrite);
        if (!target) {
            m_path = targetPath(m_request.destination, media()); // where it would have gone
            return TwilioError::make(TwilioError::Kind::File, target.problem());
        }
        m_path = *target;
    }
    m_file = std::make_unique<QSaveFile>(m_path);
    m_file->setDirectWriteFallback(false); // never write into the final name directly
    if (!m_file->open(QIODevice::WriteOnly)) {
        const QString reason = m_file->errorString();
        m_file.reset();
        return TwilioError::make(TwilioError::Kind::File,
                                 tr("Could not create “%1”: %2.").arg(m_path, reason));
    }
    m_written = 0;
    m_writebackFrom = 0;
    m_overflowed = false;
    return {};
}

Result<> DownloadJob::receive(QByteArrayView chunk)
{
    if (!m_file)
        return Failure(TwilioError::tr("Cancelled."));
    // Never more than the media has: a server that keeps sending is stopped at once.
    if (media().size >= 0 && m_written + chunk.size() > media().size) {
        m_overflowed = true;
        return Failure(tr("The server sent more than the %1 bytes the media has.").arg(media().size));
    }
    if (m_file->write(chunk.data(), chunk.size()) != chunk.size())
        return Failure(tr("Could not write “%1”: %2.").arg(m_path, m_file->errorString()));
    m_written += chunk.size();
    if (m_written - m_writebackFrom >= WritebackEvery)
        startWriteback();
    emit progress(m_written, media().size);
    return {};
}

void DownloadJob::restartContent()
{
    if (!m_file)
        return;
    m_file->seek(0);
    m_file->resize(0);
    m_written = 0;
    m_writebackFrom = 0;
}

void DownloadJob::contentEnded(ApiReply *reply)
{
    if (m_overflowed) {
        discardPartial();
        finish(TwilioError::make(TwilioError::Kind::InvalidResponse,
                                 tr("The download of %1 sent more than the %2 bytes the media has; "
                                    "nothing was saved.")
                                     .arg(m_request.mediaSid)
                                     .arg(media().size),
                                 reply->finalUrl().host()));
        return;
    }
    if (!reply->succeeded()) {
        discardPartial();
        failOrRefreshLink(reply->error());
        return;
    }
    if (media().size >= 0 && m_written != media().size) {
        discardPartial();
        finish(TwilioError::make(
            TwilioError::Kind::InvalidResponse,
            tr("The download of %1 was incomplete (%2 of %3 bytes); nothing was saved. Try again.")
                .arg(m_request.mediaSid)
                .arg(m_written)
                .arg(media().size)));
        return;
    }
    if (!m_file->commit()) {
        const QString reason = m_file->errorString();
        m_file.reset();
        finish(
            TwilioError::make(TwilioError::Kind::File, tr("Could not save “%1”: %2.").arg(m_path, reason)));
        return;
    }
    m_file.reset();
    finish();
}

void DownloadJob::startWriteback()
{
    // QSaveFile::commit() syncs the whole file to disk before the final name appears; starting
    // the write-back of what has arrived as we go (without waiting for it) leaves that sync
    // little to do, so a large download does not stall at 100 %.
    if (!m_file->flush())
        return;
#ifdef Q_OS_LINUX
    sync_file_range(m_file->handle(), m_writebackFrom, m_written - m_writebackFrom, SYNC_FILE_RANGE_WRITE);
#endif
    m_writebackFrom = m_written;
}

void DownloadJob::discardPartial()
{
    if (m_file) {
        m_file->cancelWriting();
        m_file.reset(); // QSaveFile removes its temporary file
    }
}

} // namespace mediadesk
