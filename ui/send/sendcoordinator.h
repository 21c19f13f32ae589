#pragma once

#include "sendablemedia.h"
#include "transfer/transferqueue.h"

#include <QObject>
#include <optional>

class QWidget;

namespace mediadesk {

class AccountContext;

// Uploads into conversations, the questions part: choosing the send target (kept by the
// AccountContext), Send to Conversation for chosen uploads, and the author last used with each
// account. Both ask through the send dialog (SendDialog, via Dialogs); a send queues one message
// per media on the transfer queue.
class SendCoordinator : public QObject
{
    Q_OBJECT

public:
    SendCoordinator(AccountContext *context, QWidget *dialogParent);
    void setQueue(TransferQueue *queue);

    void chooseTarget();                         // the send dialog, in target mode
    int send(const QList<SendableMedia> &media); // asks, then queues one message each

    struct Choice
    {
        SendTarget target;
        QString label;
    };

signals:
    void sendQueued();
    void message(const QString &text, int timeoutMs);

private:
    std::optional<Choice> ask(bool forTarget, const QString &serviceSid, const QStringList &names,
                              const SendTarget &initial);
    QString rememberedAuthor() const;
    void rememberAuthor(const QString &author);

    AccountContext *m_context;
    QWidget *m_dialogParent;
    TransferQueue *m_queue = nullptr;
};

} // namespace mediadesk
