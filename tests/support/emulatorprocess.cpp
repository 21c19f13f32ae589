#include "emulatorprocess.h"

#include <QCryptographicHash>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonDocument>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QSslCertificate>
#include <QSslConfiguration>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Qt::StringLiterals;

#ifndef MEDIADESK_EMULATOR_PATH
#error "MEDIADESK_EMULATOR_PATH must be defined (tests/support/CMakeLists.txt)"
#endif

EmulatorProcess::EmulatorProcess(const QStringList &extraArgs) : m_extraArgs(extraArgs) {}

EmulatorProcess::~EmulatorProcess()
{
    stop();
    m_nam.reset();
}

void EmulatorProcess::stop()
{
    if (m_process.state() == QProcess::NotRunning)
        return;
    m_process.terminate();
    if (!m_process.waitForFinished(5000)) {
        m_process.kill();
        m_process.waitForFinished(3000);
    }
}

bool EmulatorProcess::start(int timeoutMs)
{
    m_error.clear();
    if (m_process.state() != QProcess::NotRunning) {
        m_error = u"already running"_s;
        return false;
    }
    QStringList args{u"--port"_s, u"0"_s, u"--media-port"_s, u"0"_s, u"--exit-with-parent"_s};
    const qsizetype dataArg = m_extraArgs.indexOf(u"--data-dir"_s);
    if (dataArg >= 0 && dataArg + 1 < m_extraArgs.size()) {
        m_dataDir = m_extraArgs.at(dataArg + 1);
    } else {
        bool found = false;
        for (const QString &a : m_extraArgs) {
            if (a.startsWith(u"--data-dir="_s)) {
                m_dataDir = a.mid(11);
                found = true;
            }
        }
        if (!found) {
            if (!m_ownDataDir) {
                m_ownDataDir = std::make_unique<QTemporaryDir>();
                if (!m_ownDataDir->isValid()) {
                    m_error = u"cannot create a temporary data dir"_s;
                    return false;
                }
            }
            m_dataDir = m_ownDataDir->path();
            args << u"--data-dir"_s << m_dataDir;
        }
    }
    args << m_extraArgs;

    // stderr goes to a file: a pipe nobody reads would eventually block the emulator's log writes.
    if (!m_logDir)
        m_logDir = std::make_unique<QTemporaryDir>();
    m_logPath = m_logDir->filePath(u"emulator-stderr.log"_s);
    m_process.setStandardErrorFile(m_logPath, QIODevice::Append);
    m_process.setProgram(QString::fromUtf8(MEDIADESK_EMULATOR_PATH));
    m_process.setArguments(args);
    m_process.start(QIODevice::ReadOnly);
    if (!m_process.waitForStarted(timeoutMs)) {
        m_error = u"cannot start %1: %2"_s.arg(m_process.program(), m_process.errorString());
        return false;
    }

    QElapsedTimer timer;
    timer.start();
    m_baseUrl.clear();
    m_mediaUrl.clear();
    m_adminToken.clear();
    while (m_baseUrl.isEmpty() || m_mediaUrl.isEmpty() || m_adminToken.isEmpty()) {
        while (m_process.canReadLine()) {
            const QString line = QString::fromUtf8(m_process.readLine()).trimmed();
            if (line.startsWith(u"listening on "_s))
                m_baseUrl = QUrl(line.mid(13));
            else if (line.startsWith(u"media on "_s))
                m_mediaUrl = QUrl(line.mid(9));
            else if (line.startsWith(u"admin token "_s))
                m_adminToken = line.mid(12).toLatin1();
        }
        if (!m_baseUrl.isEmpty() && !m_mediaUrl.isEmpty() && !m_adminToken.isEmpty())
            break;
        const qint64 left = timeoutMs - timer.elapsed();
        if (m_process.state() == QProcess::NotRunning || left <= 0) {
            m_error =
                m_process.state() == QProcess::NotRunning
                    ? u"the emulator exited (code %1): %2"_s.arg(m_process.exitCode()).arg(log().right(2000))
                    : u"the emulator did not report its ports within %1 ms"_s.arg(timeoutMs);
            stop();
            return false;
        }
        m_process.waitForReadyRead(int(qMin<qint64>(left, 200)));
    }
    return true;
}

QString EmulatorProcess::errorString() const
{
    return m_error;
}

QUrl EmulatorProcess::baseUrl() const
{
    return m_baseUrl;
}

QUrl EmulatorProcess::mediaUrl() const
{
    return m_mediaUrl;
}

QString EmulatorProcess::dataDir() const
{
    return m_dataDir;
}

QString EmulatorProcess::log() const
{
    QFile f(m_logPath);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QString::fromUtf8(f.readAll());
}

qint64 EmulatorProcess::pid() const
{
    return m_process.processId();
}

int EmulatorProcess::call(const QByteArray &verb, const QString &path, const QByteArray &body,
                          QByteArray *reply)
{
    if (m_baseUrl.isEmpty())
        return 0;
    if (!m_nam)
        m_nam = std::make_unique<QNetworkAccessManager>();
    QUrl url = m_baseUrl;
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("Connection", "close");
    request.setRawHeader("X-Emulator-Token", m_adminToken);
    if (!m_caFile.isEmpty()) {
        QSslConfiguration ssl = QSslConfiguration::defaultConfiguration();
        ssl.addCaCertificates(QSslCertificate::fromPath(m_caFile));
        request.setSslConfiguration(ssl);
    }
    if (!body.isEmpty())
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *r = m_nam->sendCustomRequest(request, verb, body);
    QEventLoop loop;
    QTimer timer;
    timer.setSingleShot(true);
    QObject::connect(&timer, &QTimer::timeout, r, &QNetworkReply::abort);
    QObject::connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timer.start(5000);
    if (!r->isFinished())
        loop.exec();
    const int status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    if (reply)
        *reply = r->readAll();
    delete r;
    return status;
}

bool EmulatorProcess::waitUntilQuiet(int timeoutMs)
{
    return QTest::qWaitFor(
        [this] { return stats().value(QLatin1String("uploads_in_progress")).toInt() == 0; }, timeoutMs);
}

QJsonObject EmulatorProcess::stats()
{
    QByteArray body;
    if (call("GET", u"/_emulator/stats"_s, {}, &body) != 200)
        return {};
    return QJsonDocument::fromJson(body).object();
}

bool EmulatorProcess::resetStats()
{
    return call("DELETE", u"/_emulator/stats"_s, {}, nullptr) == 200;
}

QJsonObject EmulatorProcess::media(const QString &mediaSid)
{
    QByteArray body;
    if (call("GET", u"/_emulator/media/"_s + mediaSid, {}, &body) != 200)
        return {};
    return QJsonDocument::fromJson(body).object();
}

bool EmulatorProcess::addFault(const QJsonObject &rule)
{
    return call("POST", u"/_emulator/faults"_s, QJsonDocument(rule).toJson(QJsonDocument::Compact),
                nullptr) == 201;
}

bool EmulatorProcess::clearFaults()
{
    return call("DELETE", u"/_emulator/faults"_s, {}, nullptr) == 200;
}

bool EmulatorProcess::configure(const QJsonObject &settings)
{
    return call("POST", u"/_emulator/config"_s, QJsonDocument(settings).toJson(QJsonDocument::Compact),
                nullptr) == 200;
}

bool EmulatorProcess::attach(const QString &mediaSid, const QString &messageSid, const QString &channelSid)
{
    const QJsonObject o{{u"message_sid"_s, messageSid}, {u"channel_sid"_s, channelSid}};
    return call("POST", u"/_emulator/media/%1/attach"_s.arg(mediaSid),
                QJsonDocument(o).toJson(QJsonDocument::Compact), nullptr) == 200;
}

bool EmulatorProcess::deleteMedia(const QString &mediaSid)
{
    return call("DELETE", u"/_emulator/media/%1"_s.arg(mediaSid), {}, nullptr) == 204;
}

bool EmulatorProcess::seedMessages(const QString &conversationSid, int count, const QString &author,
                                   const QString &body, const QString &mediaFrom, int every)
{
    QJsonObject o{{u"count"_s, count}, {u"author"_s, author}, {u"body"_s, body}, {u"every"_s, every}};
    if (!mediaFrom.isEmpty())
        o.insert(u"media_from"_s, mediaFrom);
    return call("POST", u"/_emulator/conversations/%1/messages"_s.arg(conversationSid),
                QJsonDocument(o).toJson(QJsonDocument::Compact), nullptr) == 201;
}

QString EmulatorProcess::accountSid()
{
    return u"AC5a7db0c0ffee5a7db0c0ffee5a7db0c0"_s;
}

QString EmulatorProcess::authToken()
{
    return u"sandbox-auth-token-not-a-secret"_s;
}

QString EmulatorProcess::apiKeySid()
{
    return u"SK5a7db0c0ffee5a7db0c0ffee5a7db0c1"_s;
}

QString EmulatorProcess::apiKeySecret()
{
    return u"sandbox-api-secret-not-a-secret"_s;
}

QString EmulatorProcess::conversationSid(int service, int conversation)
{
    const QByteArray seed = "mediadesk-sandbox-conversation-" + QByteArray::number(service) + '-' +
                            QByteArray::number(conversation);
    return u"CH"_s + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex());
}

QStringList EmulatorProcess::serviceSids()
{
    QStringList out;
    for (int i = 1; i <= 3; ++i) {
        const QByteArray seed = "mediadesk-sandbox-service-" + QByteArray::number(i);
        out << u"IS"_s + QString::fromLatin1(QCryptographicHash::hash(seed, QCryptographicHash::Md5).toHex());
    }
    return out;
}
