#include "sendcoordinator.h"

#include "accountswitcher.h"
#include "dialogs.h"
#include "senddialog.h"
#include "servicepicker.h"
#include "session/session.h"

#include <QSettings>

namespace mediadesk {

SendCoordinator::SendCoordinator(Session *session, AccountSwitcher *accounts, ServicePicker *picker,
                                 QWidget *dialogParent)
    : QObject(dialogParent)
    , m_session(session)
    , m_accounts(accounts)
    , m_picker(picker)
    , m_dialogParent(dialogParent)
{}

void SendCoordinator::setQueue(TransferQueue *queue)
{
    m_queue = queue;
}

void SendCoordinator::setTarget(const SendTarget &target, const QString &label)
{
    m_target = target;
    m_target.body.clear(); // dropped files go without text
    m_targetLabel = label.isEmpty() ? target.conversationSid : label;
    m_targetService = m_picker->currentService().sid;
    emit targetChanged();
}

void SendCoordinator::clearTarget()
{
    m_target = {};
    m_targetLabel.clear();
    m_targetService.clear();
    emit targetChanged();
}

void SendCoordinator::serviceChanged(const QString &serviceSid)
{
    if (m_target.isSet() && serviceSid != m_targetService)
        clearTarget();
}

std::optional<SendCoordinator::Choice> SendCoordinator::ask(bool forTarget, const QString &serviceSid,
                                                            const QStringList &names,
                                                            const SendTarget &initial)
{
    SendDialog dialog(forTarget ? SendDialog::Mode::Target : SendDialog::Mode::Send, m_session->client(),
                      serviceSid, m_dialogParent);
    dialog.setItems(names);
    dialog.setTarget(initial);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return std::nullopt;
    return Choice{dialog.target(), dialog.conversation().displayName()}; // the target carries its name
}

QString SendCoordinator::rememberedAuthor() const
{
    return m_session->profiles()
        ->settings()
        .value(QStringLiteral("author/") + m_session->current().key())
        .toString();
}

void SendCoordinator::rememberAuthor(const QString &author)
{
    m_session->profiles()->settings().setValue(QStringLiteral("author/") + m_session->current().key(),
                                               author);
}

void SendCoordinator::chooseTarget()
{
    const ChatService service = m_picker->currentService();
    if (m_session->state() != Session::State::Ready || service.sid.isEmpty()) {
        emit message(tr("Choose an account and a Chat Service first."), 10000);
        return;
    }
    SendTarget initial = m_target;
    if (!initial.isSet())
        initial.author = rememberedAuthor();
    const auto choice = ask(true, service.sid, {}, initial);
    if (!choice || !choice->target.isSet())
        return;
    rememberAuthor(choice->target.author);
    setTarget(choice->target, choice->label);
}

int SendCoordinator::send(const QList<SendableMedia> &media)
{
    if (media.isEmpty())
        return 0;
    if (m_session->state() != Session::State::Ready) {
        emit message(tr("Choose an account first, then send again."), 10000);
        return 0;
    }
    const QString serviceSid = media.first().serviceSid;
    QStringList names;
    for (const SendableMedia &m : media) {
        if (m.serviceSid != serviceSid) {
            emit message(tr("The selected files belong to different Chat Services; a conversation "
                            "takes media from its own service only. Send them service by service."),
                         10000);
            return 0;
        }
        names.append(m.fileName.isEmpty() ? m.mediaSid : tr("%1 (%2)").arg(m.fileName, m.mediaSid));
    }
    SendTarget initial;
    initial.author = rememberedAuthor();
    const auto choice = ask(false, serviceSid, names, initial);
    if (!choice || !choice->target.isSet())
        return 0;
    rememberAuthor(choice->target.author);
    const QString key = m_session->current().key();
    const QString label = m_accounts->currentLabel();
    SendTarget target = choice->target;
    for (const SendableMedia &m : media) {
        m_queue->addSend(m.mediaSid, m.fileName, m.size, target, key, label, serviceSid);
        target.body.clear(); // the text goes with the first message only
    }
    emit sendQueued();
    emit message(tr("Sending %n file(s) to %1.", nullptr, int(media.size())).arg(choice->label), 10000);
    return int(media.size());
}

} // namespace mediadesk
