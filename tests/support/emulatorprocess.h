// Runs the real mediadesk-emulator binary as a child process for tests, plus synchronous helpers
// for its /_emulator admin endpoints.
#pragma once

#include <QJsonObject>
#include <QProcess>
#include <QString>
#include <QStringList>
#include <QUrl>
#include <memory>

class QNetworkAccessManager;
class QTemporaryDir;

class EmulatorProcess
{
public:
    explicit EmulatorProcess(const QStringList &extraArgs = {});
    ~EmulatorProcess(); // terminates the child (SIGTERM, then kill), removes its temp data dir if it made one
    EmulatorProcess(const EmulatorProcess &) = delete;
    EmulatorProcess &operator=(const EmulatorProcess &) = delete;

    // Launches with --port 0 --media-port 0 --exit-with-parent --data-dir <temp dir unless extraArgs
    // has --data-dir> + extraArgs, and waits for the "listening on" and "media on" lines.
    bool start(int timeoutMs = 15000);
    // Stops the child (SIGTERM, then kill). The data dir stays until destruction, so a new
    // EmulatorProcess can be started on it (restart tests).
    void stop();
    QString errorString() const;
    // The admin helpers below trust this CA when the emulator speaks https (--tls-cert).
    void setCaFile(const QString &caFile) { m_caFile = caFile; }
    QUrl baseUrl() const;  // http://127.0.0.1:PORT  (MCS and Conversations origin)
    QUrl mediaUrl() const; // http://127.0.0.1:PORT2 (temporary-link origin)
    QString dataDir() const;
    // The child's stderr so far (request log, credential-leak lines).
    QString log() const;

    // GET /_emulator/stats (5 s timeout). Each admin call has a connection of its own
    // (Connection: close), so it adds exactly one to the "connections" count.
    QJsonObject stats();
    // Waits until no upload is in progress on the emulator: one a test cut off is counted and
    // stored (or not) by now. False after timeoutMs.
    bool waitUntilQuiet(int timeoutMs = 20000);
    bool resetStats();                           // DELETE /_emulator/stats
    QJsonObject media(const QString &mediaSid);  // GET /_emulator/media/{ME}; empty when unknown
    bool addFault(const QJsonObject &rule);      // POST /_emulator/faults
    bool clearFaults();                          // DELETE /_emulator/faults
    bool configure(const QJsonObject &settings); // POST /_emulator/config
    bool attach(const QString &mediaSid, const QString &messageSid, const QString &channelSid);
    bool deleteMedia(const QString &mediaSid); // DELETE /_emulator/media/{ME}: gone, as Twilio deletes it
    // POST /_emulator/conversations/{CH}/messages: count messages by author ("%1" in body numbers
    // them); with mediaFrom, every `every`th message (the first included) carries a copy of it.
    bool seedMessages(const QString &conversationSid, int count, const QString &author, const QString &body,
                      const QString &mediaFrom = {}, int every = 1);

    static QString accountSid();
    static QString authToken();
    static QString apiKeySid();
    static QString apiKeySecret();
    // The seeded service SIDs in order for the default --services count (3):
    // "IS" + md5("mediadesk-sandbox-service-<i>").
    static QStringList serviceSids();
    // Conversation j (1-based) of service i (1-based): "CH" + md5("mediadesk-sandbox-conversation-<i>-<j>").
    static QString conversationSid(int service, int conversation);

    qint64 pid() const;
    QByteArray adminToken() const { return m_adminToken; }

private:
    // Sends one admin request; returns the HTTP status (0 on a network error or timeout).
    int call(const QByteArray &verb, const QString &path, const QByteArray &body, QByteArray *reply);

    QStringList m_extraArgs;
    QProcess m_process;
    std::unique_ptr<QTemporaryDir> m_ownDataDir;
    std::unique_ptr<QTemporaryDir> m_logDir;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    QString m_dataDir;
    QString m_caFile;
    QString m_logPath;
    QString m_error;
    QUrl m_baseUrl;
    QByteArray m_adminToken; // printed by the emulator at start-up
    QUrl m_mediaUrl;
};
