// The settings dialog for real: values round-trip through the settings file, a manual proxy needs
// a host, and the proxy it describes is the one requests use (loopback always goes direct).
#include "formaccess.h"
#include "guitestenv.h"
#include "net/apiclient.h"
#include "settingsdialog.h"
#include "store/profilestore.h"
#include "ui_settingsdialog.h"

#include <QPushButton>
#include <QSettings>
#include <QTest>

using namespace mediadesk;

class TestSettingsDialog : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

private slots:
    void initTestCase() { isolateGuiTest(m_home); }

    void defaults()
    {
        ProfileStore profiles;
        const AppSettings settings = AppSettings::load(profiles.settings());
        QCOMPARE(settings.parallelTransfers, 3);
        QCOMPARE(settings.proxyMode, AppSettings::ProxyMode::System);
        QVERIFY(settings.language.isEmpty());
        QVERIFY(!settings.proxy({}).has_value()); // the system's proxy
        QVERIFY(!settings.hasLimits());
        QCOMPARE(settings.effectiveUploadLimit(), 0);
    }

    void roundTrip()
    {
        SettingsDialog dialog(AppSettings{}, nullptr);
        Ui::SettingsDialog *ui = formOf(&dialog);
        ui->languageCombo->setCurrentIndex(ui->languageCombo->findData(QStringLiteral("ja")));
        ui->parallelSpin->setValue(5);
        ui->downloadEdit->setText(m_home.filePath(QStringLiteral("downloads")));
        ui->proxyManual->setChecked(true);
        ui->proxyType->setCurrentIndex(ui->proxyType->findData(int(QNetworkProxy::Socks5Proxy)));
        ui->proxyHost->setText(QStringLiteral("proxy.example.com"));
        ui->proxyPort->setValue(1080);
        ui->proxyUser->setText(QStringLiteral("me"));
        QTest::keyClicks(ui->proxyPassword, QStringLiteral("pw"));
        QVERIFY(dialog.proxyPasswordChanged());
        QVERIFY(!ui->uploadLimitSpin->isEnabled()); // no limit until its box is ticked
        ui->uploadLimitCheck->setChecked(true);
        QVERIFY(ui->uploadLimitSpin->isEnabled());
        ui->uploadLimitSpin->setValue(2048);
        ui->downloadLimitSpin->setValue(300); // kept, though its limit stays off
        QVERIFY(ui->notifyCheck->isChecked() && ui->launcherProgressCheck->isChecked()); // on by default
        ui->notifyCheck->setChecked(false);

        const AppSettings chosen = dialog.settings();
        ProfileStore profiles;
        chosen.save(profiles.settings());
        const AppSettings loaded = AppSettings::load(profiles.settings());
        QCOMPARE(loaded.language, QStringLiteral("ja"));
        QCOMPARE(loaded.parallelTransfers, 5);
        QCOMPARE(loaded.downloadFolder, m_home.filePath(QStringLiteral("downloads")));
        QCOMPARE(loaded.proxyMode, AppSettings::ProxyMode::Manual);
        QCOMPARE(loaded.proxyType, QNetworkProxy::Socks5Proxy);
        QCOMPARE(loaded.proxyHost, QStringLiteral("proxy.example.com"));
        QCOMPARE(loaded.proxyPort, 1080);
        QCOMPARE(loaded.proxyUser, QStringLiteral("me"));
        QVERIFY(loaded.limitUploads && !loaded.limitDownloads);
        QCOMPARE(loaded.uploadLimitKiB, 2048);
        QCOMPARE(loaded.downloadLimitKiB, 300);
        QCOMPARE(loaded.effectiveUploadLimit(), 2048 * 1024);
        QCOMPARE(loaded.effectiveDownloadLimit(), 0);
        QVERIFY(!loaded.notifyWhenDone && loaded.launcherProgress);
        // The password is not in the settings file.
        QFile file(profiles.settingsPath());
        QVERIFY(file.open(QIODevice::ReadOnly));
        QVERIFY(!file.readAll().contains("=pw"));
    }

    // A download folder that is gone, or typed relative to nothing, is said under the field;
    // only a relative one keeps the dialog from being accepted.
    void downloadFolderWarning_data()
    {
        QTest::addColumn<QString>("folder");
        QTest::addColumn<bool>("warned");
        QTest::addColumn<bool>("acceptable");
        QTest::addColumn<QString>("says");
        QTest::newRow("exists") << QStringLiteral("downloads") << false << true << QString();
        QTest::newRow("removed after it was chosen")
            << QStringLiteral("removed") << true << true << QStringLiteral("does not exist");
        QTest::newRow("relative") << QStringLiteral("@relative/Downloads") << true << false
                                  << QStringLiteral("whole path");
    }

    void downloadFolderWarning()
    {
        QFETCH(QString, folder);
        QFETCH(bool, warned);
        QFETCH(bool, acceptable);
        QFETCH(QString, says);
        QString path = folder.startsWith(u'@') ? folder.mid(1) : m_home.filePath(folder);
        QVERIFY(QDir().mkpath(m_home.filePath(QStringLiteral("downloads"))));
        if (folder == QLatin1String("removed")) {
            QVERIFY(QDir().mkpath(path));
            QVERIFY(QDir(path).removeRecursively());
        }
        AppSettings chosen;
        chosen.downloadFolder = path;
        SettingsDialog dialog(chosen, nullptr);
        dialog.show();
        Ui::SettingsDialog *ui = formOf(&dialog);
        QCOMPARE(ui->downloadEdit->text(), path);
        QCOMPARE(ui->downloadWarning->isVisible(), warned);
        QVERIFY2(ui->downloadWarning->text().contains(says), qPrintable(ui->downloadWarning->text()));
        if (folder == QLatin1String("removed"))
            QVERIFY(ui->downloadWarning->text().contains(AppSettings::defaultDownloadFolder()));
        QCOMPARE(ui->buttons->button(QDialogButtonBox::Ok)->isEnabled(), acceptable);

        // Choosing a folder that exists clears the warning.
        ui->downloadEdit->setText(m_home.filePath(QStringLiteral("downloads")));
        QVERIFY(!ui->downloadWarning->isVisible());
        QVERIFY(ui->buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void manualProxyNeedsAHost()
    {
        SettingsDialog dialog(AppSettings{}, nullptr);
        Ui::SettingsDialog *ui = formOf(&dialog);
        QVERIFY(!ui->proxyHost->isEnabled());
        ui->proxyManual->setChecked(true);
        QVERIFY(ui->proxyHost->isEnabled());
        QVERIFY(!ui->buttons->button(QDialogButtonBox::Ok)->isEnabled());
        ui->proxyHost->setText(QStringLiteral("proxy.example.com"));
        QVERIFY(ui->buttons->button(QDialogButtonBox::Ok)->isEnabled());
    }

    void turningTheLimitsOffKeepsThem()
    {
        // The status bar's switch lifts the limits without forgetting them; setting a new one in
        // Settings means wanting it now.
        AppSettings off;
        off.limitDownloads = true;
        off.downloadLimitKiB = 512;
        off.limitsEnabled = false;
        QCOMPARE(off.effectiveDownloadLimit(), 0);
        SettingsDialog kept(off, nullptr);
        QVERIFY(!kept.settings().limitsEnabled);
        QCOMPARE(kept.settings().downloadLimitKiB, 512);
        SettingsDialog added(off, nullptr);
        formOf(&added)->uploadLimitCheck->setChecked(true);
        QVERIFY(added.settings().limitsEnabled);
        QCOMPARE(added.settings().effectiveDownloadLimit(), 512 * 1024);
    }

    void proxyReachesRequests()
    {
        AppSettings manual;
        manual.proxyMode = AppSettings::ProxyMode::Manual;
        manual.proxyHost = QStringLiteral("proxy.example.com");
        manual.proxyPort = 3128;
        manual.proxyUser = QStringLiteral("me");
        ApiClient client;
        client.setManualProxy(manual.proxy(QStringLiteral("pw")));
        const QNetworkProxy remote = client.proxyFor(QUrl(QStringLiteral("https://mcs.us1.twilio.com/v1")));
        QCOMPARE(remote.type(), QNetworkProxy::HttpProxy);
        QCOMPARE(remote.hostName(), QStringLiteral("proxy.example.com"));
        QCOMPARE(remote.port(), quint16(3128));
        QCOMPARE(remote.password(), QStringLiteral("pw"));
        // The sandbox and the emulator are never behind a proxy.
        QCOMPARE(client.proxyFor(QUrl(QStringLiteral("http://127.0.0.1:8080"))).type(),
                 QNetworkProxy::NoProxy);

        AppSettings none;
        none.proxyMode = AppSettings::ProxyMode::None;
        client.setManualProxy(none.proxy({}));
        QCOMPARE(client.proxyFor(QUrl(QStringLiteral("https://mcs.us1.twilio.com"))).type(),
                 QNetworkProxy::NoProxy);
    }
};

QTEST_MAIN(TestSettingsDialog)
#include "tst_settingsdialog.moc"
