#pragma once

#include "store/connectionresolver.h"
#include "transfer/conflictpolicy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QStringList>

namespace mediadesk::cli {

// The parsed command line: global options (before or after the command), the command, its options
// and its operands. Parsing checks only the shape; commands check their SIDs and files.
struct Invocation
{
    QString command;
    QStringList operands;
    ConnectionOptions connection;
    bool json = false;
    bool quiet = false;
    bool verbose = false;
    QString har; // --har FILE: the run's requests as HAR 1.2

    QString service;
    QString contentType;
    int jobs = 1;
    bool jobsSet = false; // --jobs given (commands have their own default)
    QString output;
    bool force = false;
    ConflictPolicy onConflict = ConflictPolicy::Fail; // --force is Overwrite
    bool resume = false;                              // --continue
    qint64 limitRate = 0;                             // --limit-rate, bytes per second; 0 = none
    QString conversation;
    QDateTime since; // UTC; invalid = not given
    QString author;
    QString body;
    bool bodySet = false;
    QString accountSid;
    QString apiKey;
    bool makeDefault = false;
};

struct ParseResult
{
    enum class Action { Run, ShowHelp, ShowVersion, ShowCompletion, UsageError };
    Action action = Action::Run;
    Invocation invocation;
    QString message; // help text, completion script or the usage error
};

class Parser
{
    Q_DECLARE_TR_FUNCTIONS(Parser)

public:
    static ParseResult parse(const QStringList &arguments);
    static QString helpText();
};

} // namespace mediadesk::cli
