#pragma once

#include "sendablemedia.h"
#include "transfer/transferqueue.h"

#include <QObject>
#include <optional>

class QWidget;

namespace mediadesk {

class AccountSwitcher;
class ServicePicker;
class Session;

// Uploads into conversations: the send target (where every dropped or added file goes on to, until
// cleared or the service changes), Send to Conversation for chosen uploads, and the author last
// used with each account. Both ask through the send dialog (SendDialog, via Dialogs) and queue
// the messages on the transfer queue.
class SendCoordinator : public QObject
{
    Q_OBJECT

public:
    SendCoordinator(Session *session, AccountSwitcher *accounts, ServicePicker *picker,
                    QWidget *dialogParent);
    void setQueue(TransferQueue *queue);

    const SendTarget &target() const { return m_target; }
    const QString &targetLabel() const { return m_targetLabel; } // the conversation as people know it
    void setTarget(const SendTarget &target, const QString &label);
    void clearTarget();
    void chooseTarget();                            // the send dialog, in target mode
    void serviceChanged(const QString &serviceSid); // a conversation belongs to one service
    int send(const QList<SendableMedia> &media);    // asks, then queues one message each

    struct Choice
    {
        SendTarget target;
        QString label;
    };

signals:
    void targetChanged();
    void sendQueued();
    void message(const QString &text, int timeoutMs);

private:
    std::optional<Choice> ask(bool forTarget, const QString &serviceSid, const QStringList &names,
                              const SendTarget &initial);
    QString rememberedAuthor() const;
    void rememberAuthor(const QString &author);

    Session *m_session;
    AccountSwitcher *m_accounts;
    ServicePicker *m_picker;
    QWidget *m_dialogParent;
    TransferQueue *m_queue = nullptr;
    SendTarget m_target;
    QString m_targetLabel;
    QString m_targetService; // the target belongs to this service
};

} // namespace mediadesk
