#include "requestlogwindow.h"

#include "accessiblenames.h"
#include "dialogs.h"
#include "net/requestexport.h"
#include "requestlogfilter.h"
#include "requestlogmodel.h"
#include "ui_requestlogwindow.h"

#include <QAction>
#include <QClipboard>
#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QSaveFile>
#include <QShortcut>
#include <QStandardPaths>
#include <QUrl>

namespace mediadesk {

RequestLogWindow::RequestLogWindow(RequestLog *log, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::RequestLogWindow>())
    , m_model(new RequestLogModel(log, this))
    , m_filter(new RequestLogFilter(m_model, this))
{
    m_ui->setupUi(this);
    nameBuiltInParts(this);
    m_ui->table->setModel(m_filter);
    m_ui->table->verticalHeader()->hide();
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequestLogModel::Url, QHeaderView::Stretch);

    using StatusClass = RequestLogFilter::StatusClass;
    m_ui->methodFilter->addItem(tr("All"));
    m_ui->hostFilter->addItem(tr("All"));
    const std::pair<QString, StatusClass> statusChoices[] = {
        {tr("All"), StatusClass::Any},
        {tr("2xx success"), StatusClass::Success},
        {tr("3xx redirect"), StatusClass::Redirect},
        {tr("4xx refused"), StatusClass::ClientError},
        {tr("5xx server error"), StatusClass::ServerError},
        {tr("No reply"), StatusClass::NoReply}};
    for (const auto &[text, statusClass] : statusChoices)
        m_ui->statusFilter->addItem(text, QVariant::fromValue(int(statusClass)));
    fillChoices(0, m_model->rowCount() - 1);

    connect(m_ui->searchEdit, &QLineEdit::textChanged, m_filter, &RequestLogFilter::setText);
    connect(m_ui->methodFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setMethod(index <= 0 ? QByteArray() : m_ui->methodFilter->itemText(index).toLatin1());
    });
    connect(m_ui->statusFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setStatusClass(StatusClass(m_ui->statusFilter->itemData(index).toInt()));
    });
    connect(m_ui->hostFilter, &QComboBox::currentIndexChanged, this, [this](int index) {
        m_filter->setHost(index <= 0 ? QString() : m_ui->hostFilter->itemText(index));
    });
    connect(m_ui->failuresOnly, &QCheckBox::toggled, m_filter, &RequestLogFilter::setFailuresOnly);

    connect(m_model, &QAbstractItemModel::rowsInserted, this,
            [this](const QModelIndex &, int first, int last) {
                fillChoices(first, last);
                m_ui->table->scrollToBottom();
            });
    // The count says how many there are too: a row the filters hide still counts.
    connect(m_model, &QAbstractItemModel::rowsInserted, this, &RequestLogWindow::updateButtonsAndCount);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &RequestLogWindow::updateButtonsAndCount);
    connect(m_filter, &QAbstractItemModel::rowsInserted, this, &RequestLogWindow::updateButtonsAndCount);
    connect(m_filter, &QAbstractItemModel::rowsRemoved, this, &RequestLogWindow::updateButtonsAndCount);
    connect(m_filter, &QAbstractItemModel::modelReset, this, &RequestLogWindow::updateButtonsAndCount);
    connect(m_filter, &QAbstractItemModel::layoutChanged, this, &RequestLogWindow::updateButtonsAndCount);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &RequestLogWindow::updateButtonsAndCount);
    connect(m_ui->table->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &RequestLogWindow::updateButtonsAndCount);

    connect(m_ui->copyButton, &QPushButton::clicked, this, &RequestLogWindow::copyToClipboard);
    connect(m_ui->copyCurlButton, &QPushButton::clicked, this, &RequestLogWindow::copyAsCurl);
    connect(m_ui->exportButton, &QPushButton::clicked, this, [this] { exportHar(); });
    connect(m_ui->clearButton, &QPushButton::clicked, m_model, &RequestLogModel::clear);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);

    // The table's context menu, with the keys that do the same from anywhere in the window.
    auto *copyAction = new QAction(tr("&Copy"), m_ui->table);
    copyAction->setShortcut(QKeySequence::Copy);
    copyAction->setShortcutContext(Qt::WidgetShortcut);
    connect(copyAction, &QAction::triggered, this, &RequestLogWindow::copyToClipboard);
    auto *curlAction = new QAction(tr("Copy as c&url"), m_ui->table);
    curlAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_C));
    curlAction->setShortcutContext(Qt::WindowShortcut);
    connect(curlAction, &QAction::triggered, this, &RequestLogWindow::copyAsCurl);
    m_ui->table->addActions({copyAction, curlAction});
    new QShortcut(QKeySequence::Find, this, [this] { m_ui->searchEdit->setFocus(Qt::ShortcutFocusReason); });
    updateButtonsAndCount();
}

RequestLogWindow::~RequestLogWindow() = default;

QList<int> RequestLogWindow::chosenRows(bool allWhenNoneSelected) const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->table->selectionModel()->selectedRows())
        rows.append(m_filter->mapToSource(index).row());
    if (rows.isEmpty() && allWhenNoneSelected) {
        for (int row = 0; row < m_filter->rowCount(); ++row)
            rows.append(m_filter->mapToSource(m_filter->index(row, 0)).row());
    }
    std::sort(rows.begin(), rows.end());
    return rows;
}

void RequestLogWindow::copyToClipboard() const
{
    QGuiApplication::clipboard()->setText(m_model->toText(chosenRows(true)));
}

void RequestLogWindow::copyAsCurl() const
{
    QList<int> rows = chosenRows(false);
    if (rows.isEmpty() && m_ui->table->currentIndex().isValid())
        rows.append(m_filter->mapToSource(m_ui->table->currentIndex()).row());
    if (rows.isEmpty())
        return;
    QList<RequestLogEntry> entries;
    for (int row : rows)
        entries.append(m_model->entryAt(row));
    QGuiApplication::clipboard()->setText(RequestExport::curlCommands(entries) + QLatin1Char('\n'));
}

Result<> RequestLogWindow::writeHar(const QString &path) const
{
    QList<RequestLogEntry> entries;
    for (int row : chosenRows(true))
        entries.append(m_model->entryAt(row));
    QSaveFile file(path);
    // Only its owner reads it: it may hold what messages said.
    if (!file.open(QIODevice::WriteOnly) ||
        !file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner) ||
        file.write(RequestExport::har(entries, QCoreApplication::applicationVersion())) < 0 || !file.commit())
        return Failure(
            tr("MediaDesk could not write “%1”: %2").arg(QDir::toNativeSeparators(path), file.errorString()));
    return {};
}

void RequestLogWindow::exportHar(const QString &givenPath)
{
    QString path = givenPath;
    if (path.isEmpty()) {
        const QString suggested =
            QDir(QStandardPaths::writableLocation(QStandardPaths::DownloadLocation))
                .filePath(QStringLiteral("mediadesk-requests-%1.har")
                              .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss"))));
        path = Dialogs::saveFileName(this, tr("Export the Requests as HAR"), suggested);
        if (path.isEmpty())
            return;
    }
    if (const Result<> written = writeHar(path); !written) {
        Dialogs::warning(this, tr("Export the Requests as HAR"), written.problem());
        return;
    }
    m_ui->countLabel->setText(tr("Exported %n request(s) to %1.", nullptr, int(chosenRows(true).size()))
                                  .arg(QDir::toNativeSeparators(QFileInfo(path).fileName())));
}

void RequestLogWindow::fillChoices(int first, int last)
{
    // Each method and host seen so far, in the order first seen.
    for (int row = first; row <= last; ++row) {
        const RequestLogEntry &e = m_model->entryAt(row);
        const QString method = QString::fromLatin1(e.method);
        if (m_ui->methodFilter->findText(method, Qt::MatchFixedString | Qt::MatchCaseSensitive) < 0)
            m_ui->methodFilter->addItem(method);
        const QString host = QUrl(e.url).host();
        if (!host.isEmpty() &&
            m_ui->hostFilter->findText(host, Qt::MatchFixedString | Qt::MatchCaseSensitive) < 0)
            m_ui->hostFilter->addItem(host);
    }
}

void RequestLogWindow::updateButtonsAndCount()
{
    const int shown = m_filter->rowCount();
    const int all = m_model->rowCount();
    m_ui->countLabel->setText(m_filter->isFiltering()
                                  ? tr("%1 of %n request(s) shown", nullptr, all).arg(shown)
                                  : tr("%n request(s)", nullptr, all));
    m_ui->copyButton->setEnabled(shown > 0);
    m_ui->exportButton->setEnabled(shown > 0);
    m_ui->copyCurlButton->setEnabled(m_ui->table->selectionModel()->hasSelection() ||
                                     m_ui->table->currentIndex().isValid());
}

} // namespace mediadesk
