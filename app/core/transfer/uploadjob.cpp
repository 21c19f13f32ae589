#include "uploadjob.h"

#include "filehash.h"
#include "fileuploaddevice.h"
#include "mimedetection.h"
#include "net/apiclient.h"
#include "net/apireply.h"
#include "net/mcs.h"
#include "text/displaytext.h"

#include <QBuffer>
#include <QFileInfo>
#include <QLocale>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentRun>

namespace mediadesk {

namespace {
// Hashing runs on threads of its own at idle priority (SCHED_IDLE on Linux): it must never take
// the CPU from the window, and the shared pool's threads keep their normal priority.
QThreadPool *hashPool()
{
    static QThreadPool *pool = [] {
        auto *p = new QThreadPool;
        p->setMaxThreadCount(qMax(1, QThread::idealThreadCount() - 1));
        p->setThreadPriority(QThread::IdlePriority);
        return p;
    }();
    return pool;
}
} // namespace

UploadJob::UploadJob(ApiClient *client, UploadRequest request, QObject *parent)
    : Job(client, parent), m_request(std::move(request))
{
    // A finished job may live on (the CLI keeps every job of a run): the bytes it sent go now.
    connect(this, &Job::finished, this, [this] { m_body.clear(); });
}

void UploadJob::abort()
{
    if (isStored())
        return; // the media exists: it finishes as a success once its hash is in
    Job::abort();
}

void UploadJob::finishStoredNow()
{
    if (!isStored() || isFinished())
        return;
    if (m_hash) {
        m_hash->disconnect(this);
        m_hash->waitForFinished();
        m_sha256 = m_hash->result();
    }
    finish();
}

QString UploadJob::fileName() const
{
    return m_request.filename.isEmpty() ? QFileInfo(m_request.filePath).fileName() : m_request.filename;
}

Result<FileSnapshot> UploadJob::checkFile(const QString &path)
{
    const QFileInfo info(path);
    if (!info.exists())
        return Failure(tr("“%1” does not exist.").arg(path));
    if (info.isDir())
        return Failure(tr("“%1” is a folder; upload the files inside it instead.").arg(path));
    if (!info.isFile())
        return Failure(tr("“%1” is not a regular file.").arg(path));
    if (!info.isReadable())
        return Failure(tr("“%1” cannot be read: permission denied.").arg(path));
    if (info.size() == 0)
        return Failure(tr("“%1” is empty; Twilio does not accept empty media.").arg(path));
    if (info.size() > MaxUploadBytes) {
        const QLocale locale;
        //: %2 the file's size in bytes, %3 the limit in bytes (both with digit grouping)
        return Failure(
            tr("“%1” is %2 bytes, more than the 150 MiB (%3 bytes) Twilio accepts for one media file.")
                .arg(path, locale.toString(info.size()), locale.toString(MaxUploadBytes)));
    }
    return FileSnapshot{info.size(), info.lastModified()};
}

UploadJob::PreparedFile UploadJob::prepareFile(const QString &path,
                                               const std::optional<FileSnapshot> &expected, bool detectType,
                                               bool hashSmallBody)
{
    PreparedFile prepared;
    const Result<FileSnapshot> file = checkFile(path);
    if (!file) {
        prepared.problem = file.problem();
        return prepared;
    }
    if (expected && (file->size != expected->size || file->modified != expected->modified)) {
        prepared.problem =
            tr("“%1” changed since it was queued; it was not sent. Add it again to upload the new version.")
                .arg(path);
        return prepared;
    }
    prepared.size = file->size;
    prepared.modified = file->modified;
    if (detectType)
        prepared.contentType = detectContentType(path);
    if (prepared.size <= SmallBodyBytes) {
        Result<QByteArray> body = FileUploadDevice::readWholeFile(path, prepared.size, prepared.modified);
        if (!body) {
            prepared.problem = body.problem();
            return prepared;
        }
        prepared.body = std::move(body).value();
        if (hashSmallBody)
            prepared.sha256 = sha256OfBytes(prepared.body);
    }
    return prepared;
}

void UploadJob::prepare()
{
    if (m_preparation || m_preparationUsed)
        return;
    // Off this thread: sniffing the type, reading a small file and hashing it take a few hundred
    // microseconds, which on the window's or the CLI's thread would delay every other upload's
    // next request (measured with 200 small uploads four at a time over 50 ms: 1.7 ms between one
    // answer and the next request on a connection with this work on the main thread; curl 0.4 ms).
    m_preparation = new QFutureWatcher<PreparedFile>(this);
    m_preparation->setFuture(QtConcurrent::run(prepareFile, m_request.filePath, m_request.expected,
                                               m_request.contentType.isEmpty(), m_computeSha256));
}

void UploadJob::run()
{
    prepare();
    if (m_preparation->isFinished())
        sendPrepared();
    else
        connect(m_preparation, &QFutureWatcherBase::finished, this, &UploadJob::sendPrepared);
}

void UploadJob::sendPrepared()
{
    if (!m_preparation)
        return;
    PreparedFile prepared = m_preparation->result();
    // From here the job holds the bytes (until it finishes); the future, which keeps a copy, goes.
    m_preparation->disconnect(this);
    m_preparation->deleteLater();
    m_preparation = nullptr;
    m_preparationUsed = true;
    if (isFinished()) // aborted while preparing: nothing is sent
        return;
    m_size = prepared.size;
    m_modified = prepared.modified;
    if (!prepared.problem.isEmpty()) {
        finish(TwilioError::make(TwilioError::Kind::File, prepared.problem));
        return;
    }
    if (!m_request.contentType.isEmpty() && !isValidContentType(m_request.contentType)) {
        finish(TwilioError::make(TwilioError::Kind::InvalidRequest,
                                 tr("“%1” is not a content type; write it as type/subtype, e.g. image/png.")
                                     .arg(printableText(m_request.contentType))));
        return;
    }
    m_contentType = m_request.contentType.isEmpty() ? prepared.contentType : m_request.contentType;
    // A small file was read whole (and hashed) while preparing: a consistent snapshot, sent from
    // memory on every attempt. A large one is streamed and hashed as its bytes go out, so the
    // file is read once and the hash is of exactly what was sent.
    m_body = std::move(prepared.body);
    m_sha256 = prepared.sha256;

    QUrl url = McsUrls(client()).mediaCollectionUrl(m_request.serviceSid);
    QString query = QStringLiteral("Filename=") + McsUrls::encodeQueryValue(fileName());
    if (!m_request.category.isEmpty())
        query += QStringLiteral("&Category=") + McsUrls::encodeQueryValue(m_request.category);
    url.setQuery(query, QUrl::StrictMode);

    ApiRequest request;
    request.method = QByteArrayLiteral("POST");
    request.url = url;
    request.headers = {{QByteArrayLiteral("Content-Type"), m_contentType.toLatin1()},
                       {QByteArrayLiteral("Content-Size"), QByteArray::number(m_size)},
                       {QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")}};
    request.bodySize = m_size;
    request.bodyFile = m_request.filePath;
    request.rateLimit = RateLimiter::Direction::Upload;
    request.openBody = [this]() -> Result<QIODevice *> {
        if (m_size <= SmallBodyBytes) {
            auto *buffer = new QBuffer;
            buffer->setData(m_body);
            buffer->open(QIODevice::ReadOnly);
            return buffer;
        }
        m_streamedSha256.clear(); // each attempt sends (and hashes) the file from its first byte
        auto device = FileUploadDevice::open(m_request.filePath, m_size, m_modified);
        if (!device)
            return Failure(device.problem());
        if (m_computeSha256) {
            device->get()->hashWhileReading();
            connect(device->get(), &FileUploadDevice::contentHashed, this,
                    [this](const QString &sha256) { m_streamedSha256 = sha256; });
        }
        connect(
            device->get(), &FileUploadDevice::fileChanged, this,
            [this](const QString &reason) {
                if (m_reply)
                    m_reply->fail(TwilioError::make(TwilioError::Kind::File, reason));
            },
            Qt::QueuedConnection);
        return std::move(device).value().release();
    };
    m_reply = send(
        request,
        [this](ApiReply *reply) {
            if (!reply->succeeded()) {
                finish(reply->error());
                return;
            }
            auto media = Media::fromJson(reply->body(), client()->endpoints().mcs);
            if (!media) {
                finish(TwilioError::make(TwilioError::Kind::InvalidResponse, media.problem()));
                return;
            }
            m_media = *media;
            emit progress(m_size, m_size);
            if (!m_computeSha256 || !m_sha256.isEmpty() || !m_streamedSha256.isEmpty()) {
                if (m_sha256.isEmpty())
                    m_sha256 = m_streamedSha256;
                finish();
                return;
            }
            // The body was not read through in order (QNAM decides how it reads): hash the file
            // in a pass of its own, which also checks it is still what was sent.
            m_hash = new QFutureWatcher<QString>(this);
            m_hash->setFuture(
                QtConcurrent::run(hashPool(), sha256OfFile, m_request.filePath, m_size, m_modified));
            auto done = [this] {
                m_sha256 = m_hash->result();
                finish();
            };
            if (m_hash->isFinished())
                done();
            else
                connect(m_hash, &QFutureWatcherBase::finished, this, done);
        },
        [this](ApiReply *reply) {
            connect(reply, &ApiReply::uploadProgress, this,
                    [this](qint64 sent, qint64) { emit progress(sent, m_size); });
        });
}

} // namespace mediadesk
