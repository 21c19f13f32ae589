#include "sendcoordinator.h"

#include "dialogs.h"
#include "senddialog.h"
#include "session/accountcontext.h"

#include <QSettings>

namespace mediadesk {

SendCoordinator::SendCoordinator(AccountContext *context, QWidget *dialogParent)
    : QObject(dialogParent), m_context(context), m_dialogParent(dialogParent)
{}

void SendCoordinator::setQueue(TransferQueue *queue)
{
    m_queue = queue;
}

std::optional<SendCoordinator::Choice> SendCoordinator::ask(bool forTarget, const QString &serviceSid,
                                                            const QStringList &names,
                                                            const SendTarget &initial)
{
    SendDialog dialog(forTarget ? SendDialog::Mode::Target : SendDialog::Mode::Send,
                      m_context->session()->client(), serviceSid, m_dialogParent);
    dialog.setItems(names);
    dialog.setTarget(initial);
    if (Dialogs::exec(&dialog) != QDialog::Accepted)
        return std::nullopt;
    return Choice{dialog.target(), dialog.conversation().displayName()}; // the target carries its name
}

QString SendCoordinator::rememberedAuthor() const
{
    const Session *session = m_context->session();
    return session->profiles()
        ->settings()
        .value(QStringLiteral("author/") + session->current().key())
        .toString();
}

void SendCoordinator::rememberAuthor(const QString &author)
{
    Session *session = m_context->session();
    session->profiles()->settings().setValue(QStringLiteral("author/") + session->current().key(), author);
}

void SendCoordinator::chooseTarget()
{
    const ChatService service = m_context->currentService();
    if (!m_context->isReady() || service.sid.isEmpty()) {
        emit message(tr("Choose an account and a Chat Service first."), 10000);
        return;
    }
    SendTarget initial = m_context->sendTarget();
    if (!initial.isSet())
        initial.author = rememberedAuthor();
    const auto choice = ask(true, service.sid, {}, initial);
    if (!choice || !choice->target.isSet())
        return;
    rememberAuthor(choice->target.author);
    m_context->setSendTarget(choice->target, choice->label);
}

int SendCoordinator::send(const QList<SendableMedia> &media)
{
    if (media.isEmpty())
        return 0;
    const std::optional<TransferOrigin> origin = m_context->originFor(media.first().serviceSid);
    if (!m_context->isReady() || !origin) {
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
    SendTarget target = choice->target;
    for (const SendableMedia &m : media) {
        m_queue->addSend(m.mediaSid, m.fileName, m.size, target, *origin);
        target.body.clear(); // the text goes with the first message only
    }
    emit sendQueued();
    emit message(tr("Sending %n file(s) to %1.", nullptr, int(media.size())).arg(choice->label), 10000);
    return int(media.size());
}

} // namespace mediadesk
