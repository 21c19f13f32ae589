// QueueState: what the saved queue keeps (what still needs doing, every field of it), what it
// drops (this session's finished items), and how it reads back (interrupted work starts again).
#include "transfer/queuestate.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

namespace {
TransferItem item(const QString &id, TransferItem::State state,
                  TransferItem::Kind kind = TransferItem::Kind::Upload)
{
    TransferItem i;
    i.details = TransferItem::detailsOf(kind);
    i.id = id;
    i.state = state;
    i.origin.profileKey = QStringLiteral("saved:work");
    i.origin.profileLabel = QStringLiteral("work");
    i.origin.serviceSid = QStringLiteral("IS%1").arg(1, 32, 16, QLatin1Char('0'));
    i.path = QStringLiteral("/home/me/写真 %1.jpg").arg(id);
    i.fileName = QStringLiteral("写真 %1.jpg").arg(id);
    i.contentType = QStringLiteral("image/jpeg");
    i.total = 1234;
    if (UploadDetails *upload = i.upload())
        upload->modified = QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0, 250), Qt::UTC);
    i.queuedAt = QDateTime(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);
    i.mediaSid = kind == TransferItem::Kind::Upload ? QString()
                                                    : QStringLiteral("ME%1").arg(7, 32, 16, QLatin1Char('0'));
    if (MessageDelivery *delivery = i.delivery())
        delivery->target = {QStringLiteral("CH%1").arg(3, 32, 16, QLatin1Char('0')), QStringLiteral("alice"),
                            QStringLiteral("body\nwith a line"), QStringLiteral("Escalations 問い合わせ")};
    i.message = QStringLiteral("why it failed");
    if (DownloadDetails *download = i.download())
        download->overwrite = true;
    if (ExportDetails *exported = i.exported()) {
        exported->conversationSid = QStringLiteral("CH%1").arg(4, 32, 16, QLatin1Char('0'));
        exported->messageSids = {QStringLiteral("IM%1").arg(5, 32, 16, QLatin1Char('0')),
                                 QStringLiteral("IM%1").arg(6, 32, 16, QLatin1Char('0'))};
        exported->saved = 3; // counts of a run: not kept, the next run counts again
    }
    return i;
}
} // namespace

class TestQueueState : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void whatIsKept_data()
    {
        QTest::addColumn<int>("state");
        QTest::addColumn<bool>("libraryPending");
        QTest::addColumn<bool>("kept");
        QTest::addColumn<int>("readBack");
        using S = TransferItem::State;
        QTest::newRow("queued") << int(S::Queued) << false << true << int(S::Queued);
        QTest::newRow("running comes back queued") << int(S::Running) << false << true << int(S::Queued);
        QTest::newRow("failed stays failed") << int(S::Failed) << false << true << int(S::Failed);
        QTest::newRow("done") << int(S::Done) << false << false << 0;
        QTest::newRow("done, library row not written") << int(S::Done) << true << true << int(S::Queued);
        QTest::newRow("cancelled") << int(S::Cancelled) << false << false << 0;
        QTest::newRow("refused") << int(S::Refused) << false << false << 0;
        QTest::newRow("paused stays paused") << int(S::Paused) << false << true << int(S::Paused);
    }

    void whatIsKept()
    {
        QFETCH(int, state);
        QFETCH(bool, libraryPending);
        QFETCH(bool, kept);
        QFETCH(int, readBack);
        TransferItem i = item(QStringLiteral("a"), TransferItem::State(state));
        i.upload()->libraryPending = libraryPending;
        const QList<TransferItem> back =
            QueueState::parse(QJsonDocument::fromJson(QueueState::serialize({i})).object());
        QCOMPARE(back.size(), kept ? 1 : 0);
        if (kept)
            QCOMPARE(int(back.first().state), readBack);
    }

    void everyFieldSurvives_data()
    {
        QTest::addColumn<int>("kind");
        QTest::newRow("upload") << int(TransferItem::Kind::Upload);
        QTest::newRow("download") << int(TransferItem::Kind::Download);
        QTest::newRow("send") << int(TransferItem::Kind::Send);
        QTest::newRow("export") << int(TransferItem::Kind::Export);
    }

    void everyFieldSurvives()
    {
        QFETCH(int, kind);
        const TransferItem i =
            item(QStringLiteral("b"), TransferItem::State::Failed, TransferItem::Kind(kind));
        const QList<TransferItem> back =
            QueueState::parse(QJsonDocument::fromJson(QueueState::serialize({i})).object());
        QCOMPARE(back.size(), 1);
        const TransferItem &r = back.first();
        QCOMPARE(int(r.kind()), kind);
        QCOMPARE(r.id, i.id);
        QCOMPARE(r.origin.profileKey, i.origin.profileKey);
        QCOMPARE(r.origin.profileLabel, i.origin.profileLabel);
        QCOMPARE(r.origin.serviceSid, i.origin.serviceSid);
        QCOMPARE(r.path, i.path);
        QCOMPARE(r.fileName, i.fileName);
        QCOMPARE(r.contentType, i.contentType);
        QCOMPARE(r.total, i.total);
        QCOMPARE(bool(r.upload()), bool(i.upload()));
        if (i.upload())
            QCOMPARE(r.upload()->modified, i.upload()->modified);
        QCOMPARE(r.queuedAt, i.queuedAt);
        QCOMPARE(r.mediaSid, i.mediaSid);
        QCOMPARE(bool(r.delivery()), bool(i.delivery()));
        if (i.delivery()) {
            QCOMPARE(r.delivery()->target.conversationSid, i.delivery()->target.conversationSid);
            QCOMPARE(r.delivery()->target.author, i.delivery()->target.author);
            QCOMPARE(r.delivery()->target.conversationName, i.delivery()->target.conversationName);
            QCOMPARE(r.delivery()->target.body, i.delivery()->target.body);
        }
        QCOMPARE(r.message, i.message);
        QCOMPARE(bool(r.download()), bool(i.download()));
        if (i.download())
            QCOMPARE(r.download()->overwrite, true);
        QCOMPARE(bool(r.exported()), bool(i.exported()));
        if (i.exported()) {
            QCOMPARE(r.exported()->conversationSid, i.exported()->conversationSid);
            QCOMPARE(r.exported()->messageSids, i.exported()->messageSids);
            QCOMPARE(r.exported()->saved, 0);
        }
    }

    void eachKindSavesOnlyItsOwnFields_data()
    {
        QTest::addColumn<int>("kind");
        QTest::addColumn<QStringList>("has");
        QTest::addColumn<QStringList>("hasNot");
        const QStringList message{QStringLiteral("conversation_sid"), QStringLiteral("author"),
                                  QStringLiteral("body"), QStringLiteral("conversation_name")};
        QTest::newRow("upload") << int(TransferItem::Kind::Upload)
                                << message + QStringList{QStringLiteral("modified")}
                                << QStringList{QStringLiteral("overwrite")};
        QTest::newRow("download") << int(TransferItem::Kind::Download)
                                  << QStringList{QStringLiteral("overwrite")}
                                  << message + QStringList{QStringLiteral("modified")};
        QTest::newRow("send") << int(TransferItem::Kind::Send) << message
                              << QStringList{QStringLiteral("overwrite"), QStringLiteral("modified"),
                                             QStringLiteral("message_sids")};
        QTest::newRow("export") << int(TransferItem::Kind::Export)
                                << QStringList{QStringLiteral("conversation_sid"),
                                               QStringLiteral("message_sids")}
                                << QStringList{QStringLiteral("author"), QStringLiteral("body"),
                                               QStringLiteral("overwrite"), QStringLiteral("modified")};
    }

    void eachKindSavesOnlyItsOwnFields()
    {
        QFETCH(int, kind);
        QFETCH(QStringList, has);
        QFETCH(QStringList, hasNot);
        const QJsonObject saved =
            QJsonDocument::fromJson(
                QueueState::serialize(
                    {item(QStringLiteral("c"), TransferItem::State::Queued, TransferItem::Kind(kind))}))
                .object()
                .value(QLatin1String("items"))
                .toArray()
                .first()
                .toObject();
        for (const QString &key : has)
            QVERIFY2(saved.contains(key), qPrintable(key));
        for (const QString &key : hasNot)
            QVERIFY2(!saved.contains(key), qPrintable(key));
    }

    void aQueueSavedWithEveryFieldForEveryKindReadsBack()
    {
        // Earlier versions saved every field for every kind; each kind takes what it needs.
        const QByteArray text = R"({"version": 1, "items": [
            {"id": "d", "kind": "download", "overwrite": true, "conversation_sid": "CHx", "author": "",
             "body": "", "modified": "2026-12-01T10:00:00.250Z", "state": "queued"},
            {"id": "s", "kind": "send", "overwrite": false, "conversation_sid": "CHy", "author": "bob",
             "body": "hi", "modified": "", "state": "failed"}
        ]})";
        const QList<TransferItem> back = QueueState::parse(QJsonDocument::fromJson(text).object());
        QCOMPARE(back.size(), 2);
        QVERIFY(back.at(0).download() && back.at(0).download()->overwrite);
        QVERIFY(!back.at(0).delivery());
        QCOMPARE(back.at(1).kind(), TransferItem::Kind::Send);
        QCOMPARE(back.at(1).delivery()->target.conversationSid, QStringLiteral("CHy"));
        QCOMPARE(back.at(1).delivery()->target.author, QStringLiteral("bob"));
        QCOMPARE(back.at(1).state, TransferItem::State::Failed);
    }

    void unreadableEntriesAreLeftOut()
    {
        const QByteArray text = R"({"version": 1, "items": [
            {"id": "", "path": "/no/id"},
            {"id": "x", "path": "/first"},
            {"id": "x", "path": "/same id again"},
            42,
            {"id": "y", "kind": "teleport", "state": "exploded"}
        ]})";
        const QList<TransferItem> back = QueueState::parse(QJsonDocument::fromJson(text).object());
        QCOMPARE(back.size(), 2);
        QCOMPARE(back.at(0).path, QStringLiteral("/first"));
        QCOMPARE(back.at(1).kind(), TransferItem::Kind::Upload); // unknown kind: an upload
        QCOMPARE(back.at(1).state, TransferItem::State::Queued);
    }

    void savedFileIsTheOwnersAndReadsBack()
    {
        const QString path = m_dir.filePath(QStringLiteral("state/queue.json"));
        QList<TransferItem> items{item(QStringLiteral("c"), TransferItem::State::Queued)};
        QueueState state(path, [&] { return items; });
        const Result<> saved = state.saveNow();
        QVERIFY2(saved, qPrintable(saved.problem()));
        QCOMPARE(QFile::permissions(path) & 0x0077, QFileDevice::Permissions()); // no group, no other
        QueueState again(path, [] { return QList<TransferItem>(); });
        const QueueState::Loaded loaded = again.load();
        QVERIFY(loaded.problem.isEmpty());
        QCOMPARE(loaded.items.size(), 1);
        QCOMPARE(loaded.items.first().id, QStringLiteral("c"));
    }

    void saveSoonGathersChanges()
    {
        const QString path = m_dir.filePath(QStringLiteral("soon.json"));
        int snapshots = 0;
        QueueState state(path, [&] {
            ++snapshots;
            return QList<TransferItem>{item(QStringLiteral("d"), TransferItem::State::Queued)};
        });
        for (int i = 0; i < 20; ++i)
            state.saveSoon();
        QTRY_VERIFY(QFile::exists(path));
        QTest::qWait(400);
        QCOMPARE(snapshots, 1); // twenty changes, one write
    }

    void damagedFileIsKeptAside()
    {
        const QString path = m_dir.filePath(QStringLiteral("damaged.json"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("{\"version\": 1, \"items\": [");
        f.close();
        QueueState state(path, [] { return QList<TransferItem>(); });
        const QueueState::Loaded loaded = state.load();
        QVERIFY2(loaded.problem.contains(QLatin1String("damaged")), qPrintable(loaded.problem));
        QVERIFY(loaded.items.isEmpty());
        QVERIFY(!QFile::exists(path));
        const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("damaged.json.damaged-*")});
        QCOMPARE(aside.size(), 1);
    }
};

QTEST_GUILESS_MAIN(TestQueueState)
#include "tst_queuestate.moc"
