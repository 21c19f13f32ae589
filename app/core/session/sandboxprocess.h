#pragma once

#include <QObject>
#include <QProcess>
#include <QUrl>

class QTimer;

namespace mediadesk {

// mediadesk-emulator as a child process on loopback: the sandbox. It is found next to the running
// executable, in the build tree, or in the install's libexec folder; it keeps its data in the
// given folder (so sandbox uploads survive a restart) and dies with us, also when we are killed
// (--exit-with-parent).
class SandboxProcess : public QObject
{
    Q_OBJECT

public:
    enum class State { Stopped, Starting, Running, Failed };

    explicit SandboxProcess(QObject *parent = nullptr);
    ~SandboxProcess() override; // stops the child

    static QString findEmulator();      // "" when not found
    static QString defaultDataFolder(); // <app data>/sandbox

    void start(const QString &dataFolder = defaultDataFolder());
    void stop();

    State state() const { return m_state; }
    QUrl baseUrl() const { return m_baseUrl; }
    QString problem() const { return m_problem; } // why it failed (state() Failed)
    qint64 processId() const;

    static QString accountSid(); // fixed: an identifier, not a secret
    // Random for each start, handed to the child in its environment (never on its command line,
    // which every user of the machine can read): nobody else on the machine can use the sandbox.
    QString authToken() const { return m_authToken; }
    QByteArray adminToken() const { return m_adminToken; } // for /_emulator/* (tests)

signals:
    void started(const QUrl &baseUrl);
    void failed(const QString &message);
    void stateChanged(mediadesk::SandboxProcess::State state);

private:
    void onReadyRead();
    void onFinished(int exitCode, QProcess::ExitStatus status);
    void setState(State state);
    void fail(const QString &message);

    QProcess *m_process = nullptr;
    QTimer *m_startTimeout;
    State m_state = State::Stopped;
    QUrl m_baseUrl;
    QString m_problem;
    QByteArray m_stdout;
    QString m_authToken;
    QByteArray m_adminToken;
};

} // namespace mediadesk
