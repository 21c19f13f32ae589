#include "tempurl.h"

#include "sids.h"

#include <QMessageAuthenticationCode>
#include <QRandomGenerator>

namespace mdemu {

namespace {

constexpr qsizetype kNonceSize = 12;

// CloudFront's URL-safe base64 variant: '+' → '-', '=' → '_', '/' → '~'.
std::string cloudfrontBase64(const QByteArray &bytes)
{
    std::string s = bytes.toBase64().toStdString();
    for (char &c : s) {
        if (c == '+')
            c = '-';
        else if (c == '=')
            c = '_';
        else if (c == '/')
            c = '~';
    }
    return s;
}

QByteArray fromCloudfrontBase64(const std::string &text, bool &ok)
{
    QByteArray b = QByteArray::fromStdString(text);
    for (char &c : b) {
        if (c == '-')
            c = '+';
        else if (c == '_')
            c = '=';
        else if (c == '~')
            c = '/';
    }
    const auto result = QByteArray::fromBase64Encoding(b, QByteArray::AbortOnBase64DecodingErrors);
    ok = result.decodingStatus == QByteArray::Base64DecodingStatus::Ok;
    return result.decoded;
}

QByteArray randomBytes(qsizetype n)
{
    QByteArray out(n, Qt::Uninitialized);
    for (qsizetype i = 0; i < n; ++i)
        out[i] = char(QRandomGenerator::system()->bounded(256));
    return out;
}

} // namespace

TempUrlSigner::TempUrlSigner() : m_key(randomBytes(32)), m_keyPairId("APKA" + randomAlnum(16)) {}

QByteArray TempUrlSigner::mac(const std::string &mediaSid, const std::string &expires,
                              const QByteArray &nonce) const
{
    QMessageAuthenticationCode code(QCryptographicHash::Sha256, m_key);
    code.addData(QByteArray::fromStdString(mediaSid + '\n' + expires + '\n' + m_keyPairId + '\n'));
    code.addData(nonce);
    return code.result();
}

std::string TempUrlSigner::mint(const std::string &mediaOrigin, const std::string &mediaSid,
                                int64_t expires) const
{
    const std::string exp = std::to_string(expires);
    const QByteArray nonce = randomBytes(kNonceSize);
    QByteArray signed_ = nonce;
    signed_.append(mac(mediaSid, exp, nonce));
    const std::string signature = cloudfrontBase64(signed_);
    return mediaOrigin + "/" + mediaSid + "?Expires=" + exp + "&Signature=" + signature +
           "&Key-Pair-Id=" + m_keyPairId;
}

TempUrlSigner::Verdict TempUrlSigner::verify(const std::string &mediaSid, const std::string &expires,
                                             const std::string &signature, const std::string &keyPairId,
                                             int64_t now) const
{
    if (expires.empty() || signature.empty() || keyPairId.empty())
        return Verdict::Missing;
    bool ok = false;
    const QByteArray raw = fromCloudfrontBase64(signature, ok);
    if (!ok || raw.size() <= kNonceSize || keyPairId != m_keyPairId)
        return Verdict::BadSignature;
    const QByteArray nonce = raw.left(kNonceSize);
    if (mac(mediaSid, expires, nonce) != raw.mid(kNonceSize))
        return Verdict::BadSignature;
    // Canonical number only (a signed "0123" must not verify as "123").
    const qint64 exp = QByteArray::fromStdString(expires).toLongLong(&ok);
    if (!ok || std::to_string(exp) != expires)
        return Verdict::BadSignature;
    return now > exp ? Verdict::Expired : Verdict::Valid;
}

} // namespace mdemu
