#include "overviewtab.h"

#include "net/apiclient.h"
#include "session/accountcontext.h"
#include "session/sandboxprocess.h"
#include "session/servicelist.h"
#include "session/session.h"
#include "text/displaytext.h"
#include "ui_overviewtab.h"

#include <QLocale>

namespace mediadesk {

OverviewTab::OverviewTab(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::OverviewTab>())
{
    m_ui->setupUi(this);
}

OverviewTab::~OverviewTab() = default;

void OverviewTab::setContext(AccountContext *context)
{
    m_session = context->session();
    m_services = context->services();
}

void OverviewTab::refresh()
{
    const bool ready = m_session->state() == Session::State::Ready;
    m_ui->serviceBox->setVisible(ready);
    m_ui->accountBox->setVisible(ready);
    QString message;
    if (m_session->state() == Session::State::Failed)
        message = m_session->problem();
    else if (m_session->state() == Session::State::Connecting)
        message = m_session->current().kind == Session::Kind::Sandbox ? tr("Starting the sandbox…")
                                                                      : tr("Connecting…");
    else if (ready && m_services->isLoading())
        message = tr("Loading the account's Chat Services…");
    else if (ready && m_services->current().sid.isEmpty() && m_services->problem().isEmpty())
        message = tr("This account has no Chat Services. Create one in the Twilio Console, "
                     "or enter a Chat Service SID in the toolbar.");
    else if (ready)
        message = m_services->problem();
    m_ui->workspaceMessage->setText(message);
    m_ui->workspaceMessage->setVisible(!message.isEmpty()); // no empty text for a screen reader to land on
    if (!ready)
        return;
    showService();
    showAccount();
}

void OverviewTab::showService()
{
    const ChatService &service = m_services->current();
    m_ui->serviceName->setText(service.friendlyName.isEmpty() ? tr("(not in the account's list)")
                                                              : printableText(service.friendlyName));
    m_ui->serviceSid->setText(service.sid);
    m_ui->serviceCreated->setText(
        service.dateCreated.isValid()
            ? QLocale().toString(service.dateCreated.toLocalTime(), QLocale::LongFormat)
            : tr("unknown"));
    m_ui->serviceCount->setText(m_services->isLoading() ? tr("loading…")
                                                        : QString::number(m_services->services().size()));
}

void OverviewTab::showAccount()
{
    const Session::Ref &ref = m_session->current();
    m_ui->accountName->setText(ref.kind == Session::Kind::Saved ? ref.name
                               : ref.kind == Session::Kind::Environment
                                   ? tr("Environment (TWILIO_* variables)")
                                   : tr("Sandbox (local emulator)"));
    const auto p = ref.kind == Session::Kind::Saved ? m_session->profiles()->profile(ref.name) : std::nullopt;
    if (ref.kind == Session::Kind::Sandbox)
        m_ui->accountSid->setText(SandboxProcess::accountSid());
    else if (p)
        m_ui->accountSid->setText(p->method == Credentials::Method::ApiKey
                                      ? tr("API key %1 of %2").arg(p->apiKeySid, p->accountSid)
                                      : p->accountSid);
    else if (const auto &credentials = m_session->client()->credentials())
        m_ui->accountSid->setText(
            credentials->method() == Credentials::Method::ApiKey
                ? tr("API key %1 of %2").arg(credentials->apiKeySid(), credentials->accountSid())
                : credentials->accountSid());
    else
        m_ui->accountSid->setText(tr("from the environment"));
    m_ui->mcsUrl->setText(m_session->client()->endpoints().mcs.toString());
    m_ui->conversationsUrl->setText(m_session->client()->endpoints().conversations.toString());
}

} // namespace mediadesk
