#include "conversationstab.h"

#include "conversationmediamodel.h"
#include "conversationspresenter.h"
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

namespace mediadesk {

ConversationsTab::ConversationsTab(QWidget *parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConversationsTab>())
    , m_presenter(new ConversationsPresenter(this))
    , m_filter(new QSortFilterProxyModel(this))
{
    m_ui->setupUi(this);
    m_filter->setSourceModel(m_presenter->conversationList());
    m_filter->setFilterRole(ConversationsPresenter::SearchRole);
    m_filter->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_ui->conversationList->setModel(m_filter);
    m_ui->mediaView->setModel(mediaModel());
    m_ui->splitter->setStretchFactor(1, 3);
    const int em = fontMetrics().horizontalAdvance(QLatin1Char('M'));
    // The list is as wide as its search field's placeholder needs, in every language.
    const int listWidth = std::max(
        18 * em, fontMetrics().horizontalAdvance(m_ui->conversationSearch->placeholderText()) + 4 * em);
    m_ui->splitter->setSizes({listWidth, 80 * em});

    QHeaderView *header = m_ui->mediaView->header();
    // Widths set, not measured: measuring 10,000 rows' contents would stall the window. The Media
    // SID is always whole (it is what people copy); the message takes what is left, and names are
    // elided in the middle, keeping the extension.
    header->setStretchLastSection(false);
    const auto fit = [this, em](const QString &sample) {
        return fontMetrics().horizontalAdvance(sample) + em;
    };
    const QLocale locale;
    header->resizeSection(ConversationMediaModel::Name, 12 * em);
    header->resizeSection(ConversationMediaModel::Author, 6 * em);
    header->resizeSection(
        ConversationMediaModel::Date,
        fit(locale.toString(QDateTime(QDate(2026, 12, 28), QTime(22, 58)), QLocale::ShortFormat)));
    header->setSectionResizeMode(ConversationMediaModel::Message, QHeaderView::Stretch);
    header->resizeSection(ConversationMediaModel::Type, fit(QStringLiteral("image/jpeg")));
    header->resizeSection(ConversationMediaModel::Size, fit(locale.formattedDataSize(999 * 1024 + 1000)));
    header->resizeSection(ConversationMediaModel::MediaSid,
                          fit(QStringLiteral("ME0123456789abcdef0123456789abcdef")));
    header->setMinimumSectionSize(5 * em);
    m_ui->mediaView->setTextElideMode(Qt::ElideMiddle);

    connect(m_ui->conversationSearch, &QLineEdit::textChanged, m_filter,
            &QSortFilterProxyModel::setFilterFixedString);
    connect(m_ui->conversationList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) {
                if (current.isValid())
                    m_presenter->showConversation(current.data(ConversationsPresenter::SidRole).toString());
            });
    connect(m_presenter, &ConversationsPresenter::conversationShown, this,
            &ConversationsTab::onConversationShown);
    connect(m_presenter, &ConversationsPresenter::statusChanged, this, &ConversationsTab::updateStatus);
    // Older messages are read as the view nears its end (or while it is not full).
    QScrollBar *scroll = m_ui->mediaView->verticalScrollBar();
    connect(scroll, &QScrollBar::valueChanged, this, &ConversationsTab::readIfNearTheEnd);
    connect(scroll, &QScrollBar::rangeChanged, this, &ConversationsTab::readIfNearTheEnd);
    connect(mediaModel(), &ConversationMediaModel::loadingChanged, this, &ConversationsTab::readIfNearTheEnd);
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
    connect(m_ui->retryButton, &QPushButton::clicked, m_presenter, &ConversationsPresenter::retry);
    updateStatus();
}

ConversationsTab::~ConversationsTab() = default;

ConversationMediaModel *ConversationsTab::mediaModel() const
{
    return m_presenter->media();
}

ThumbnailCache *ConversationsTab::thumbnails() const
{
    return m_presenter->thumbnails();
}

void ConversationsTab::setSource(ApiClient *client, const QString &serviceSid)
{
    m_presenter->setSource(client, serviceSid);
}

void ConversationsTab::setParallel(int n)
{
    m_presenter->setParallel(n);
}

void ConversationsTab::reload()
{
    m_presenter->reload();
}

bool ConversationsTab::isLoadingConversations() const
{
    return m_presenter->isLoadingConversations();
}

const QList<Conversation> &ConversationsTab::conversations() const
{
    return m_presenter->conversations();
}

Conversation ConversationsTab::currentConversation() const
{
    return m_presenter->current();
}

bool ConversationsTab::selectConversation(const QString &conversationSid)
{
    for (int row = 0; row < m_filter->rowCount(); ++row) {
        const QModelIndex index = m_filter->index(row, 0);
        if (index.data(ConversationsPresenter::SidRole).toString() == conversationSid) {
            m_ui->conversationList->setCurrentIndex(index);
            return m_presenter->current().sid == conversationSid;
        }
    }
    return false;
}

void ConversationsTab::onConversationShown()
{
    const Conversation &shown = m_presenter->current();
    m_ui->conversationTitle->setText(shown.sid.isEmpty() ? QString() : shown.displayName());
    // Shown again after the list was loaded again: its row is the current one once more.
    if (!shown.sid.isEmpty() &&
        m_ui->conversationList->currentIndex().data(ConversationsPresenter::SidRole).toString() !=
            shown.sid) {
        for (int row = 0; row < m_filter->rowCount(); ++row) {
            if (m_filter->index(row, 0).data(ConversationsPresenter::SidRole).toString() == shown.sid)
                m_ui->conversationList->setCurrentIndex(m_filter->index(row, 0));
        }
    }
}

void ConversationsTab::readIfNearTheEnd()
{
    // Counted from the rows (the view scrolls by pixel), not from the scroll bar's range, which lags
    // behind rows just added until the view's next layout.
    ConversationMediaModel *media = mediaModel();
    if (!media->canReadMore())
        return;
    const int rows = media->rowCount();
    const int rowHeight = rows > 0 ? qMax(1, m_ui->mediaView->sizeHintForRow(0)) : 1;
    const int screen = m_ui->mediaView->viewport()->height();
    if (qint64(rows) * rowHeight - (m_ui->mediaView->verticalScrollBar()->value() + screen) < 2 * screen)
        media->readMore();
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
        const MessageMedia &m = mediaModel()->mediaAt(row);
        media.append(
            {m.sid, m.filename.value_or(QString()), m_presenter->serviceSid(), qMax<qint64>(0, m.size)});
    }
    return media;
}

QStringList ConversationsTab::selectedMessageSids() const
{
    QStringList sids;
    QSet<QString> seen;
    for (const int row : selectedRows()) {
        const QString sid = mediaModel()->messageAt(row).sid;
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
        emit detailsRequested(mediaModel()->mediaAt(rows.first()).sid, m_presenter->serviceSid());
}

void ConversationsTab::openSelectedContent()
{
    const QList<int> rows = selectedRows();
    if (rows.size() == 1)
        m_presenter->openContent(mediaModel()->mediaAt(rows.first()).sid);
}

void ConversationsTab::downloadAll()
{
    const Conversation &shown = m_presenter->current();
    if (shown.sid.isEmpty())
        return;
    // Known only once every message is read; the export counts them itself.
    const int count = mediaModel()->isAtEnd() ? mediaModel()->rowCount() : 0;
    emit exportRequested(shown.sid, ConversationsPresenter::titleOf(shown), {}, count);
}

void ConversationsTab::downloadSelected()
{
    const QStringList messages = selectedMessageSids();
    if (messages.isEmpty())
        return;
    const QSet<QString> chosen(messages.begin(), messages.end());
    int count = 0; // every media of those messages, selected or not
    for (int row = 0; row < mediaModel()->rowCount(); ++row)
        count += chosen.contains(mediaModel()->messageAt(row).sid);
    const Conversation &shown = m_presenter->current();
    emit exportRequested(shown.sid, ConversationsPresenter::titleOf(shown), messages, count);
}

QString ConversationsTab::status() const
{
    return m_ui->mediaStatus->text();
}

void ConversationsTab::updateStatus()
{
    m_ui->conversationStatus->setText(m_presenter->listStatus());
    m_ui->mediaStatus->setText(m_presenter->mediaStatus());
    m_ui->retryButton->setVisible(m_presenter->canRetry());
    updateButtons();
}

void ConversationsTab::updateButtons()
{
    const int selected = int(selectedRows().size());
    m_ui->detailsButton->setEnabled(selected == 1);
    m_ui->openButton->setEnabled(selected == 1 && !m_presenter->isOpening());
    m_ui->sendButton->setEnabled(selected > 0);
    m_ui->downloadSelectedButton->setEnabled(selected > 0);
    m_ui->downloadAllButton->setEnabled(!m_presenter->current().sid.isEmpty() && m_presenter->hasSource());
}

void ConversationsTab::showMenu(const QPoint &pos)
{
    const QModelIndex index = m_ui->mediaView->indexAt(pos);
    if (!index.isValid())
        return;
    const MessageMedia media = mediaModel()->mediaAt(index.row());
    const QString messageSid = mediaModel()->messageAt(index.row()).sid;
    QMenu menu(this);
    menu.addAction(m_ui->detailsButton->text(), this, &ConversationsTab::showDetailsOfSelected)
        ->setEnabled(m_ui->detailsButton->isEnabled());
    menu.addAction(m_ui->openButton->text(), this, &ConversationsTab::openSelectedContent)
        ->setEnabled(m_ui->openButton->isEnabled());
    menu.addAction(tr("Download…"), this, [this, media] {
        emit downloadRequested(Media::known(media.sid, m_presenter->serviceSid(),
                                            media.filename.value_or(QString()), media.contentType,
                                            media.size));
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
