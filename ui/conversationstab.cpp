#include "conversationstab.h"

#include "conversationmediamodel.h"
#include "desktop.h"
#include "net/apiclient.h"
#include "net/conversationsclient.h"
#include "net/mcsclient.h"
#include "thumbnailcache.h"
#include "twilio/media.h"
#include "ui_conversationstab.h"

#include <QClipboard>
#include <QDateTime>
#include <QGuiApplication>
#include <QHeaderView>
#include <QLocale>
#include <QMenu>
#include <QScrollBar>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QStandardItemModel>
#include <utility>

namespace mediadesk {

namespace {
constexpr int SidRole = Qt::UserRole + 1;
constexpr int SearchRole = Qt::UserRole + 2;

// How a conversation is listed, and what its export's folder is called.
QString titleOf(const Conversation &c)
{
    return !c.friendlyName.isEmpty() ? c.friendlyName : !c.uniqueName.isEmpty() ? c.uniqueName : c.sid;
}
} // namespace

ConversationsTab::ConversationsTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConversationsTab>())
    , m_list(new QStandardItemModel(this))
    , m_filter(new QSortFilterProxyModel(this))
    , m_media(new ConversationMediaModel(this))
    , m_thumbnails(new ThumbnailCache(ThumbnailCache::defaultFolder(), ThumbnailCache::DefaultDiskCap, this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_list);
    m_filter->setFilterRole(SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->conversationList->setModel(m_filter);
    m_media->setThumbnails(m_thumbnails);
    m_ui->mediaView->setModel(m_media);
    m_ui->splitter->setStretchFactor(1, 3);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_ui->splitter->setSizes({18 * em, 80 * em});

    QHeaderView *header = m_ui->mediaView->header();
    // Widths set, not measured: measuring 10,000 rows' contents would stall the window. The message
    // gets room before the SID, which takes what is left (whole in a wide window, and in the
    // tooltip, Details and Copy Media SID); names are elided in the middle, keeping the extension.
    header->setStretchLastSection(true);
    const auto fit = [this, em](const QString &sample) {
        return fontMetrics().horizontalAdvance(sample) + em;
    };
    const QLocale locale;
    header->resizeSection(ConversationMediaModel::Name, 14 * em);
    header->resizeSection(ConversationMediaModel::Author, 7 * em);
    header->resizeSection(
        ConversationMediaModel::Date,
        fit(locale.toString(QDateTime(QDate(2026, 12, 28), QTime(22, 58)), QLocale::ShortFormat)));
    header->resizeSection(ConversationMediaModel::Message, 20 * em);
    header->resizeSection(ConversationMediaModel::Type, fit(QStringLiteral("image/jpeg")));
    header->resizeSection(ConversationMediaModel::Size, fit(locale.formattedDataSize(999 * 1024 + 1000)));
    header->setMinimumSectionSize(5 * em);
    m_ui->mediaView->setTextElideMode(Qt::ElideMiddle);

    connect(m_ui->conversationSearch, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                const QString sid = current.data(SidRole).toString();
                for (const Conversation &c : std::as_const(m_conversations)) {
                    if (c.sid == sid && c.sid != m_current.sid)
                        showConversation(c);
                }
            });
    connect(m_media, &ConversationMediaModel::loadingChanged, this, &ConversationsTab::updateStatus);
    // Older messages are read as the view nears its end (or while it is not full), counted from the
    // rows (the view scrolls by pixel), not from the scroll bar's range, which lags behind rows just
    // added until the view's next layout.
    QScrollBar *scroll = m_ui->mediaView->verticalScrollBar();
    const auto readIfNearTheEnd = [this, scroll] {
        if (!m_media->canReadMore())
            return;
        const int rows = m_media->rowCount();
        const int rowHeight = rows > 0 ? qMax(1, m_ui->mediaView->sizeHintForRow(0)) : 1;
        const int screen = m_ui->mediaView->viewport()->height();
        if (qint64(rows) * rowHeight - (scroll->value() + screen) < 2 * screen)
            m_media->readMore();
    };
    connect(scroll, &QScrollBar::valueChanged, this, readIfNearTheEnd);
    connect(scroll, &QScrollBar::rangeChanged, this, readIfNearTheEnd);
    connect(m_media, &ConversationMediaModel::loadingChanged, this, readIfNearTheEnd);
    connect(m_media, &QAbstractItemModel::rowsInserted, this, &ConversationsTab::updateStatus);
    connect(m_ui->mediaView->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ConversationsTab::updateButtons);
    connect(m_ui->mediaView, &QTreeView::activated, this,
            &ConversationsTab::showDetailsOfSelected); // double-click, Enter
    connect(m_ui->mediaView, &QWidget::customContextMenuRequested, this, &ConversationsTab::showMenu);
    connect(m_ui->detailsButton, &QPushButton::clicked, this, &ConversationsTab::showDetailsOfSelected);
    connect(m_ui->openButton, &QPushButton::clicked, this, &ConversationsTab::openSelectedContent);
    connect(m_ui->sendButton, &QPushButton::clicked, this,
            [this] { emit sendRequested(selectedSendable()); });
    connect(m_ui->downloadSelectedButton, &QPushButton::clicked, this, &ConversationsTab::downloadSelected);
    connect(m_ui->downloadAllButton, &QPushButton::clicked, this, &ConversationsTab::downloadAll);
    connect(m_ui->retryButton, &QPushButton::clicked, this, [this] {
        if (!m_listProblem.isEmpty())
            loadConversations();
        else
            m_media->retry();
    });
    updateStatus();
}

ConversationsTab::~ConversationsTab() = default;

void ConversationsTab::setSource(ApiClient *client, const QString &serviceSid)
{
    if (client == m_client && serviceSid == m_serviceSid)
        return;
    m_client = client;
    m_serviceSid = serviceSid;
    m_thumbnails->setSource(client, serviceSid);
    loadConversations();
}

bool ConversationsTab::isLoadingConversations() const
{
    return m_listJob != nullptr;
}

void ConversationsTab::setParallel(int n)
{
    m_thumbnails->setParallel(n);
}

void ConversationsTab::reload()
{
    loadConversations(); // the conversation shown is picked again once the list is back
}

void ConversationsTab::loadConversations()
{
    delete m_listJob;
    m_conversations.clear();
    m_list->clear();
    m_listProblem.clear();
    if (!m_current.sid.isEmpty())
        m_reselect = m_current.sid;
    showConversation({});
    if (!m_client || m_serviceSid.isEmpty()) {
        updateStatus();
        return;
    }
    m_listJob = ConversationsClient(m_client).listConversations(m_serviceSid, this);
    connect(m_listJob, &PagedListJob::pageLoaded, this, &ConversationsTab::updateStatus);
    connect(m_listJob, &Job::finished, this, [this, job = m_listJob.data()] {
        job->deleteLater();
        m_listJob = nullptr;
        if (!job->succeeded())
            m_listProblem = job->error().userMessage();
        for (const QJsonObject &o : job->items()) {
            const std::optional<Conversation> c = Conversation::fromJson(o);
            if (!c)
                continue;
            m_conversations.append(*c);
            auto *item = new QStandardItem(titleOf(*c));
            item->setData(c->sid, SidRole);
            item->setData(QStringList{c->friendlyName, c->uniqueName, c->sid}.join(QLatin1Char('\n')),
                          SearchRole);
            item->setToolTip(c->displayName());
            m_list->appendRow(item);
        }
        if (!m_reselect.isEmpty())
            selectConversation(std::exchange(m_reselect, {})); // not listed (another service): none
        updateStatus();
    });
    m_listJob->start();
    updateStatus();
}

bool ConversationsTab::selectConversation(const QString &conversationSid)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(SidRole).toString() == conversationSid) {
            m_ui->conversationList->setCurrentIndex(index);
            return m_current.sid == conversationSid;
        }
    }
    return false;
}

void ConversationsTab::showConversation(const Conversation &conversation)
{
    if (m_linkJob) { // a link for a row of what was shown before: not opened any more
        m_linkJob->disconnect(this);
        m_linkJob->abort();
        m_linkJob->deleteLater();
        m_linkJob = nullptr;
    }
    m_current = conversation;
    m_note.clear();
    m_ui->conversationTitle->setText(conversation.sid.isEmpty() ? QString() : conversation.displayName());
    m_media->setConversation(m_client, m_serviceSid, conversation.sid);
    m_media->readMore();
    updateStatus();
}

QList<int> ConversationsTab::selectedRows() const
{
    QList<int> rows;
    for (const QModelIndex &index : m_ui->mediaView->selectionModel()->selectedRows())
        rows.append(index.row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

QList<SendableMedia> ConversationsTab::selectedSendable() const
{
    QList<SendableMedia> media;
    for (const int row : selectedRows()) {
        const MessageMedia &m = m_media->mediaAt(row);
        media.append({m.sid, m.filename.value_or(QString()), m_serviceSid, qMax<qint64>(0, m.size)});
    }
    return media;
}

QStringList ConversationsTab::selectedMessageSids() const
{
    QStringList sids;
    QSet<QString> seen;
    for (const int row : selectedRows()) {
        const QString sid = m_media->messageAt(row).sid;
        if (!seen.contains(sid)) {
            seen.insert(sid);
            sids.append(sid);
        }
    }
    return sids;
}

void ConversationsTab::showDetailsOfSelected()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1)
        emit detailsRequested(m_media->mediaAt(rows.first()).sid, m_serviceSid);
}

void ConversationsTab::openSelectedContent()
{
    const QList<int> rows = selectedRows();
    if (rows.size() != 1 || !m_client || m_linkJob)
        return;
    auto *job = new TemporaryUrlJob(m_client, m_serviceSid, m_media->mediaAt(rows.first()).sid, this);
    m_linkJob = job;
    m_note = tr("Fetching a fresh temporary link…");
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        m_linkJob = nullptr;
        if (!job->succeeded())
            m_note = job->error().userMessage();
        else if (!Desktop::openUrl(job->url()))
            m_note = tr("This computer has no program to open the link with. Use Copy Temporary Link in "
                        "Details and paste it into a browser.");
        else
            m_note = tr("Opened %1 through a fresh temporary link.").arg(job->media().sid);
        updateStatus();
        updateButtons();
    });
    job->start();
    updateStatus();
    updateButtons();
}

void ConversationsTab::downloadAll()
{
    if (m_current.sid.isEmpty())
        return;
    // Known only once every message is read; the export counts them itself.
    const int count = m_media->isAtEnd() ? m_media->rowCount() : 0;
    emit exportRequested(m_current.sid, titleOf(m_current), {}, count);
}

void ConversationsTab::downloadSelected()
{
    const QStringList messages = selectedMessageSids();
    if (messages.isEmpty())
        return;
    const QSet<QString> chosen(messages.begin(), messages.end());
    int count = 0; // every media of those messages, selected or not
    for (int row = 0; row < m_media->rowCount(); ++row)
        count += chosen.contains(m_media->messageAt(row).sid);
    emit exportRequested(m_current.sid, titleOf(m_current), messages, count);
}

QString ConversationsTab::status() const
{
    return m_ui->mediaStatus->text();
}

void ConversationsTab::updateStatus()
{
    // The list of conversations.
    QString listText;
    if (m_listJob)
        listText = tr("Loading conversations… (%n so far)", nullptr, int(m_listJob->items().size()));
    else if (!m_listProblem.isEmpty())
        listText = tr("The conversations could not be loaded.");
    else if (!m_client || m_serviceSid.isEmpty())
        listText = tr("Choose an account and a Chat Service.");
    else if (m_conversations.isEmpty())
        listText = tr("This service has no conversations yet. Media sent into a conversation are listed "
                      "here.");
    else
        listText = tr("%n conversation(s)", nullptr, int(m_conversations.size()));
    m_ui->conversationStatus->setText(listText);

    // The media of the conversation shown.
    QString text;
    bool canRetry = false;
    if (!m_listProblem.isEmpty()) {
        text = tr("The conversations could not be loaded: %1").arg(m_listProblem);
        canRetry = true;
    } else if (m_current.sid.isEmpty()) {
        text = m_conversations.isEmpty() ? QString()
                                         : tr("Choose a conversation to see the media its messages carry.");
    } else if (!m_media->problem().isEmpty()) {
        text = tr("Reading the messages stopped: %1").arg(m_media->problem());
        canRetry = true;
    } else {
        const int rows = m_media->rowCount();
        const int messages = m_media->messagesWithMedia();
        //: %1 "N media", %2 "in M messages", %3 "of K messages read"
        const QString counts =
            tr("%1 %2, of %3")
                .arg(tr("%n media", nullptr, rows), tr("in %n message(s)", nullptr, messages),
                     tr("%n message(s) read", nullptr, m_media->messagesRead()));
        if (m_media->isLoading())
            text = rows == 0 ? tr("Reading messages… (%n read)", nullptr, m_media->messagesRead())
                             : tr("%1 — reading more…").arg(counts);
        else if (m_media->isAtEnd() && rows == 0)
            text = tr("No message in this conversation carries media (%n message(s) read).", nullptr,
                      m_media->messagesRead());
        else if (m_media->isAtEnd())
            text = tr("%1 — every message read.").arg(counts);
        else
            text = tr("%1 — scroll down for older messages.").arg(counts);
    }
    if (!m_note.isEmpty())
        text += QLatin1Char(' ') + m_note;
    m_ui->mediaStatus->setText(text);
    m_ui->retryButton->setVisible(canRetry);
    updateButtons();
}

void ConversationsTab::updateButtons()
{
    const int selected = int(selectedRows().size());
    m_ui->detailsButton->setEnabled(selected == 1);
    m_ui->openButton->setEnabled(selected == 1 && !m_linkJob);
    m_ui->sendButton->setEnabled(selected > 0);
    m_ui->downloadSelectedButton->setEnabled(selected > 0);
    m_ui->downloadAllButton->setEnabled(!m_current.sid.isEmpty() && m_client);
}

void ConversationsTab::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->mediaView->indexAt(pos);
    if (!index.isValid())
        return;
    const MessageMedia media = m_media->mediaAt(index.row());
    const QString messageSid = m_media->messageAt(index.row()).sid;
    QMenu menu(this);
    menu.addAction(m_ui->detailsButton->text(), this, &ConversationsTab::showDetailsOfSelected)
        ->setEnabled(m_ui->detailsButton->isEnabled());
    menu.addAction(m_ui->openButton->text(), this, &ConversationsTab::openSelectedContent)
        ->setEnabled(m_ui->openButton->isEnabled());
    menu.addAction(tr("Download…"), this, [this, media] {
        emit downloadRequested(Media::known(media.sid, m_serviceSid, media.filename.value_or(QString()),
                                            media.contentType, media.size));
    });
    menu.addAction(m_ui->downloadSelectedButton->text(), this, &ConversationsTab::downloadSelected);
    menu.addAction(m_ui->sendButton->text(), m_ui->sendButton, &QPushButton::click);
    menu.addSeparator();
    menu.addAction(tr("Copy Media SID"), this, [media] { QGuiApplication::clipboard()->setText(media.sid); });
    menu.addAction(tr("Copy Message SID"), this,
                   [messageSid] { QGuiApplication::clipboard()->setText(messageSid); });
    menu.exec(m_ui->mediaView->viewport()->mapToGlobal(pos));
}

} // namespace mediadesk
