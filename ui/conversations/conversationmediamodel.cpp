#include "conversationmediamodel.h"

#include "net/apiclient.h"
#include "net/conversationsapi.h"
#include "text/displaytext.h"
#include "thumbnailcache.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QMimeDatabase>
#include <QStyle>

namespace mediadesk {

ConversationMediaModel::ConversationMediaModel(QObject *parent) : QAbstractTableModel(parent) {}

ConversationMediaModel::~ConversationMediaModel()
{
    stop();
}

void ConversationMediaModel::setThumbnails(ThumbnailCache *thumbnails)
{
    if (m_thumbnails)
        m_thumbnails->disconnect(this);
    m_thumbnails = thumbnails;
    if (!thumbnails)
        return;
    connect(thumbnails, &ThumbnailCache::thumbnailReady, this, [this](const QString &mediaSid) {
        if (const int row = rowOf(mediaSid); row >= 0)
            emit dataChanged(index(row, Name), index(row, Name), {Qt::DecorationRole});
    });
}

void ConversationMediaModel::setConversation(ApiClient *client, const QString &serviceSid,
                                             const QString &conversationSid)
{
    stop();
    beginResetModel();
    m_client = client;
    m_serviceSid = serviceSid;
    m_conversationSid = conversationSid;
    m_messages.clear();
    m_rows.clear();
    m_rowOfMedia.clear();
    m_next.clear();
    m_read = 0;
    m_problem.clear();
    m_atEnd = !client || conversationSid.isEmpty();
    endResetModel();
    emit loadingChanged();
}

void ConversationMediaModel::retry()
{
    m_problem.clear();
    if (!m_atEnd && !m_job) {
        m_rowsThisFetch = 0;
        readPage();
    }
}

void ConversationMediaModel::stop()
{
    m_job.reset();
}

const ConversationMessage &ConversationMediaModel::messageAt(int row) const
{
    return m_messages.at(m_rows.at(row).message);
}

const MessageMedia &ConversationMediaModel::mediaAt(int row) const
{
    const Row &r = m_rows.at(row);
    return m_messages.at(r.message).media.at(r.media);
}

int ConversationMediaModel::rowOf(const QString &mediaSid) const
{
    return m_rowOfMedia.value(mediaSid, -1);
}

bool ConversationMediaModel::isLoading() const
{
    return bool(m_job);
}

bool ConversationMediaModel::canReadMore() const
{
    // After a failed page it waits for retry(): scrolling does not hammer the server.
    return !m_atEnd && !m_job && m_problem.isEmpty();
}

void ConversationMediaModel::readMore()
{
    if (!canReadMore())
        return;
    m_rowsThisFetch = 0;
    readPage();
}

void ConversationMediaModel::readPage()
{
    const ConversationsApi conversations(m_client);
    const QUrl page = m_next.isEmpty()
                          ? conversations.messagesNewestFirstUrl(m_serviceSid, m_conversationSid, PageSize)
                          : m_next;
    PagedListJob *job = m_job.reset(conversations.listPage(page, QStringLiteral("messages"), this));
    connect(job, &Job::finished, this, [this, job] { onPage(job); });
    job->start();
    emit loadingChanged();
}

void ConversationMediaModel::onPage(PagedListJob *job)
{
    m_job.done();
    if (!job->succeeded()) {
        m_problem = job->error().userMessage();
        emit loadingChanged();
        return;
    }
    QList<ConversationMessage> arrived;
    int rows = 0;
    for (const QJsonObject &object : job->items()) {
        std::optional<ConversationMessage> message = ConversationMessage::fromJson(object);
        if (!message || message->media.isEmpty())
            continue;
        message->json = {}; // not shown; a long conversation would hold it for nothing
        rows += int(message->media.size());
        arrived.append(std::move(*message));
    }
    m_read += int(job->items().size());
    m_next = job->nextPage();
    m_atEnd = m_next.isEmpty();
    if (rows > 0) {
        beginInsertRows({}, int(m_rows.size()), int(m_rows.size()) + rows - 1);
        for (ConversationMessage &message : arrived) {
            const int m = int(m_messages.size());
            for (int i = 0; i < message.media.size(); ++i) {
                m_rowOfMedia.insert(message.media.at(i).sid, int(m_rows.size()));
                m_rows.append({m, i});
            }
            m_messages.append(std::move(message));
        }
        endInsertRows();
    }
    m_rowsThisFetch += rows;
    if (!m_atEnd && m_rowsThisFetch < ScreenfulRows) {
        readPage(); // messages without media gave little to show: on to the next page
        return;
    }
    emit loadingChanged();
}

QIcon ConversationMediaModel::typeIcon(const QString &contentType) const
{
    auto it = m_typeIcons.constFind(contentType);
    if (it != m_typeIcons.constEnd())
        return *it;
    const QMimeType type = QMimeDatabase().mimeTypeForName(contentType);
    QIcon icon = QIcon::fromTheme(type.iconName(), QIcon::fromTheme(type.genericIconName()));
    if (icon.isNull())
        icon = QApplication::style()->standardIcon(QStyle::SP_FileIcon);
    m_typeIcons.insert(contentType, icon);
    return icon;
}

int ConversationMediaModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int ConversationMediaModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConversationMediaModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const ConversationMessage &message = messageAt(index.row());
    const MessageMedia &media = mediaAt(index.row());
    const QString name = media.filename.value_or(QString());
    switch (role) {
    case MediaSidRole:
        return media.sid;
    case MessageSidRole:
        return message.sid;
    case Qt::DecorationRole:
        if (index.column() != Name)
            return {};
        if (m_thumbnails) {
            // Only rows being painted ask: thumbnails come for what is on screen.
            if (const QIcon thumbnail = m_thumbnails->thumbnail(media); !thumbnail.isNull())
                return thumbnail;
        }
        return typeIcon(media.contentType);
    case Qt::ToolTipRole:
        if (index.column() == Message || index.column() == Author)
            //: %1 the message's SID, %2 its index in the conversation, %3 its body
            return tr("Message %1 (#%2)\n%3")
                .arg(message.sid)
                .arg(message.index)
                .arg(printableText(message.body.value_or(QString())));
        if (index.column() == Name)
            return name.isEmpty() ? media.sid : printableText(name);
        if (index.column() == MediaSid)
            return media.sid;
        return {};
    case Qt::TextAlignmentRole:
        if (index.column() == Size)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case Qt::FontRole:
        if (index.column() == Name && name.isEmpty()) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case Name:
        return name.isEmpty() ? tr("(no file name)") : printableText(name);
    case Author:
        return printableText(message.author);
    case Date:
        return QLocale().toString(message.dateCreated.toLocalTime(), QLocale::ShortFormat);
    case Message: {
        // One line: the start of the body, with its line breaks as spaces.
        QString body = message.body.value_or(QString()).simplified();
        if (body.size() > ExcerptLength)
            body = body.left(ExcerptLength - 1) + QChar(0x2026);
        return printableText(body);
    }
    case Type:
        return printableText(media.contentType);
    case Size:
        return media.size >= 0 ? QLocale().formattedDataSize(media.size) : QString();
    case MediaSid:
        return media.sid;
    }
    return {};
}

QVariant ConversationMediaModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Name:
        return tr("Name");
    case Author:
        return tr("Author");
    case Date:
        return tr("Date");
    case Message:
        return tr("Message");
    case Type:
        return tr("Type");
    case Size:
        return tr("Size");
    case MediaSid:
        return tr("Media SID");
    }
    return {};
}

} // namespace mediadesk
