#include "conversationspresenter.h"

#include "conversationmediamodel.h"
#include "desktop.h"
#include "net/apiclient.h"
#include "net/conversationsapi.h"
#include "net/mcs.h"
#include "thumbnailcache.h"

#include <QStandardItemModel>
#include <utility>

namespace mediadesk {

ConversationsPresenter::ConversationsPresenter(QObject *parent)
    : QObject(parent)
    , m_list(new QStandardItemModel(this))
    , m_media(new ConversationMediaModel(this))
    , m_thumbnails(new ThumbnailCache(ThumbnailCache::defaultFolder(), ThumbnailCache::DefaultDiskCap, this))
{
    m_media->setThumbnails(m_thumbnails);
    connect(m_media, &ConversationMediaModel::loadingChanged, this, &ConversationsPresenter::statusChanged);
    connect(m_media, &QAbstractItemModel::rowsInserted, this, &ConversationsPresenter::statusChanged);
}

ConversationsPresenter::~ConversationsPresenter() = default;

QString ConversationsPresenter::titleOf(const Conversation &c)
{
    return !c.friendlyName.isEmpty() ? c.friendlyName : !c.uniqueName.isEmpty() ? c.uniqueName : c.sid;
}

bool ConversationsPresenter::hasSource() const
{
    return m_client && !m_serviceSid.isEmpty();
}

bool ConversationsPresenter::isLoadingConversations() const
{
    return m_listJob != nullptr;
}

bool ConversationsPresenter::isOpening() const
{
    return bool(m_linkJob);
}

void ConversationsPresenter::setSource(ApiClient *client, const QString &serviceSid)
{
    if (client == m_client && serviceSid == m_serviceSid)
        return;
    m_client = client;
    m_serviceSid = serviceSid;
    m_thumbnails->setSource(client, serviceSid);
    m_reselect.clear(); // another service's conversations
    loadConversations();
}

void ConversationsPresenter::setParallel(int n)
{
    m_thumbnails->setParallel(n);
}

void ConversationsPresenter::reload()
{
    loadConversations();
}

void ConversationsPresenter::retry()
{
    if (!m_listProblem.isEmpty())
        loadConversations();
    else
        m_media->retry();
}

void ConversationsPresenter::loadConversations()
{
    delete m_listJob;
    m_conversations.clear();
    m_list->clear();
    m_listProblem.clear();
    if (!m_current.sid.isEmpty())
        m_reselect = m_current.sid;
    showConversation({});
    if (!hasSource()) {
        emit statusChanged();
        return;
    }
    m_listJob = ConversationsApi(m_client).listConversations(m_serviceSid, this);
    connect(m_listJob, &PagedListJob::pageLoaded, this, &ConversationsPresenter::statusChanged);
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
            showConversation(std::exchange(m_reselect, {})); // not listed any more: none
        emit statusChanged();
    });
    m_listJob->start();
    emit statusChanged();
}

void ConversationsPresenter::showConversation(const QString &conversationSid)
{
    Conversation shown;
    for (const Conversation &c : std::as_const(m_conversations)) {
        if (c.sid == conversationSid)
            shown = c;
    }
    if (shown.sid == m_current.sid && !shown.sid.isEmpty())
        return;
    stopOpening(); // a link for a row of what was shown before is not opened any more
    m_current = shown;
    m_note.clear();
    m_media->setConversation(m_client, m_serviceSid, shown.sid);
    m_media->readMore();
    emit conversationShown();
    emit statusChanged();
}

void ConversationsPresenter::stopOpening()
{
    m_linkJob.reset();
}

void ConversationsPresenter::openContent(const QString &mediaSid)
{
    if (!hasSource() || m_linkJob)
        return;
    auto *job = m_linkJob.reset(new TemporaryUrlJob(m_client, m_serviceSid, mediaSid, this));
    m_note = tr("Fetching a fresh temporary link…");
    connect(job, &Job::finished, this, [this, job] {
        m_linkJob.done();
        if (!job->succeeded())
            m_note = job->error().userMessage();
        else if (!Desktop::openUrl(job->url()))
            m_note = tr("This computer has no program to open the link with. Use Copy Temporary Link in "
                        "Details and paste it into a browser.");
        else
            m_note = tr("Opened %1 through a fresh temporary link.").arg(job->media().sid);
        emit statusChanged();
    });
    job->start();
    emit statusChanged();
}

bool ConversationsPresenter::canRetry() const
{
    return !m_listProblem.isEmpty() || (!m_current.sid.isEmpty() && !m_media->problem().isEmpty());
}

QString ConversationsPresenter::listStatus() const
{
    if (m_listJob)
        return tr("Loading conversations… (%n so far)", nullptr, int(m_listJob->items().size()));
    if (!m_listProblem.isEmpty())
        return tr("The conversations could not be loaded.");
    if (!hasSource())
        return tr("Choose an account and a Chat Service.");
    if (m_conversations.isEmpty())
        return tr("This service has no conversations yet. Media sent into a conversation are listed here.");
    return tr("%n conversation(s)", nullptr, int(m_conversations.size()));
}

QString ConversationsPresenter::mediaStatus() const
{
    QString text;
    if (!m_listProblem.isEmpty()) {
        text = tr("The conversations could not be loaded: %1").arg(m_listProblem);
    } else if (m_current.sid.isEmpty()) {
        if (!m_conversations.isEmpty())
            text = tr("Choose a conversation to see the media its messages carry.");
    } else if (!m_media->problem().isEmpty()) {
        text = tr("Reading the messages stopped: %1").arg(m_media->problem());
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
    return text;
}

} // namespace mediadesk
