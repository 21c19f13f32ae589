// content_direct_temporary links: CloudFront-like signed URLs on the media origin,
// /ME…?Expires=<epoch>&Signature=<opaque>&Key-Pair-Id=APKA…, signed with a per-process key.
#pragma once

#include <QByteArray>
#include <cstdint>
#include <string>

namespace mdemu {

class TempUrlSigner
{
public:
    TempUrlSigner();

    // Every call mints a different URL (the signature carries a random nonce).
    std::string mint(const std::string &mediaOrigin, const std::string &mediaSid, int64_t expires) const;

    enum class Verdict { Valid, Expired, BadSignature, Missing };
    Verdict verify(const std::string &mediaSid, const std::string &expires, const std::string &signature,
                   const std::string &keyPairId, int64_t now) const;

    const std::string &keyPairId() const { return m_keyPairId; }

private:
    QByteArray mac(const std::string &mediaSid, const std::string &expires, const QByteArray &nonce) const;

    QByteArray m_key;
    std::string m_keyPairId;
};

} // namespace mdemu
