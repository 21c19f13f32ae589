#pragma once

#include "net/ratelimiter.h"

#include <QIODevice>
#include <QPointer>

namespace mediadesk {

// A request body read through the upload limit. QNAM reads it on the main thread; when the limit
// leaves nothing for now, a read returns no bytes, which QNAM takes as "wait for readyRead()", and
// readyRead() follows when the limiter wakes this body again. Without a limit every read goes
// straight through to the wrapped device, into QNAM's own buffer.
class ThrottledBody : public QIODevice
{
    Q_OBJECT

public:
    // Takes ownership of `body` (open, random access, with a size).
    ThrottledBody(QIODevice *body, RateLimiter *limiter);

    bool isSequential() const override { return false; }
    qint64 size() const override { return m_body->size(); }
    bool seek(qint64 pos) override;

protected:
    qint64 readData(char *data, qint64 maxSize) override;
    qint64 writeData(const char *, qint64) override { return -1; }

private:
    QIODevice *m_body;
    QPointer<RateLimiter> m_limiter;
};

} // namespace mediadesk
