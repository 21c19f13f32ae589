#include "clicommands.h"

using namespace Qt::Literals::StringLiterals;

namespace mediadesk::cli {

const QList<OptionSpec> &cliOptions()
{
    static const QList<OptionSpec> options = {
        {u"profile"_s, {}, u"NAME"_s, ValueKind::Text, true, u"use this saved profile"_s},
        {u"region"_s, {}, u"R"_s, ValueKind::Region, true, u"Twilio region"_s},
        {u"mcs-url"_s, {}, u"URL"_s, ValueKind::Text, true, u"MCS base URL"_s},
        {u"conversations-url"_s, {}, u"URL"_s, ValueKind::Text, true, u"Conversations base URL"_s},
        {u"json"_s, {}, {}, ValueKind::None, true, u"one JSON object per line on stdout"_s},
        {u"quiet"_s, {}, {}, ValueKind::None, true, u"no progress or notes on stderr"_s},
        {u"verbose"_s, {}, {}, ValueKind::None, true, u"print the redacted request log on stderr"_s},
        {u"har"_s, {}, u"FILE"_s, ValueKind::Path, true, u"write the requests to FILE as HAR 1.2"_s},
        {u"help"_s, u"h"_s, {}, ValueKind::None, true, u"show the help"_s},
        {u"version"_s, {}, {}, ValueKind::None, true, u"show the version"_s},
        {u"service"_s, {}, u"IS"_s, ValueKind::Text, false, u"Chat Service SID (IS…)"_s},
        {u"content-type"_s, {}, u"TYPE"_s, ValueKind::ContentType, false, u"MIME type of the files"_s},
        {u"jobs"_s, {}, u"N"_s, ValueKind::Number, false, u"transfers at once (1 to 16)"_s},
        {u"output"_s, u"o"_s, u"PATH"_s, ValueKind::Path, false, u"file or folder to save into"_s},
        {u"force"_s, {}, {}, ValueKind::None, false, u"overwrite an existing file"_s},
        {u"on-conflict"_s,
         {},
         u"WHAT"_s,
         ValueKind::Conflict,
         false,
         u"when the file exists: overwrite, rename, skip or fail"_s},
        {u"continue"_s,
         u"c"_s,
         {},
         ValueKind::None,
         false,
         u"continue a partial download left by an earlier run"_s},
        {u"limit-rate"_s,
         {},
         u"RATE"_s,
         ValueKind::Text,
         false,
         u"at most RATE bytes per second (500K, 2M), all transfers together"_s},
        {u"conversation"_s, {}, u"CH"_s, ValueKind::Text, false, u"Conversation SID (CH…)"_s},
        {u"author"_s, {}, u"A"_s, ValueKind::Text, false, u"author of the messages"_s},
        {u"body"_s, {}, u"TEXT"_s, ValueKind::Text, false, u"text of the first message"_s},
        {u"since"_s, {}, u"DATE"_s, ValueKind::Text, false, u"only media sent from this date on"_s},
        {u"account-sid"_s, {}, u"AC"_s, ValueKind::Text, false, u"Account SID (AC…)"_s},
        {u"api-key"_s, {}, u"SK"_s, ValueKind::Text, false, u"API key SID (SK…) instead of the Auth Token"_s},
        {u"default"_s, {}, {}, ValueKind::None, false, u"make it the default profile"_s},
    };
    return options;
}

const QList<CommandSpec> &cliCommands()
{
    static const QList<CommandSpec> commands = {
        {Command::Services,
         u"services"_s,
         {},
         0,
         0,
         OperandKind::None,
         u"list every Chat Service of the account"_s},
        {Command::Upload,
         u"upload"_s,
         {u"service"_s, u"content-type"_s, u"jobs"_s, u"limit-rate"_s},
         1,
         -1,
         OperandKind::Files,
         u"upload files"_s},
        {Command::Get,
         u"get"_s,
         {u"service"_s},
         1,
         -1,
         OperandKind::MediaSids,
         u"show every metadata field of media"_s},
        {Command::Url,
         u"url"_s,
         {u"service"_s},
         1,
         -1,
         OperandKind::MediaSids,
         u"print a fresh temporary content URL"_s},
        {Command::Download,
         u"download"_s,
         {u"service"_s, u"output"_s, u"force"_s, u"on-conflict"_s, u"continue"_s, u"limit-rate"_s},
         1,
         -1,
         OperandKind::MediaSids,
         u"save the content of media"_s},
        {Command::Conversations,
         u"conversations"_s,
         {u"service"_s},
         0,
         0,
         OperandKind::None,
         u"list every conversation of the service"_s},
        {Command::Send,
         u"send"_s,
         {u"service"_s, u"conversation"_s, u"author"_s, u"body"_s},
         1,
         -1,
         OperandKind::FilesOrMediaSids,
         u"send files or media into a conversation"_s},
        {Command::Export,
         u"export"_s,
         {u"service"_s, u"conversation"_s, u"output"_s, u"since"_s, u"jobs"_s, u"limit-rate"_s},
         0,
         0,
         OperandKind::None,
         u"save every media of a conversation into a folder"_s},
        {Command::Profiles, u"profiles"_s, {}, 0, 0, OperandKind::None, u"list saved profiles"_s},
        {Command::Login,
         u"login"_s,
         {u"account-sid"_s, u"api-key"_s, u"default"_s},
         1,
         1,
         OperandKind::ProfileName,
         u"store a profile; the secret is read from stdin"_s},
        {Command::Logout,
         u"logout"_s,
         {},
         1,
         1,
         OperandKind::ProfileName,
         u"remove a profile and its keychain entry"_s},
        {Command::Completion,
         u"completion"_s,
         {},
         1,
         1,
         OperandKind::Shell,
         u"print the completion script for a shell"_s},
    };
    return commands;
}

const OptionSpec *findOption(const QString &name)
{
    for (const OptionSpec &option : cliOptions()) {
        if (option.name == name || (!option.shortName.isEmpty() && option.shortName == name))
            return &option;
    }
    return nullptr;
}

const CommandSpec *findCommand(const QString &name)
{
    for (const CommandSpec &command : cliCommands()) {
        if (command.name == name)
            return &command;
    }
    return nullptr;
}

QStringList completionShells()
{
    return {u"bash"_s, u"fish"_s, u"zsh"_s};
}

} // namespace mediadesk::cli
