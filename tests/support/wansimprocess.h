// Runs tests/bench/mediadesk-wansim (round-trip time and bandwidth cap on loopback) in front of a
// port, and makes the throwaway CA and server certificate for TLS tests (make-test-ca.sh).
#pragma once

#include <QProcess>
#include <QString>

class WanSimProcess
{
public:
    WanSimProcess() = default;
    ~WanSimProcess();
    WanSimProcess(const WanSimProcess &) = delete;
    WanSimProcess &operator=(const WanSimProcess &) = delete;

    // Relays 127.0.0.1:port() to 127.0.0.1:targetPort with this round-trip time and cap per
    // direction (bytes per second, 0 = none).
    bool start(int targetPort, int rttMs, qint64 bytesPerSecond);
    int port() const { return m_port; }
    QString errorString() const { return m_error; }

    // Writes ca.pem, server.pem and server.key (for 127.0.0.1 and localhost) into dir.
    static bool makeTestCertificates(const QString &dir, QString *error);

private:
    QProcess m_process;
    int m_port = 0;
    QString m_error;
};
