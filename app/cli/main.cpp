// mediadesk-cli: parses the command line and hands it to the Runner.
#include "clirunner.h"
#include "projectinfo.h"
#include "text/displaytext.h"

#include <QCoreApplication>
#include <cstdio>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("mediadesk-cli"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEDIADESK_VERSION));

    using namespace mediadesk::cli;
    const ParseResult parsed = Parser::parse(QCoreApplication::arguments());
    switch (parsed.action) {
    case ParseResult::Action::ShowHelp:
    case ParseResult::Action::ShowCompletion:
        std::fputs(parsed.message.toUtf8().constData(), stdout);
        return ExitOk;
    case ParseResult::Action::ShowVersion:
        std::printf("mediadesk-cli %s\n", MEDIADESK_VERSION);
        return ExitOk;
    case ParseResult::Action::UsageError:
        std::fprintf(stderr, "mediadesk-cli: %s\n",
                     mediadesk::printableLines(parsed.message).toUtf8().constData());
        return ExitUsage;
    case ParseResult::Action::Run:
        break;
    }
    Runner runner(parsed.invocation);
    return runner.run();
}
