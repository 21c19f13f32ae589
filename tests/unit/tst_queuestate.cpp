// QueueState: what the saved queue keeps (what still needs doing, every field of it), what it
// drops (this session's finished items), and how it reads back (interrupted work starts again).
#include "transfer/queuestate.h"

#include <QFile>
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
    i.kind = kind;
    i.id = id;
    i.state = state;
    i.profileKey = QStringLiteral("saved:work");
    i.profileLabel = QStringLiteral("work");
    i.serviceSid = QStringLiteral("IS%1").arg(1, 32, 16, QLatin1Char('0'));
    i.path = QStringLiteral("/home/me/写真 %1.jpg").arg(id);
    i.fileName = QStringLiteral("写真 %1.jpg").arg(id);
    i.contentType = QStringLiteral("image/jpeg");
    i.size = 1234;
    i.modified = QDateTime(QDate(2026, 12, 1), QTime(10, 0, 0, 250), Qt::UTC);
    i.queuedAt = QDateTime(QDate(2026, 12, 2), QTime(9, 30), Qt::UTC);
    i.mediaSid = kind == TransferItem::Kind::Upload ? QString()
                                                    : QStringLiteral("ME%1").arg(7, 32, 16, QLatin1Char('0'));
    i.target = {QStringLiteral("CH%1").arg(3, 32, 16, QLatin1Char('0')), QStringLiteral("alice"),
                QStringLiteral("body\nwith a line")};
    i.message = QStringLiteral("why it failed");
    i.overwrite = kind == TransferItem::Kind::Download;
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
    }

    void whatIsKept()
    {
        QFETCH(int, state);
        QFETCH(bool, libraryPending);
        QFETCH(bool, kept);
        QFETCH(int, readBack);
        TransferItem i = item(QStringLiteral("a"), TransferItem::State(state));
        i.libraryPending = libraryPending;
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
        QCOMPARE(int(r.kind), kind);
        QCOMPARE(r.id, i.id);
        QCOMPARE(r.profileKey, i.profileKey);
        QCOMPARE(r.profileLabel, i.profileLabel);
        QCOMPARE(r.serviceSid, i.serviceSid);
        QCOMPARE(r.path, i.path);
        QCOMPARE(r.fileName, i.fileName);
        QCOMPARE(r.contentType, i.contentType);
        QCOMPARE(r.size, i.size);
        QCOMPARE(r.modified, i.modified);
        QCOMPARE(r.queuedAt, i.queuedAt);
        QCOMPARE(r.mediaSid, i.mediaSid);
        QCOMPARE(r.target.conversationSid, i.target.conversationSid);
        QCOMPARE(r.target.author, i.target.author);
        QCOMPARE(r.target.body, i.target.body);
        QCOMPARE(r.message, i.message);
        QCOMPARE(r.overwrite, i.overwrite);
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
        QCOMPARE(back.at(1).kind, TransferItem::Kind::Upload); // unknown kind: an upload
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
