#include "clirunner.h"

#include "clicommands.h"
#include "net/apiclient.h"
#include "net/job.h"
#include "net/requestexport.h"
#include "net/requestlog.h"
#include "store/connectionresolver.h"
#include "store/library.h"
#include "transfer/transferqueue.h"

#include <QEventLoop>
#include <QFileInfo>
#include <QProcessEnvironment>
#include <QSaveFile>
#include <QUuid>

namespace mediadesk::cli {

Runner::Runner(Invocation invocation) : m_inv(std::move(invocation)), m_client(new ApiClient)
{
    m_console.json = m_inv.json;
    m_console.quiet = m_inv.quiet;
    m_keychain.setRetryDelayMs(500);
    // As curl's --limit-rate: one rate for whatever the command moves, in either direction.
    m_client->rateLimiter()->setRate(RateLimiter::Direction::Upload, m_inv.limitRate);
    m_client->rateLimiter()->setRate(RateLimiter::Direction::Download, m_inv.limitRate);
    if (m_inv.verbose) {
        QObject::connect(m_client->requestLog(), &RequestLog::entryAdded, m_client,
                         [this](const RequestLogEntry &e) { m_console.info(RequestLog::format(e)); });
    }
    if (!m_inv.har.isEmpty()) {
        QObject::connect(m_client->requestLog(), &RequestLog::entryAdded, m_client,
                         [this](const RequestLogEntry &e) { m_harEntries.append(e); });
    }
}

Runner::~Runner()
{
    // The library closes (and checkpoints) on its thread while the connections close on theirs:
    // each takes a few milliseconds, and the process exits after the slower one, not after both.
    if (m_library)
        m_library->closeSoon();
    delete m_client;
}

Library *Runner::library()
{
    if (!m_library) {
        m_library = std::make_unique<Library>(MediaLibrary::defaultPath());
        QObject::connect(
            m_library.get(), &Library::failed, m_library.get(),
            [this](const QString &uploadId, const QString &problem) {
                if (uploadId.isEmpty()) {
                    m_console.error(tr("note: the library does not record the message: %1").arg(problem));
                    return;
                }
                // (Perhaps before its turn to be printed: the queue knows the upload.)
                const int row = m_queue ? m_queue->indexOf(uploadId) : -1;
                const TransferItem upload = row < 0 ? TransferItem() : m_queue->items().at(row);
                m_console.error(tr("%1 was uploaded as %2, but the library could not record it: %3")
                                    .arg(upload.fileName, upload.mediaSid, problem));
                ++m_libraryFailures;
            });
    }
    return m_library.get();
}

TransferOrigin Runner::origin(const QString &serviceSid) const
{
    return {QStringLiteral("cli"), m_credentialSource, serviceSid};
}

void Runner::runQueue(TransferQueue &queue, const QList<QString> &ids, int jobs,
                      const std::function<void(int ended)> &progress,
                      const std::function<void(const TransferItem &item)> &ended)
{
    m_queue = &queue;
    QEventLoop loop;
    qsizetype next = 0; // the first of ids not told yet
    auto itemOf = [&queue](const QString &id) -> const TransferItem * {
        const int row = queue.indexOf(id);
        return row < 0 ? nullptr : &queue.items().at(row);
    };
    auto tell = [&] {
        for (; next < ids.size(); ++next) {
            const TransferItem *item = itemOf(ids.at(next));
            if (item && !item->isFinished())
                break;
            if (item)
                ended(*item);
        }
        if (next == ids.size())
            loop.quit();
    };
    QObject::connect(&queue, &TransferQueue::itemChanged, &loop, [&] {
        tell();
        if (next < ids.size() && progress)
            progress(int(next));
    });
    QObject::connect(&queue, &TransferQueue::retrying, &loop,
                     [this](const QString &, int attempt, int delayMs, const TwilioError &why) {
                         m_console.info(tr("%1 — trying again in %2 s (attempt %3 of %4).")
                                            .arg(why.logSummary())
                                            .arg(delayMs / 1000.0, 0, 'f', 1)
                                            .arg(attempt)
                                            .arg(m_client->retryPolicy().maxAttempts));
                     });
    queue.setParallelTransfers(jobs);
    queue.setClientProvider([this](const QString &) { return m_client; }); // starts them
    tell();
    if (next < ids.size())
        loop.exec();
}

bool Runner::libraryWritten()
{
    if (m_library)
        m_library->waitUntilWritten();
    return m_libraryFailures == 0;
}

int Runner::run()
{
    if (m_inv.har.isEmpty())
        return runCommand();
    // Opened first, so a HAR that cannot be written stops the command before it does anything.
    QSaveFile har(m_inv.har);
    // Only its owner reads it: it may hold what messages said.
    if (!har.open(QIODevice::WriteOnly) ||
        !har.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner)) {
        m_console.error(tr("Cannot write the request log to %1: %2").arg(m_inv.har, har.errorString()));
        return ExitFailed;
    }
    const int status = runCommand();
    har.write(RequestExport::har(m_harEntries, QCoreApplication::applicationVersion()));
    if (!har.commit()) {
        m_console.error(tr("Cannot write the request log to %1: %2").arg(m_inv.har, har.errorString()));
        return status == ExitOk ? ExitFailed : status;
    }
    return status;
}

int Runner::runCommand()
{
    const CommandSpec *command = findCommand(m_inv.command);
    if (!command)
        return ExitUsage;
    switch (command->id) {
    case Command::Services:
        return services();
    case Command::Conversations:
        return conversations();
    case Command::Send:
        return send();
    case Command::Export:
        return exportConversation();
    case Command::Upload:
        return upload();
    case Command::Get:
        return get();
    case Command::Url:
        return url();
    case Command::Download:
        return download();
    case Command::Profiles:
        return profiles();
    case Command::Login:
        return login();
    case Command::Logout:
        return logout();
    case Command::Completion:
        break; // the parser printed the script
    }
    return ExitUsage;
}

std::optional<Sid> Runner::sidOrUsage(const QString &text, SidKind kind, int *exitCode) const
{
    auto sid = Sid::parse(text, kind);
    if (!sid) {
        m_console.error(sid.problem());
        *exitCode = ExitUsage;
        return std::nullopt;
    }
    return *sid;
}

int Runner::failure(const QString &subject, const TwilioError &error) const
{
    m_console.error(subject.isEmpty() ? error.userMessage()
                                      : subject + QStringLiteral(": ") + error.userMessage());
    return ExitFailed;
}

int Runner::connect()
{
    const ResolvedConnection resolved =
        ConnectionResolver::resolve(m_inv.connection, QProcessEnvironment::systemEnvironment(), m_profiles);
    for (const QString &note : resolved.notes)
        m_console.info(tr("note: %1").arg(note));
    if (resolved.outcome == ResolvedConnection::Outcome::Usage) {
        m_console.error(resolved.problem);
        return ExitUsage;
    }
    if (resolved.outcome == ResolvedConnection::Outcome::NoCredentials) {
        m_console.error(resolved.problem);
        return ExitNoCredentials;
    }
    m_client->setEndpoints(resolved.endpoints);
    if (resolved.credentials) {
        m_client->setCredentials(resolved.credentials);
        m_credentialSource = QStringLiteral("environment");
        return ExitOk;
    }
    m_credentialSource = resolved.profile->name;
    KeychainJob *read = m_keychain.readSecret(resolved.profile->name);
    QEventLoop loop;
    QObject::connect(read, &KeychainJob::finished, &loop, &QEventLoop::quit);
    loop.exec();
    if (!read->succeeded()) {
        m_console.error(read->problem());
        return ExitNoCredentials;
    }
    const Credentials credentials = resolved.profile->withSecret(read->secret());
    if (const Result<> valid = credentials.validate(); !valid) {
        m_console.error(
            tr("The profile “%1” is incomplete: %2").arg(resolved.profile->name, valid.problem()));
        return ExitNoCredentials;
    }
    m_client->setCredentials(credentials);
    return ExitOk;
}

bool Runner::waitFor(Job *job)
{
    waitForAll({job});
    return job->succeeded();
}

void Runner::waitForAll(const QList<Job *> &jobs) const
{
    QEventLoop loop;
    auto allDone = [&jobs] {
        return std::all_of(jobs.begin(), jobs.end(), [](Job *j) { return j->isFinished(); });
    };
    for (Job *job : jobs) {
        QObject::connect(job, &Job::finished, &loop, [&] {
            if (allDone())
                loop.quit();
        });
        QObject::connect(job, &Job::retrying, &loop,
                         [this](int attempt, int delayMs, const TwilioError &why) {
                             m_console.info(tr("%1 — trying again in %2 s (attempt %3 of %4).")
                                                .arg(why.logSummary())
                                                .arg(delayMs / 1000.0, 0, 'f', 1)
                                                .arg(attempt)
                                                .arg(m_client->retryPolicy().maxAttempts));
                         });
    }
    if (!allDone())
        loop.exec();
}

} // namespace mediadesk::cli
