#pragma once

#include <QList>
#include <QString>
#include <QStringList>

namespace mediadesk::cli {

// What a value on the command line is, so that shell completion can offer the right things.
enum class ValueKind {
    None,        // a switch
    Text,        // anything
    Number,      // digits
    Path,        // a file or a folder that may exist
    Directory,   // a folder
    Region,      // one of Endpoints::knownRegions()
    ContentType, // a MIME type
    Conflict     // what to do with an existing file (conflictPolicyName)
};

// What a command's operands are.
enum class OperandKind { None, Files, MediaSids, FilesOrMediaSids, ProfileName, Shell };

struct OptionSpec
{
    QString name;      // long name, without "--"
    QString shortName; // "" or one letter
    QString valueName; // "" for a switch
    ValueKind value = ValueKind::None;
    bool global = false; // accepted with every command
    QString summary;     // one line, for completion menus
};

// Which command a row describes. Runner::run switches on it without a default, so a row added
// without the code that runs it does not compile (-Wswitch, an error in CI).
enum class Command {
    Services,
    Upload,
    Get,
    Url,
    Download,
    Conversations,
    Send,
    Export,
    Profiles,
    Login,
    Logout,
    Completion // answered by the parser: it needs no account
};

struct CommandSpec
{
    Command id;
    QString name;
    QStringList options; // the long names of its own options (the global ones always apply)
    int minOperands = 0;
    int maxOperands = 0; // -1 = any number
    OperandKind operands = OperandKind::None;
    QString summary; // one line, for completion menus
};

// The one description of mediadesk-cli's command line: the parser accepts what it lists, Runner::run
// dispatches on its ids, the completion scripts offer it, and tst_programinfo holds the help and the
// manual to it.
const QList<OptionSpec> &cliOptions();
const QList<CommandSpec> &cliCommands();
const OptionSpec *findOption(const QString &name); // long or short name
const CommandSpec *findCommand(const QString &name);
QStringList completionShells(); // "bash", "fish", "zsh"

} // namespace mediadesk::cli
