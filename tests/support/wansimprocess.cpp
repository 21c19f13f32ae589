#include "wansimprocess.h"

#include <QElapsedTimer>

using namespace Qt::StringLiterals;

#ifndef MEDIADESK_WANSIM_PATH
#error "MEDIADESK_WANSIM_PATH must be defined (tests/support/CMakeLists.txt)"
#endif

WanSimProcess::~WanSimProcess()
{
    if (m_process.state() != QProcess::NotRunning) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool WanSimProcess::start(int targetPort, int rttMs, qint64 bytesPerSecond)
{
    m_process.setProgram(QString::fromUtf8(MEDIADESK_WANSIM_PATH));
    m_process.setArguments({u"--target"_s, QString::number(targetPort), u"--rtt-ms"_s, QString::number(rttMs),
                            u"--rate"_s, QString::number(bytesPerSecond)});
    m_process.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    m_process.start(QIODevice::ReadOnly);
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 10000 && m_process.state() != QProcess::NotRunning) {
        if (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(u"listening on 127.0.0.1:"_s)) {
                m_port = line.mid(23).toInt();
                return m_port > 0;
            }
        }
        m_process.waitForReadyRead(200);
    }
    m_error = u"mediadesk-wansim did not start: %1"_s.arg(m_process.errorString());
    return false;
}

bool WanSimProcess::makeTestCertificates(const QString &dir, QString *error)
{
    QProcess script;
    script.setProcessChannelMode(QProcess::MergedChannels);
    script.start(u"sh"_s, {QString::fromUtf8(MEDIADESK_MAKE_TEST_CA_PATH), dir});
    if (!script.waitForFinished(30000) || script.exitStatus() != QProcess::NormalExit ||
        script.exitCode() != 0) {
        *error = u"make-test-ca.sh failed: %1"_s.arg(QString::fromUtf8(script.readAll()));
        return false;
    }
    return true;
}
