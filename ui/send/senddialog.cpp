#include "senddialog.h"

#include "accessiblenames.h"
#include "conversationpicker.h"
#include "ui_senddialog.h"

#include <QComboBox>
#include <QPushButton>

namespace mediadesk {

SendDialog::SendDialog(Mode mode, ApiClient *client, const QString &serviceSid, QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::SendDialog>()), m_mode(mode)
{
    m_ui->setupUi(this);
    nameBuiltInParts(this);
    const bool send = mode == Mode::Send;
    m_ui->bodyLabel->setVisible(send);
    m_ui->bodyEdit->setVisible(send);
    m_ui->bodyCount->setVisible(send);
    m_ui->itemsLabel->setVisible(send);
    m_ui->itemsList->setVisible(send);
    m_ui->bodyEdit->setMaximumHeight(fontMetrics().lineSpacing() * 5);
    m_ui->conversationLabel->setBuddy(m_ui->picker->comboBox());
    if (send) {
        setWindowTitle(tr("Send to Conversation"));
        m_ui->intro->setText(
            tr("Each file goes into the conversation as a message of its own. Twilio deletes "
               "uploads that no message carries five minutes after the upload."));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("&Send"));
    } else {
        setWindowTitle(tr("Send Dropped Files to a Conversation"));
        m_ui->intro->setText(tr("From now on, every file you drop or add is uploaded and then sent to this "
                                "conversation as its own message, until you stop it."));
        m_ui->buttons->button(QDialogButtonBox::Ok)->setText(tr("Send &There"));
        resize(width(), sizeHint().height());
    }
    connect(m_ui->buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(m_ui->buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_ui->picker, &ConversationPicker::changed, this, &SendDialog::validate);
    connect(m_ui->bodyEdit, &QPlainTextEdit::textChanged, this, &SendDialog::validate);
    m_ui->picker->load(client, serviceSid);
    validate();
}

SendDialog::~SendDialog() = default;

ConversationPicker *SendDialog::picker() const
{
    return m_ui->picker;
}

void SendDialog::setItems(const QStringList &names)
{
    m_ui->itemsList->clear();
    m_ui->itemsList->addItems(names);
    validate();
}

void SendDialog::setTarget(const SendTarget &target)
{
    if (!target.conversationSid.isEmpty())
        m_ui->picker->comboBox()->setEditText(target.conversationSid);
    m_ui->authorEdit->setText(target.author);
    m_ui->bodyEdit->setPlainText(target.body);
    validate();
}

SendTarget SendDialog::target() const
{
    return {conversation().sid, m_ui->authorEdit->text().trimmed(),
            m_mode == Mode::Send ? m_ui->bodyEdit->toPlainText() : QString(), conversation().name()};
}

Conversation SendDialog::conversation() const
{
    return m_ui->picker->current();
}

void SendDialog::validate()
{
    const qsizetype length = m_ui->bodyEdit->toPlainText().size();
    const bool bodyOk = length <= MaxMessageBodyLength;
    //: %1 characters typed, %2 the limit (1600)
    m_ui->bodyCount->setText(
        bodyOk ? tr("%1 / %2").arg(length).arg(MaxMessageBodyLength)
               : tr("%1 / %2 — too long for one message").arg(length).arg(MaxMessageBodyLength));
    const bool items = m_mode == Mode::Target || m_ui->itemsList->count() > 0;
    m_ui->buttons->button(QDialogButtonBox::Ok)->setEnabled(!conversation().sid.isEmpty() && bodyOk && items);
}

} // namespace mediadesk
