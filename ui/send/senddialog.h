#pragma once

#include "transfer/transferqueue.h"
#include "twilio/conversation.h"

#include <QDialog>
#include <memory>

namespace Ui {
class SendDialog;
}

namespace mediadesk {

class ApiClient;
class ConversationPicker;

// Chooses the conversation (and the author) media goes to. In Send mode it also lists the media
// and takes an optional message body for the first one; in Target mode it sets where every
// dropped file goes from now on.
class SendDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Send, Target };

    SendDialog(Mode mode, ApiClient *client, const QString &serviceSid, QWidget *parent = nullptr);
    ~SendDialog() override;

    ConversationPicker *picker() const;
    void setItems(const QStringList &names);
    void setTarget(const SendTarget &target);
    SendTarget target() const;
    Conversation conversation() const;

private:
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::SendDialog *form() const { return m_ui.get(); }
    void validate();

    std::unique_ptr<Ui::SendDialog> m_ui;
    Mode m_mode;
};

} // namespace mediadesk
