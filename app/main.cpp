// mediadesk: the desktop application. Thin: application set-up, translations, the main window.
#include "logging.h"
#include "mainwindow.h"
#include "session/session.h"
#include "store/appsettings.h"
#include "store/credentialstore.h"
#include "store/profilestore.h"
#include "translations.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QIcon>

int main(int argc, char *argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("mediadesk"));
    QApplication::setApplicationName(QStringLiteral("mediadesk"));
    QApplication::setApplicationDisplayName(QStringLiteral("MediaDesk"));
    QApplication::setApplicationVersion(QStringLiteral(MEDIADESK_VERSION));
    QGuiApplication::setDesktopFileName(QStringLiteral("org.mediadesk.MediaDesk"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/org.mediadesk.MediaDesk.svg")));

    using namespace mediadesk;
    ProfileStore profiles;
    installTranslations(&app, AppSettings::load(profiles.settings()).language);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        QCoreApplication::translate("main", "Desktop client for Twilio's Media Content Service"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption sandbox(
        QStringLiteral("sandbox"),
        QCoreApplication::translate("main", "Start the local MCS emulator and open the Sandbox profile."));
    parser.addOption(sandbox);
    const QCommandLineOption verbose(
        QStringLiteral("verbose"),
        QCoreApplication::translate("main", "Print diagnostics (requests, transfers, library, keychain) to "
                                            "standard error; secrets are never printed."));
    parser.addOption(verbose);
    parser.process(app);
    if (parser.isSet(verbose))
        enableVerboseLogging();

    CredentialStore keychain;
    Session session(&profiles, &keychain);
    MainWindow::Options options;
    options.sandbox = parser.isSet(sandbox);
    MainWindow window(&session, options);
    window.show();
    return QApplication::exec();
}
