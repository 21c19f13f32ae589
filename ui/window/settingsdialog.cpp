#include "settingsdialog.h"

#include "accessiblenames.h"
#include "dialogs.h"
#include "store/credentialstore.h"
#include "ui_settingsdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QPushButton>

namespace mediadesk {

SettingsDialog::SettingsDialog(const AppSettings &settings, CredentialStore *keychain, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SettingsDialog>()), m_initial(settings)
{
    m_ui->setupUi(this);
    nameBuiltInParts(this);
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("日本語"), QStringLiteral("ja"));
    m_ui->languageCombo->setCurrentIndex(qMax(0, m_ui->languageCombo->findData(settings.language)));
    m_ui->parallelSpin->setValue(settings.parallelTransfers);
    // A chosen folder that is gone is shown as it is, with a warning, not silently replaced.
    m_ui->downloadEdit->setText(settings.downloadFolder.isEmpty() ? settings.effectiveDownloadFolder()
                                                                  : settings.downloadFolder);
    const std::pair<QString, QString> conflictChoices[] = {
        {tr("Ask each time"), QStringLiteral("ask")},
        {tr("Replace it"), conflictPolicyName(ConflictPolicy::Overwrite)},
        {tr("Keep both (save as “name (2)”)"), conflictPolicyName(ConflictPolicy::Rename)},
        {tr("Skip the media"), conflictPolicyName(ConflictPolicy::Skip)}};
    for (const auto &[text, name] : conflictChoices)
        m_ui->conflictCombo->addItem(text, name);
    m_ui->conflictCombo->setCurrentIndex(m_ui->conflictCombo->findData(
        settings.downloadConflict ? conflictPolicyName(*settings.downloadConflict) : QStringLiteral("ask")));
    m_ui->notifyCheck->setChecked(settings.notifyWhenDone);
    m_ui->launcherProgressCheck->setChecked(settings.launcherProgress);
    m_ui->uploadLimitCheck->setChecked(settings.limitUploads);
    m_ui->uploadLimitSpin->setValue(settings.uploadLimitKiB);
    m_ui->downloadLimitCheck->setChecked(settings.limitDownloads);
    m_ui->downloadLimitSpin->setValue(settings.downloadLimitKiB);
    for (const auto &[check, spin] : {std::pair{m_ui->uploadLimitCheck, m_ui->uploadLimitSpin},
                                      std::pair{m_ui->downloadLimitCheck, m_ui->downloadLimitSpin}}) {
        spin->setEnabled(check->isChecked());
        spin->setAccessibleName(check->text().remove(QLatin1Char('&')).remove(QLatin1Char(':')));
        connect(check, &QCheckBox::toggled, spin, &QWidget::setEnabled);
    }
    m_ui->proxyType->addItem(tr("HTTP"), int(QNetworkProxy::HttpProxy));
    m_ui->proxyType->addItem(tr("SOCKS5"), int(QNetworkProxy::Socks5Proxy));
    m_ui->proxyType->setCurrentIndex(settings.proxyType == QNetworkProxy::Socks5Proxy ? 1 : 0);
    m_ui->proxyHost->setText(settings.proxyHost);
    m_ui->proxyPort->setValue(settings.proxyPort);
    m_ui->proxyUser->setText(settings.proxyUser);
    (settings.proxyMode == AppSettings::ProxyMode::None     ? m_ui->proxyNone
     : settings.proxyMode == AppSettings::ProxyMode::Manual ? m_ui->proxyManual
                                                            : m_ui->proxySystem)
        ->setChecked(true);
    m_ui->proxyNote->setText(
        tr("The proxy password is kept in the system keychain. The sandbox never uses a proxy."));
    m_ui->proxyPassword->setPlaceholderText(tr("Unchanged"));

    // Show whether a password is already stored, without ever showing it.
    if (keychain && settings.proxyMode == AppSettings::ProxyMode::Manual) {
        KeychainJob *read = keychain->readProxyPassword();
        connect(read, &KeychainJob::finished, this, [this, read] {
            m_ui->proxyPassword->setPlaceholderText(
                read->succeeded() ? tr("Unchanged (stored in the keychain)") : tr("None"));
        });
    }

    connect(m_ui->proxyPassword, &QLineEdit::textEdited, this, [this] { m_passwordEdited = true; });
    for (QRadioButton *radio : {m_ui->proxySystem, m_ui->proxyNone, m_ui->proxyManual})
        connect(radio, &QRadioButton::toggled, this, &SettingsDialog::updateProxyFields);
    connect(m_ui->proxyHost, &QLineEdit::textChanged, this, &SettingsDialog::updateProxyFields);
    connect(m_ui->downloadBrowse, &QPushButton::clicked, this, [this] {
        const QString folder =
            Dialogs::existingDirectory(this, tr("Download Folder"), m_ui->downloadEdit->text());
        if (!folder.isEmpty())
            m_ui->downloadEdit->setText(folder);
    });
    connect(m_ui->downloadEdit, &QLineEdit::textChanged, this, &SettingsDialog::updateDownloadWarning);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    updateDownloadWarning();
}

void SettingsDialog::updateDownloadWarning()
{
    AppSettings chosen;
    chosen.downloadFolder = m_ui->downloadEdit->text().trimmed();
    QString warning;
    if (!chosen.downloadFolder.isEmpty() && !QDir::isAbsolutePath(chosen.downloadFolder))
        warning = tr("Enter the whole path of the folder, not a path relative to another one.");
    else if (chosen.isChosenDownloadFolderMissing())
        //: %1 the folder offered instead
        warning = tr("This folder does not exist (it may have been removed, or its drive is not connected). "
                     "Until it is back, downloads are offered in “%1”.")
                      .arg(QDir::toNativeSeparators(AppSettings::defaultDownloadFolder()));
    m_ui->downloadWarning->setText(warning);
    m_ui->downloadWarning->setVisible(!warning.isEmpty());
    m_ui->downloadWarning->setAccessibleName(warning);
    updateProxyFields();
}

SettingsDialog::~SettingsDialog() = default;

void SettingsDialog::updateProxyFields()
{
    const bool manual = m_ui->proxyManual->isChecked();
    for (QWidget *w : std::initializer_list<QWidget *>{
             m_ui->proxyType, m_ui->proxyTypeLabel, m_ui->proxyHost, m_ui->proxyHostLabel, m_ui->proxyPort,
             m_ui->proxyPortLabel, m_ui->proxyUser, m_ui->proxyUserLabel, m_ui->proxyPassword,
             m_ui->proxyPasswordLabel})
        w->setEnabled(manual);
    // A manual proxy needs a host; a download folder, a whole path.
    const QString folder = m_ui->downloadEdit->text().trimmed();
    m_ui->buttons->button(QDialogButtonBox::Ok)
        ->setEnabled((!manual || !m_ui->proxyHost->text().trimmed().isEmpty()) &&
                     (folder.isEmpty() || QDir::isAbsolutePath(folder)));
}

AppSettings SettingsDialog::settings() const
{
    AppSettings s = m_initial;
    s.language = m_ui->languageCombo->currentData().toString();
    s.parallelTransfers = m_ui->parallelSpin->value();
    const QString folder = m_ui->downloadEdit->text().trimmed();
    s.downloadFolder = folder == AppSettings::defaultDownloadFolder() ? QString() : folder;
    s.proxyMode = m_ui->proxyNone->isChecked()     ? AppSettings::ProxyMode::None
                  : m_ui->proxyManual->isChecked() ? AppSettings::ProxyMode::Manual
                                                   : AppSettings::ProxyMode::System;
    s.proxyType = QNetworkProxy::ProxyType(m_ui->proxyType->currentData().toInt());
    s.proxyHost = m_ui->proxyHost->text().trimmed();
    s.proxyPort = m_ui->proxyPort->value();
    s.proxyUser = m_ui->proxyUser->text().trimmed();
    s.downloadConflict = conflictPolicyFromName(m_ui->conflictCombo->currentData().toString());
    s.notifyWhenDone = m_ui->notifyCheck->isChecked();
    s.launcherProgress = m_ui->launcherProgressCheck->isChecked();
    s.limitUploads = m_ui->uploadLimitCheck->isChecked();
    s.uploadLimitKiB = m_ui->uploadLimitSpin->value();
    s.limitDownloads = m_ui->downloadLimitCheck->isChecked();
    s.downloadLimitKiB = m_ui->downloadLimitSpin->value();
    // Setting a limit means wanting it now, even if the status bar had turned the limits off.
    if ((s.limitUploads && !m_initial.limitUploads) || (s.limitDownloads && !m_initial.limitDownloads))
        s.limitsEnabled = true;
    return s;
}

QString SettingsDialog::proxyPassword() const
{
    return m_ui->proxyPassword->text();
}

} // namespace mediadesk
