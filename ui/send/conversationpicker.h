#pragma once

#include "net/conversationsapi.h"
#include "net/runningjob.h"
#include "twilio/conversation.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;

namespace mediadesk {

class ApiClient;

// Picks a Conversation of one Chat Service: the service's conversations (every page), searchable
// by name, unique name or SID, or a CH… SID typed in for one that is not listed (checked as typed).
class ConversationPicker : public QWidget
{
    Q_OBJECT

public:
    explicit ConversationPicker(QWidget *parent = nullptr);
    ~ConversationPicker() override;

    void load(ApiClient *client, const QString &serviceSid, const QString &preferredSid = {});
    bool isLoading() const { return bool(m_job); }
    const QList<Conversation> &conversations() const { return m_conversations; }
    // The chosen conversation; its sid is "" while nothing valid is chosen.
    Conversation current() const;
    QString problem() const; // why the typed text is not a conversation, or why loading failed
    QComboBox *comboBox() const { return m_combo; }

signals:
    void changed();
    void loaded(int count);

private:
    void rebuild(const QString &preferredSid);

    QComboBox *m_combo;
    QLabel *m_status;
    QStandardItemModel *m_model;
    RunningJob<PagedListJob> m_job{this};
    QList<Conversation> m_conversations;
    QString m_loadError;
};

} // namespace mediadesk
