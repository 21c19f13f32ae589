#include "downloadjob.h"

#include "filenames.h"
#include "net/apireply.h"
#include "partialdownload.h"

#include <QDir>
#include <QFileInfo>
#include <QRegularExpression>

using namespace Qt::StringLiterals;

namespace mediadesk {

namespace {
// Metadata worth using in place of a fetch: one with a link (a MediaSet answer). Without one, the
// metadata is fetched for its link rather than going through /Content.
std::optional<Media> linkedOnly(const std::optional<Media> &known)
{
    return known && !known->temporaryUrl.isEmpty() ? known : std::nullopt;
}

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

// What If-Range may carry: a strong ETag, else the Last-Modified date (RFC 9110 §13.1.5); printable
// ASCII of a sane length, since it goes back on the wire.
QByteArray validatorOf(const ApiReply &reply)
{
    const QByteArray etag = reply.header("etag"_ba).trimmed();
    if (PartialDownload::isUsableValidator(etag) && etag.startsWith('"'))
        return etag;
    const QByteArray lastModified = reply.header("last-modified"_ba).trimmed();
    return PartialDownload::isUsableValidator(lastModified) ? lastModified : QByteArray();
}

struct ContentRange
{
    qint64 first = -1;
    qint64 last = -1;
    qint64 total = -1; // -1: "*"
};

std::optional<ContentRange> parseContentRange(const QByteArray &header)
{
    static const QRegularExpression pattern(u"^bytes (\\d{1,18})-(\\d{1,18})/(\\d{1,18}|\\*)$"_s);
    const QRegularExpressionMatch m = pattern.match(QString::fromLatin1(header.trimmed()));
    if (!m.hasMatch())
        return std::nullopt;
    ContentRange range{m.captured(1).toLongLong(), m.captured(2).toLongLong(),
                       m.captured(3) == u"*"_s ? -1 : m.captured(3).toLongLong()};
    if (range.last < range.first)
        return std::nullopt;
    return range;
}
} // namespace

DownloadJob::DownloadJob(ApiClient *client, DownloadRequest request, QObject *parent)
    : MediaContentJob(client, request.serviceSid, request.mediaSid, linkedOnly(request.known), parent)
    , m_request(std::move(request))
{
    connect(this, &Job::finished, this, &DownloadJob::onFinished);
}

DownloadJob::~DownloadJob() = default; // a running job's partial file stays for a resume

QString DownloadJob::partialPath() const
{
    return m_path.isEmpty() ? QString() : PartialDownload::partialPathFor(m_path);
}

qint64 DownloadJob::bytesWritten() const
{
    return m_partial ? m_partial->size() : 0;
}

void DownloadJob::suspend()
{
    keepPartialWhenAborted();
    abort();
}

QString DownloadJob::targetPath(const QString &destination, const Media &media)
{
    const QString path = targetAsGiven(destination, media);
    return path.isEmpty() ? QString() : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

Result<DownloadJob::Target> DownloadJob::resolveTarget(const QString &destination, const Media &media,
                                                       ConflictPolicy policy)
{
    const QString path = targetAsGiven(destination, media);
    if (path.isEmpty()) {
        return Failure(tr("The folder “%1” does not exist.")
                           .arg(QFileInfo(destinationOrHere(destination)).absolutePath()));
    }
    const QString clean = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    const QFileInfo target(path);
    const bool taken = target.exists() || target.isSymLink();
    if (taken && policy == ConflictPolicy::Rename)
        return Target{renamedTarget(clean)};
    if (target.isSymLink()) {
        // Even a dangling one: writing through it would put the file wherever the link points.
        return Failure(tr("“%1” is a symbolic link; MediaDesk never saves through one. Remove it or choose "
                          "another name.")
                           .arg(path));
    }
    if (target.isDir())
        return Failure(tr("“%1” is a folder.").arg(path));
    if (taken && policy == ConflictPolicy::Skip)
        return Target{clean, true};
    if (taken && policy != ConflictPolicy::Overwrite)
        return Failure(tr("“%1” already exists; it was left untouched.").arg(path));
    return Target{clean};
}

TwilioError DownloadJob::beginContent()
{
    if (m_path.isEmpty()) {
        const Result<Target> target = resolveTarget(m_request.destination, media(), m_request.onConflict);
        if (!target) {
            m_path = targetPath(m_request.destination, media()); // where it would have gone
            return TwilioError::make(TwilioError::Kind::File, target.problem());
        }
        m_path = target->path;
        if (target->skip) {
            m_skipped = true;
            finish(); // nothing to fetch: MediaContentJob sends no request for a finished job
            return {};
        }
    }
    if (!m_partial)
        m_partial = std::make_unique<PartialDownload>(m_path);
    if (!m_partial->isOpen()) {
        // Opened once per job: an earlier job's bytes are kept only when asked for; this job's own
        // stay in the open file through retries and fresh links.
        if (const Result<> opened = m_partial->open(media().sid, media().size, m_request.resume); !opened)
            return TwilioError::make(TwilioError::Kind::File, opened.problem());
        m_resumedFrom = m_partial->size();
    }
    m_overflowed = false;
    m_mismatched = false;
    return {};
}

void DownloadJob::prepareRequest(ApiRequest &request)
{
    // Offsets count the bytes stored, which are the bytes sent only without a content coding.
    request.headers.append({"Accept-Encoding"_ba, "identity"_ba});
    request.rateLimit = RateLimiter::Direction::Download;
    request.attemptHeaders = [this] {
        QList<QPair<QByteArray, QByteArray>> headers;
        if (m_partial && m_partial->size() > 0 && !m_partial->validator().isEmpty()) {
            headers.append({"Range"_ba, "bytes=" + QByteArray::number(m_partial->size()) + '-'});
            headers.append({"If-Range"_ba, m_partial->validator()});
        }
        return headers;
    };
    request.bodyStarts = [this](const ApiReply &reply) { return bodyStarts(reply); };
}

Result<> DownloadJob::bodyStarts(const ApiReply &reply)
{
    if (const QByteArray coding = reply.header("content-encoding"_ba).trimmed().toLower();
        !coding.isEmpty() && coding != "identity") {
        return Failure(tr("%1 sent the content encoded (%2) although MediaDesk asked for it as it is; it was "
                          "not saved.")
                           .arg(reply.finalUrl().host(), QString::fromLatin1(coding.left(40))));
    }
    const QByteArray validator = validatorOf(reply);
    if (reply.status() == 206) {
        const std::optional<ContentRange> range = parseContentRange(reply.header("content-range"_ba));
        const qint64 size = media().size;
        // A cache that honours Range but not If-Range would answer with another version's rest:
        // a validator other than the one asked with is no continuation.
        const bool sameVersion = validator.isEmpty() || validator == m_partial->validator();
        const bool addsUp = range && sameVersion && range->first == m_partial->size() &&
                            (size < 0 || (range->total == size && range->last == size - 1));
        if (!addsUp) {
            m_mismatched = true;
            return Failure(tr("%1 sent a part of the media other than the rest that was asked for "
                              "(Content-Range: %2).")
                               .arg(reply.finalUrl().host(),
                                    QString::fromLatin1(reply.header("content-range"_ba).left(80))));
        }
    } else if (m_partial->size() > 0) {
        // A whole body: the host ignores ranges, or the content is not what the bytes held were from.
        if (const Result<> emptied = m_partial->startOver(); !emptied)
            return emptied;
    }
    if (!validator.isEmpty() || reply.status() != 206)
        m_partial->setValidator(validator);
    return {};
}

Result<> DownloadJob::receive(QByteArrayView chunk)
{
    if (!m_partial || !m_partial->isOpen())
        return Failure(TwilioError::tr("Cancelled."));
    // Never more than the media has: a server that keeps sending is stopped at once.
    if (media().size >= 0 && m_partial->size() + chunk.size() > media().size) {
        m_overflowed = true;
        return Failure(tr("The server sent more than the %1 bytes the media has.").arg(media().size));
    }
    if (const Result<> written = m_partial->append(chunk); !written)
        return written;
    emit progress(m_partial->size(), media().size);
    return {};
}

void DownloadJob::restartContent()
{
    // Nothing to undo: the next attempt asks for what is missing (attemptHeaders), and a whole body
    // in answer starts the file over (bodyStarts).
}

void DownloadJob::contentEnded(ApiReply *reply)
{
    if (m_overflowed) {
        m_partial->discard();
        finish(TwilioError::make(TwilioError::Kind::InvalidResponse,
                                 tr("The download of %1 sent more than the %2 bytes the media has; "
                                    "nothing was saved.")
                                     .arg(m_request.mediaSid)
                                     .arg(media().size),
                                 reply->finalUrl().host()));
        return;
    }
    if ((m_mismatched || reply->status() == 416) && m_startOvers == 0) {
        // The host has no such rest of the media (changed, or the bytes held are not its
        // beginning): fetch it whole, once.
        ++m_startOvers;
        if (const Result<> emptied = m_partial->startOver(); !emptied) {
            finish(TwilioError::make(TwilioError::Kind::File, emptied.problem()));
            return;
        }
        fetchContentAgain();
        return;
    }
    if (!reply->succeeded()) {
        (void)m_partial->saveRecord(); // a later retry continues from here
        failOrRefreshLink(reply->error());
        return;
    }
    if (media().size >= 0 && m_partial->size() != media().size) {
        (void)m_partial->saveRecord();
        finish(TwilioError::make(
            TwilioError::Kind::InvalidResponse,
            tr("The download of %1 was incomplete (%2 of %3 bytes); the file was not saved. Try again.")
                .arg(m_request.mediaSid)
                .arg(m_partial->size())
                .arg(media().size)));
        return;
    }
    if (const Result<> saved = m_partial->complete(m_request.onConflict == ConflictPolicy::Overwrite);
        !saved) {
        finish(TwilioError::make(TwilioError::Kind::File, saved.problem()));
        return;
    }
    finish();
}

void DownloadJob::onFinished()
{
    if (!m_partial)
        return;
    if (error().kind() == TwilioError::Kind::Cancelled && !m_suspended)
        m_partial->discard(); // cancelled: nothing of it stays, under any name
    else
        m_partial->keep();
}

} // namespace mediadesk
