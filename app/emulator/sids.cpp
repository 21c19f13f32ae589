#include "sids.h"

#include <QCryptographicHash>
#include <QRandomGenerator>

namespace mdemu {

std::string randomSid(std::string_view prefix)
{
    quint32 words[4];
    QRandomGenerator::system()->fillRange(words);
    const QByteArray bytes(reinterpret_cast<const char *>(words), sizeof words);
    return std::string(prefix) + bytes.toHex().toStdString();
}

std::string md5Sid(std::string_view prefix, std::string_view seed)
{
    const QByteArray digest = QCryptographicHash::hash(QByteArrayView(seed.data(), qsizetype(seed.size())),
                                                       QCryptographicHash::Md5);
    return std::string(prefix) + digest.toHex().toStdString();
}

bool isSid(std::string_view value, std::string_view prefix)
{
    if (value.size() != prefix.size() + 32 || value.substr(0, prefix.size()) != prefix)
        return false;
    for (char c : value.substr(prefix.size())) {
        const bool hex = (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F');
        if (!hex)
            return false;
    }
    return true;
}

std::string randomAlnum(int n)
{
    static const char alphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";
    std::string out;
    out.reserve(size_t(n));
    for (int i = 0; i < n; ++i)
        out.push_back(alphabet[QRandomGenerator::system()->bounded(36)]);
    return out;
}

} // namespace mdemu
