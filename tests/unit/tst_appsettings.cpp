// Where downloads are offered: never a relative path, never a folder that does not exist. A home
// without ~/Downloads gets one made; a chosen folder that is gone falls back to the default and
// is reported, not re-created.
#include "store/appsettings.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

class TestAppSettings : public QObject
{
    Q_OBJECT

    std::unique_ptr<QTemporaryDir> m_home;

    QString home() const { return QDir::cleanPath(m_home->path()); }
    // XDG user-dirs.dirs, as xdg-user-dirs writes it; DOWNLOAD given as a value relative to $HOME.
    void writeUserDirs(const QByteArray &download)
    {
        QDir().mkpath(home() + QStringLiteral("/config"));
        QFile f(home() + QStringLiteral("/config/user-dirs.dirs"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("XDG_DOWNLOAD_DIR=\"" + download + "\"\n");
    }

private slots:
    void init()
    {
        m_home = std::make_unique<QTemporaryDir>();
        QVERIFY(m_home->isValid());
        qputenv("HOME", home().toUtf8());
        qputenv("XDG_CONFIG_HOME", (home() + QStringLiteral("/config")).toUtf8());
    }

    void aMissingDefaultFolderIsCreated()
    {
        QVERIFY(!QFileInfo::exists(home() + QStringLiteral("/Downloads")));
        const QString folder = AppSettings().effectiveDownloadFolder();
        QCOMPARE(folder, home() + QStringLiteral("/Downloads"));
        QVERIFY(QFileInfo(folder).isDir());
        QVERIFY(QDir::isAbsolutePath(folder));
    }

    void theDesktopsDownloadFolderIsTaken()
    {
        writeUserDirs("$HOME/Téléchargements");
        const QString folder = AppSettings().effectiveDownloadFolder();
        QCOMPARE(folder, home() + QStringLiteral("/Téléchargements"));
        QVERIFY(QFileInfo(folder).isDir());
    }

    void noDownloadFolderMeansHome()
    {
        // xdg-user-dirs writes "$HOME/" for a folder the user switched off.
        writeUserDirs("$HOME/");
        QCOMPARE(AppSettings().effectiveDownloadFolder(), home());
    }

    void aDefaultThatCannotBeMadeMeansHome()
    {
        // A file stands where the folder would be made.
        QFile blocker(home() + QStringLiteral("/Downloads"));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        QCOMPARE(AppSettings().effectiveDownloadFolder(), home());
    }

    void chosenFolders_data()
    {
        QTest::addColumn<QString>("chosen"); // relative to the home; "" = none chosen
        QTest::addColumn<bool>("exists");
        QTest::addColumn<QString>("effective");
        QTest::addColumn<bool>("missing");
        QTest::newRow("none chosen") << QString() << false << QStringLiteral("Downloads") << false;
        QTest::newRow("chosen, there")
            << QStringLiteral("media/in") << true << QStringLiteral("media/in") << false;
        QTest::newRow("chosen, non-ASCII")
            << QStringLiteral("ダウンロード 2") << true << QStringLiteral("ダウンロード 2") << false;
        QTest::newRow("chosen, gone")
            << QStringLiteral("unplugged/drive") << false << QStringLiteral("Downloads") << true;
    }

    void chosenFolders()
    {
        QFETCH(QString, chosen);
        QFETCH(bool, exists);
        QFETCH(QString, effective);
        QFETCH(bool, missing);
        AppSettings settings;
        if (!chosen.isEmpty()) {
            settings.downloadFolder = home() + QLatin1Char('/') + chosen;
            if (exists)
                QVERIFY(QDir().mkpath(settings.downloadFolder));
        }
        QCOMPARE(settings.isChosenDownloadFolderMissing(), missing);
        QCOMPARE(settings.effectiveDownloadFolder(), home() + QLatin1Char('/') + effective);
        if (missing) // a chosen folder is never made again behind the user's back
            QVERIFY(!QFileInfo::exists(settings.downloadFolder));
    }
};

QTEST_GUILESS_MAIN(TestAppSettings)
#include "tst_appsettings.moc"
