#include "profilestore.h"

#include "appsettings.h"
#include "connectionresolver.h"
#include "privatefiles.h"

#include <QFileInfo>
#include <QSettings>

namespace mediadesk {

namespace {
const QString ProfilesGroup = QStringLiteral("profiles");
const QString DefaultKey = QStringLiteral("defaultProfile");

QString methodName(Credentials::Method m)
{
    return m == Credentials::Method::ApiKey ? QStringLiteral("api-key") : QStringLiteral("auth-token");
}
} // namespace

Credentials Profile::withSecret(const QString &secret) const
{
    return method == Credentials::Method::ApiKey ? Credentials::apiKey(accountSid, apiKeySid, secret)
                                                 : Credentials::authToken(accountSid, secret);
}

Result<Endpoints> Profile::endpoints() const
{
    auto forRegion = Endpoints::forRegion(region);
    if (!forRegion)
        return forRegion;
    Endpoints result = std::move(forRegion).value();
    for (const auto &[text, target] :
         {std::pair{mcsUrl, &result.mcs}, std::pair{conversationsUrl, &result.conversations}}) {
        if (text.isEmpty())
            continue;
        const Result<QUrl> url = ConnectionResolver::parseBaseUrl(text);
        if (!url)
            return Failure(url.problem());
        *target = *url;
    }
    return result;
}

ProfileStore::ProfileStore()
    : m_settings(std::make_unique<QSettings>(QSettings::IniFormat, QSettings::UserScope,
                                             QStringLiteral("mediadesk"), QStringLiteral("mediadesk")))
{
    // Profiles, settings and the proxy's user name: owner-only (QSettings keeps a file's mode
    // when it rewrites it, and the folder keeps everyone else out of a new one).
    makePrivateFolder(QFileInfo(m_settings->fileName()).absolutePath());
    makePrivateFile(m_settings->fileName());
}

ProfileStore::ProfileStore(std::unique_ptr<QSettings> settings) : m_settings(std::move(settings)) {}

ProfileStore::~ProfileStore() = default;

QString ProfileStore::settingsPath() const
{
    return m_settings->fileName();
}

Result<> ProfileStore::validateName(const QString &name)
{
    const QString trimmed = name.trimmed();
    if (trimmed.isEmpty())
        return Failure(tr("The profile name is empty."));
    if (trimmed != name)
        return Failure(tr("A profile name cannot start or end with spaces."));
    if (name.size() > 64)
        return Failure(tr("A profile name can have at most 64 characters."));
    for (const QChar c : name) {
        if (c.unicode() < 0x20 || c == u'/' || c == u'\\')
            return Failure(tr("A profile name cannot contain slashes or control characters."));
    }
    return {};
}

QStringList ProfileStore::names() const
{
    m_settings->sync();
    m_settings->beginGroup(ProfilesGroup);
    QStringList result = m_settings->childGroups();
    m_settings->endGroup();
    result.sort(Qt::CaseInsensitive);
    return result;
}

std::optional<Profile> ProfileStore::profile(const QString &name) const
{
    if (!names().contains(name))
        return std::nullopt;
    Profile p;
    p.name = name;
    m_settings->beginGroup(ProfilesGroup + QLatin1Char('/') + name);
    p.region = m_settings->value(QStringLiteral("region"), QStringLiteral("us1")).toString();
    p.method =
        m_settings->value(QStringLiteral("method")).toString() == methodName(Credentials::Method::ApiKey)
            ? Credentials::Method::ApiKey
            : Credentials::Method::AuthToken;
    p.accountSid = m_settings->value(QStringLiteral("accountSid")).toString();
    p.apiKeySid = m_settings->value(QStringLiteral("apiKeySid")).toString();
    p.mcsUrl = m_settings->value(QStringLiteral("mcsUrl")).toString();
    p.conversationsUrl = m_settings->value(QStringLiteral("conversationsUrl")).toString();
    p.lastServiceSid = m_settings->value(QStringLiteral("lastServiceSid")).toString();
    m_settings->endGroup();
    return p;
}

void ProfileStore::save(const Profile &p)
{
    m_settings->beginGroup(ProfilesGroup + QLatin1Char('/') + p.name);
    m_settings->remove(QString()); // start clean: no stale key survives an edit
    m_settings->setValue(QStringLiteral("region"), p.region);
    m_settings->setValue(QStringLiteral("method"), methodName(p.method));
    m_settings->setValue(QStringLiteral("accountSid"), p.accountSid);
    if (p.method == Credentials::Method::ApiKey)
        m_settings->setValue(QStringLiteral("apiKeySid"), p.apiKeySid);
    if (!p.mcsUrl.isEmpty())
        m_settings->setValue(QStringLiteral("mcsUrl"), p.mcsUrl);
    if (!p.conversationsUrl.isEmpty())
        m_settings->setValue(QStringLiteral("conversationsUrl"), p.conversationsUrl);
    if (!p.lastServiceSid.isEmpty())
        m_settings->setValue(QStringLiteral("lastServiceSid"), p.lastServiceSid);
    m_settings->endGroup();
    m_settings->sync();
}

void ProfileStore::remove(const QString &name)
{
    m_settings->remove(ProfilesGroup + QLatin1Char('/') + name);
    if (defaultProfile() == name)
        m_settings->remove(DefaultKey);
    m_settings->sync();
}

QString ProfileStore::defaultProfile() const
{
    const QString name = m_settings->value(DefaultKey).toString();
    return names().contains(name) ? name : QString();
}

void ProfileStore::setDefaultProfile(const QString &name)
{
    m_settings->setValue(DefaultKey, name);
    m_settings->sync();
}

} // namespace mediadesk
