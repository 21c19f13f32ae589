// mediadesk-soakrunner: a TransferQueue uploading a folder of files until every one is done, for
// tst_faultsoak, which kills it on purpose; after each restart the queue must go on from its
// saved state. Credentials come from TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN.
//   mediadesk-soakrunner --base URL --service IS… --state FILE --library FILE --files DIR
// Prints "done N of M" as uploads finish and "finished" once all are done (failed uploads are
// retried, at most 20 rounds; then "gave up").
#include "net/apiclient.h"
#include "store/library.h"
#include "transfer/transferqueue.h"
#include "twilio/credentials.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <cstdio>

using namespace mediadesk;

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    const QCommandLineOption base(QStringLiteral("base"), QString(), QStringLiteral("URL"));
    const QCommandLineOption service(QStringLiteral("service"), QString(), QStringLiteral("IS"));
    const QCommandLineOption state(QStringLiteral("state"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption libraryPath(QStringLiteral("library"), QString(), QStringLiteral("FILE"));
    const QCommandLineOption files(QStringLiteral("files"), QString(), QStringLiteral("DIR"));
    parser.addOptions({base, service, state, libraryPath, files});
    parser.process(app);

    ApiClient client;
    Endpoints endpoints;
    endpoints.mcs = QUrl(parser.value(base));
    endpoints.conversations = endpoints.mcs;
    client.setEndpoints(endpoints);
    client.setCredentials(Credentials::authToken(qEnvironmentVariable("TWILIO_ACCOUNT_SID"),
                                                 qEnvironmentVariable("TWILIO_AUTH_TOKEN")));

    Library library(parser.value(libraryPath));
    if (const Result<> opened = library.open(); !opened) {
        std::fprintf(stderr, "%s\n", qPrintable(opened.problem()));
        return 1;
    }
    const bool resumed = QFile::exists(parser.value(state));
    TransferQueue queue(parser.value(state), &library);
    queue.setParallelTransfers(4);
    if (const Result<> restored = queue.restore(); !restored) {
        std::fprintf(stderr, "%s\n", qPrintable(restored.problem()));
        return 1;
    }
    if (!resumed) {
        QStringList paths;
        const QDir dir(parser.value(files));
        for (const QString &name : dir.entryList(QDir::Files, QDir::Name))
            paths << dir.filePath(name);
        queue.add(paths,
                  TransferOrigin{QStringLiteral("soak"), QStringLiteral("soak"), parser.value(service)});
    }

    int rounds = 0;
    auto report = [&]() -> bool {
        qsizetype done = 0;
        QStringList failed;
        for (const TransferItem &item : queue.items()) {
            if (item.state == TransferItem::State::Done)
                ++done;
            else if (item.state == TransferItem::State::Failed)
                failed << item.id;
        }
        std::printf("done %lld of %lld\n", static_cast<long long>(done),
                    static_cast<long long>(queue.items().size()));
        std::fflush(stdout);
        if (done == queue.items().size()) {
            (void)queue.save(); // the run is over either way; what matters is checked by the test
            std::printf("finished\n");
            std::fflush(stdout);
            QCoreApplication::quit();
            return true;
        }
        if (queue.activeCount() == 0 && !failed.isEmpty()) {
            if (++rounds > 20) {
                std::printf("gave up\n");
                std::fflush(stdout);
                QCoreApplication::exit(1);
                return false;
            }
            for (const QString &id : std::as_const(failed))
                queue.retry(id);
        }
        return false;
    };
    QObject::connect(&queue, &TransferQueue::itemChanged, &app, [&](int index) {
        const auto s = queue.items().at(index).state;
        if (s == TransferItem::State::Done || s == TransferItem::State::Failed)
            report();
    });
    // Provided last: restored items start now, with the reporting connected.
    queue.setClientProvider([&client](const QString &) { return &client; });
    if (report())
        return 0; // everything was already done before this start
    return QCoreApplication::exec();
}
