#pragma once

#include <QElapsedTimer>
#include <QJsonObject>
#include <QString>

namespace mediadesk::cli {

enum ExitCode { ExitOk = 0, ExitFailed = 1, ExitUsage = 2, ExitNoCredentials = 3 };

// stdout for results, stderr for everything else; progress only on a terminal and never with --quiet.
class Console
{
public:
    bool json = false;
    bool quiet = false;

    void result(const QString &line) const;      // one line on stdout
    void jsonResult(const QJsonObject &o) const; // one compact JSON object per line on stdout
    void info(const QString &line) const;        // stderr, not with --quiet
    void error(const QString &line) const;       // stderr, always: "mediadesk-cli: …"
    void progress(const QString &label, qint64 done, qint64 total); // a live line on a terminal
    void endProgress();

    static bool stderrIsTerminal();
    static bool stdinIsTerminal();
    // Reads one line from stdin, without echo when it is a terminal (prompting on stderr).
    static QString readSecret(const QString &prompt);

private:
    bool m_progressShown = false;
    QElapsedTimer m_lastDraw;
};

} // namespace mediadesk::cli
