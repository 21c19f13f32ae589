#include "accountswitcher.h"

#include "accountdialog.h"
#include "dialogs.h"
#include "logging.h"
#include "net/apiclient.h"
#include "store/credentialstore.h"

#include <QComboBox>
#include <QSettings>
#include <QStyle>
#include <QWidget>

namespace mediadesk {

namespace {
constexpr int KindRole = Qt::UserRole + 1;
constexpr int NameRole = Qt::UserRole + 2;
constexpr int AddAccountKind = 100;
const QString LastProfileKey = QStringLiteral("window/lastProfile");
} // namespace

AccountSwitcher::AccountSwitcher(Session *session, QComboBox *combo, QWidget *dialogParent)
    : QObject(dialogParent), m_session(session), m_combo(combo), m_dialogParent(dialogParent)
{
    connect(m_combo, &QComboBox::activated, this, &AccountSwitcher::onActivated);
}

void AccountSwitcher::rebuild()
{
    m_rebuilding = true;
    m_combo->clear();
    const QIcon account(QStringLiteral(":/icons/account.svg"));
    for (const QString &name : m_session->profiles()->names()) {
        m_combo->addItem(account, name);
        m_combo->setItemData(m_combo->count() - 1, int(Session::Kind::Saved), KindRole);
        m_combo->setItemData(m_combo->count() - 1, name, NameRole);
    }
    if (Session::environmentAvailable()) {
        m_combo->addItem(m_combo->style()->standardIcon(QStyle::SP_ComputerIcon),
                         tr("Environment (TWILIO_*)"));
        m_combo->setItemData(m_combo->count() - 1, int(Session::Kind::Environment), KindRole);
        m_combo->setItemData(m_combo->count() - 1,
                             tr("Credentials from the TWILIO_* environment variables; never saved"),
                             Qt::ToolTipRole);
    }
    m_combo->addItem(QIcon(QStringLiteral(":/icons/sandbox.svg")), tr("Sandbox"));
    m_combo->setItemData(m_combo->count() - 1, int(Session::Kind::Sandbox), KindRole);
    m_combo->insertSeparator(m_combo->count());
    m_combo->addItem(tr("Add Twilio Account…"));
    m_combo->setItemData(m_combo->count() - 1, AddAccountKind, KindRole);

    m_combo->setCurrentIndex(-1);
    if (m_session->state() != Session::State::Idle) {
        const Session::Ref &current = m_session->current();
        for (int i = 0; i < m_combo->count(); ++i) {
            if (m_combo->itemData(i, KindRole).toInt() == int(current.kind) &&
                m_combo->itemData(i, NameRole).toString() == current.name)
                m_combo->setCurrentIndex(i);
        }
    }
    m_rebuilding = false;
}

void AccountSwitcher::onActivated(int index)
{
    if (m_rebuilding)
        return;
    const int kind = m_combo->itemData(index, KindRole).toInt();
    if (kind == AddAccountKind) {
        rebuild(); // back to the current profile while the dialog is open
        add();
        return;
    }
    select({Session::Kind(kind), m_combo->itemData(index, NameRole).toString()});
}

void AccountSwitcher::select(const Session::Ref &ref)
{
    qCDebug(lcUi).noquote() << "opening account" << ref.key();
    emit aboutToSelect(ref);
    m_session->activate(ref);
    m_session->profiles()->settings().setValue(LastProfileKey, ref.key());
    rebuild();
    emit selected(ref);
}

void AccountSwitcher::selectStart()
{
    const QStringList names = m_session->profiles()->names();
    if (const auto last =
            Session::Ref::fromKey(m_session->profiles()->settings().value(LastProfileKey).toString())) {
        const bool available =
            last->kind == Session::Kind::Sandbox ||
            (last->kind == Session::Kind::Environment && Session::environmentAvailable()) ||
            (last->kind == Session::Kind::Saved && names.contains(last->name));
        if (available)
            return select(*last);
    }
    if (const QString def = m_session->profiles()->defaultProfile(); !def.isEmpty())
        return select({Session::Kind::Saved, def});
    if (Session::environmentAvailable())
        return select({Session::Kind::Environment, {}});
    // First run (or the last profile removed): nothing to open.
    m_session->deactivate();
    rebuild();
    emit nothingToOpen();
}

void AccountSwitcher::add()
{
    AccountDialog dialog(m_session->profiles(), m_session->keychain(), m_dialogParent);
    dialog.setProxy(m_session->client()->manualProxy());
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    if (dialog.sessionOnlySecret())
        m_session->useSecretForThisRun(dialog.profileName(), *dialog.sessionOnlySecret());
    select({Session::Kind::Saved, dialog.profileName()});
}

void AccountSwitcher::edit()
{
    const Session::Ref ref = m_session->current();
    if (ref.kind != Session::Kind::Saved)
        return;
    AccountDialog dialog(m_session->profiles(), m_session->keychain(), m_dialogParent, ref.name);
    dialog.setProxy(m_session->client()->manualProxy());
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return;
    if (dialog.profileName() != ref.name || dialog.secretEntered())
        m_session->forgetSecretForThisRun(ref.name); // stale: the keychain (or the new one below) holds it
    if (dialog.sessionOnlySecret())
        m_session->useSecretForThisRun(dialog.profileName(), *dialog.sessionOnlySecret());
    select({Session::Kind::Saved, dialog.profileName()});
}

void AccountSwitcher::remove()
{
    const Session::Ref ref = m_session->current();
    if (ref.kind != Session::Kind::Saved ||
        !Dialogs::question(m_dialogParent, tr("Remove Account"),
                           tr("Remove the profile “%1” and delete its secret from the system "
                              "keychain? The Twilio account itself is not affected.")
                               .arg(ref.name),
                           false))
        return;
    KeychainJob *job = m_session->keychain()->deleteSecret(ref.name);
    connect(job, &KeychainJob::finished, this, [this, job, name = ref.name] {
        // Without a keychain the profile may go only if its secret never left memory; otherwise
        // the stored secret would be orphaned.
        const bool onlyInMemory =
            job->outcome() == KeychainJob::Outcome::Unavailable && m_session->hasSecretForThisRun(name);
        if (!job->succeeded() && !onlyInMemory) {
            Dialogs::warning(m_dialogParent, tr("Remove Account"),
                             job->problem() + QLatin1Char(' ') + tr("The profile was kept."));
            return;
        }
        m_session->forgetSecretForThisRun(name);
        m_session->profiles()->remove(name);
        rebuild();
        const Session::Ref &current = m_session->current();
        if (current.kind == Session::Kind::Saved && current.name == name)
            selectStart(); // only if nothing else was chosen meanwhile
        emit profilesChanged();
    });
}

void AccountSwitcher::enterSecretForThisRun(const QString &profile)
{
    const auto secret =
        Dialogs::text(m_dialogParent, tr("Secret for This Session"),
                      tr("Secret for “%1” (kept in memory until MediaDesk quits):").arg(profile), true);
    if (!secret || secret->isEmpty())
        return;
    m_session->useSecretForThisRun(profile, *secret);
    select({Session::Kind::Saved, profile});
}

} // namespace mediadesk
