#pragma once

#include "result.h"
#include "twilio/credentials.h"
#include "twilio/endpoints.h"

#include <QCoreApplication>
#include <QStringList>
#include <memory>
#include <optional>

class QSettings;

namespace mediadesk {

// The non-secret half of an account: everything but the secret, which lives in the keychain
// (CredentialStore) under the same profile name.
struct Profile
{
    QString name;
    QString region = QStringLiteral("us1");
    Credentials::Method method = Credentials::Method::AuthToken;
    QString accountSid;
    QString apiKeySid;        // API-key profiles only
    QString mcsUrl;           // base-URL overrides; "" = the region's
    QString conversationsUrl; //
    QString lastServiceSid;   // remembered choice of Chat Service

    Credentials withSecret(const QString &secret) const;
    // The region's endpoints with this profile's URL overrides; a failure says why they are invalid.
    Result<Endpoints> endpoints() const;
};

// Profiles in QSettings (INI in the user's config folder). The CLI and the window share them.
class ProfileStore
{
    Q_DECLARE_TR_FUNCTIONS(ProfileStore)

public:
    ProfileStore();                                             // the user's settings
    explicit ProfileStore(std::unique_ptr<QSettings> settings); // for tests
    ~ProfileStore();

    QStringList names() const;
    std::optional<Profile> profile(const QString &name) const;
    void save(const Profile &profile);
    void remove(const QString &name);
    QString defaultProfile() const; // "" when none
    void setDefaultProfile(const QString &name);
    QString settingsPath() const;
    QSettings &settings() const { return *m_settings; } // the same file keeps window settings

    // Fine when the name can be used, else why not (empty, too long, slashes, control characters).
    static Result<> validateName(const QString &name);

private:
    std::unique_ptr<QSettings> m_settings;
};

} // namespace mediadesk
