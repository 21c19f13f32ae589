#include "accountdialog.h"

#include "accessiblenames.h"
#include "dialogs.h"
#include "net/apiclient.h"
#include "net/conversationsapi.h"
#include "store/connectionresolver.h"
#include "store/credentialstore.h"
#include "store/profilestore.h"
#include "twilio/sid.h"
#include "ui_accountdialog.h"

#include <QAction>
#include <QMessageBox>
#include <QPushButton>
#include <QStyle>

namespace mediadesk {

AccountDialog::AccountDialog(ProfileStore *profiles, CredentialStore *keychain, QWidget *parent,
                             const QString &editName)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::AccountDialog>())
    , m_profiles(profiles)
    , m_keychain(keychain)
    , m_editName(editName)
{
    m_ui->setupUi(this);
    setWindowTitle(editName.isEmpty() ? tr("Add Twilio Account") : tr("Edit Twilio Account"));
    m_ui->regionCombo->addItem(tr("United States (us1)"), QStringLiteral("us1"));
    m_ui->regionCombo->addItem(tr("Ireland (ie1)"), QStringLiteral("ie1"));

    // The secret is masked; the eye shows it while someone checks what they typed.
    QAction *reveal = m_ui->secretEdit->addAction(style()->standardIcon(QStyle::SP_FileDialogContentsView),
                                                  QLineEdit::TrailingPosition);
    reveal->setCheckable(true);
    reveal->setText(tr("Show Secret"));
    reveal->setToolTip(tr("Show the secret"));
    connect(reveal, &QAction::toggled, this, [this, reveal](bool shown) {
        m_ui->secretEdit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        reveal->setToolTip(shown ? tr("Hide the secret") : tr("Show the secret"));
    });
    nameBuiltInParts(this);
    m_ui->testResult->hide();

    for (QLabel *problem : {m_ui->nameProblem, m_ui->accountSidProblem, m_ui->apiKeyProblem,
                            m_ui->secretProblem, m_ui->urlProblem}) {
        problem->setVisible(false);
        problem->setForegroundRole(QPalette::PlaceholderText);
    }

    if (!editName.isEmpty()) {
        if (const auto p = profiles->profile(editName)) {
            m_ui->nameEdit->setText(p->name);
            m_ui->regionCombo->setCurrentIndex(qMax(0, m_ui->regionCombo->findData(p->region)));
            (p->method == Credentials::Method::ApiKey ? m_ui->apiKeyRadio : m_ui->authTokenRadio)
                ->setChecked(true);
            m_ui->accountSidEdit->setText(p->accountSid);
            m_ui->apiKeyEdit->setText(p->apiKeySid);
            m_ui->advancedBox->setChecked(!p->mcsUrl.isEmpty() || !p->conversationsUrl.isEmpty());
            m_ui->mcsUrlEdit->setText(p->mcsUrl);
            m_ui->conversationsUrlEdit->setText(p->conversationsUrl);
            m_ui->secretEdit->setPlaceholderText(tr("Unchanged (stored in the keychain)"));
        }
    }

    for (QLineEdit *edit : {m_ui->nameEdit, m_ui->accountSidEdit, m_ui->apiKeyEdit, m_ui->secretEdit,
                            m_ui->mcsUrlEdit, m_ui->conversationsUrlEdit})
        connect(edit, &QLineEdit::textChanged, this, &AccountDialog::validate);
    connect(m_ui->apiKeyRadio, &QRadioButton::toggled, this, &AccountDialog::validate);
    connect(m_ui->advancedBox, &QGroupBox::toggled, this, &AccountDialog::validate);
    connect(m_ui->testButton, &QPushButton::clicked, this, &AccountDialog::testConnection);
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &AccountDialog::save);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    validate();
}

AccountDialog::~AccountDialog() = default;

QString AccountDialog::profileName() const
{
    return m_ui->nameEdit->text();
}

std::optional<QString> AccountDialog::secretOrNone() const
{
    const QString secret = m_ui->secretEdit->text();
    if (secret.isEmpty())
        return std::nullopt;
    return secret;
}

Profile AccountDialog::profileFromFields() const
{
    Profile p;
    if (const auto existing = m_profiles->profile(m_editName))
        p.lastServiceSid = existing->lastServiceSid;
    p.name = m_ui->nameEdit->text();
    p.region = m_ui->regionCombo->currentData().toString();
    p.method = m_ui->apiKeyRadio->isChecked() ? Credentials::Method::ApiKey : Credentials::Method::AuthToken;
    p.accountSid = m_ui->accountSidEdit->text().trimmed();
    p.apiKeySid = p.method == Credentials::Method::ApiKey ? m_ui->apiKeyEdit->text().trimmed() : QString();
    if (m_ui->advancedBox->isChecked()) {
        p.mcsUrl = m_ui->mcsUrlEdit->text().trimmed();
        p.conversationsUrl = m_ui->conversationsUrlEdit->text().trimmed();
    }
    return p;
}

bool AccountDialog::isValid() const
{
    return m_ui->buttons->button(QDialogButtonBox::Save)->isEnabled();
}

void AccountDialog::validate()
{
    auto show = [](QLabel *label, const QString &problem) {
        label->setText(problem);
        label->setVisible(!problem.isEmpty());
    };
    bool ok = true;

    const QString name = m_ui->nameEdit->text();
    QString nameProblem = name.isEmpty() ? QString() : ProfileStore::validateName(name).problem();
    if (nameProblem.isEmpty() && name != m_editName && m_profiles->names().contains(name))
        nameProblem = tr("A profile named “%1” already exists.").arg(name);
    show(m_ui->nameProblem, nameProblem);
    ok &= !name.isEmpty() && nameProblem.isEmpty();

    const QString account = m_ui->accountSidEdit->text();
    const QString accountProblem =
        account.isEmpty() ? QString() : Sid::parse(account, SidKind::Account).problem();
    show(m_ui->accountSidProblem, accountProblem);
    ok &= !account.isEmpty() && accountProblem.isEmpty();

    const bool apiKey = m_ui->apiKeyRadio->isChecked();
    m_ui->apiKeyEdit->setEnabled(apiKey);
    m_ui->apiKeyLabel->setEnabled(apiKey);
    m_ui->secretLabel->setText(apiKey ? tr("API key s&ecret:") : tr("&Auth Token:"));
    const QString key = m_ui->apiKeyEdit->text();
    const QString keyProblem =
        (!apiKey || key.isEmpty()) ? QString() : Sid::parse(key, SidKind::ApiKey).problem();
    show(m_ui->apiKeyProblem, keyProblem);
    ok &= !apiKey || (!key.isEmpty() && keyProblem.isEmpty());

    // A new profile needs a secret; an edited one keeps its stored secret when left empty, unless
    // what the secret belongs to changed (another account, key or method).
    bool signInChanged = false;
    if (const auto stored = m_profiles->profile(m_editName)) {
        const Profile now = profileFromFields();
        signInChanged = stored->method != now.method || stored->accountSid != now.accountSid ||
                        stored->apiKeySid != now.apiKeySid;
    }
    const bool secretMissing = m_ui->secretEdit->text().isEmpty() && (m_editName.isEmpty() || signInChanged);
    show(m_ui->secretProblem, secretMissing && signInChanged
                                  ? tr("The sign-in details changed: enter the matching secret again.")
                                  : QString());
    ok &= !secretMissing;

    QString urlProblem;
    if (m_ui->advancedBox->isChecked()) {
        for (QLineEdit *edit : {m_ui->mcsUrlEdit, m_ui->conversationsUrlEdit}) {
            if (!edit->text().trimmed().isEmpty() && urlProblem.isEmpty())
                urlProblem = ConnectionResolver::parseBaseUrl(edit->text()).problem();
        }
    }
    show(m_ui->urlProblem, urlProblem);
    ok &= urlProblem.isEmpty();

    m_ui->buttons->button(QDialogButtonBox::Save)->setEnabled(ok && !m_busy);
    m_ui->testButton->setEnabled(!m_busy &&
                                 (ok || (!secretMissing && accountProblem.isEmpty() && !account.isEmpty())));
}

bool AccountDialog::secretEntered() const
{
    return !m_ui->secretEdit->text().isEmpty();
}

void AccountDialog::setBusy(bool busy, const QString &message)
{
    m_busy = busy;
    m_ui->buttons->button(QDialogButtonBox::Cancel)->setEnabled(!busy);
    if (!message.isEmpty()) {
        m_ui->testResult->setText(message);
        m_ui->testResult->setVisible(true);
    }
    validate();
}

void AccountDialog::reject()
{
    if (m_busy)
        return; // a keychain write in flight must finish, or its secret would be orphaned
    QDialog::reject();
}

void AccountDialog::testConnection()
{
    const Profile p = profileFromFields();
    const auto endpoints = p.endpoints();
    if (!endpoints) {
        m_ui->testResult->setText(endpoints.problem());
        m_ui->testResult->setVisible(true);
        emit testFinished(false);
        return;
    }

    auto run = [this, endpoints = *endpoints, p](const QString &secret) {
        m_testClient = std::make_unique<ApiClient>();
        m_testClient->setManualProxy(m_proxy);
        m_testClient->setEndpoints(endpoints);
        m_testClient->setCredentials(p.withSecret(secret));
        m_testJob = new ListServicesJob(m_testClient.get(), this);
        connect(m_testJob, &Job::finished, this, [this, job = m_testJob] {
            job->deleteLater();
            m_testJob = nullptr;
            const bool ok = job->succeeded();
            const int count = int(job->services().size());
            setBusy(false, ok ? (count == 0 ? tr("Connected. This account has no Chat Services yet.")
                                            : tr("Connected: %n Chat Service(s) found.", nullptr, count))
                              : job->error().userMessage());
            emit testFinished(ok);
        });
        m_testJob->start();
    };

    setBusy(true, tr("Connecting…"));
    if (const auto secret = secretOrNone()) {
        run(*secret);
        return;
    }
    // Editing with the secret left unchanged: test with the one in the keychain.
    KeychainJob *read = m_keychain->readSecret(m_editName);
    connect(read, &KeychainJob::finished, this, [this, read, run] {
        if (!read->succeeded()) {
            setBusy(false, read->problem());
            emit testFinished(false);
            return;
        }
        run(read->secret());
    });
}

void AccountDialog::save()
{
    if (!isValid())
        return;
    const Profile p = profileFromFields();
    if (const auto secret = secretOrNone()) {
        writeSecretThenFinish(p, *secret);
        return;
    }
    if (p.name == m_editName) {
        finish(p);
        return;
    }
    // Renamed with the secret unchanged: move it to the new name in the keychain.
    setBusy(true, tr("Saving…"));
    KeychainJob *read = m_keychain->readSecret(m_editName);
    connect(read, &KeychainJob::finished, this, [this, read, p] {
        if (!read->succeeded()) {
            setBusy(false, read->problem());
            emit saveFailed(read->problem());
            return;
        }
        writeSecretThenFinish(p, read->secret());
    });
}

void AccountDialog::writeSecretThenFinish(const Profile &profile, const QString &secret)
{
    setBusy(true, tr("Saving the secret in the keychain…"));
    KeychainJob *write = m_keychain->writeSecret(profile.name, secret);
    connect(write, &KeychainJob::finished, this, [this, write, profile, secret] {
        if (write->succeeded()) {
            finish(profile);
            return;
        }
        if (write->outcome() == KeychainJob::Outcome::Unavailable &&
            Dialogs::question(this, tr("No keychain available"),
                              write->problem() + QStringLiteral("\n\n") +
                                  tr("Keep the secret in memory for this session only? MediaDesk "
                                     "forgets it when it quits and never writes it to a file."),
                              false)) {
            m_sessionSecret = secret;
            finish(profile);
            return;
        }
        setBusy(false, write->problem());
        emit saveFailed(write->problem());
    });
}

void AccountDialog::finish(const Profile &profile)
{
    const bool renamed = !m_editName.isEmpty() && profile.name != m_editName;
    const bool wasDefault = !m_editName.isEmpty() && m_profiles->defaultProfile() == m_editName;
    m_profiles->save(profile);
    if (wasDefault || m_profiles->defaultProfile().isEmpty())
        m_profiles->setDefaultProfile(profile.name);
    if (!renamed) {
        setBusy(false);
        accept();
        return;
    }
    m_profiles->remove(m_editName);
    if (wasDefault)
        m_profiles->setDefaultProfile(profile.name);
    // The secret now lives under the new name; the old entry goes, or the person hears why not.
    KeychainJob *remove = m_keychain->deleteSecret(m_editName);
    connect(remove, &KeychainJob::finished, this, [this, remove] {
        setBusy(false);
        if (!remove->succeeded() && !m_sessionSecret) {
            Dialogs::warning(
                this, tr("Renamed"),
                tr("The profile was renamed, but the keychain entry under its old name “%1” could "
                   "not be removed: %2")
                    .arg(m_editName, remove->problem()));
        }
        accept();
    });
}

} // namespace mediadesk
