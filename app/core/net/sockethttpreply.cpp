#include "sockethttpreply.h"

#include <QSslSocket>
#include <QTcpSocket>

namespace mediadesk {

namespace {
constexpr qint64 ChunkSize = 256 * 1024;      // read from the body device at a time
constexpr qint64 HighWater = 4 * 1024 * 1024; // at most this much queued in the socket
constexpr qint64 MaxHeadBytes = 64 * 1024;
} // namespace

SocketHttpReply::SocketHttpReply(const QNetworkRequest &request, const QByteArray &method, QIODevice *body,
                                 const QNetworkProxy &proxy, QObject *parent)
    : QNetworkReply(parent), m_method(method), m_body(body)
{
    setRequest(request);
    setUrl(request.url());
    setOperation(QNetworkAccessManager::CustomOperation);
    setAttribute(QNetworkRequest::CustomVerbAttribute, method);
    QIODevice::open(QIODevice::ReadOnly | QIODevice::Unbuffered);
    m_bodySize = m_body ? m_body->size() : 0;

    const QUrl url = request.url();
    const bool tls = url.scheme().compare(QLatin1String("https"), Qt::CaseInsensitive) == 0;
    if (tls) {
        auto *ssl = new QSslSocket(this);
        m_socket = ssl;
        connect(ssl, &QSslSocket::encrypted, this, &SocketHttpReply::onConnected);
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            fail(SslHandshakeFailedError,
                 errors.isEmpty() ? tr("TLS handshake failed") : errors.first().errorString());
        });
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, &SocketHttpReply::onConnected);
    }
    m_socket->setProxy(proxy);
    connect(m_socket, &QTcpSocket::bytesWritten, this, &SocketHttpReply::onBytesWritten);
    connect(m_socket, &QTcpSocket::readyRead, this, &SocketHttpReply::onSocketReadyRead);
    connect(m_socket, &QTcpSocket::disconnected, this, &SocketHttpReply::onDisconnected);
    connect(m_socket, &QTcpSocket::errorOccurred, this, &SocketHttpReply::onSocketError);
    if (m_body) {
        connect(m_body, &QObject::destroyed, this, [this] { m_body = nullptr; });
    }

    // Connect on the next turn of the event loop: the socket may fail synchronously (a proxy that
    // cannot tunnel), and finished() must come after the caller connected to it.
    QMetaObject::invokeMethod(
        this,
        [this, tls, host = url.host(), port = quint16(url.port(tls ? 443 : 80))] {
            if (m_done)
                return;
            if (tls)
                static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(host, port);
            else
                m_socket->connectToHost(host, port);
        },
        Qt::QueuedConnection);
}

SocketHttpReply::~SocketHttpReply() = default;

QByteArray SocketHttpReply::requestHead() const
{
    const QNetworkRequest r = request();
    const QUrl url = r.url();
    QByteArray target = url.path(QUrl::FullyEncoded).toLatin1();
    if (target.isEmpty())
        target = "/";
    if (url.hasQuery())
        target += '?' + url.query(QUrl::FullyEncoded).toLatin1();
    QByteArray host = url.host(QUrl::FullyEncoded).toLatin1();
    if (host.contains(':'))
        host = '[' + host + ']';
    const bool tls = url.scheme() == QLatin1String("https");
    if (url.port() != -1 && url.port() != (tls ? 443 : 80))
        host += ':' + QByteArray::number(url.port());

    QByteArray head = m_method + ' ' + target + " HTTP/1.1\r\nHost: " + host + "\r\n";
    auto add = [&head](const QByteArray &name, const QByteArray &value) {
        head += name + ": " + value + "\r\n";
    };
    const QList<QByteArray> raw = r.rawHeaderList();
    for (const QByteArray &name : raw)
        add(name, r.rawHeader(name));
    auto hasRaw = [&raw](const char *name) {
        return std::any_of(raw.begin(), raw.end(),
                           [name](const QByteArray &h) { return h.compare(name, Qt::CaseInsensitive) == 0; });
    };
    if (!hasRaw("User-Agent") && r.header(QNetworkRequest::UserAgentHeader).isValid())
        add("User-Agent", r.header(QNetworkRequest::UserAgentHeader).toString().toLatin1());
    if (!hasRaw("Content-Type") && r.header(QNetworkRequest::ContentTypeHeader).isValid())
        add("Content-Type", r.header(QNetworkRequest::ContentTypeHeader).toByteArray());
    if (m_body && !hasRaw("Content-Length"))
        add("Content-Length", QByteArray::number(m_bodySize));
    add("Connection", "close");
    return head + "\r\n";
}

void SocketHttpReply::onConnected()
{
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1); // no Nagle wait between head and body
    const QByteArray head = requestHead();
    m_headSize = head.size();
    m_socket->write(head);
    m_chunk.resize(ChunkSize);
    fillSocket();
}

void SocketHttpReply::fillSocket()
{
    while (!m_done && !m_stopSending && m_body && m_bodyQueued < m_bodySize &&
           m_socket->bytesToWrite() < HighWater) {
        const qint64 want = qMin(ChunkSize, m_bodySize - m_bodyQueued);
        const qint64 n = m_body->read(m_chunk.data(), want);
        if (n <= 0) {
            fail(ContentAccessDenied, m_body->errorString().isEmpty() ? tr("Could not read the data to send.")
                                                                      : m_body->errorString());
            return;
        }
        m_socket->write(m_chunk.constData(), n);
        m_bodyQueued += n;
    }
}

void SocketHttpReply::onBytesWritten(qint64 n)
{
    qint64 forBody = n;
    if (m_headAcked < m_headSize) {
        const qint64 forHead = qMin(n, m_headSize - m_headAcked);
        m_headAcked += forHead;
        forBody -= forHead;
    }
    if (forBody > 0) {
        m_bodyAcked += forBody;
        emit uploadProgress(m_bodyAcked, m_bodySize);
    }
    fillSocket();
}

void SocketHttpReply::onSocketReadyRead()
{
    // The fast path for large bodies: straight from the socket into the read buffer.
    if (m_headDone && m_in.isEmpty() && (m_mode == BodyMode::Length || m_mode == BodyMode::UntilClose)) {
        qint64 available = m_socket->bytesAvailable();
        if (m_mode == BodyMode::Length)
            available = qMin(available, m_remaining);
        if (available > 0) {
            compactReadBuffer();
            const qsizetype old = m_data.size();
            m_data.resize(old + available);
            const qint64 n = m_socket->read(m_data.data() + old, available);
            m_data.resize(old + qMax<qint64>(0, n));
            if (n > 0) {
                m_received += n;
                if (m_mode == BodyMode::Length)
                    m_remaining -= n;
                emit downloadProgress(m_received, m_expected);
                emit readyRead();
            }
            if (m_mode == BodyMode::Length && m_remaining == 0)
                complete();
        }
        if (m_socket->bytesAvailable() == 0 || m_done)
            return;
    }
    m_in += m_socket->readAll();
    if (!m_headDone) {
        if (!parseHead())
            return;
    }
    parseBody();
}

bool SocketHttpReply::parseHead()
{
    for (;;) {
        const qsizetype end = m_in.indexOf("\r\n\r\n");
        if (end < 0) {
            if (m_in.size() > MaxHeadBytes)
                fail(ProtocolFailure, tr("The server sent an oversized HTTP header."));
            return false;
        }
        const QList<QByteArray> lines = m_in.left(end).split('\n');
        m_in.remove(0, end + 4);
        const QList<QByteArray> status = lines.value(0).trimmed().split(' ');
        bool ok = false;
        const int code = status.value(1).toInt(&ok);
        if (!lines.value(0).startsWith("HTTP/1.") || !ok) {
            fail(ProtocolFailure, tr("The server's reply is not HTTP."));
            return false;
        }
        if (code >= 100 && code < 200)
            continue; // 100 Continue and friends: the real answer follows
        setAttribute(QNetworkRequest::HttpStatusCodeAttribute, code);
        setAttribute(QNetworkRequest::HttpReasonPhraseAttribute,
                     QString::fromLatin1(lines.value(0).trimmed().split(' ').mid(2).join(' ')));
        bool chunked = false;
        for (qsizetype i = 1; i < lines.size(); ++i) {
            const QByteArray line = lines.at(i).trimmed();
            const qsizetype colon = line.indexOf(':');
            if (colon <= 0)
                continue;
            const QByteArray name = line.left(colon).trimmed();
            const QByteArray value = line.mid(colon + 1).trimmed();
            setRawHeader(name, value);
            if (name.compare("Content-Length", Qt::CaseInsensitive) == 0)
                m_expected = value.toLongLong();
            else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0 &&
                     value.toLower().contains("chunked"))
                chunked = true;
        }
        m_headDone = true;
        // The server has decided; what is not sent yet will not be read.
        m_stopSending = true;
        if (m_method == "HEAD" || code == 204 || code == 304)
            m_mode = BodyMode::None;
        else if (chunked)
            m_mode = BodyMode::Chunked;
        else if (m_expected >= 0)
            m_mode = BodyMode::Length, m_remaining = m_expected;
        else
            m_mode = BodyMode::UntilClose;
        emit metaDataChanged();
        if (m_mode == BodyMode::None || (m_mode == BodyMode::Length && m_remaining == 0))
            complete();
        return true;
    }
}

void SocketHttpReply::compactReadBuffer()
{
    if (m_dataOffset > 0) {
        m_data.remove(0, m_dataOffset);
        m_dataOffset = 0;
    }
}

void SocketHttpReply::deliver(const char *data, qint64 size)
{
    if (size <= 0)
        return;
    compactReadBuffer();
    m_data.append(data, size);
    m_received += size;
    emit downloadProgress(m_received, m_expected);
    emit readyRead();
}

void SocketHttpReply::parseBody()
{
    if (m_done)
        return;
    switch (m_mode) {
    case BodyMode::None:
        return;
    case BodyMode::UntilClose:
        deliver(m_in.constData(), m_in.size());
        m_in.clear();
        return;
    case BodyMode::Length: {
        const qint64 n = qMin<qint64>(m_remaining, m_in.size());
        deliver(m_in.constData(), n);
        m_in.remove(0, n);
        m_remaining -= n;
        if (m_remaining == 0)
            complete();
        return;
    }
    case BodyMode::Chunked:
        while (!m_done) {
            if (m_remaining > 0) {
                const qint64 n = qMin<qint64>(m_remaining, m_in.size());
                if (n == 0)
                    return;
                deliver(m_in.constData(), n);
                m_in.remove(0, n);
                m_remaining -= n;
                if (m_remaining == 0)
                    m_chunkTrailer = true; // the CRLF after the chunk data
                continue;
            }
            const qsizetype eol = m_in.indexOf("\r\n");
            if (eol < 0)
                return;
            const QByteArray line = m_in.left(eol);
            m_in.remove(0, eol + 2);
            if (m_chunkTrailer) {
                m_chunkTrailer = false;
                continue;
            }
            bool ok = false;
            const qint64 size = line.split(';').value(0).trimmed().toLongLong(&ok, 16);
            if (!ok || size < 0) {
                fail(ProtocolFailure, tr("The server sent a malformed chunked reply."));
                return;
            }
            if (size == 0) {
                complete(); // trailers, if any, are ignored: the connection closes anyway
                return;
            }
            m_remaining = size;
        }
        return;
    }
}

void SocketHttpReply::onDisconnected()
{
    if (m_done)
        return;
    if (m_headDone && m_mode == BodyMode::UntilClose) {
        complete();
        return;
    }
    fail(RemoteHostClosedError, m_headDone ? tr("The connection closed before the whole reply arrived.")
                                           : tr("The server closed the connection without answering."));
}

void SocketHttpReply::onSocketError()
{
    if (m_done)
        return;
    // A reply that is already complete in the buffer wins over the error that closed the socket.
    if (m_socket->bytesAvailable() > 0)
        onSocketReadyRead();
    if (m_done)
        return;
    if (m_socket->error() == QAbstractSocket::RemoteHostClosedError) {
        onDisconnected();
        return;
    }
    NetworkError code = UnknownNetworkError;
    switch (m_socket->error()) {
    case QAbstractSocket::ConnectionRefusedError:
        code = ConnectionRefusedError;
        break;
    case QAbstractSocket::HostNotFoundError:
        code = HostNotFoundError;
        break;
    case QAbstractSocket::SocketTimeoutError:
        code = TimeoutError;
        break;
    case QAbstractSocket::SslHandshakeFailedError:
    case QAbstractSocket::SslInternalError:
    case QAbstractSocket::SslInvalidUserDataError:
        code = SslHandshakeFailedError;
        break;
    case QAbstractSocket::ProxyAuthenticationRequiredError:
        code = ProxyAuthenticationRequiredError;
        break;
    case QAbstractSocket::ProxyConnectionRefusedError:
        code = ProxyConnectionRefusedError;
        break;
    case QAbstractSocket::ProxyConnectionClosedError:
        code = ProxyConnectionClosedError;
        break;
    case QAbstractSocket::ProxyConnectionTimeoutError:
        code = ProxyTimeoutError;
        break;
    case QAbstractSocket::ProxyNotFoundError:
        code = ProxyNotFoundError;
        break;
    case QAbstractSocket::ProxyProtocolError:
        code = UnknownProxyError;
        break;
    default:
        break;
    }
    fail(code, m_socket->errorString());
}

qint64 SocketHttpReply::bytesAvailable() const
{
    return m_data.size() - m_dataOffset + QNetworkReply::bytesAvailable();
}

qint64 SocketHttpReply::readData(char *data, qint64 maxSize)
{
    const qint64 n = qMin<qint64>(maxSize, m_data.size() - m_dataOffset);
    if (n <= 0)
        return m_done ? -1 : 0;
    memcpy(data, m_data.constData() + m_dataOffset, size_t(n));
    m_dataOffset += n;
    if (m_dataOffset == m_data.size()) { // all read: reuse the allocation, no memmove
        m_data.resize(0);
        m_dataOffset = 0;
    }
    return n;
}

void SocketHttpReply::fail(NetworkError code, const QString &message)
{
    if (m_done)
        return;
    setError(code, message);
    emit errorOccurred(code);
    complete();
}

void SocketHttpReply::complete()
{
    if (m_done)
        return;
    m_done = true;
    m_stopSending = true;
    m_socket->disconnect(this); // aborting must not re-enter us through its signals
    m_socket->abort();
    setFinished(true);
    emit finished();
}

void SocketHttpReply::abort()
{
    fail(OperationCanceledError, tr("Operation canceled"));
}

} // namespace mediadesk
