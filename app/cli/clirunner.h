#pragma once

#include "cliconsole.h"
#include "cliparser.h"
#include "net/requestlog.h"
#include "store/credentialstore.h"
#include "store/profilestore.h"
#include "twilio/sid.h"
#include "twilio/twilioerror.h"

#include <QCoreApplication>
#include <QHash>
#include <QPair>
#include <QPointer>
#include <functional>
#include <memory>
#include <optional>

namespace mediadesk {
class ApiClient;
class Job;
class Library;
class TransferQueue;
struct TransferItem;
struct TransferOrigin;
} // namespace mediadesk

namespace mediadesk::cli {

// Runs one parsed command line. Each command validates its operands first (exit 2), then finds
// credentials (exit 3), then does the work (exit 1 when any part of it failed).
class Runner
{
    Q_DECLARE_TR_FUNCTIONS(Runner)

public:
    explicit Runner(Invocation invocation);
    ~Runner();
    int run();

private:
    int runCommand();
    int connect();
    bool waitFor(Job *job);                          // spins a local event loop until finished()
    void waitForAll(const QList<Job *> &jobs) const; // same, for several
    std::optional<Sid> sidOrUsage(const QString &text, SidKind kind, int *exitCode) const;
    int failure(const QString &subject, const TwilioError &error) const;
    // The library shared with the window, written on a thread of its own so that the next upload
    // never waits for a commit (or for another process's lock).
    Library *library();
    // Waits for everything recorded; false when an upload, which did succeed, is not in the library.
    bool libraryWritten();
    // The account this run works with, as the queue and the library name it.
    TransferOrigin origin(const QString &serviceSid) const;
    // Runs the queue, `jobs` transfers at once, until every item of ids has ended; ended() is
    // called for each in the order of ids, as soon as it and those before it have ended (a row that
    // the library refuses is said on stderr). progress(count ended) follows the queue's changes.
    void runQueue(TransferQueue &queue, const QList<QString> &ids, int jobs,
                  const std::function<void(int ended)> &progress,
                  const std::function<void(const TransferItem &item)> &ended);

    int services();
    int conversations();
    int send();
    int exportConversation();
    int upload();
    int get();
    int url();
    int download();
    int profiles();
    int login();
    int logout();

    Invocation m_inv;
    Console m_console;
    ProfileStore m_profiles;
    CredentialStore m_keychain;
    ApiClient *m_client;
    QString m_credentialSource; // the profile name, or "environment"
    std::unique_ptr<Library> m_library;
    QPointer<TransferQueue> m_queue; // the queue of this run, once there is one
    int m_libraryFailures = 0;
    QList<RequestLogEntry> m_harEntries; // every request of the run, with --har
};

} // namespace mediadesk::cli
