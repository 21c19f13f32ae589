#pragma once

#include "session/session.h"
#include "twilio/twilioerror.h"

#include <QList>
#include <QObject>
#include <QString>

namespace mediadesk {

struct RequestLogEntry;

// What stops the open account from working at all, in one place: credentials Twilio refuses, a host
// that cannot be reached, a proxy or TLS failure, no keychain, a profile that could not be opened,
// a list of services that would not load. The window shows it in one message bar and in the status
// bar; a single transfer's error stays in that transfer's row. No widgets: the window renders it.
//
// It follows the session (opening, failing, the keychain), the service list's outcome, and every
// request to the account's API origins: a 401 from any of them means the credentials are refused,
// and a later success clears that refusal (only that: what the service list raised, the service
// list clears, as the two APIs are different hosts).
class AccountStatus : public QObject
{
    Q_OBJECT

public:
    enum class Problem {
        None,
        CredentialsRefused, // 401 / 20003
        AccessRefused,      // 403 / 20403: the account is suspended or the key lacks permission
        Unreachable,        // could not connect, or no answer in time
        Proxy,
        Tls,
        Keychain,       // the secret could not be read: no Secret Service
        NotOpened,      // the profile could not be opened for another reason (sandbox, bad URL)
        ServicesFailed, // anything else that kept the service list from loading (5xx, odd replies)
    };
    // What mends it, in the order the bar offers them (the first is the main one).
    enum class Remedy { EditAccount, EnterSecret, Settings, TryAgain };

    explicit AccountStatus(Session *session, QObject *parent = nullptr);

    // The service list's outcome, the account's first call (ServicePicker).
    void servicesLoaded();
    void servicesFailed(const TwilioError &error);
    void clear(); // another account is being opened

    Problem problem() const { return m_problem; }
    bool hasProblem() const { return m_problem != Problem::None; }
    QString message() const { return m_message; } // what happened and what to do, translated
    QString statusText() const;                   // a few words for the status bar
    QList<Remedy> remedies() const;
    static QString remedyText(Remedy remedy); // the bar's button text, with its mnemonic

    // Which problem an error is, when it is about the account as a whole; None when it is not
    // (a 404 for one media, a file refused).
    static Problem classify(const TwilioError &error);

signals:
    void changed();

private:
    void onSessionState(Session::State state);
    void onKeychainUnavailable(const QString &profile, const QString &message);
    void onRequest(const RequestLogEntry &entry);
    bool isApiOrigin(const QUrl &url) const;
    QString credentialsAdvice() const;
    void set(Problem problem, const QString &message);

    Session *m_session;
    Problem m_problem = Problem::None;
    QString m_message;
    bool m_raisedByRequest = false; // the problem came from onRequest (a later 2xx clears it)
};

} // namespace mediadesk
