#include "requestlogwindow.h"

#include "accessiblenames.h"
#include "requestlogmodel.h"
#include "ui_requestlogwindow.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QKeySequence>
#include <QShortcut>

namespace mediadesk {

RequestLogWindow::RequestLogWindow(RequestLog *log, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_ui(std::make_unique<Ui::RequestLogWindow>())
    , m_model(new RequestLogModel(log, this))
{
    m_ui->setupUi(this);
    nameBuiltInParts(this);
    m_ui->table->setModel(m_model);
    m_ui->table->verticalHeader()->hide();
    QHeaderView *header = m_ui->table->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(RequestLogModel::Url, QHeaderView::Stretch);
    connect(m_model, &QAbstractItemModel::rowsInserted, m_ui->table, &QTableView::scrollToBottom);
    connect(m_ui->copyButton, &QPushButton::clicked, this, &RequestLogWindow::copyToClipboard);
    connect(m_ui->clearButton, &QPushButton::clicked, m_model, &RequestLogModel::clear);
    connect(m_ui->closeButton, &QPushButton::clicked, this, &QWidget::close);
    new QShortcut(QKeySequence::Copy, m_ui->table, [this] { copyToClipboard(); });
}

RequestLogWindow::~RequestLogWindow() = default;

void RequestLogWindow::copyToClipboard() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->table->selectionModel()->selectedRows())
        rows.append(index.row());
    if (rows.isEmpty()) {
        for (int row = 0; row < m_model->rowCount(); ++row)
            rows.append(row);
    }
    std::sort(rows.begin(), rows.end());
    QGuiApplication::clipboard()->setText(m_model->toText(rows));
}

} // namespace mediadesk
