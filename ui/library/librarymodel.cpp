#include "librarymodel.h"

#include "attachmentstatus.h"
#include "clock.h"
#include "conversationnames.h"
#include "text/displaytext.h"

#include <QLocale>
#include <QScopedValueRollback>
#include <QTimer>

namespace mediadesk {

namespace {
MediaLibrary::Column libraryColumn(int column)
{
    switch (column) {
    case LibraryModel::FileName:
        return MediaLibrary::Column::FileName;
    case LibraryModel::MediaSid:
        return MediaLibrary::Column::MediaSid;
    case LibraryModel::ContentType:
        return MediaLibrary::Column::ContentType;
    case LibraryModel::Size:
        return MediaLibrary::Column::Size;
    case LibraryModel::ServiceSid:
        return MediaLibrary::Column::ServiceSid;
    case LibraryModel::Profile:
        return MediaLibrary::Column::Profile;
    default:
        return MediaLibrary::Column::UploadedAt;
    }
}
} // namespace

LibraryModel::LibraryModel(const MediaLibrary *library, QObject *parent)
    : QAbstractTableModel(parent), m_library(library)
{
    reload();
    // Recent uploads count down to Twilio's deletion; the loaded rows repaint every second.
    auto *ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, &LibraryModel::tick);
    ticker->start();
}

void LibraryModel::tick()
{
    const QDateTime before = Clock::nowUtc().addSecs(-1);
    for (int row = 0; row < m_rows.size(); ++row) {
        const LibraryEntry &e = m_rows.at(row);
        if (e.messageSid.isEmpty() &&
            AttachmentStatus({}, {}, e.uploadedAt, e.checkedAt, e.foundAtCheck, before).isTicking())
            emit dataChanged(index(row, Conversation), index(row, Conversation));
    }
}

void LibraryModel::reload()
{
    // No fetching from inside the reset's own signals: observers would see rows inserted mid-reset.
    const QScopedValueRollback guard(m_fetching, true);
    beginResetModel();
    m_rows.clear();
    m_total = 0;
    if (m_library->isOpen()) {
        // The first page first: when it is not full it is everything, and the count (a scan of the
        // whole table for a search) is not needed.
        m_rows = m_library->page(m_search, m_sortBy, m_order, 0, PageSize);
        m_total = m_rows.size() < PageSize ? m_rows.size() : m_library->count(m_search);
    }
    endResetModel();
    emit totalCountChanged(m_total);
}

int LibraryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int LibraryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool LibraryModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && !m_fetching && m_rows.size() < m_total;
}

void LibraryModel::fetchMore(const QModelIndex &parent)
{
    if (!canFetchMore(parent))
        return;
    // Views and testers may ask again from inside the insertion signals.
    const QScopedValueRollback guard(m_fetching, true);
    const QList<LibraryEntry> more = m_library->page(m_search, m_sortBy, m_order, m_rows.size(), PageSize);
    if (more.isEmpty()) {
        m_total = m_rows.size(); // rows went away meanwhile
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + more.size() - 1));
    m_rows.append(more);
    endInsertRows();
}

void LibraryModel::sort(int column, Qt::SortOrder order)
{
    if (column == Conversation || column == MessageSid)
        column = UploadedAt; // the countdowns follow the upload time
    m_sortBy = libraryColumn(column);
    m_order = order;
    reload();
}

void LibraryModel::setSearch(const QString &search)
{
    if (search == m_search)
        return;
    m_search = search;
    reload();
}

const LibraryEntry *LibraryModel::entryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

AttachmentStatus LibraryModel::attachmentOf(const LibraryEntry &e) const
{
    AttachmentStatus status(e.conversationSid, e.messageSid, e.uploadedAt, e.checkedAt, e.foundAtCheck);
    if (m_conversationNames)
        status.setConversationName(m_conversationNames->nameOf(e.conversationSid));
    return status;
}

void LibraryModel::setConversationNames(const ConversationNames *names)
{
    m_conversationNames = names;
    connect(names, &ConversationNames::changed, this, [this] {
        if (!m_rows.isEmpty())
            emit dataChanged(index(0, Conversation), index(int(m_rows.size()) - 1, Conversation));
    });
}

QVariant LibraryModel::data(const QModelIndex &index, int role) const
{
    const LibraryEntry *e = entryAt(index.row());
    if (!e || !index.isValid())
        return {};
    if (role == Qt::TextAlignmentRole && index.column() == Size)
        return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
    if (role == Qt::ToolTipRole) {
        if (index.column() == FileName)
            return printableText(e->localPath);
        if (index.column() == Size)
            return tr("%1 bytes").arg(QLocale().toString(e->size));
        if (index.column() == UploadedAt)
            return e->uploadedAt.toString(Qt::ISODate);
        if (index.column() == MessageSid)
            return e->messageSid;
        if (index.column() == Conversation)
            return attachmentOf(*e).tooltip();
        return {};
    }
    if (role == SortRole) {
        switch (index.column()) {
        case Size:
            return e->size;
        case UploadedAt:
            return e->uploadedAt;
        default:
            break;
        }
    }
    if (role != Qt::DisplayRole && role != SortRole)
        return {};
    const QLocale locale;
    switch (index.column()) {
    // Names and types can come from a server or an oddly named file: shown escaped (displaytext.h).
    case FileName:
        return printableText(e->fileName);
    case MediaSid:
        return e->mediaSid;
    case ContentType:
        return printableText(e->contentType);
    case Size:
        return locale.formattedDataSize(e->size);
    case UploadedAt:
        return locale.toString(e->uploadedAt.toLocalTime(), QLocale::ShortFormat);
    case Conversation:
        return attachmentOf(*e).text();
    case MessageSid:
        return e->messageSid;
    case ServiceSid:
        return e->serviceSid;
    case Profile:
        return e->profile;
    }
    return {};
}

QVariant LibraryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case FileName:
        return tr("File name");
    case MediaSid:
        return tr("Media SID");
    case ContentType:
        return tr("Type");
    case Size:
        return tr("Size");
    case UploadedAt:
        return tr("Uploaded");
    case Conversation:
        return tr("Conversation");
    case MessageSid:
        return tr("Message");
    case ServiceSid:
        return tr("Chat Service");
    case Profile:
        return tr("Account");
    }
    return {};
}

} // namespace mediadesk
