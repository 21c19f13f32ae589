#pragma once

#include "session/session.h"

#include <QObject>

class QComboBox;
class QWidget;

namespace mediadesk {

// Which account the window works with: the toolbar's account list (saved profiles, the
// environment, the sandbox, "Add Twilio Account…"), the account dialogs, removal, a secret kept
// for this run when there is no keychain, and the profile to open at start. The window
// reacts to its signals (banners, pages).
class AccountSwitcher : public QObject
{
    Q_OBJECT

public:
    // combo is the toolbar's list, filled and followed here; dialogs open over dialogParent.
    AccountSwitcher(Session *session, QComboBox *combo, QWidget *dialogParent);

    void rebuild();                                     // the list again (profiles added, removed, renamed)
    void select(const Session::Ref &ref);               // opens the account (aboutToSelect, then selected)
    void selectStart();                                 // the last one used, the default, or nothing
    void add();                                         // the account dialog for a new profile
    void edit();                                        // … for the open saved profile
    void remove();                                      // asks, deletes its secret, then the profile
    void enterSecretForThisRun(const QString &profile); // no keychain: a secret kept in memory

signals:
    void aboutToSelect(const Session::Ref &ref); // before the session switches
    void selected(const Session::Ref &ref);      // the session is activating it
    void nothingToOpen();                        // first run, or the last profile removed
    void profilesChanged();                      // one was removed: edit/remove may no longer apply

private:
    void onActivated(int index);

    Session *m_session;
    QComboBox *m_combo;
    QWidget *m_dialogParent;
    bool m_rebuilding = false;
};

} // namespace mediadesk
