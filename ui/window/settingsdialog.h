#pragma once

#include "store/appsettings.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SettingsDialog;
}

namespace mediadesk {

class CredentialStore;

// Language, parallel transfers, download folder, speed limits and proxy. The proxy password goes to the
// keychain.
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(const AppSettings &settings, CredentialStore *keychain, QWidget *parent = nullptr);
    ~SettingsDialog() override;

    AppSettings settings() const;
    QString proxyPassword() const; // "" when none was typed
    bool proxyPasswordChanged() const { return m_passwordEdited; }

private:
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::SettingsDialog *form() const { return m_ui.get(); }
    void updateProxyFields(); // and whether OK can be pressed
    void updateDownloadWarning();

    std::unique_ptr<Ui::SettingsDialog> m_ui;
    AppSettings m_initial;
    bool m_passwordEdited = false;
};

} // namespace mediadesk
