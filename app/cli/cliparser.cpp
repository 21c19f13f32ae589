#include "cliparser.h"

#include "clicommands.h"
#include "clicompletion.h"
#include "net/ratelimiter.h"

#include <QCommandLineParser>

using namespace Qt::Literals::StringLiterals;

namespace mediadesk::cli {

namespace {
// "2026-12-01" (local midnight), "2026-12-01T14:30[:ss]" (local) or with Z / ±hh:mm; in UTC.
QDateTime parseSince(const QString &text)
{
    const QString t = text.trimmed();
    if (const QDate date = QDate::fromString(t, Qt::ISODate); date.isValid() && t.size() == 10)
        return date.startOfDay().toUTC();
    const QDateTime time = QDateTime::fromString(t, Qt::ISODate);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace

QString Parser::helpText()
{
    return tr(
        "Usage: mediadesk-cli [options] COMMAND [arguments]\n"
        "\n"
        "Twilio Media Content Service from the command line.\n"
        "\n"
        "Commands:\n"
        "  services                               list every Chat Service of the account\n"
        "  upload   --service IS… FILE…           upload files; prints one \"SID  name\" line per file\n"
        "           [--content-type TYPE] [--jobs N] [--limit-rate RATE]\n"
        "  get      --service IS… ME…             show every metadata field\n"
        "  url      --service IS… ME…             print a fresh temporary content URL\n"
        "  download --service IS… ME… [-o|--output FILE|DIR] [-c|--continue]\n"
        "           [--on-conflict overwrite|rename|skip|fail] [--force] [--limit-rate RATE]\n"
        "                                         save the content (name from the metadata)\n"
        "  conversations --service IS…            list every conversation of the service\n"
        "  send     --service IS… --conversation CH… [--author A] [--body TEXT] FILE…|ME…\n"
        "                                         upload files if needed, then one message per media\n"
        "  export   --service IS… --conversation CH… -o DIR [--since DATE] [--jobs N]\n"
        "           [--limit-rate RATE]\n"
        "                                         save every media of the conversation into DIR, with\n"
        "                                         manifest.json; run again to resume\n"
        "  profiles                               list saved profiles (no secrets)\n"
        "  login NAME --account-sid AC… [--api-key SK…] [--region R] [--default]\n"
        "                                         store a profile; the secret is read from stdin\n"
        "  logout NAME                            remove a profile and its keychain entry\n"
        "  completion bash|zsh|fish               print the shell completion script\n"
        "\n"
        "Global options (before or after the command):\n"
        "  --profile NAME            use this saved profile\n"
        "  --region R                Twilio region (us1, ie1)\n"
        "  --mcs-url URL             MCS base URL, e.g. http://127.0.0.1:8080 for the emulator\n"
        "  --conversations-url URL   Conversations base URL\n"
        "  --json                    one JSON object per line on stdout\n"
        "  --quiet                   no progress or notes on stderr\n"
        "  --verbose                 print the (redacted) request log on stderr\n"
        "  --har FILE                write the command's requests to FILE as HAR 1.2 (redacted)\n"
        "  -h, --help                this help;  --version  the version\n"
        "\n"
        "--limit-rate RATE holds all of a command's transfers together to RATE bytes per second;\n"
        "K, M and G (1024-based) as in curl: 500K, 2M, 1.5M.\n"
        "\n"
        "Credentials: --profile, else TWILIO_ACCOUNT_SID + TWILIO_AUTH_TOKEN or TWILIO_API_KEY +\n"
        "TWILIO_API_SECRET, else the default profile. MEDIADESK_MCS_URL, MEDIADESK_CONVERSATIONS_URL and\n"
        "MEDIADESK_REGION override the endpoints.\n"
        "\n"
        "Exit status: 0 success, 1 failed, 2 usage error, 3 no credentials or no keychain.\n");
}

ParseResult Parser::parse(const QStringList &arguments)
{
    ParseResult result;
    QCommandLineParser parser;
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    for (const OptionSpec &spec : cliOptions()) {
        const QStringList names =
            spec.shortName.isEmpty() ? QStringList{spec.name} : QStringList{spec.shortName, spec.name};
        parser.addOption(QCommandLineOption(names, QString(), spec.valueName));
    }

    const auto shellsWanted = [] {
        return tr("“completion” takes the name of a shell: %1.")
            .arg(completionShells().join(QStringLiteral(", ")));
    };
    auto usage = [&result](const QString &message) {
        result.action = ParseResult::Action::UsageError;
        result.message = message;
        return result;
    };

    if (!parser.parse(arguments))
        return usage(parser.errorText() + QLatin1Char('\n') + tr("Run “mediadesk-cli --help” for usage."));
    if (parser.isSet(QStringLiteral("help"))) {
        result.action = ParseResult::Action::ShowHelp;
        result.message = helpText();
        return result;
    }
    if (parser.isSet(QStringLiteral("version"))) {
        result.action = ParseResult::Action::ShowVersion;
        return result;
    }

    QStringList positional = parser.positionalArguments();
    if (positional.isEmpty())
        return usage(tr("No command given. Run “mediadesk-cli --help” for usage."));
    Invocation &inv = result.invocation;
    inv.command = positional.takeFirst();
    const CommandSpec *info = findCommand(inv.command);
    if (!info)
        return usage(tr("Unknown command “%1”. Run “mediadesk-cli --help” for usage.").arg(inv.command));
    inv.operands = positional;

    // Options that belong to another command are a mistake worth pointing out.
    for (const QString &name : parser.optionNames()) {
        const OptionSpec *option = findOption(name);
        if (!option->global && !info->options.contains(option->name))
            return usage(tr("The option --%1 does not apply to “%2”.").arg(option->name, inv.command));
        if (!option->valueName.isEmpty() && parser.values(option->name).size() > 1)
            return usage(tr("The option --%1 was given more than once.").arg(option->name));
    }

    if (inv.operands.size() < info->minOperands) {
        if (info->operands == OperandKind::Shell)
            return usage(shellsWanted());
        return usage(info->operands == OperandKind::ProfileName
                         ? tr("“%1” needs a profile name.").arg(inv.command)
                         : tr("“%1” needs at least one argument.").arg(inv.command));
    }
    if (info->maxOperands == 0 && !inv.operands.isEmpty())
        return usage(
            tr("“%1” takes no arguments; unexpected “%2”.").arg(inv.command, inv.operands.constFirst()));
    if (info->maxOperands > 0 && inv.operands.size() > info->maxOperands)
        // Spelled out: the CLI loads no translator, so "%n argument(s)" would stay as written.
        return usage(
            (info->maxOperands == 1
                 ? tr("“%1” takes one argument; unexpected “%2”.")
                 : tr("“%1” takes no more than %2 arguments; unexpected “%3”.")
                       .arg(QStringLiteral("%1"), QString::number(info->maxOperands), QStringLiteral("%2")))
                .arg(inv.command, inv.operands.value(info->maxOperands)));

    inv.connection.profile = parser.value(QStringLiteral("profile"));
    inv.connection.region = parser.value(QStringLiteral("region"));
    inv.connection.mcsUrl = parser.value(QStringLiteral("mcs-url"));
    inv.connection.conversationsUrl = parser.value(QStringLiteral("conversations-url"));
    inv.json = parser.isSet(QStringLiteral("json"));
    inv.quiet = parser.isSet(QStringLiteral("quiet"));
    inv.verbose = parser.isSet(QStringLiteral("verbose"));
    inv.har = parser.value(QStringLiteral("har"));
    if (parser.isSet(QStringLiteral("har")) && inv.har.isEmpty())
        return usage(tr("--har needs the name of the file to write."));
    inv.service = parser.value(QStringLiteral("service"));
    inv.contentType = parser.value(QStringLiteral("content-type"));
    inv.output = parser.value(QStringLiteral("output"));
    inv.force = parser.isSet(QStringLiteral("force"));
    inv.resume = parser.isSet(QStringLiteral("continue"));
    if (parser.isSet(QStringLiteral("on-conflict"))) {
        const auto policy = conflictPolicyFromName(parser.value(QStringLiteral("on-conflict")));
        if (!policy)
            return usage(tr("--on-conflict takes overwrite, rename, skip or fail."));
        if (inv.force && *policy != ConflictPolicy::Overwrite)
            return usage(tr("--force means --on-conflict overwrite; give one or the other."));
        inv.onConflict = *policy;
    } else if (inv.force) {
        inv.onConflict = ConflictPolicy::Overwrite;
    }
    inv.conversation = parser.value(QStringLiteral("conversation"));
    inv.author = parser.value(QStringLiteral("author"));
    inv.bodySet = parser.isSet(QStringLiteral("body"));
    inv.body = parser.value(QStringLiteral("body"));
    inv.accountSid = parser.value(QStringLiteral("account-sid"));
    inv.apiKey = parser.value(QStringLiteral("api-key"));
    inv.makeDefault = parser.isSet(QStringLiteral("default"));
    if (parser.isSet(QStringLiteral("limit-rate"))) {
        const auto rate = RateLimiter::parseRate(parser.value(QStringLiteral("limit-rate")));
        if (!rate)
            return usage(
                tr("--limit-rate takes bytes per second, optionally with K, M or G: 500K, 2M, 1.5M."));
        if (*rate > 0 && *rate < RateLimiter::MinimumRate)
            return usage(tr("--limit-rate must be at least 1K (1024 bytes per second), or 0 for no limit."));
        inv.limitRate = *rate;
    }
    if (parser.isSet(QStringLiteral("jobs"))) {
        bool ok = false;
        inv.jobs = parser.value(QStringLiteral("jobs")).toInt(&ok);
        inv.jobsSet = true;
        if (!ok || inv.jobs < 1 || inv.jobs > 16)
            return usage(tr("--jobs takes a number from 1 to 16."));
    }
    if (info->options.contains(QStringLiteral("service")) && inv.service.isEmpty())
        return usage(
            tr("“%1” needs --service IS… (the Chat Service SID; “mediadesk-cli services” lists them).")
                .arg(inv.command));
    if ((info->id == Command::Send || info->id == Command::Export) && inv.conversation.isEmpty())
        return usage(tr("“%1” needs --conversation CH….").arg(inv.command));
    if (info->id == Command::Export && inv.output.isEmpty())
        return usage(tr("“export” needs -o DIR, the folder to save into."));
    if (parser.isSet(QStringLiteral("since"))) {
        inv.since = parseSince(parser.value(QStringLiteral("since")));
        if (!inv.since.isValid())
            return usage(tr("--since takes a date (2026-12-01) or a date and time (2026-12-01T14:30, local "
                            "time, or with Z or an offset)."));
    }
    if (info->id == Command::Login && inv.accountSid.isEmpty())
        return usage(tr("“login” needs --account-sid AC…."));
    if (info->operands == OperandKind::Shell) {
        const QString shell = inv.operands.constFirst();
        if (!completionShells().contains(shell))
            return usage(shellsWanted());
        result.action = ParseResult::Action::ShowCompletion;
        result.message = completionScript(shell);
    }
    return result;
}

} // namespace mediadesk::cli
