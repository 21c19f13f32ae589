#include "cliconsole.h"

#include "text/displaytext.h"

#include <QJsonDocument>
#include <QLocale>
#include <cstdio>
#include <iostream>
#include <string>
#include <termios.h>
#include <unistd.h>

namespace mediadesk::cli {

namespace {
void writeLine(FILE *stream, const QString &line)
{
    const QByteArray bytes = line.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
    std::fputc('\n', stream);
    std::fflush(stream);
}
} // namespace

// Everything printed passes through printableLines() or asciiSafeJson(): lines carry server
// text (file names, authors, error messages), and no escape sequence in it may reach a terminal.
void Console::result(const QString &line) const
{
    writeLine(stdout, printableLines(line));
}

void Console::jsonResult(const QJsonObject &o) const
{
    writeLine(stdout, asciiSafeJson(QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact))));
}

void Console::info(const QString &line) const
{
    if (!quiet)
        writeLine(stderr, printableLines(line));
}

void Console::error(const QString &line) const
{
    writeLine(stderr, QStringLiteral("mediadesk-cli: ") + printableLines(line));
}

bool Console::stderrIsTerminal()
{
    return isatty(STDERR_FILENO) == 1;
}

bool Console::stdinIsTerminal()
{
    return isatty(STDIN_FILENO) == 1;
}

void Console::progress(const QString &label, qint64 done, qint64 total)
{
    if (quiet || !stderrIsTerminal())
        return;
    if (m_lastDraw.isValid() && m_lastDraw.elapsed() < 100 && done != total)
        return;
    m_lastDraw.start();
    const QLocale locale;
    QString line = printableText(label) + QStringLiteral("  ") + locale.formattedDataSize(done);
    if (total > 0)
        line += QStringLiteral(" / ") + locale.formattedDataSize(total) +
                QStringLiteral("  %1%").arg(int(100.0 * double(done) / double(total)));
    const QByteArray bytes = (QStringLiteral("\r\x1b[2K") + line).toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
    m_progressShown = true;
}

void Console::endProgress()
{
    if (!m_progressShown)
        return;
    std::fputs("\r\x1b[2K", stderr);
    std::fflush(stderr);
    m_progressShown = false;
}

QString Console::readSecret(const QString &prompt)
{
    const bool terminal = stdinIsTerminal();
    termios saved{};
    if (terminal) {
        const QByteArray p = prompt.toUtf8();
        std::fwrite(p.constData(), 1, size_t(p.size()), stderr);
        std::fflush(stderr);
        tcgetattr(STDIN_FILENO, &saved);
        termios silent = saved;
        silent.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &silent);
    }
    std::string line;
    std::getline(std::cin, line);
    if (terminal) {
        tcsetattr(STDIN_FILENO, TCSANOW, &saved);
        std::fputc('\n', stderr);
    }
    QString secret = QString::fromStdString(line);
    while (secret.endsWith(QLatin1Char('\r')) || secret.endsWith(QLatin1Char('\n')))
        secret.chop(1);
    // Wipe the temporary copy; the QString is all that remains.
    std::fill(line.begin(), line.end(), '\0');
    return secret;
}

} // namespace mediadesk::cli
