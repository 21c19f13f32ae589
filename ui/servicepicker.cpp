#include "servicepicker.h"

#include "dialogs.h"
#include "net/conversationsclient.h"
#include "twilio/sid.h"

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

ServicePicker::ServicePicker(QWidget *parent)
    : QWidget(parent)
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
    connect(m_refresh, &QToolButton::clicked, this, &ServicePicker::refresh);
    setEnabled(false);
}

ServicePicker::~ServicePicker()
{
    delete m_job;
}

QString ServicePicker::errorText() const
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

void ServicePicker::clear()
{
    delete m_job;
    m_client = nullptr;
    m_services.clear();
    m_current = {};
    m_lastError = {};
    m_model->clear();
    setError({});
    setEnabled(false);
}

void ServicePicker::load(ApiClient *client, const QString &preferredSid)
{
    clear();
    m_client = client;
    m_preferred = preferredSid;
    setEnabled(true);
    refresh();
}

void ServicePicker::refresh()
{
    if (!m_client)
        return;
    delete m_job;
    setError({});
    if (!m_current.sid.isEmpty())
        m_preferred = m_current.sid;
    m_combo->setEnabled(false);
    m_refresh->setEnabled(false);
    m_combo->lineEdit()->setPlaceholderText(tr("Loading Chat Services…"));
    m_combo->setEditText({});
    m_job = new ListServicesJob(m_client, this);
    connect(m_job, &PagedListJob::pageLoaded, this, [this](int count) {
        m_combo->lineEdit()->setPlaceholderText(tr("Loading Chat Services… (%n so far)", nullptr, count));
    });
    connect(m_job, &Job::finished, this, [this, job = m_job.data()] {
        job->deleteLater();
        m_job = nullptr;
        m_combo->setEnabled(true);
        m_refresh->setEnabled(true);
        m_combo->lineEdit()->setPlaceholderText(tr("Choose a Chat Service"));
        if (!job->succeeded()) {
            m_lastError = job->error();
            setError(tr("The Chat Services could not be loaded: %1").arg(m_lastError.userMessage()));
            m_services.clear();
            rebuild();
            m_combo->lineEdit()->setPlaceholderText(tr("Chat Services not loaded"));
            // Still usable as an entered SID after a passing failure; with refused credentials
            // nothing is, and a bare SID would look as if all were well.
            const bool refused = m_lastError.httpStatus() == 401 || m_lastError.httpStatus() == 403;
            if (!m_preferred.isEmpty() && !refused)
                selectSid(m_preferred);
            emit loadFailed(errorText());
            return;
        }
        m_lastError = {};
        m_services = job->services();
        rebuild();
        emit servicesLoaded(int(m_services.size()));
        if (!m_preferred.isEmpty() && selectSid(m_preferred).isEmpty())
            return;
        if (!m_services.isEmpty())
            setCurrent(m_services.first());
    });
    m_job->start();
}

void ServicePicker::rebuild()
{
    m_model->clear();
    for (const ChatService &service : std::as_const(m_services)) {
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
}

void ServicePicker::setCurrent(const ChatService &service)
{
    m_current = service;
    const int row = m_combo->findData(service.sid, SidRole);
    if (row >= 0) {
        m_combo->setCurrentIndex(row);
    } else {
        m_combo->setCurrentIndex(-1);
        m_combo->setEditText(service.displayName());
    }
    // A name longer than the field shows its beginning (the service's name), not its SID's end.
    if (m_combo->lineEdit())
        m_combo->lineEdit()->setCursorPosition(0);
    emit serviceChanged(service);
}

QString ServicePicker::selectSid(const QString &sid)
{
    for (const ChatService &service : std::as_const(m_services)) {
        if (service.sid == sid.trimmed()) {
            setCurrent(service);
            return {};
        }
    }
    const auto parsed = Sid::parse(sid, SidKind::Service);
    if (!parsed)
        return parsed.problem();
    ChatService entered;
    entered.sid = parsed->toString();
    setCurrent(entered);
    return {};
}

void ServicePicker::onActivated(int index)
{
    const QString sid = m_combo->itemData(index, SidRole).toString();
    if (sid == EnterSidMarker) {
        askForSid();
        return;
    }
    if (!sid.isEmpty() && sid != m_current.sid)
        selectSid(sid);
}

void ServicePicker::onEditingFinished()
{
    const QString text = m_combo->currentText().trimmed();
    if (text.isEmpty() || text == m_current.displayName())
        return;
    const int row = m_combo->findText(text, Qt::MatchFixedString);
    if (row >= 0) {
        onActivated(row);
        return;
    }
    // Not a listed name: perhaps a SID typed or pasted.
    const QString error = selectSid(text.section(QStringLiteral(" — "), -1));
    setError(error.isEmpty() ? QString() : error);
}

void ServicePicker::askForSid()
{
    QString problem;
    QString text = m_current.friendlyName.isEmpty() ? m_current.sid : QString();
    for (;;) {
        const auto entered = Dialogs::text(this, tr("Enter a Chat Service SID"),
                                           problem.isEmpty() ? tr("Chat Service SID (IS…):")
                                                             : problem + QStringLiteral("\n\n") +
                                                                   tr("Chat Service SID (IS…):"),
                                           false, text);
        if (entered)
            text = *entered;
        if (!entered) {
            if (!m_current.sid.isEmpty())
                setCurrent(m_current); // back to what was selected
            else
                m_combo->setCurrentIndex(-1);
            return;
        }
        problem = selectSid(text);
        if (problem.isEmpty()) {
            setError({});
            return;
        }
    }
}

} // namespace mediadesk
