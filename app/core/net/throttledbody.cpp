#include "throttledbody.h"

namespace mediadesk {

ThrottledBody::ThrottledBody(QIODevice *body, RateLimiter *limiter) : m_body(body), m_limiter(limiter)
{
    m_body->setParent(this);
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
}

bool ThrottledBody::seek(qint64 pos)
{
    if (!m_body->seek(pos))
        return false;
    return QIODevice::seek(pos);
}

qint64 ThrottledBody::readData(char *data, qint64 maxSize)
{
    qint64 wanted = std::min(maxSize, m_body->size() - m_body->pos());
    if (wanted > 0 && m_limiter) {
        wanted = m_limiter->take(RateLimiter::Direction::Upload, wanted, this, [this] { emit readyRead(); });
        if (wanted == 0)
            return 0;
    }
    // At the end the read still goes through, so the body can say whether it is still what was
    // queued (a file that grew meanwhile).
    const qint64 n = m_body->read(data, wanted > 0 ? wanted : maxSize);
    if (n < 0)
        setErrorString(m_body->errorString());
    return n;
}

} // namespace mediadesk
