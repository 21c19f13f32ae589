// mediadesk-emulator: parse the command line, start both listeners, print where they listen,
// wait for SIGINT/SIGTERM.
#include "server.h"

#include <QCoreApplication>
#include <QDir>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <csignal>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <optional>
#include <pthread.h>
#include <sys/prctl.h>
#include <thread>
#include <unistd.h>

using namespace Qt::StringLiterals;

int main(int argc, char **argv)
{
    // Block the stop signals in every thread (they inherit the mask); main() waits for them.
    sigset_t stopSignals;
    sigemptyset(&stopSignals);
    sigaddset(&stopSignals, SIGINT);
    sigaddset(&stopSignals, SIGTERM);
    pthread_sigmask(SIG_BLOCK, &stopSignals, nullptr);
    std::signal(SIGPIPE, SIG_IGN); // clients that hang up must not kill the server

    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(u"mediadesk-emulator"_s);

    mdemu::Options options;
    QString message;
    switch (mdemu::parseOptions(QCoreApplication::arguments(), options, message)) {
    case mdemu::ParseOutcome::Help:
        std::fputs(qPrintable(message), stdout);
        return 0;
    case mdemu::ParseOutcome::Version:
        std::printf("%s\n", qPrintable(message));
        return 0;
    case mdemu::ParseOutcome::Error:
        std::fprintf(stderr, "mediadesk-emulator: %s\nTry --help.\n", qPrintable(message));
        return 2;
    case mdemu::ParseOutcome::Run:
        break;
    }

    if (options.exitWithParent) {
        const pid_t parent = options.parentPid > 0 ? pid_t(options.parentPid) : getppid();
        prctl(PR_SET_PDEATHSIG, SIGTERM);
        if (getppid() != parent)
            return 0; // the parent died before we could ask to follow it
    }

    std::optional<QTemporaryDir> tempDir;
    if (options.dataDir.isEmpty()) {
        tempDir.emplace(QDir::tempPath() + u"/mediadesk-emulator-XXXXXX"_s);
        if (!tempDir->isValid()) {
            std::fprintf(stderr, "mediadesk-emulator: cannot create a temporary data dir\n");
            return 1;
        }
        options.dataDir = tempDir->path();
    }

    if (options.adminToken.empty()) {
        const QByteArray random = QByteArray::number(QRandomGenerator::system()->generate64(), 16) +
                                  QByteArray::number(QRandomGenerator::system()->generate64(), 16);
        options.adminToken = random.toStdString();
    }
    mdemu::EmulatorServer server(options);
    if (const mediadesk::Result<> started = server.start(); !started) {
        std::fprintf(stderr, "mediadesk-emulator: %s\n", qPrintable(started.problem()));
        return 1;
    }
    std::printf("listening on %s\nmedia on %s\nadmin token %s\n", server.apiOrigin().c_str(),
                server.mediaOrigin().c_str(), options.adminToken.c_str());
    std::fflush(stdout);
    std::fprintf(stderr, "data dir %s\n", qPrintable(QDir::toNativeSeparators(options.dataDir)));

    int signal = 0;
    sigwait(&stopSignals, &signal);
    std::fprintf(stderr, "mediadesk-emulator: stopping (%s)\n", signal == SIGINT ? "SIGINT" : "SIGTERM");

    // Slow transfers are aborted by stop(); should one still hang, don't hang with it.
    const std::string cleanup = tempDir ? tempDir->path().toStdString() : std::string();
    std::thread([cleanup] {
        std::this_thread::sleep_for(std::chrono::seconds(5));
        std::fprintf(stderr, "mediadesk-emulator: forced exit\n");
        if (!cleanup.empty()) {
            std::error_code ec;
            std::filesystem::remove_all(cleanup, ec);
        }
        std::_Exit(0);
    }).detach();
    server.stop();
    return 0;
}
