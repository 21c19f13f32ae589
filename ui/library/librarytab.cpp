#include "librarytab.h"

#include "attachmentstatus.h"
#include "clock.h"
#include "librarymodel.h"
#include "store/library.h"
#include "store/medialibrary.h"
#include "twilio/media.h"
#include "ui_librarytab.h"

#include <QClipboard>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QShowEvent>
#include <QStyle>
#include <QTimer>

namespace mediadesk {

LibraryTab::LibraryTab(QWidget *parent) : QWidget(parent), m_ui(std::make_unique<Ui::LibraryTab>())
{
    m_ui->setupUi(this);
}

LibraryTab::~LibraryTab() = default;

void LibraryTab::setLibrary(Library *library, const QString &problem)
{
    Q_ASSERT(!m_model);
    m_model = new LibraryModel(&library->reader(), this);
    // Rows land one by one as a batch of uploads ends: read them at most five times a second.
    auto *landed = new QTimer(this);
    landed->setSingleShot(true);
    landed->setInterval(200);
    connect(landed, &QTimer::timeout, this, &LibraryTab::reloadIfShown);
    connect(library, &Library::changed, landed, [landed] {
        if (!landed->isActive())
            landed->start();
    });
    m_ui->libraryTable->setModel(m_model);
    m_ui->libraryTable->verticalHeader()->hide();
    fitColumns();
    m_ui->libraryNote->setText(
        problem.isEmpty() ? tr("Everything uploaded from this computer, by MediaDesk and mediadesk-cli.")
                          : problem);
    m_ui->librarySearch->setEnabled(problem.isEmpty());

    // Search as you type, once typing pauses.
    auto *debounce = new QTimer(this);
    debounce->setSingleShot(true);
    debounce->setInterval(150);
    connect(m_ui->librarySearch, &QLineEdit::textChanged, debounce, qOverload<>(&QTimer::start));
    connect(debounce, &QTimer::timeout, this,
            [this] { m_model->setSearch(m_ui->librarySearch->text().trimmed()); });
    auto showCount = [this](qint64 count) {
        m_ui->libraryCount->setText(m_model->search().isEmpty() ? tr("%n upload(s)", nullptr, int(count))
                                                                : tr("%n match(es)", nullptr, int(count)));
    };
    connect(m_model, &LibraryModel::totalCountChanged, this, showCount);
    showCount(m_model->totalCount());
    connect(m_ui->libraryTable, &QWidget::customContextMenuRequested, this, &LibraryTab::showMenu);
    connect(m_ui->libraryTable, &QAbstractItemView::activated, this, [this](const QModelIndex &index) {
        if (const LibraryEntry *entry = m_model->entryAt(index.row()))
            emit detailsRequested(entry->mediaSid, entry->serviceSid);
    });
}

void LibraryTab::fitColumns()
{
    QHeaderView *header = m_ui->libraryTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::Interactive);
    header->setSectionResizeMode(LibraryModel::FileName, QHeaderView::Stretch);
    header->setSortIndicator(LibraryModel::UploadedAt, Qt::DescendingOrder);
    // Wide enough for each (translated) title and its sort arrow, and for what the column holds
    // (SIDs are elided: the tooltip and Copy give them whole); the name takes the rest.
    const QFontMetrics metrics(m_ui->libraryTable->font());
    const int pad = 2 * style()->pixelMetric(QStyle::PM_HeaderMargin) + 8;
    auto fit = [&](int column, const QString &sample) {
        header->resizeSection(
            column, qMax(header->sectionSizeHint(column) + 16, metrics.horizontalAdvance(sample) + pad));
    };
    fit(LibraryModel::MediaSid, QStringLiteral("ME0123…"));
    fit(LibraryModel::ContentType, QStringLiteral("image/jpeg"));
    fit(LibraryModel::Size, QLocale().formattedDataSize(999 * 1024 * 1024));
    fit(LibraryModel::UploadedAt,
        QLocale().toString(QDateTime(QDate(2026, 12, 31), QTime(23, 59)), QLocale::ShortFormat));
    const QDateTime now = Clock::nowUtc();
    fit(LibraryModel::Conversation, AttachmentStatus({}, {}, now, {}, {}, now).text()); // "Deleted in 5:00"
    fit(LibraryModel::MessageSid, QStringLiteral("IM0123…"));
    fit(LibraryModel::ServiceSid, QStringLiteral("IS0123…"));
    fit(LibraryModel::Profile, QStringLiteral("Sandbox"));
}

void LibraryTab::reload()
{
    if (m_model)
        m_model->reload();
}

void LibraryTab::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (!event->spontaneous()) // brought up, not merely uncovered
        reload();
}

void LibraryTab::reloadIfShown()
{
    // The current page of the window's tabs, shown or not yet (the pages behind are hidden).
    if (isVisibleTo(window()))
        reload();
}

QList<SendableMedia> LibraryTab::selectedSendable() const
{
    QList<SendableMedia> media;
    for (const QModelIndex &index : m_ui->libraryTable->selectionModel()->selectedRows()) {
        const LibraryEntry *e = m_model->entryAt(index.row());
        if (e && e->messageSid.isEmpty())
            media.append({e->mediaSid, e->fileName, e->serviceSid, e->size});
    }
    return media;
}

QList<Media> LibraryTab::selectedMedia() const
{
    QModelIndexList rows = m_ui->libraryTable->selectionModel()->selectedRows();
    std::sort(rows.begin(), rows.end(),
              [](const QModelIndex &a, const QModelIndex &b) { return a.row() < b.row(); });
    QList<Media> media;
    for (const QModelIndex &index : std::as_const(rows)) {
        if (const LibraryEntry *e = m_model->entryAt(index.row()))
            media.append(Media::known(e->mediaSid, e->serviceSid, e->fileName, e->contentType, e->size));
    }
    return media;
}

void LibraryTab::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->libraryTable->indexAt(pos);
    const LibraryEntry *found = index.isValid() ? m_model->entryAt(index.row()) : nullptr;
    if (!found)
        return;
    const LibraryEntry entry = *found;
    QMenu menu(this);
    menu.addAction(tr("Show Details"), this,
                   [this, entry] { emit detailsRequested(entry.mediaSid, entry.serviceSid); });
    menu.addAction(tr("Download…"), this, [this, entry] {
        emit downloadRequested(
            Media::known(entry.mediaSid, entry.serviceSid, entry.fileName, entry.contentType, entry.size));
    });
    const QList<Media> selected = selectedMedia();
    menu.addAction(tr("Download %n to the Download Folder", nullptr, int(selected.size())), this,
                   [this, selected] { emit downloadToFolderRequested(selected); })
        ->setEnabled(!selected.isEmpty());
    menu.addSeparator();
    menu.addAction(tr("Copy Media SID"), this,
                   [sid = entry.mediaSid] { QGuiApplication::clipboard()->setText(sid); });
    menu.addAction(tr("Copy Message SID"), this,
                   [sid = entry.messageSid] { QGuiApplication::clipboard()->setText(sid); })
        ->setEnabled(!entry.messageSid.isEmpty());
    menu.exec(m_ui->libraryTable->viewport()->mapToGlobal(pos));
}

} // namespace mediadesk
