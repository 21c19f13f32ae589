#include "servicepicker.h"

#include "dialogs.h"
#include "session/servicelist.h"

#include <QComboBox>
#include <QCompleter>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QStandardItemModel>
#include <QStyle>
#include <QToolButton>

namespace mediadesk {

namespace {
constexpr int SidRole = Qt::UserRole + 1;
const QString EnterSidMarker = QStringLiteral("enter-sid");
} // namespace

ServicePicker::ServicePicker(ServiceList *list, QWidget *parent)
    : QWidget(parent)
    , m_list(list)
    , m_combo(new QComboBox(this))
    , m_refresh(new QToolButton(this))
    , m_error(new QLabel(this))
    , m_model(new QStandardItemModel(this))
{
    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(4);
    m_combo->setModel(m_model);
    m_combo->setEditable(true); // type to search: the completer matches anywhere in "name — IS…"
    m_combo->setInsertPolicy(QComboBox::NoInsert);
    m_combo->setMinimumContentsLength(32);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->completer()->setFilterMode(Qt::MatchContains);
    m_combo->completer()->setCaseSensitivity(Qt::CaseInsensitive);
    m_combo->completer()->setCompletionMode(QCompleter::PopupCompletion);
    m_combo->lineEdit()->setPlaceholderText(tr("Choose a Chat Service"));
    m_combo->setToolTip(tr("The Chat Service to work with. Type to search by name or SID."));
    m_refresh->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refresh->setToolTip(tr("Reload the list of Chat Services"));
    m_refresh->setAccessibleName(tr("Reload Chat Services"));
    m_combo->setAccessibleName(tr("Chat Service"));
    m_combo->lineEdit()->setAccessibleName(tr("Chat Service"));
    m_combo->lineEdit()->setAccessibleDescription(tr("Type to search by name or SID"));
    m_refresh->setAutoRaise(true);
    m_error->setVisible(false);
    m_error->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_combo, 1);
    layout->addWidget(m_refresh);
    layout->addWidget(m_error);

    connect(m_combo, &QComboBox::activated, this, &ServicePicker::onActivated);
    connect(m_combo->lineEdit(), &QLineEdit::returnPressed, this, &ServicePicker::onEditingFinished);
    connect(m_refresh, &QToolButton::clicked, m_list, &ServiceList::refresh);
    connect(m_list, &ServiceList::loadingStarted, this, &ServicePicker::onLoadingStarted);
    connect(m_list, &ServiceList::pageLoaded, this, &ServicePicker::onPageLoaded);
    connect(m_list, &ServiceList::listChanged, this, &ServicePicker::onListChanged);
    connect(m_list, &ServiceList::loaded, this, &ServicePicker::onLoadFinished);
    connect(m_list, &ServiceList::loadFailed, this, &ServicePicker::onLoadFinished);
    connect(m_list, &ServiceList::currentChanged, this, &ServicePicker::showCurrent);
    onListChanged();
}

ServicePicker::~ServicePicker() = default;

QString ServicePicker::problem() const
{
    return m_error->isVisible() ? m_error->toolTip() : QString();
}

void ServicePicker::setError(const QString &message)
{
    if (message.isEmpty()) {
        m_error->setVisible(false);
        m_error->setToolTip({});
        return;
    }
    const int size = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_error->setPixmap(style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(size, size));
    m_error->setToolTip(message);
    m_error->setAccessibleName(tr("Problem with the Chat Services"));
    m_error->setAccessibleDescription(message);
    m_error->setVisible(true);
}

void ServicePicker::onLoadingStarted()
{
    setEnabled(true);
    setError({});
    m_combo->setEnabled(false);
    m_refresh->setEnabled(false);
    m_combo->lineEdit()->setPlaceholderText(tr("Loading Chat Services…"));
    m_combo->setEditText({});
}

void ServicePicker::onPageLoaded(int countSoFar)
{
    m_combo->lineEdit()->setPlaceholderText(tr("Loading Chat Services… (%n so far)", nullptr, countSoFar));
}

void ServicePicker::onLoadFinished()
{
    m_combo->setEnabled(true);
    m_refresh->setEnabled(true);
    const QString problem = m_list->problem();
    setError(problem);
    m_combo->lineEdit()->setPlaceholderText(problem.isEmpty() ? tr("Choose a Chat Service")
                                                              : tr("Chat Services not loaded"));
}

void ServicePicker::onListChanged()
{
    m_model->clear();
    setEnabled(m_list->isAvailable());
    if (!m_list->isAvailable()) {
        setError({});
        m_combo->lineEdit()->setPlaceholderText(tr("Choose a Chat Service"));
        return;
    }
    for (const ChatService &service : m_list->services()) {
        auto *item = new QStandardItem(service.displayName());
        item->setData(service.sid, SidRole);
        item->setToolTip(service.sid);
        m_model->appendRow(item);
    }
    auto *enter = new QStandardItem(tr("Enter SID…"));
    enter->setData(EnterSidMarker, SidRole);
    enter->setToolTip(tr("Use a Chat Service that is not in this list"));
    m_model->appendRow(enter);
    m_combo->setCurrentIndex(-1);
    if (!m_list->current().sid.isEmpty())
        showCurrent(m_list->current());
}

void ServicePicker::showCurrent(const ChatService &service)
{
    const int row = service.sid.isEmpty() ? -1 : m_combo->findData(service.sid, SidRole);
    if (row >= 0) {
        m_combo->setCurrentIndex(row);
    } else {
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(service.displayName());
    }
    // A name longer than the field shows its beginning (the service's name), not its SID's end.
    if (m_combo->lineEdit())
        m_combo->lineEdit()->setCursorPosition(0);
}

void ServicePicker::onActivated(int index)
{
    const QString sid = m_combo->itemData(index, SidRole).toString();
    if (sid == EnterSidMarker) {
        askForSid();
        return;
    }
    if (!sid.isEmpty() && sid != m_list->current().sid)
        (void)m_list->select(sid); // a listed SID is always valid
}

void ServicePicker::onEditingFinished()
{
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty() || text == m_list->current().displayName())
        return;
    const int row = m_combo->findText(text, Qt::MatchFixedString);
    if (row >= 0) {
        onActivated(row);
        return;
    }
    // Not a listed name: perhaps a SID typed or pasted.
    setError(m_list->select(text.section(QStringLiteral(" — "), -1)).problem());
}

void ServicePicker::askForSid()
{
    const ChatService &current = m_list->current();
    QString problem;
    QString text = current.friendlyName.isEmpty() ? current.sid : QString();
    for (;;) {
        const auto entered = Dialogs::text(this, tr("Enter a Chat Service SID"),
                                           problem.isEmpty() ? tr("Chat Service SID (IS…):")
                                                             : problem + QStringLiteral("\n\n") +
                                                                   tr("Chat Service SID (IS…):"),
                                           false, text);
        if (!entered) {
            showCurrent(m_list->current()); // back to what was chosen
            return;
        }
        text = *entered;
        problem = m_list->select(text).problem();
        if (problem.isEmpty()) {
            setError(m_list->problem());
            return;
        }
    }
}

} // namespace mediadesk
