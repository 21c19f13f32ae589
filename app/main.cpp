// mediadesk: the desktop application. Thin: application set-up, translations, the main window.
#include "logging.h"
#include "mainwindow.h"
#include "projectinfo.h"
#include "session/session.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/profilestore.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>
#include <optional>

namespace {

void describeApplication()
{
    QCoreApplication::setOrganizationName(QStringLiteral("mediadesk"));
    QCoreApplication::setApplicationName(QStringLiteral("mediadesk"));
    QCoreApplication::setApplicationVersion(QStringLiteral(MEDIADESK_VERSION));
}

struct CommandLine
{
    QCommandLineOption sandbox{
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start the local MCS emulator and open the Sandbox profile.")};
    QCommandLineOption verbose{
        QStringLiteral("verbose"),
        QCoreApplication::translate("main", "Print diagnostics (requests, transfers, library, keychain) to "
                                            "standard error; secrets are never printed.")};

    void describe(QCommandLineParser &parser) const
    {
        parser.setApplicationDescription(
            QCoreApplication::translate("main", "Desktop client for Twilio's Media Content Service"));
        parser.addHelpOption();
        parser.addVersionOption();
        parser.addOption(sandbox);
        parser.addOption(verbose);
    }
};

// --help and --version answer before there is a display or a configuration: a console
// application, the system's language, nothing read or written. nullopt: go on to the window.
std::optional<int> answerWithoutWindow(int argc, char *argv[])
{
    bool asked = false;
    for (int i = 1; i < argc && qstrcmp(argv[i], "--") != 0; ++i) {
        for (const char *flag : {"-h", "--help", "-?", "--help-all", "-v", "--version"})
            asked = asked || qstrcmp(argv[i], flag) == 0;
    }
    if (!asked)
        return std::nullopt;
    QCoreApplication app(argc, argv);
    describeApplication();
    mediadesk::installTranslations(&app, QString());
    const CommandLine options;
    QCommandLineParser parser;
    options.describe(parser);
    // Qt's own options (-platform, -style…) are unknown to a console application; they do not
    // stop an answer to --help or --version.
    if (!parser.parse(QCoreApplication::arguments())) {
        if (parser.isSet(QStringLiteral("version")))
            parser.showVersion();
        if (parser.isSet(QStringLiteral("help")) || parser.isSet(QStringLiteral("help-all")))
            parser.showHelp();
    }
    parser.process(app); // prints the help or the version and exits, or reports a usage error
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    if (const std::optional<int> status = answerWithoutWindow(argc, argv))
        return *status;

    QApplication app(argc, argv);
    describeApplication();
    QApplication::setApplicationDisplayName(QStringLiteral("MediaDesk"));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mediadesk.MediaDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.mediadesk.MediaDesk.svg")));

    using namespace mediadesk;
    ProfileStore profiles;
    installTranslations(&app, AppSettings::load(profiles.settings()).language);

    const CommandLine options;
    QCommandLineParser parser;
    options.describe(parser);
    parser.process(app);
    if (parser.isSet(options.verbose))
        enableVerboseLogging();

    CredentialStore keychain;
    Session session(&profiles, &keychain);
    MainWindow::Options windowOptions;
    windowOptions.sandbox = parser.isSet(options.sandbox);
    MainWindow window(&session, windowOptions);
    window.show();
    return QApplication::exec();
}
