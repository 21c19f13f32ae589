// The Conversations tab through the real window (offscreen) on the sandbox: the conversation list
// and its search, a conversation's media newest first, reading more as one scrolls, thumbnails
// (fetched in bulk, decoded off the GUI thread, kept on disk under a cap), Details, Open Content
// and Send from a row, and Download All / Download Selected as exports in the transfer list.
#include "conversationmediamodel.h"
#include "conversationstab.h"
#include "desktop.h"
#include "dialogs.h"
#include "emulatorclient.h"
#include "emulatorprocess.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "mainwindow.h"
#include "mediadetailspanel.h"
#include "mediadetailspresenter.h"
#include "net/apiclient.h"
#include "net/mcs.h"
#include "net/retrypolicy.h"
#include "sandboxwindow.h"
#include "senddialog.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/servicelist.h"
#include "thumbnailcache.h"
#include "transfer/transferqueue.h"
#include "transfer/uploadjob.h"
#include "transfermodel.h"
#include "ui_conversationstab.h"
#include "ui_mainwindow.h"
#include "ui_senddialog.h"

#include <QBuffer>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QListWidget>
#include <QPainter>
#include <QRandomGenerator>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QSortFilterProxyModel>
#include <QTest>
#include <memory>

using namespace mediadesk;

class TestConversations : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    SandboxWindow m_app;
    QString m_picture; // a 320×200 PNG, red on the left half
    QString m_text;
    QList<QUrl> m_opened;
    QStringList m_offered; // what the send dialog was shown

    ConversationsTab *tab() const { return formOf(m_app.window)->conversationsTab; }
    ConversationMediaModel *model() const { return tab()->mediaModel(); }
    QString service() const { return m_app.window->accountContext()->currentService().sid; }
    TransferQueue *queue() const { return m_app.window->transferQueue(); }

    static QString conversation(int j) { return EmulatorProcess::conversationSid(1, j); }

    static QByteArray picture(quint32 seed)
    {
        QImage image(320, 200, QImage::Format_RGB32);
        QRandomGenerator noise(seed);
        for (int y = 0; y < image.height(); ++y) {
            for (int x = 0; x < image.width(); ++x)
                image.setPixel(x, y, x < 160 ? qRgb(230, 0, 0) : qRgb(0, 0, int(noise.bounded(256))));
        }
        QByteArray png;
        QBuffer buffer(&png);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return png;
    }

    QString upload(const QString &name, const QByteArray &content, const QString &type)
    {
        UploadRequest request;
        request.serviceSid = service();
        request.filePath = m_app.write(m_files, name, content);
        request.contentType = type;
        UploadJob job(m_app.session->client(), request);
        QSignalSpy done(&job, &Job::finished);
        job.start();
        if (!done.wait(10000) || !job.succeeded())
            return {};
        return job.media().sid;
    }

    bool seed(const QString &conversationSid, int count, const QString &author, const QString &body,
              const QString &mediaFrom, int every = 1)
    {
        QJsonObject o{{QStringLiteral("count"), count},
                      {QStringLiteral("author"), author},
                      {QStringLiteral("body"), body},
                      {QStringLiteral("every"), every}};
        if (!mediaFrom.isEmpty())
            o.insert(QStringLiteral("media_from"), mediaFrom);
        return emulatorAdmin(m_app.session->sandbox(),
                             QStringLiteral("/_emulator/conversations/%1/messages").arg(conversationSid),
                             QJsonDocument(o).toJson(QJsonDocument::Compact))
                   .value(QLatin1String("added"))
                   .toInt() == count;
    }

    bool show(const QString &conversationSid)
    {
        if (!QTest::qWaitFor([this] { return !tab()->isLoadingConversations(); }, 10000))
            return false;
        formOf(tab())->conversationSearch->clear();
        if (!tab()->selectConversation(conversationSid))
            return false;
        return QTest::qWaitFor([this] { return !model()->isLoading(); }, 10000);
    }

    int row(const QString &body) const
    {
        for (int r = 0; r < model()->rowCount(); ++r) {
            if (model()->messageAt(r).body == body)
                return r;
        }
        return -1;
    }

    void select(const QList<int> &rows)
    {
        QTreeView *view = formOf(tab())->mediaView;
        view->clearSelection();
        for (const int r : rows)
            view->selectionModel()->select(model()->index(r, 0),
                                           QItemSelectionModel::Select | QItemSelectionModel::Rows);
    }

    QString cell(int r, int column) const { return model()->index(r, column).data().toString(); }

    [[nodiscard]] bool clearFaults() const
    {
        int status = 0;
        emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/faults"), {}, "DELETE", &status);
        return status >= 200 && status < 300;
    }

private slots:
    void initTestCase()
    {
        isolateGuiTest(m_home);
        Desktop::openUrl = [this](const QUrl &url) {
            m_opened.append(url);
            return true;
        };
        QVERIFY(m_app.open());
        formOf(m_app.window)->workspaceTabs->setCurrentWidget(tab());
        m_picture = upload(QStringLiteral("red.png"), picture(1), QStringLiteral("image/png"));
        m_text = upload(QStringLiteral("notes.txt"), "some notes", QStringLiteral("text/plain"));
        QVERIFY(!m_picture.isEmpty() && !m_text.isEmpty());
        // Conversation 1: a note from bob, then two pictures from alice (newest).
        QVERIFY(seed(conversation(1), 1, QStringLiteral("bob"), QStringLiteral("the notes"), m_text));
        QVERIFY(seed(conversation(1), 2, QStringLiteral("alice"), QStringLiteral("photo %1"), m_picture));
        // Conversation 2: 150 pictures, then 120 messages without media (the newest).
        QVERIFY(seed(conversation(2), 150, QStringLiteral("carol"), QStringLiteral("pic %1"), m_picture));
        QVERIFY(seed(conversation(2), 120, QStringLiteral("dave"), QStringLiteral("chat %1"), {}));
        // Conversation 4: 60 pictures, shown only to see which rows ask for thumbnails.
        QVERIFY(seed(conversation(4), 60, QStringLiteral("frank"), QStringLiteral("view %1"), m_picture));
        // Conversation 3: words only.
        QVERIFY(seed(conversation(3), 5, QStringLiteral("erin"), QStringLiteral("hello %1"), {}));
    }

    void cleanup()
    {
        Dialogs::reset();
        QVERIFY2(clearFaults(), "the emulator did not clear its faults");
    }

    void conversationsAreListedAndSearchable_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("count");
        QTest::addColumn<QStringList>("includes");
        QTest::newRow("everything") << QString() << 12 << QStringList{conversation(1), conversation(12)};
        QTest::newRow("friendly name")
            << QStringLiteral("conversation 2") << 1 << QStringList{conversation(2)};
        QTest::newRow("unique name") << QStringLiteral("SANDBOX-1-3") << 1 << QStringList{conversation(3)};
        QTest::newRow("part of a SID") << conversation(1).mid(5, 12) << 1 << QStringList{conversation(1)};
        QTest::newRow("nothing") << QStringLiteral("no such conversation") << 0 << QStringList{};
    }

    void conversationsAreListedAndSearchable()
    {
        QFETCH(QString, search);
        QFETCH(int, count);
        QFETCH(QStringList, includes);
        QVERIFY(QTest::qWaitFor([this] { return !tab()->isLoadingConversations(); }, 10000));
        QCOMPARE(tab()->conversations().size(), 12); // the sandbox's, every page of them
        QVERIFY2(formOf(tab())->conversationStatus->text().contains(QLatin1String("12")),
                 qPrintable(formOf(tab())->conversationStatus->text()));
        formOf(tab())->conversationSearch->setText(search);
        QStringList listed;
        for (int r = 0; r < tab()->conversationModel()->rowCount(); ++r)
            listed.append(tab()->conversationModel()->index(r, 0).data(Qt::UserRole + 1).toString());
        QCOMPARE(listed.size(), count);
        for (const QString &sid : includes)
            QVERIFY(listed.contains(sid));
        formOf(tab())->conversationSearch->clear();
    }

    void mediaAreListedNewestFirstWithTheirMessage()
    {
        QVERIFY(show(conversation(1)));
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(model()->isAtEnd());
        QCOMPARE(cell(0, ConversationMediaModel::Author), QStringLiteral("alice"));
        QCOMPARE(cell(0, ConversationMediaModel::Message), QStringLiteral("photo 2"));
        QCOMPARE(cell(1, ConversationMediaModel::Message), QStringLiteral("photo 1"));
        QCOMPARE(cell(2, ConversationMediaModel::Author), QStringLiteral("bob"));
        QCOMPARE(cell(0, ConversationMediaModel::Name), QStringLiteral("red.png"));
        QCOMPARE(cell(0, ConversationMediaModel::Type), QStringLiteral("image/png"));
        QCOMPARE(cell(2, ConversationMediaModel::Type), QStringLiteral("text/plain"));
        QCOMPARE(cell(2, ConversationMediaModel::Size), QLocale().formattedDataSize(10));
        QVERIFY(cell(0, ConversationMediaModel::MediaSid).startsWith(QLatin1String("ME")));
        QVERIFY(cell(0, ConversationMediaModel::MediaSid) != m_picture); // each message its own copy
        QVERIFY(!cell(0, ConversationMediaModel::Date).isEmpty());
        QVERIFY2(tab()->status().contains(QLatin1String("3 media")) &&
                     tab()->status().contains(QLatin1String("every message read")),
                 qPrintable(tab()->status()));
        QCOMPARE(formOf(tab())->conversationTitle->text(),
                 QStringLiteral("Conversation 1 (sandbox-1-1) — %1").arg(conversation(1)));
    }

    void olderMessagesAreReadAsOneScrolls()
    {
        QVERIFY(show(conversation(2)));
        // The newest page has no media: the next is read at once, enough to fill the view.
        QCOMPARE(model()->messagesRead(), 200);
        QCOMPARE(model()->rowCount(), 80);
        QVERIFY(!model()->isAtEnd());
        QCOMPARE(cell(0, ConversationMediaModel::Message), QStringLiteral("pic 150"));
        QVERIFY2(tab()->status().contains(QLatin1String("scroll down")), qPrintable(tab()->status()));
        // Scrolling to the end reads the rest, and no further.
        QTreeView *view = formOf(tab())->mediaView;
        QVERIFY(QTest::qWaitFor(
            [&] {
                view->scrollToBottom();
                return model()->isAtEnd() && !model()->isLoading();
            },
            10000));
        QCOMPARE(model()->rowCount(), 150);
        QCOMPARE(model()->messagesRead(), 270);
        QCOMPARE(cell(149, ConversationMediaModel::Message), QStringLiteral("pic 1"));
        QVERIFY(!model()->canReadMore());
        QVERIFY2(tab()->status().contains(QLatin1String("every message read")), qPrintable(tab()->status()));
    }

    void thumbnailsComeForImagesOnScreen()
    {
        QVERIFY(show(conversation(4)));
        ThumbnailCache *cache = tab()->thumbnails();
        const QString top = model()->mediaAt(0).sid, bottom = model()->mediaAt(59).sid;
        // Painting asks (nothing here calls thumbnail()): the rows on screen get theirs ...
        QVERIFY(QTest::qWaitFor([&] { return cache->stateOf(top) == ThumbnailCache::State::Ready; }, 10000));
        QCOMPARE(cache->stateOf(bottom), ThumbnailCache::State::Unknown); // ... the rows below, nothing yet
        formOf(tab())->mediaView->scrollToBottom();
        QVERIFY(
            QTest::qWaitFor([&] { return cache->stateOf(bottom) == ThumbnailCache::State::Ready; }, 10000));

        // The picture itself, scaled into the box: red on the left, blue on the right; and square,
        // as every icon of the view, so that rows of one height fit them all.
        const QIcon icon = model()->index(0, 0).data(Qt::DecorationRole).value<QIcon>();
        QCOMPARE(icon.actualSize(QSize(32, 32)), QSize(32, 32));
        const QImage thumbnail = icon.pixmap(ThumbnailCache::Box).toImage();
        QCOMPARE(thumbnail.width(), ThumbnailCache::Box);
        QCOMPARE(QColor(thumbnail.pixel(2, thumbnail.height() / 2)).red(), 230);
        QCOMPARE(QColor(thumbnail.pixel(thumbnail.width() - 2, thumbnail.height() / 2)).red(), 0);
        QVERIFY(
            QFileInfo::exists(QDir(ThumbnailCache::defaultFolder()).filePath(top + QStringLiteral(".png"))));
        QVERIFY(cache->linkRequests() >= 1); // links in bulk through MediaSet
        QVERIFY(cache->mostDownloadsAtOnce() <= cache->parallel());

        // A text file has its type's icon and no thumbnail.
        QVERIFY(show(conversation(1)));
        QVERIFY(!ThumbnailCache::hasThumbnail(model()->mediaAt(2)));
        QVERIFY(cache->thumbnail(model()->mediaAt(2)).isNull());
        QCOMPARE(cache->stateOf(model()->mediaAt(2).sid), ThumbnailCache::State::Unknown);
    }

    void aPassingFailureIsAskedForAgain()
    {
        QVERIFY(show(conversation(2)));
        ApiClient *client = m_app.session->client();
        const RetryPolicy usual = client->retryPolicy();
        RetryPolicy quick = usual;
        quick.maxAttempts = 2;
        quick.baseDelayMs = 10;
        client->setRetryPolicy(quick);
        const auto restore = qScopeGuard([&] { client->setRetryPolicy(usual); });
        // Every attempt, and the one with a fresh link, answered 503.
        QVERIFY(!emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/faults"),
                               R"({"origin": "media", "status": 503, "count": 100})")
                     .isEmpty());
        QTemporaryDir folder;
        ThumbnailCache cache(folder.path());
        cache.setSource(client, service());
        const MessageMedia media = model()->mediaAt(5);
        QVERIFY(cache.thumbnail(media).isNull());
        QCOMPARE(cache.stateOf(media.sid), ThumbnailCache::State::Pending);
        // No thumbnail now, but not "none" for the session.
        QVERIFY(QTest::qWaitFor([&] { return cache.stateOf(media.sid) == ThumbnailCache::State::Unknown; },
                                10000));
        QVERIFY2(clearFaults(), "the emulator did not clear its faults");
        QVERIFY(cache.thumbnail(media).isNull()); // painted again: asked again
        QVERIFY(
            QTest::qWaitFor([&] { return cache.stateOf(media.sid) == ThumbnailCache::State::Ready; }, 10000));
        QCOMPARE(cache.linkRequests(), 2);
    }

    void thumbnailDiskCacheKeepsToItsCap()
    {
        QVERIFY(show(conversation(2)));
        QTemporaryDir folder;
        const qint64 cap = 12 * 1024;
        QList<MessageMedia> media;
        for (int r = 0; r < 30; ++r)
            media.append(model()->mediaAt(r));
        {
            ThumbnailCache cache(folder.path(), cap);
            cache.setSource(m_app.session->client(), service());
            QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
            for (const MessageMedia &m : media)
                QVERIFY(cache.thumbnail(m).isNull());
            QVERIFY(QTest::qWaitFor([&] { return ready.size() == 30; }, 20000));
            QVERIFY(cache.mostDownloadsAtOnce() <= cache.parallel());
            QVERIFY2(cache.linkRequests() < 30, qPrintable(QString::number(cache.linkRequests())));
        }
        qint64 onDisk = 0;
        const QFileInfoList files = QDir(folder.path()).entryInfoList(QDir::Files);
        for (const QFileInfo &file : files)
            onDisk += file.size();
        QVERIFY2(onDisk <= cap, qPrintable(QString::number(onDisk)));
        QVERIFY(files.size() < 30); // the oldest made room
        QVERIFY(!files.isEmpty());

        // The next session reads them from disk: no request at all.
        ThumbnailCache again(folder.path(), cap);
        again.setSource(m_app.session->client(), service());
        QSignalSpy ready(&again, &ThumbnailCache::thumbnailReady);
        const QString kept = files.first().completeBaseName();
        for (const MessageMedia &m : media) {
            if (m.sid == kept)
                QVERIFY(again.thumbnail(m).isNull());
        }
        QVERIFY(ready.wait(5000));
        QCOMPARE(ready.first().first().toString(), kept);
        QCOMPARE(again.linkRequests(), 0);
        QVERIFY(!again.thumbnail(MessageMedia{kept, {}, QStringLiteral("image/png"), 100, {}}).isNull());
    }

    void aMediaTwilioDeletedGetsNoThumbnail()
    {
        QVERIFY(show(conversation(2)));
        const MessageMedia gone = model()->mediaAt(50);
        int status = 0;
        emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/media/") + gone.sid, {}, "DELETE",
                      &status);
        QCOMPARE(status, 204);

        QTemporaryDir folder;
        ThumbnailCache cache(folder.path());
        cache.setSource(m_app.session->client(), service());
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        QVERIFY(cache.thumbnail(gone).isNull());
        QVERIFY(
            QTest::qWaitFor([&] { return cache.stateOf(gone.sid) == ThumbnailCache::State::None; }, 5000));
        QVERIFY(ready.isEmpty());
        QCOMPARE(cache.downloadsRunning(), 0);   // MediaSet said 404: no download was tried
        QVERIFY(cache.thumbnail(gone).isNull()); // and it is not asked for again
        QCOMPARE(cache.stateOf(gone.sid), ThumbnailCache::State::None);
        QTest::qWait(100);
        QCOMPARE(cache.linkRequests(), 1);
    }

    void thumbnailsComeEvenWhenMediaSetFails_data()
    {
        QTest::addColumn<QString>("fault");
        QTest::newRow("500") << QStringLiteral(R"("status": 500)");
        QTest::newRow("HTML 404") << QStringLiteral(R"("status": 404, "html": true)");
        QTest::newRow("connection dropped") << QStringLiteral(R"("drop": true)");
    }

    void thumbnailsComeEvenWhenMediaSetFails()
    {
        QFETCH(QString, fault);
        QVERIFY(show(conversation(2)));
        QVERIFY(!emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/faults"),
                               QStringLiteral(R"({"method": "POST", "path_prefix": "/v1/Services/%1/MediaSet",
                                                  "count": 10, %2})")
                                   .arg(service(), fault)
                                   .toUtf8())
                     .isEmpty());
        QTemporaryDir folder;
        ThumbnailCache cache(folder.path());
        cache.setSource(m_app.session->client(), service());
        QSignalSpy ready(&cache, &ThumbnailCache::thumbnailReady);
        const MessageMedia media = model()->mediaAt(3);
        QVERIFY(cache.thumbnail(media).isNull());
        // Each media then comes through its own content link.
        QVERIFY(ready.wait(10000));
        QCOMPARE(ready.first().first().toString(), media.sid);
        QCOMPARE(cache.linkRequests(), 1);
        QVERIFY2(clearFaults(), "the emulator did not clear its faults"); // the ones left unused
    }

    void pagesAnswered429AreWaitedOut()
    {
        QVERIFY(!emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/faults"),
                               QStringLiteral(R"({"path_prefix": "/v1/Services/%1/Conversations/%2/Messages",
                                                  "status": 429, "count": 3, "retry_after": 0})")
                                   .arg(service(), conversation(1))
                                   .toUtf8())
                     .isEmpty());
        tab()->selectConversation(conversation(3));
        QVERIFY(tab()->selectConversation(conversation(1)));
        QVERIFY(QTest::qWaitFor([this] { return model()->isAtEnd() && !model()->isLoading(); }, 20000));
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(model()->problem().isEmpty());
    }

    void aConversationWithoutMediaSaysSo()
    {
        QVERIFY(show(conversation(3)));
        QCOMPARE(model()->rowCount(), 0);
        QVERIFY(model()->isAtEnd());
        QVERIFY2(tab()->status().contains(QLatin1String("No message in this conversation carries media")) &&
                     tab()->status().contains(QLatin1String("(5 message")),
                 qPrintable(tab()->status()));
        QVERIFY(!formOf(tab())->detailsButton->isEnabled());
        QVERIFY(!formOf(tab())->downloadSelectedButton->isEnabled());
    }

    void aFailedPageCanBeTriedAgain()
    {
        QVERIFY(!emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/faults"),
                               QStringLiteral(R"({"path_prefix": "/v1/Services/%1/Conversations/%2/Messages",
                                                  "status": 404, "count": 1, "html": true})")
                                   .arg(service(), conversation(1))
                                   .toUtf8())
                     .isEmpty());
        tab()->selectConversation(conversation(2));
        QVERIFY(tab()->selectConversation(conversation(1)));
        QVERIFY(QTest::qWaitFor([this] { return !model()->problem().isEmpty(); }, 10000));
        QVERIFY(formOf(tab())->retryButton->isVisibleTo(tab()));
        QVERIFY2(tab()->status().startsWith(QLatin1String("Reading the messages stopped")),
                 qPrintable(tab()->status()));
        QVERIFY(!model()->canReadMore()); // scrolling does not hammer the server
        formOf(tab())->retryButton->click();
        QVERIFY(QTest::qWaitFor([this] { return model()->isAtEnd() && !model()->isLoading(); }, 10000));
        QCOMPARE(model()->rowCount(), 3);
        QVERIFY(!formOf(tab())->retryButton->isVisibleTo(tab()));
    }

    void aServiceWithoutConversationsSaysSo()
    {
        EmulatorProcess emulator({QStringLiteral("--conversations"), QStringLiteral("0")});
        QVERIFY2(emulator.start(), qPrintable(emulator.errorString()));
        ApiClient client;
        connectToEmulator(client, emulator);
        ConversationsTab empty;
        empty.show();
        empty.setSource(&client, EmulatorProcess::serviceSids().first());
        QVERIFY(QTest::qWaitFor([&] { return !empty.isLoadingConversations(); }, 10000));
        QVERIFY(empty.conversations().isEmpty());
        QVERIFY2(formOf(&empty)->conversationStatus->text().contains(QLatin1String("no conversations yet")),
                 qPrintable(formOf(&empty)->conversationStatus->text()));
        QVERIFY(!formOf(&empty)->downloadAllButton->isEnabled());
        QVERIFY(!formOf(&empty)->retryButton->isVisibleTo(&empty));

        // A service the account cannot list: the reason, and a way to try again.
        empty.setSource(&client, QStringLiteral("IS00000000000000000000000000000000"));
        QVERIFY(QTest::qWaitFor([&] { return !empty.isLoadingConversations(); }, 10000));
        QVERIFY2(empty.status().startsWith(QLatin1String("The conversations could not be loaded")),
                 qPrintable(empty.status()));
        QVERIFY(formOf(&empty)->retryButton->isVisibleTo(&empty));
    }

    void refreshKeepsTheConversationShown()
    {
        QVERIFY(show(conversation(1)));
        formOf(m_app.window)->actionRefreshServices->trigger();
        QVERIFY(tab()->isLoadingConversations());
        QVERIFY2(!tab()->status().contains(QLatin1String("No message")), qPrintable(tab()->status()));
        QVERIFY(QTest::qWaitFor(
            [this] {
                return !tab()->isLoadingConversations() &&
                       tab()->currentConversation().sid == conversation(1) && model()->isAtEnd() &&
                       !model()->isLoading();
            },
            10000));
        QCOMPARE(model()->rowCount(), 3);
        QCOMPARE(formOf(tab())->conversationList->currentIndex().data(Qt::UserRole + 1).toString(),
                 conversation(1));
    }

    void detailsOpenContentAndSendFromARow()
    {
        QVERIFY(show(conversation(1)));
        const QString sid = cell(0, ConversationMediaModel::MediaSid);
        select({0});
        QVERIFY(formOf(tab())->detailsButton->isEnabled());
        formOf(tab())->detailsButton->click();
        QCOMPARE(formOf(m_app.window)->workspaceTabs->currentWidget(), formOf(m_app.window)->detailsTab);
        MediaDetailsPresenter *details = formOf(m_app.window)->detailsPanel->presenter();
        QVERIFY(QTest::qWaitFor([&] { return details->media().sid == sid; }, 10000));
        QCOMPARE(details->media().filename.value_or(QString()), QStringLiteral("red.png"));
        formOf(m_app.window)->workspaceTabs->setCurrentWidget(tab());

        m_opened.clear();
        formOf(tab())->openButton->click();
        QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, 10000));
        // The temporary link: on the media host, signed, never the API's origin.
        QVERIFY(m_opened.first().port() != m_app.session->sandbox()->baseUrl().port());
        QVERIFY2(m_opened.first().query().contains(QLatin1String("Expires")),
                 qPrintable(m_opened.first().toString()));
        QVERIFY2(tab()->status().contains(QLatin1String("Opened")), qPrintable(tab()->status()));
        QVERIFY(formOf(tab())->openButton->isEnabled()); // and again, with a fresh link
        formOf(tab())->openButton->click();
        QVERIFY(QTest::qWaitFor([&] { return m_opened.size() == 2; }, 10000));
        QVERIFY(m_opened.at(1) != m_opened.at(0));

        select({0, 1});
        QVERIFY(!formOf(tab())->detailsButton->isEnabled());
        QVERIFY(formOf(tab())->sendButton->isEnabled());
        Dialogs::answerNext([this](QDialog *d) {
            auto *dialog = qobject_cast<SendDialog *>(d);
            if (!dialog)
                return d->exec();
            m_offered.clear();
            for (int i = 0; i < formOf(dialog)->itemsList->count(); ++i)
                m_offered.append(formOf(dialog)->itemsList->item(i)->text());
            return int(QDialog::Rejected);
        });
        formOf(tab())->sendButton->click();
        QCOMPARE(m_offered.size(), 2);
        QVERIFY2(m_offered.first().contains(QLatin1String("red.png")), qPrintable(m_offered.join(u'|')));
    }

    void downloadAllAndSelectedAreExportsInTheTransferList()
    {
        QVERIFY(show(conversation(1)));
        QTemporaryDir target;
        Dialogs::answerNext(Dialogs::choosingFiles({target.path()}));
        formOf(tab())->downloadAllButton->click();
        QCOMPARE(queue()->items().size(), 1);
        const QString all = queue()->items().last().id;
        QVERIFY(QTest::qWaitFor([&] { return queue()->activeCount() == 0; }, 20000));
        const TransferItem &item = queue()->items().at(queue()->indexOf(all));
        QCOMPARE(item.kind(), TransferItem::Kind::Export);
        QCOMPARE(item.state, TransferItem::State::Done);
        const QString folder = QDir(target.path()).filePath(QStringLiteral("Conversation 1"));
        QCOMPARE(item.path, folder);
        QStringList files = QDir(folder).entryList(QDir::Files);
        QVERIFY(files.removeOne(QStringLiteral("manifest.json")));
        QCOMPARE(files.size(), 3);
        QVERIFY2(files.filter(QRegularExpression(
                                  QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d-\\d\\d alice — red")))
                         .size() == 2,
                 qPrintable(files.join(u'|')));
        const QModelIndex size =
            formOf(m_app.window)->transfersTab->model()->index(queue()->indexOf(all), TransferModel::Size);
        QCOMPARE(size.data().toString(), QStringLiteral("3 media"));

        // The selected rows' messages only, into a folder of their own.
        QTemporaryDir other;
        select({2});
        Dialogs::answerNext(Dialogs::choosingFiles({other.path()}));
        formOf(tab())->downloadSelectedButton->click();
        QVERIFY(QTest::qWaitFor([&] { return queue()->activeCount() == 0; }, 20000));
        const TransferItem &selected = queue()->items().last();
        QCOMPARE(selected.state, TransferItem::State::Done);
        QCOMPARE(selected.exported()->messageSids, QStringList{model()->messageAt(2).sid});
        QCOMPARE(QDir(selected.path).entryList(QDir::Files).size(), 2); // notes and manifest

        // Cancelling the folder question queues nothing.
        Dialogs::answerNext(Dialogs::rejecting());
        const qsizetype before = queue()->items().size();
        formOf(tab())->downloadAllButton->click();
        QCOMPARE(queue()->items().size(), before);
    }
};

QTEST_MAIN(TestConversations)
#include "tst_conversations.moc"
