#include "accountstatus.h"

#include "net/apiclient.h"
#include "net/requestlog.h"

#include <QUrl>

namespace mediadesk {

namespace {
bool sameOrigin(const QUrl &a, const QUrl &b)
{
    return a.scheme() == b.scheme() && a.host().compare(b.host(), Qt::CaseInsensitive) == 0 &&
           a.port(a.scheme() == QLatin1String("https") ? 443 : 80) ==
               b.port(b.scheme() == QLatin1String("https") ? 443 : 80);
}
} // namespace

AccountStatus::AccountStatus(Session *session, QObject *parent) : QObject(parent), m_session(session)
{
    connect(session, &Session::stateChanged, this, &AccountStatus::onSessionState);
    connect(session, &Session::keychainUnavailable, this, &AccountStatus::onKeychainUnavailable);
    connect(session->client()->requestLog(), &RequestLog::entryAdded, this, &AccountStatus::onRequest);
}

AccountStatus::Problem AccountStatus::classify(const TwilioError &error)
{
    switch (error.kind()) {
    case TwilioError::Kind::None:
    case TwilioError::Kind::Cancelled:
        return Problem::None;
    case TwilioError::Kind::Network:
    case TwilioError::Kind::Timeout:
        return Problem::Unreachable;
    case TwilioError::Kind::Tls:
        return Problem::Tls;
    case TwilioError::Kind::Proxy:
        return Problem::Proxy;
    case TwilioError::Kind::Http:
        if (error.code() == 20003 || error.httpStatus() == 401)
            return Problem::CredentialsRefused;
        if (error.code() == 20403 || (error.httpStatus() == 403 && error.code() == 0))
            return Problem::AccessRefused;
        return Problem::ServicesFailed;
    default:
        return Problem::ServicesFailed;
    }
}

QString AccountStatus::credentialsAdvice() const
{
    const Session::Ref &ref = m_session->current();
    if (ref.kind == Session::Kind::Environment)
        return tr("Check TWILIO_ACCOUNT_SID with TWILIO_AUTH_TOKEN, or TWILIO_API_KEY with TWILIO_API_SECRET "
                  "(an API key's secret goes with its SK… SID), then start MediaDesk again.");
    const auto &credentials = m_session->client()->credentials();
    if (credentials && credentials->method() == Credentials::Method::ApiKey)
        //: %1 the region, e.g. us1
        return tr("Check the API Key SID (SK…) and its secret — an Auth Token does not go with an API key — "
                  "and that the key belongs to this account and to region %1.")
            .arg(m_session->region());
    return tr("Check the Account SID (AC…) and its Auth Token — an API key's secret does not go with an "
              "Account SID — and that the account works in region %1.")
        .arg(m_session->region());
}

void AccountStatus::servicesLoaded()
{
    if (m_problem != Problem::Keychain && m_problem != Problem::NotOpened)
        set(Problem::None, {});
}

void AccountStatus::servicesFailed(const TwilioError &error)
{
    const Problem problem = classify(error);
    if (problem == Problem::None)
        return;
    if (problem == Problem::CredentialsRefused) {
        //: %1 the HTTP status, %2 Twilio's error code, %3 what to check
        set(problem, tr("Twilio refused this account's credentials (HTTP %1, error %2). %3")
                         .arg(error.httpStatus())
                         .arg(error.code() ? error.code() : 20003)
                         .arg(credentialsAdvice()));
        return;
    }
    if (problem == Problem::ServicesFailed) {
        set(problem, tr("The Chat Services could not be loaded: %1").arg(error.userMessage()));
        return;
    }
    set(problem, error.userMessage());
}

void AccountStatus::clear()
{
    set(Problem::None, {});
}

void AccountStatus::onSessionState(Session::State state)
{
    switch (state) {
    case Session::State::Idle:
    case Session::State::Connecting:
        set(Problem::None, {});
        return;
    case Session::State::Ready:
        if (m_problem == Problem::Keychain || m_problem == Problem::NotOpened)
            set(Problem::None, {}); // the service list says the rest
        return;
    case Session::State::Failed:
        set(Problem::NotOpened, m_session->problem());
        return;
    }
}

void AccountStatus::onKeychainUnavailable(const QString &, const QString &message)
{
    set(Problem::Keychain, message + QLatin1Char(' ') +
                               tr("MediaDesk never writes secrets to files; you can enter the secret for "
                                  "this session only."));
}

bool AccountStatus::isApiOrigin(const QUrl &url) const
{
    const Endpoints &endpoints = m_session->client()->endpoints();
    return sameOrigin(url, endpoints.mcs) || sameOrigin(url, endpoints.conversations);
}

void AccountStatus::onRequest(const RequestLogEntry &entry)
{
    if (m_session->state() != Session::State::Ready || !isApiOrigin(QUrl(entry.url)))
        return;
    if (entry.status == 401 && m_problem != Problem::CredentialsRefused) {
        set(Problem::CredentialsRefused,
            tr("Twilio refused this account's credentials (HTTP %1, error %2). %3")
                .arg(401)
                .arg(20003)
                .arg(credentialsAdvice()));
        m_raisedByRequest = true;
    } else if (entry.status >= 200 && entry.status < 300 && m_raisedByRequest &&
               m_problem == Problem::CredentialsRefused) {
        set(Problem::None, {}); // the account answers again
    }
}

QString AccountStatus::statusText() const
{
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::CredentialsRefused:
        return tr("Credentials refused");
    case Problem::AccessRefused:
        return tr("Access refused");
    case Problem::Unreachable:
        return tr("Cannot connect");
    case Problem::Proxy:
        return tr("Proxy failed");
    case Problem::Tls:
        return tr("Secure connection failed");
    case Problem::Keychain:
        return tr("No keychain");
    case Problem::NotOpened:
        return tr("Not connected");
    case Problem::ServicesFailed:
        return tr("Chat Services not loaded");
    }
    return {};
}

QList<AccountStatus::Remedy> AccountStatus::remedies() const
{
    const bool saved = m_session->current().kind == Session::Kind::Saved;
    switch (m_problem) {
    case Problem::None:
        return {};
    case Problem::CredentialsRefused:
    case Problem::AccessRefused:
    case Problem::NotOpened:
        if (saved)
            return {Remedy::EditAccount, Remedy::TryAgain};
        return {Remedy::TryAgain};
    case Problem::Unreachable:
    case Problem::Tls:
    case Problem::ServicesFailed:
        return {Remedy::TryAgain, Remedy::Settings};
    case Problem::Proxy:
        return {Remedy::Settings, Remedy::TryAgain};
    case Problem::Keychain:
        return {Remedy::EnterSecret, Remedy::TryAgain};
    }
    return {};
}

QString AccountStatus::remedyText(Remedy remedy)
{
    // Letters no other control of the window takes (tst_keyboard checks): the menus have F, A, M,
    // T and H.
    switch (remedy) {
    case Remedy::EditAccount:
        return tr("&Edit Account…");
    case Remedy::EnterSecret:
        return tr("Enter &Secret for This Session…");
    case Remedy::Settings:
        return tr("Settin&gs…");
    case Remedy::TryAgain:
        return tr("Tr&y Again");
    }
    return {};
}

void AccountStatus::set(Problem problem, const QString &message)
{
    m_raisedByRequest = false; // onRequest says so after it sets
    if (problem == m_problem && message == m_message)
        return;
    m_problem = problem;
    m_message = message;
    emit changed();
}

} // namespace mediadesk
