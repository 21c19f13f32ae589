#pragma once

#include <QDialog>
#include <QNetworkProxy>
#include <functional>
#include <memory>
#include <optional>

namespace Ui {
class AccountDialog;
}

namespace mediadesk {

class ApiClient;
class CredentialStore;
class ListServicesJob;
class ProfileStore;
struct Profile;

// Add or edit a Twilio account: validated as you type, "Test connection" lists the services, and
// Save puts the secret in the system keychain (or, when there is none and the person agrees, in
// memory for this run only) and everything else in the profile settings.
class AccountDialog : public QDialog
{
    Q_OBJECT

public:
    AccountDialog(ProfileStore *profiles, CredentialStore *keychain, QWidget *parent = nullptr,
                  const QString &editName = {});
    ~AccountDialog() override;

    QString profileName() const;
    // Set when no keychain was available and the person chose to keep the secret for this run.
    const std::optional<QString> &sessionOnlySecret() const { return m_sessionSecret; }
    bool isValid() const;
    // True when a new secret was typed (an old in-memory secret for the profile is then stale).
    bool secretEntered() const;
    // Test connection goes through the same proxy as everything else.
    void setProxy(const std::optional<QNetworkProxy> &proxy) { m_proxy = proxy; }

public slots:
    void testConnection();
    void reject() override; // not while the keychain is being written

signals:
    void testFinished(bool ok);
    void saveFailed(const QString &message);

private:
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::AccountDialog *form() const { return m_ui.get(); }
    void validate();
    void save();
    void writeSecretThenFinish(const Profile &profile, const QString &secret);
    void finish(const Profile &profile);
    void setBusy(bool busy, const QString &message = {});
    Profile profileFromFields() const;
    std::optional<QString> secretOrNone() const;

    std::unique_ptr<Ui::AccountDialog> m_ui;
    ProfileStore *m_profiles;
    CredentialStore *m_keychain;
    QString m_editName;
    std::unique_ptr<ApiClient> m_testClient;
    ListServicesJob *m_testJob = nullptr;
    std::optional<QString> m_sessionSecret;
    std::optional<QNetworkProxy> m_proxy;
    bool m_busy = false;
};

} // namespace mediadesk
