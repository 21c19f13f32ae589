// enableLowDelayOnTcpSockets(): what QNAM's own sockets get so small requests leave at once.
#include "net/socketoptions.h"

#include <QTcpServer>
#include <QTcpSocket>
#include <QTest>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <sys/socket.h>
#include <unistd.h>

using namespace mediadesk;

namespace {
int noDelay(qintptr fd)
{
    int on = -1;
    socklen_t length = sizeof on;
    return ::getsockopt(int(fd), IPPROTO_TCP, TCP_NODELAY, &on, &length) == 0 ? on : -1;
}
} // namespace

class TestSocketOptions : public QObject
{
    Q_OBJECT

private slots:
    void turnsNagleOffOnEveryTcpSocketOnce()
    {
        QTcpServer server;
        QVERIFY(server.listen(QHostAddress::LocalHost));
        QTcpSocket client; // a socket opened elsewhere in the process, as QNAM opens its own
        client.connectToHost(QHostAddress::LocalHost, server.serverPort());
        QVERIFY(client.waitForConnected(5000));
        QVERIFY(server.waitForNewConnection(5000));
        QTcpSocket *accepted = server.nextPendingConnection();
        QVERIFY(accepted);
        QCOMPARE(noDelay(client.socketDescriptor()), 0);
        QCOMPARE(noDelay(accepted->socketDescriptor()), 0);

        int unixPair[2];
        QCOMPARE(::socketpair(AF_UNIX, SOCK_STREAM, 0, unixPair), 0);

        QVERIFY(enableLowDelayOnTcpSockets() >= 2);
        QCOMPARE(noDelay(client.socketDescriptor()), 1);
        QCOMPARE(noDelay(accepted->socketDescriptor()), 1);
        QCOMPARE(enableLowDelayOnTcpSockets(), 0); // nothing left to change

        // Data still flows both ways afterwards.
        client.write("ping");
        QVERIFY(client.waitForBytesWritten(5000));
        QVERIFY(accepted->bytesAvailable() > 0 || accepted->waitForReadyRead(5000));
        QCOMPARE(accepted->readAll(), QByteArray("ping"));
        ::close(unixPair[0]);
        ::close(unixPair[1]);
    }
};

QTEST_GUILESS_MAIN(TestSocketOptions)
#include "tst_socketoptions.moc"
