#include "conversationpicker.h"

#include "net/conversationsapi.h"
#include "twilio/sid.h"

#include <QComboBox>
#include <QCompleter>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QVBoxLayout>

namespace mediadesk {

namespace {
constexpr int SidRole = Qt::UserRole + 1;
} // namespace

ConversationPicker::ConversationPicker(QWidget *parent)
    : QWidget(parent)
    , m_combo(new QComboBox(this))
    , m_status(new QLabel(this))
    , m_model(new QStandardItemModel(this))
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    m_combo->setModel(m_model);
    m_combo->setEditable(true); // type to search anywhere in "name (unique) — CH…", or a SID
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(40);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->lineEdit()->setPlaceholderText(tr("Choose a conversation, or type its SID (CH…)"));
    // Qt's combo box does not take its buddy label's text as its name: named here for screen readers.
    m_combo->setAccessibleName(tr("Conversation"));
    m_combo->lineEdit()->setAccessibleName(tr("Conversation"));
    m_combo->lineEdit()->setAccessibleDescription(m_combo->lineEdit()->placeholderText());
    m_status->setWordWrap(true);
    m_status->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_combo);
    layout->addWidget(m_status);
    connect(m_combo, &QComboBox::currentIndexChanged, this, &ConversationPicker::changed);
    connect(m_combo, &QComboBox::editTextChanged, this, [this] {
        const QString p = problem();
        m_status->setText(p);
        m_status->setVisible(!p.isEmpty());
        emit changed();
    });
    m_status->hide();
}

ConversationPicker::~ConversationPicker() = default;

void ConversationPicker::load(ApiClient *client, const QString &serviceSid, const QString &preferredSid)
{
    m_job.reset();
    m_conversations.clear();
    m_loadError.clear();
    rebuild(preferredSid);
    if (!client || serviceSid.isEmpty())
        return;
    m_combo->lineEdit()->setPlaceholderText(tr("Loading conversations…"));
    m_job.reset(ConversationsApi(client).listConversations(serviceSid, this));
    connect(m_job.get(), &PagedListJob::pageLoaded, this, [this](int count) {
        m_combo->lineEdit()->setPlaceholderText(tr("Loading conversations… (%n so far)", nullptr, count));
    });
    connect(m_job.get(), &Job::finished, this, [this, job = m_job.get(), preferredSid] {
        m_job.done();
        m_combo->lineEdit()->setPlaceholderText(tr("Choose a conversation, or type its SID (CH…)"));
        if (!job->succeeded()) {
            m_loadError =
                tr("The conversations could not be loaded: %1 You can still type a conversation SID.")
                    .arg(job->error().userMessage());
        } else {
            for (const QJsonObject &o : job->items()) {
                if (const auto c = Conversation::fromJson(o))
                    m_conversations.append(*c);
            }
        }
        const QString typed = m_combo->currentText();
        rebuild(current().sid.isEmpty() ? preferredSid : current().sid);
        if (m_combo->currentIndex() < 0 && !typed.isEmpty())
            m_combo->setEditText(typed);
        m_status->setText(problem());
        m_status->setVisible(!problem().isEmpty());
        emit loaded(int(m_conversations.size()));
        emit changed();
    });
    m_job->start();
}

void ConversationPicker::rebuild(const QString &preferredSid)
{
    const QSignalBlocker quiet(m_combo);
    m_model->clear();
    int selected = -1;
    for (const Conversation &c : std::as_const(m_conversations)) {
        auto *item = new QStandardItem(c.displayName());
        item->setData(c.sid, SidRole);
        item->setToolTip(c.sid);
        m_model->appendRow(item);
        if (c.sid == preferredSid)
            selected = m_model->rowCount() - 1;
    }
    m_combo->setCurrentIndex(selected);
    if (selected < 0)
        m_combo->setEditText(preferredSid);
}

Conversation ConversationPicker::current() const
{
    const QString text = m_combo->currentText().trimmed();
    const int index = m_combo->currentIndex();
    if (index >= 0 && m_combo->itemText(index) == m_combo->currentText()) {
        const QString sid = m_combo->itemData(index, SidRole).toString();
        for (const Conversation &c : m_conversations) {
            if (c.sid == sid)
                return c;
        }
    }
    // Typed: a listed one by SID, or any well-formed CH… SID.
    for (const Conversation &c : m_conversations) {
        if (c.sid == text)
            return c;
    }
    if (Sid::parse(text, SidKind::Conversation))
        return Conversation{text, {}, {}};
    return {};
}

QString ConversationPicker::problem() const
{
    const QString text = m_combo->currentText().trimmed();
    if (!current().sid.isEmpty() || text.isEmpty())
        return m_loadError;
    // Text that names nothing listed: say what a SID needs, if it looks like one.
    if (text.size() >= 2 && text.at(0).isLetter() && text.at(1).isLetter() && !text.contains(u' '))
        return Sid::parse(text, SidKind::Conversation).problem();
    return tr("No conversation matches “%1”.").arg(text);
}

} // namespace mediadesk
