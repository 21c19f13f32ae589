#pragma once

#include <QDateTime>
#include <QString>
#include <memory>

struct evp_md_ctx_st;

namespace mediadesk {

// The SHA-256 (lower-case hex) of a file, read in large blocks with OpenSSL (SHA-NI where the CPU
// has it: about 1.5 GB/s here, where QCryptographicHash manages about 0.2). "" when the file cannot
// be read, or when its size or modification time differ from the expected ones before or after
// reading: then it is no longer the file that was sent.
QString sha256OfFile(const QString &path, qint64 expectedSize, const QDateTime &expectedModified);
// The SHA-256 (lower-case hex) of bytes in memory.
QString sha256OfBytes(QByteArrayView bytes);

// A SHA-256 computed piece by piece, as bytes pass (an upload hashes what it sends as it sends it).
class Sha256Stream
{
public:
    Sha256Stream();
    ~Sha256Stream();
    Sha256Stream(const Sha256Stream &) = delete;
    Sha256Stream &operator=(const Sha256Stream &) = delete;

    void add(QByteArrayView bytes);
    // The digest (lower-case hex) of everything added; "" when OpenSSL failed. Ends the stream.
    QString result();

private:
    struct Free
    {
        void operator()(evp_md_ctx_st *ctx) const;
    };
    std::unique_ptr<evp_md_ctx_st, Free> m_ctx;
    bool m_ok = false;
};

} // namespace mediadesk
