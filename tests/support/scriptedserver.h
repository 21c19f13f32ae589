// A loopback HTTP "server" that answers every request with bytes a test wrote by hand, for
// replies no well-behaved server (the emulator included) sends: lengths that lie, broken chunks,
// a header line that never ends. It reads the request head, writes the script, and closes.
#pragma once

#include <QByteArray>
#include <QTcpServer>
#include <functional>

class ScriptedServer : public QObject
{
public:
    explicit ScriptedServer(QObject *parent = nullptr);
    bool listen(); // 127.0.0.1, any free port
    quint16 port() const { return m_server.serverPort(); }

    // Every request gets `reply`, then the connection closes.
    void setReply(const QByteArray &reply) { m_reply = reply; }
    // Or: `head`, then `filler` again and again while the client keeps reading, up to `limit`
    // bytes in all (so a test that fails cannot fill the machine), then close.
    void setEndlessReply(const QByteArray &head, const QByteArray &filler, qint64 limit);
    int requests() const { return m_requests; }
    qint64 bytesWritten() const { return m_written; }

private:
    void serve(QTcpSocket *socket);
    void feed(QTcpSocket *socket);

    QTcpServer m_server;
    QByteArray m_reply;
    QByteArray m_filler;
    qint64 m_limit = 0;
    int m_requests = 0;
    qint64 m_written = 0;
};
