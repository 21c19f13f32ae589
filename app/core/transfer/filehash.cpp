#include "filehash.h"

#include <QFile>
#include <QFileInfo>
#include <openssl/evp.h>

namespace mediadesk {

namespace {
bool unchanged(const QString &path, qint64 size, const QDateTime &modified)
{
    const QFileInfo info(path);
    return info.exists() && info.size() == size && info.lastModified() == modified;
}
} // namespace

void Sha256Stream::Free::operator()(evp_md_ctx_st *ctx) const
{
    EVP_MD_CTX_free(ctx);
}

Sha256Stream::Sha256Stream() : m_ctx(EVP_MD_CTX_new())
{
    m_ok = m_ctx && EVP_DigestInit_ex(m_ctx.get(), EVP_sha256(), nullptr) == 1;
}

Sha256Stream::~Sha256Stream() = default;

void Sha256Stream::add(QByteArrayView bytes)
{
    if (m_ok && !bytes.isEmpty())
        m_ok = EVP_DigestUpdate(m_ctx.get(), bytes.data(), size_t(bytes.size())) == 1;
}

QString Sha256Stream::result()
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    const bool ok = m_ok && EVP_DigestFinal_ex(m_ctx.get(), digest, &length) == 1;
    m_ok = false;
    if (!ok)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

QString sha256OfFile(const QString &path, qint64 expectedSize, const QDateTime &expectedModified)
{
    if (!unchanged(path, expectedSize, expectedModified))
        return {};
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Unbuffered))
        return {};
    Sha256Stream hash;
    QByteArray buffer(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        const qint64 n = file.read(buffer.data(), buffer.size());
        if (n < 0)
            return {};
        if (n == 0)
            break;
        hash.add(QByteArrayView(buffer.constData(), n));
    }
    const QString digest = hash.result();
    if (!unchanged(path, expectedSize, expectedModified))
        return {};
    return digest;
}

QString sha256OfBytes(QByteArrayView bytes)
{
    unsigned char digest[EVP_MAX_MD_SIZE];
    unsigned int length = 0;
    if (EVP_Digest(bytes.data(), size_t(bytes.size()), digest, &length, EVP_sha256(), nullptr) != 1)
        return {};
    return QString::fromLatin1(QByteArray(reinterpret_cast<const char *>(digest), int(length)).toHex());
}

} // namespace mediadesk
