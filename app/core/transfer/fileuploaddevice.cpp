#include "fileuploaddevice.h"

#include <QFileInfo>
#include <memory>

namespace mediadesk {

namespace {
constexpr qint64 CheckEveryBytes = 1024 * 1024; // a stat() per MiB costs nothing measurable
}

FileUploadDevice::FileUploadDevice(const QString &path, qint64 size, const QDateTime &modified)
    : m_file(path), m_path(path), m_size(size), m_modified(modified)
{}

Result<std::unique_ptr<FileUploadDevice>> FileUploadDevice::open(const QString &path, qint64 expectedSize,
                                                                 const QDateTime &expectedModified)
{
    std::unique_ptr<FileUploadDevice> device(new FileUploadDevice(path, expectedSize, expectedModified));
    if (!device->m_file.open(QIODevice::ReadOnly))
        return Failure(tr("Could not open “%1”: %2.").arg(path, device->m_file.errorString()));
    if (!device->stillUnchanged())
        return Failure(device->m_changeReason);
    device->QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    return device;
}

Result<QByteArray> FileUploadDevice::readWholeFile(const QString &path, qint64 expectedSize,
                                                   const QDateTime &expectedModified)
{
    auto opened = open(path, expectedSize, expectedModified);
    if (!opened)
        return Failure(opened.problem());
    const std::unique_ptr<FileUploadDevice> file = std::move(opened).value();
    QByteArray bytes(expectedSize, Qt::Uninitialized);
    if (file->read(bytes.data(), expectedSize) != expectedSize || !file->stillUnchanged())
        return Failure(file->changeReason().isEmpty() ? tr("Could not read “%1”.").arg(path)
                                                      : file->changeReason());
    return bytes;
}

bool FileUploadDevice::stillUnchanged()
{
    const QFileInfo info(m_path); // a fresh stat: the path may now name another file or nothing
    if (!info.exists()) {
        markChanged(tr("“%1” was moved or deleted while it was being sent; nothing was stored.").arg(m_path));
        return false;
    }
    if (info.size() != m_size || info.lastModified() != m_modified) {
        markChanged(tr("“%1” changed while it was being sent; nothing was stored. Upload it again once it is "
                       "complete.")
                        .arg(m_path));
        return false;
    }
    return true;
}

void FileUploadDevice::markChanged(const QString &reason)
{
    if (!m_changeReason.isEmpty())
        return;
    m_changeReason = reason;
    setErrorString(reason);
    if (isOpen())
        emit fileChanged(reason);
}

bool FileUploadDevice::seek(qint64 pos)
{
    if (pos < 0 || pos > m_size || !m_file.seek(pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 FileUploadDevice::readData(char *data, qint64 maxSize)
{
    if (!m_changeReason.isEmpty())
        return -1;
    const qint64 position = m_file.pos();
    const qint64 wanted = qMin(maxSize, m_size - position);
    if (wanted <= 0) {
        // The end as it was when we started: make sure nothing was appended meanwhile.
        return stillUnchanged() ? 0 : -1;
    }
    if (position == 0 || m_bytesSinceCheck >= CheckEveryBytes) {
        m_bytesSinceCheck = 0;
        if (!stillUnchanged())
            return -1;
    }
    const qint64 n = m_file.read(data, wanted);
    if (n < wanted) {
        markChanged(n < 0
                        ? tr("Could not read “%1”: %2.").arg(m_path, m_file.errorString())
                        : tr("“%1” became shorter while it was being sent; nothing was stored.").arg(m_path));
        return -1;
    }
    m_bytesSinceCheck += n;
    hashRead(data, position, n);
    if (position + n == m_size) {
        if (!stillUnchanged())
            return -1;
        if (m_hash && m_hashedUpTo == m_size) {
            const QString digest = m_hash->result();
            m_hash.reset();
            if (!digest.isEmpty())
                emit contentHashed(digest);
        }
    }
    return n;
}

void FileUploadDevice::hashRead(const char *data, qint64 position, qint64 n)
{
    if (!m_hash)
        return;
    if (position > m_hashedUpTo) { // bytes in between were never read: no hash of the whole
        m_hash.reset();
        return;
    }
    const qint64 fresh = position + n - m_hashedUpTo;
    if (fresh <= 0)
        return;
    m_hash->add(QByteArrayView(data + (n - fresh), fresh));
    m_hashedUpTo += fresh;
}

} // namespace mediadesk
