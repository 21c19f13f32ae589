#include "scriptedserver.h"

#include <QTcpSocket>

ScriptedServer::ScriptedServer(QObject *parent) : QObject(parent)
{
    QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
        while (QTcpSocket *socket = m_server.nextPendingConnection()) {
            QObject::connect(socket, &QTcpSocket::disconnected, socket, &QObject::deleteLater);
            QObject::connect(socket, &QTcpSocket::readyRead, this, [this, socket] { serve(socket); });
        }
    });
}

bool ScriptedServer::listen()
{
    return m_server.listen(QHostAddress::LocalHost, 0);
}

void ScriptedServer::setEndlessReply(const QByteArray &head, const QByteArray &filler, qint64 limit)
{
    m_reply = head;
    m_filler = filler;
    m_limit = limit;
}

void ScriptedServer::serve(QTcpSocket *socket)
{
    if (socket->property("answered").toBool()) {
        socket->readAll();
        return;
    }
    QByteArray head = socket->property("head").toByteArray() + socket->readAll();
    socket->setProperty("head", head);
    if (!head.contains("\r\n\r\n"))
        return; // the request head is not complete yet (any body is not read: we answer anyway)
    socket->setProperty("answered", true);
    ++m_requests;
    m_written += socket->write(m_reply);
    if (m_filler.isEmpty()) {
        socket->disconnectFromHost(); // after what was written has gone out
        return;
    }
    QObject::connect(socket, &QTcpSocket::bytesWritten, this, [this, socket] { feed(socket); });
    feed(socket);
}

void ScriptedServer::feed(QTcpSocket *socket)
{
    // Keep about 1 MiB queued: as fast as the client reads, never faster.
    while (socket->state() == QAbstractSocket::ConnectedState && socket->bytesToWrite() < 1024 * 1024) {
        if (m_written >= m_limit) {
            socket->disconnectFromHost();
            return;
        }
        m_written += socket->write(m_filler);
    }
}
