// The transfer queue against the emulator: parallel limit (uploads and downloads together),
// refusals, waiting for an account, restore after a restart (interrupted transfers start again),
// retries without duplicate library rows, downloads that leave no half file.
#include "emulatorclient.h"
#include "net/apiclient.h"
#include "net/conversationsapi.h"
#include "store/library.h"
#include "transfer/partialdownload.h"
#include "transfer/transferqueue.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

class TestTransferQueue : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    ApiClient m_client;
    QTemporaryDir m_dir;
    QString m_service;
    std::unique_ptr<Library> m_library;
    int m_files = 0;

    QString writeFile(const QByteArray &content, const QString &name = {})
    {
        return writeTestFile(m_dir.path(),
                             name.isEmpty() ? QStringLiteral("file-%1.bin").arg(++m_files) : name, content);
    }

    QString statePath() const { return m_dir.filePath(QStringLiteral("queue.json")); }

    std::unique_ptr<TransferQueue> queue(bool withClient = true)
    {
        auto q = std::make_unique<TransferQueue>(statePath(), m_library.get());
        if (withClient)
            q->setClientProvider(
                [this](const QString &key) { return key == QLatin1String("sandbox") ? &m_client : nullptr; });
        return q;
    }

    static bool waitIdle(TransferQueue &q, int timeoutMs = 30000)
    {
        return QTest::qWaitFor([&] { return q.activeCount() == 0; }, timeoutMs);
    }

    int mediaCount() { return m_emulator.stats().value(QLatin1String("media_count")).toInt(); }

    // Uploads content through a queue of its own; the Media SID.
    QString uploaded(const QByteArray &content)
    {
        auto q =
            std::make_unique<TransferQueue>(m_dir.filePath(QStringLiteral("upload-queue.json")), nullptr);
        q->setClientProvider([this](const QString &) { return &m_client; });
        const QString id = q->add({writeFile(content)}, TransferOrigin{QStringLiteral("sandbox"),
                                                                       QStringLiteral("Sandbox"), m_service})
                               .first();
        if (!waitIdle(*q))
            return {};
        return q->items().at(q->indexOf(id)).mediaSid;
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_service = EmulatorProcess::serviceSids().value(0);
        connectToEmulator(m_client, m_emulator);
        m_library = std::make_unique<Library>(m_dir.filePath(QStringLiteral("library.sqlite")));
        const Result<> opened = m_library->open();
        QVERIFY2(opened, qPrintable(opened.problem()));
    }

    void init()
    {
        QVERIFY(m_emulator.clearFaults());
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        QFile::remove(statePath());
    }

    void uploadsAtMostNAtOnceAndRecordsEach()
    {
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 2 * 1024 * 1024}}));
        auto q = queue();
        q->setParallelTransfers(3);
        QStringList paths;
        QList<QByteArray> contents;
        for (int i = 0; i < 8; ++i) {
            contents.append(QByteArray(300 * 1024 + i, char('a' + i)));
            paths.append(writeFile(contents.last()));
        }
        QSignalSpy batch(q.get(), &TransferQueue::batchFinished);
        const QList<QString> ids =
            q->add(paths, TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        QVERIFY(waitIdle(*q));
        QCOMPARE(batch.count(), 1);
        QCOMPARE(batch.first().at(0).toInt(), 8);
        const int maxConcurrent = m_emulator.stats().value(QLatin1String("max_concurrent_uploads")).toInt();
        QVERIFY2(maxConcurrent <= 3 && maxConcurrent >= 2, qPrintable(QString::number(maxConcurrent)));
        for (int i = 0; i < ids.size(); ++i) {
            const TransferItem &item = q->items().at(q->indexOf(ids[i]));
            QCOMPARE(item.state, TransferItem::State::Done);
            std::optional<LibraryEntry> row;
            // Rows are written on the library's own thread, a moment after the upload ends.
            QVERIFY(QTest::qWaitFor(
                [&] { return (row = m_library->reader().findByMediaSid(item.mediaSid)).has_value(); }, 5000));
            QCOMPARE(row->uploadId, item.id);
            QCOMPARE(row->sha256,
                     QString::fromLatin1(
                         QCryptographicHash::hash(contents[i], QCryptographicHash::Sha256).toHex()));
            QCOMPARE(row->accountSid, EmulatorProcess::accountSid());
            QCOMPARE(row->profile, QStringLiteral("Sandbox"));
        }
    }

    void typesAppearAfterAddingAndOneSetByHandIsKept()
    {
        auto q = queue(false); // no account: nothing starts, the types come from the queue alone
        const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                                      "R4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==");
        const QList<QString> ids =
            q->add({writeFile(png, QStringLiteral("no extension")),
                    writeFile("%PDF-1.4\n%%EOF\n", QStringLiteral("report.pdf")),
                    writeFile("# notes\n", QStringLiteral("notes.md"))},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        QSignalSpy changed(q.get(), &TransferQueue::itemChanged);
        q->setContentType(ids.at(2), QStringLiteral("text/x-markdown")); // before the sniffing is in
        const auto typeOf = [&](int i) { return q->items().at(q->indexOf(ids.at(i))).contentType; };
        QVERIFY(QTest::qWaitFor([&] { return !typeOf(0).isEmpty() && !typeOf(1).isEmpty(); }, 10000));
        QCOMPARE(typeOf(0), QStringLiteral("image/png")); // from the content, not the name
        QCOMPARE(typeOf(1), QStringLiteral("application/pdf"));
        QVERIFY(!changed.isEmpty()); // the list is told, so it shows them
        QTest::qWait(50);
        QCOMPARE(typeOf(2), QStringLiteral("text/x-markdown"));
    }

    void withoutDetectionWhenAddedEachUploadSendsItsOwnType()
    {
        // As a command's run does: nothing sniffs the files when they are added.
        auto q = queue();
        q->setDetectTypesWhenAdded(false);
        const QByteArray png = QByteArray::fromBase64("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQV"
                                                      "R4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==");
        const QString id =
            q->add({writeFile(png, QStringLiteral("pixel"))},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service})
                .first();
        QVERIFY(waitIdle(*q));
        const TransferItem &item = q->items().at(q->indexOf(id));
        QCOMPARE(item.state, TransferItem::State::Done);
        QCOMPARE(item.contentType, QStringLiteral("image/png"));
        QCOMPARE(m_emulator.media(item.mediaSid).value(QLatin1String("content_type")).toString(),
                 QStringLiteral("image/png"));
    }

    void refusedFilesAreNeverSent()
    {
        auto q = queue();
        const int before = m_emulator.stats().value(QLatin1String("requests")).toInt();
        const QString folder = m_dir.filePath(QStringLiteral("a folder"));
        QDir().mkpath(folder);
        const QList<QString> ids =
            q->add({writeFile(QByteArray()), folder, m_dir.filePath(QStringLiteral("missing"))},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        for (const QString &id : ids) {
            const TransferItem &item = q->items().at(q->indexOf(id));
            QCOMPARE(item.state, TransferItem::State::Refused);
            QVERIFY(!item.message.isEmpty());
        }
        QCOMPARE(m_emulator.stats().value(QLatin1String("requests")).toInt(), before);
    }

    void waitsForItsAccountAndSurvivesARestart()
    {
        const QString path = writeFile("persisted content");
        QString id;
        {
            auto q = queue(false); // no account available yet
            id = q->add({path},
                        TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service})
                     .first();
            QCOMPARE(q->items().first().state, TransferItem::State::Queued);
        } // "quit": the queue is saved
        auto q = queue();
        const Result<> restored = q->restore();
        QVERIFY2(restored, qPrintable(restored.problem()));
        QCOMPARE(q->items().size(), 1);
        QCOMPARE(q->items().first().id, id);
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().first().state, TransferItem::State::Done);
    }

    void interruptedUploadStartsAgain()
    {
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 256 * 1024}}));
        const QString path = writeFile(QByteArray(2 * 1024 * 1024, 'z'));
        QString id;
        const int before = mediaCount();
        {
            auto q = queue();
            id = q->add({path},
                        TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service})
                     .first();
            QVERIFY(QTest::qWaitFor([&] { return q->items().first().done > 0; }, 10000));
        } // destroyed mid-upload, as a crash or quit would
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        auto q = queue();
        const Result<> restored = q->restore();
        QVERIFY2(restored, qPrintable(restored.problem()));
        QCOMPARE(q->items().size(), 1);
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().first().state, TransferItem::State::Done);
        QVERIFY(m_emulator.waitUntilQuiet()); // a second copy, had one gone out, is counted by now
        QCOMPARE(mediaCount(), before + 1);
        QVERIFY(QTest::qWaitFor(
            [&] { return m_library->reader().findByMediaSid(q->items().first().mediaSid).has_value(); },
            5000));
    }

    void changedSinceQueuedIsReported()
    {
        const QString path = writeFile("original");
        auto q = queue(false);
        const QString id =
            q->add({path}, TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service})
                .first();
        {
            QFile f(path);
            QVERIFY(f.open(QIODevice::Append));
            f.write(" and more");
        }
        const int uploadsBefore = m_emulator.stats().value(QLatin1String("uploads")).toInt();
        q->setClientProvider([this](const QString &) { return &m_client; });
        // The upload job finds the change as it reads the file, before anything is sent.
        QVERIFY(QTest::qWaitFor([&] { return q->items().at(q->indexOf(id)).isFinished(); }, 5000));
        const TransferItem &item = q->items().at(q->indexOf(id));
        QCOMPARE(item.state, TransferItem::State::Refused);
        QCOMPARE(m_emulator.stats().value(QLatin1String("uploads")).toInt(), uploadsBefore);
        QVERIFY2(item.message.contains(QLatin1String("changed since it was queued")),
                 qPrintable(item.message));
    }

    void retryAfterAFailureAddsNoSecondRow()
    {
        ApiClient wrong;
        wrong.setEndpoints(m_client.endpoints());
        wrong.setCredentials(Credentials::authToken(EmulatorProcess::accountSid(), QStringLiteral("wrong")));
        ApiClient *current = &wrong;
        TransferQueue q(statePath(), m_library.get());
        q.setClientProvider([&current](const QString &) { return current; });
        const QString id =
            q.add({writeFile("retry me")},
                  TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service})
                .first();
        QVERIFY(waitIdle(q));
        QCOMPARE(q.items().first().state, TransferItem::State::Failed);
        QVERIFY(q.items().first().message.contains(QLatin1String("20003")));
        current = &m_client;
        q.retry(id);
        QVERIFY(waitIdle(q));
        QCOMPARE(q.items().first().state, TransferItem::State::Done);
        q.retry(id); // a done upload is not sent again
        QCOMPARE(q.items().first().state, TransferItem::State::Done);
        QVERIFY(QTest::qWaitFor([&] { return m_library->reader().count(q.items().first().mediaSid) == 1; },
                                5000));
        m_library->waitUntilWritten(); // everything the retry could have recorded
        QCOMPARE(m_library->reader().count(q.items().first().mediaSid), 1); // one row for one upload
    }

    void transientFailuresShowTheAttempt()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services/")},
                                     {QStringLiteral("status"), 503},
                                     {QStringLiteral("count"), 2}}));
        auto q = queue();
        int highestAttempt = 0;
        connect(q.get(), &TransferQueue::itemChanged, this,
                [&](int i) { highestAttempt = qMax(highestAttempt, q->items().at(i).attempt); });
        q->add({writeFile("flaky")},
               TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().first().state, TransferItem::State::Done);
        QCOMPARE(highestAttempt, 3);
    }

    void damagedStateIsKeptAside()
    {
        {
            QFile f(statePath());
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{ this is not json");
        }
        {
            auto q = queue();
            const Result<> restored = q->restore();
            QVERIFY(!restored);
            QVERIFY2(restored.problem().contains(QLatin1String("damaged")), qPrintable(restored.problem()));
        } // the queue saves on the way out: it must not overwrite what was damaged
        const QStringList aside = QDir(m_dir.path()).entryList({QStringLiteral("queue.json.damaged-*")});
        QCOMPARE(aside.size(), 1);
        QFile kept(m_dir.filePath(aside.first()));
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{ this is not json"));
    }

    void damagedStateThatCannotBeMovedIsNeverOverwritten()
    {
        // The names it would be moved to are taken (as by another file, or a full folder): it stays,
        // the user is told where, and nothing this session does is saved over it.
        const QString damaged = m_dir.filePath(QStringLiteral("stuck/queue.json"));
        QVERIFY(QDir().mkpath(QFileInfo(damaged).absolutePath()));
        {
            QFile f(damaged);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("{ damaged");
        }
        const QDateTime now = QDateTime::currentDateTimeUtc();
        for (int s = 0; s < 30; ++s) {
            QFile taken(damaged + QStringLiteral(".damaged-") +
                        now.addSecs(s).toString(QStringLiteral("yyyyMMddHHmmss")));
            QVERIFY(taken.open(QIODevice::WriteOnly));
        }
        {
            TransferQueue q(damaged, m_library.get());
            const Result<> restored = q.restore();
            QVERIFY(!restored);
            const QString error = restored.problem();
            QVERIFY2(error.contains(QLatin1String("could not be moved aside")) && error.contains(damaged),
                     qPrintable(error));
            const Result<> saved = q.save();
            QVERIFY(!saved);
            QCOMPARE(saved.problem(), error);
        } // nor on the way out
        QFile kept(damaged);
        QVERIFY(kept.open(QIODevice::ReadOnly));
        QCOMPARE(kept.readAll(), QByteArray("{ damaged"));
    }

    void queueThatCannotBeSavedIsSaid()
    {
        // Its folder cannot exist (a file has the name): every save fails, and the window is told
        // once, not on every change.
        QFile blocker(m_dir.filePath(QStringLiteral("not-a-folder")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        TransferQueue q(m_dir.filePath(QStringLiteral("not-a-folder/queue.json")), m_library.get());
        QSignalSpy saveErrors(&q, &TransferQueue::stateSaveError);
        // No account yet: the uploads wait, and the queue tries to keep them across a restart.
        q.add({writeFile("one")},
              TransferOrigin{QStringLiteral("nobody"), QStringLiteral("Nobody"), m_service});
        QVERIFY(saveErrors.wait(5000));
        q.add({writeFile("two")},
              TransferOrigin{QStringLiteral("nobody"), QStringLiteral("Nobody"), m_service});
        QTest::qWait(1000);
        QCOMPARE(saveErrors.size(), 1);
        QVERIFY2(saveErrors.first().first().toString().contains(QLatin1String("restart would lose it")),
                 qPrintable(saveErrors.first().first().toString()));
    }

    void cancelStopsIt()
    {
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 128 * 1024}}));
        const int before = mediaCount();
        auto q = queue();
        const QString id =
            q->add({writeFile(QByteArray(1024 * 1024, 'c'))},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service})
                .first();
        QVERIFY(QTest::qWaitFor([&] { return q->items().first().done > 0; }, 10000));
        q->cancel(id);
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().first().state, TransferItem::State::Cancelled);
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        QVERIFY(m_emulator.waitUntilQuiet()); // the cut-off upload has ended on the emulator's side
        QCOMPARE(mediaCount(), before);
    }

    void downloadsShareTheLimitWithUploads()
    {
        const QByteArray a = pseudoRandom(400 * 1024, 1), b = pseudoRandom(300 * 1024, 2);
        const QString sidA = uploaded(a), sidB = uploaded(b);
        QVERIFY(!sidA.isEmpty() && !sidB.isEmpty());
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 1024 * 1024}}));
        QTemporaryDir target;
        auto q = queue();
        q->setParallelTransfers(1);
        int mostRunning = 0;
        connect(q.get(), &TransferQueue::itemChanged, this, [&] {
            mostRunning =
                qMax(mostRunning, int(std::count_if(q->items().begin(), q->items().end(), [](const auto &i) {
                         return i.state == TransferItem::State::Running;
                     })));
        });
        const QString up =
            q->add({writeFile(pseudoRandom(200 * 1024, 3))},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service})
                .first();
        const QString downA =
            q->addDownload(sidA, target.filePath(QStringLiteral("a.bin")), a.size(), false,
                           TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        const QString downB =
            q->addDownload(sidB, target.filePath(QStringLiteral("b.bin")), b.size(), false,
                           TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        QVERIFY(waitIdle(*q));
        QCOMPARE(mostRunning, 1);
        for (const QString &id : {up, downA, downB})
            QCOMPARE(q->items().at(q->indexOf(id)).state, TransferItem::State::Done);
        const TransferItem &itemA = q->items().at(q->indexOf(downA));
        QCOMPARE(itemA.kind(), TransferItem::Kind::Download);
        QCOMPARE(itemA.total, qint64(a.size()));
        QCOMPARE(fileSha256Hex(itemA.path), sha256Hex(a));
        QCOMPARE(fileSha256Hex(q->items().at(q->indexOf(downB)).path), sha256Hex(b));
        QCOMPARE(m_emulator.stats().value(QLatin1String("credential_leaks")).toInt(), 0);
    }

    void waitingDownloadSurvivesRestart()
    {
        const QByteArray content = pseudoRandom(100 * 1024, 4);
        const QString sid = uploaded(content);
        QTemporaryDir target;
        const QString path = target.filePath(QStringLiteral("写真.bin"));
        {
            auto q = queue(false); // no account yet: it waits, and is saved on the way out
            q->addDownload(sid, path, content.size(), false,
                           TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        }
        auto q = queue();
        const Result<> restored = q->restore();
        QVERIFY2(restored, qPrintable(restored.problem()));
        QCOMPARE(q->items().size(), 1);
        QCOMPARE(q->items().first().kind(), TransferItem::Kind::Download);
        QCOMPARE(q->items().first().mediaSid, sid);
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().first().state, TransferItem::State::Done);
        QCOMPARE(fileSha256Hex(path), sha256Hex(content));
    }

    void cancelledDownloadLeavesNoFile()
    {
        const QString sid = uploaded(pseudoRandom(1024 * 1024, 5));
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 128 * 1024}}));
        QTemporaryDir target;
        auto q = queue();
        const QString id =
            q->addDownload(sid, target.filePath(QStringLiteral("big.bin")), 1024 * 1024, false,
                           TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        QVERIFY(QTest::qWaitFor([&] { return q->items().first().done > 0; }, 10000));
        q->cancel(id);
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().first().state, TransferItem::State::Cancelled);
        QVERIFY(QDir(target.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
    }

    qint64 contentBytesSent(const QString &mediaSid)
    {
        return m_emulator.stats()
            .value(QStringLiteral("content_bytes_by_media"))
            .toObject()
            .value(mediaSid)
            .toInteger();
    }

    void pausedDownloadKeepsItsBytesAcrossARestart()
    {
        const QByteArray content = pseudoRandom(1024 * 1024 + 3, 6);
        const QString sid = uploaded(content);
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 256 * 1024}}));
        QTemporaryDir target;
        const QString path = target.filePath(QStringLiteral("paused.bin"));
        qint64 kept = 0;
        {
            auto q = queue();
            const QString id = q->addDownload(
                sid, path, content.size(), false,
                TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
            QVERIFY(QTest::qWaitFor([&] { return q->items().first().done > 100000; }, 10000));
            q->pause(id);
            QTRY_COMPARE(q->items().first().state, TransferItem::State::Paused);
            QCOMPARE(q->activeCount(), 0); // its slot is free
            kept = QFileInfo(PartialDownload::partialPathFor(path)).size();
            QVERIFY2(kept > 100000 && kept < content.size(), qPrintable(QString::number(kept)));
            QCOMPARE(q->items().first().done, kept); // the row shows what is kept
            QVERIFY(!QFileInfo::exists(path));
        } // the window closes while it is paused
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        QVERIFY(m_emulator.waitUntilQuiet());
        const qint64 before = contentBytesSent(sid);
        auto q = queue();
        const Result<> restored = q->restore();
        QVERIFY2(restored, qPrintable(restored.problem()));
        QCOMPARE(q->items().first().state, TransferItem::State::Paused); // not started by itself
        QTest::qWait(200);
        QCOMPARE(contentBytesSent(sid), before);
        q->resume(q->items().first().id);
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().first().state, TransferItem::State::Done);
        QCOMPARE(fileSha256Hex(path), sha256Hex(content));
        QCOMPARE(contentBytesSent(sid) - before, content.size() - kept); // only the rest
        QCOMPARE(QDir(target.path()).entryList(QDir::Files | QDir::Hidden),
                 QStringList{QStringLiteral("paused.bin")});
    }

    void pausedUploadFreesItsSlotAndStartsAgain()
    {
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 512 * 1024}}));
        const int before = mediaCount();
        auto q = queue();
        q->setParallelTransfers(1);
        const TransferOrigin origin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service};
        const QStringList ids = q->add(
            {writeFile(pseudoRandom(2 * 1024 * 1024, 7)), writeFile(pseudoRandom(256 * 1024, 8))}, origin);
        QCOMPARE(ids.size(), 2);
        QVERIFY(QTest::qWaitFor([&] { return q->items().at(0).done > 0; }, 10000));
        q->pause(ids.at(0));
        QTRY_COMPARE(q->items().at(0).state, TransferItem::State::Paused);
        QVERIFY2(q->items().at(0).message.contains(QLatin1String("first byte")),
                 qPrintable(q->items().at(0).message));
        QCOMPARE(q->items().at(0).done, 0);
        // The slot went to the next one, which finishes while the first waits.
        QTRY_COMPARE_WITH_TIMEOUT(q->items().at(1).state, TransferItem::State::Done, 20000);
        QCOMPARE(q->items().at(0).state, TransferItem::State::Paused);
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        q->resumeAll();
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().at(0).state, TransferItem::State::Done);
        QVERIFY(m_emulator.waitUntilQuiet());
        QCOMPARE(mediaCount(), before + 2); // the paused upload was never stored twice
    }

    void pauseAllHoldsEverythingUntilResumeAll()
    {
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 256 * 1024}}));
        auto q = queue();
        q->setParallelTransfers(1);
        const TransferOrigin origin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service};
        const QStringList ids =
            q->add({writeFile(pseudoRandom(1024 * 1024, 9)), writeFile(pseudoRandom(1000, 10))}, origin);
        QVERIFY(QTest::qWaitFor([&] { return q->items().at(0).done > 0; }, 10000));
        q->pauseAll();
        QTRY_COMPARE(q->items().at(0).state, TransferItem::State::Paused);
        QCOMPARE(q->items().at(1).state, TransferItem::State::Paused); // the waiting one too
        QCOMPARE(q->activeCount(), 0);
        q->cancel(ids.at(1)); // a paused item can be cancelled
        QCOMPARE(q->items().at(1).state, TransferItem::State::Cancelled);
        q->clearFinished();
        QCOMPARE(q->items().size(), 1); // Clear Finished leaves what is paused
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        q->resumeAll();
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().at(0).state, TransferItem::State::Done);
    }

    void pausedExportKeepsItsPartialFiles()
    {
        const QString conversationSid = EmulatorProcess::conversationSid(2, 2);
        const QByteArray content = pseudoRandom(1024 * 1024, 11);
        QVERIFY(m_emulator.seedMessages(conversationSid, 1, QStringLiteral("erin"), QStringLiteral("big"),
                                        uploaded(content)));
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 256 * 1024}}));
        QTemporaryDir target;
        auto q = queue();
        const QString id = q->addExport(
            conversationSid, QStringLiteral("paused export"), target.path(), {}, 0,
            TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), exportService()});
        const auto partials = [&] {
            QStringList found;
            QDirIterator it(target.path(), {QStringLiteral("*.mediadesk-part")}, QDir::Files,
                            QDirIterator::Subdirectories);
            while (it.hasNext())
                found.append(it.next());
            return found;
        };
        QVERIFY(QTest::qWaitFor(
            [&] { return !partials().isEmpty() && QFileInfo(partials().first()).size() > 100000; }, 15000));
        q->pause(id);
        QTRY_COMPARE(itemOf(*q, id).state, TransferItem::State::Paused);
        const QStringList kept = partials();
        QCOMPARE(kept.size(), 1); // the download of the paused export kept what it had
        QVERIFY(QFileInfo(kept.first()).size() > 100000);
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        q->resume(id);
        QVERIFY(waitIdle(*q));
        QCOMPARE(itemOf(*q, id).state, TransferItem::State::Done);
        QVERIFY(partials().isEmpty());
        const QString saved = kept.first().chopped(int(qstrlen(".mediadesk-part")));
        QCOMPARE(fileSha256Hex(saved), sha256Hex(content));
    }

    QString conversation(int index = 0) const { return EmulatorProcess::conversationSid(1, index + 1); }

    void uploadsWithATargetArriveAsMessages()
    {
        auto q = queue();
        const SendTarget target{conversation(), QStringLiteral("alice"), {}, {}};
        const QList<QString> ids =
            q->add({writeFile("one"), writeFile("two"), writeFile("three")},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service}, target);
        QVERIFY(waitIdle(*q));
        QSet<QString> messages;
        for (const QString &id : ids) {
            const TransferItem &item = q->items().at(q->indexOf(id));
            QCOMPARE(item.state, TransferItem::State::Done);
            QVERIFY(item.messageSid().startsWith(QLatin1String("IM")));
            QVERIFY(item.delivery()->messageIndex >= 0);
            messages.insert(item.messageSid());
            const QJsonObject stored = m_emulator.media(item.mediaSid);
            QCOMPARE(stored.value(QLatin1String("message_sid")).toString(), item.messageSid());
            QCOMPARE(stored.value(QLatin1String("channel_sid")).toString(), conversation());
            // The library row says where it went.
            std::optional<LibraryEntry> row;
            QVERIFY(QTest::qWaitFor(
                [&] {
                    row = m_library->reader().findByMediaSid(item.mediaSid);
                    return row && !row->messageSid.isEmpty();
                },
                5000));
            QCOMPARE(row->messageSid, item.messageSid());
            QCOMPARE(row->conversationSid, conversation());
        }
        QCOMPARE(messages.size(), 3); // one message per media
    }

    void failedSendIsRetriedWithoutUploadingAgain()
    {
        // The first message is refused by the service (a 400 is never retried on its own).
        const QString conversations = QStringLiteral("/v1/Services/%1/Conversations/").arg(m_service);
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                                     {QStringLiteral("path_prefix"), conversations},
                                     {QStringLiteral("status"), 400},
                                     {QStringLiteral("code"), 50511},
                                     {QStringLiteral("count"), 1}}));
        auto q = queue();
        const int uploadsBefore = m_emulator.stats().value(QLatin1String("uploads")).toInt();
        const QString id =
            q->add({writeFile("retry me")},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service},
                   SendTarget{conversation(1), {}, {}, {}})
                .first();
        QVERIFY(waitIdle(*q));
        const TransferItem &failed = q->items().at(q->indexOf(id));
        QCOMPARE(failed.state, TransferItem::State::Failed);
        QVERIFY(failed.mediaSid.startsWith(QLatin1String("ME")));
        QVERIFY2(failed.message.contains(failed.mediaSid) && failed.message.contains(QLatin1String("50511")),
                 qPrintable(failed.message));
        q->retry(id);
        QVERIFY(waitIdle(*q));
        const TransferItem &sent = q->items().at(q->indexOf(id));
        QCOMPARE(sent.state, TransferItem::State::Done);
        QVERIFY(sent.messageSid().startsWith(QLatin1String("IM")));
        QCOMPARE(m_emulator.stats().value(QLatin1String("uploads")).toInt(), uploadsBefore + 1);
    }

    void mediaGoneBeforeTheMessageIsUploadedAgainOnRetry()
    {
        // The message is refused because Twilio no longer has the media (50507): Retry must not post
        // the dead SID again but upload the file anew, then send; the library row follows.
        const QString conversations = QStringLiteral("/v1/Services/%1/Conversations/").arg(m_service);
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("POST")},
                                     {QStringLiteral("path_prefix"), conversations},
                                     {QStringLiteral("status"), 400},
                                     {QStringLiteral("code"), 50507},
                                     {QStringLiteral("count"), 1}}));
        auto q = queue();
        const int uploadsBefore = m_emulator.stats().value(QLatin1String("uploads")).toInt();
        const QString id =
            q->add({writeFile("gone")},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service},
                   SendTarget{conversation(1), {}, {}, {}})
                .first();
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().first().state, TransferItem::State::Failed);
        QVERIFY(q->items().first().mediaSid.isEmpty());
        QVERIFY2(q->items().first().message.contains(QLatin1String("no longer has it")),
                 qPrintable(q->items().first().message));
        std::optional<LibraryEntry> first;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return (first = m_library->reader().findByMediaSid(
                            q->items().first().message.section(u' ', 2, 2).chopped(1)))
                    .has_value();
            },
            5000));
        q->retry(id);
        QVERIFY(waitIdle(*q));
        const TransferItem &sent = q->items().first();
        QCOMPARE(sent.state, TransferItem::State::Done);
        QVERIFY(sent.messageSid().startsWith(QLatin1String("IM")));
        QCOMPARE(m_emulator.stats().value(QLatin1String("uploads")).toInt(), uploadsBefore + 2);
        std::optional<LibraryEntry> row;
        QVERIFY(QTest::qWaitFor(
            [&] {
                return (row = m_library->reader().findByMediaSid(sent.mediaSid)) &&
                       !row->messageSid.isEmpty();
            },
            5000));
        QCOMPARE(row->uploadId, id); // the same row, now about the new media
        QVERIFY(!m_library->reader().findByMediaSid(first->mediaSid));
    }

    void messageWaitsWhenTheAccountGoesAwayMidUpload()
    {
        // The account closes while the file is on its way: the message must wait for it, not crash.
        bool accountOpen = true;
        auto q = std::make_unique<TransferQueue>(statePath(), m_library.get());
        q->setClientProvider([&](const QString &) { return accountOpen ? &m_client : nullptr; });
        connect(q.get(), &TransferQueue::itemChanged, this, [&](int row) {
            if (q->items().at(row).done > 0)
                accountOpen = false;
        });
        const QString id =
            q->add({writeFile(pseudoRandom(64 * 1024, 10))},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service},
                   SendTarget{conversation(2), {}, {}, {}})
                .first();
        QVERIFY(QTest::qWaitFor([&] { return !q->items().first().mediaSid.isEmpty(); }, 10000));
        QTest::qWait(100);
        QCOMPARE(q->items().first().state, TransferItem::State::Queued);
        QVERIFY(q->items().first().messageSid().isEmpty());
        q->disconnect(this);
        accountOpen = true;
        q->schedule(); // the account is back
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().at(q->indexOf(id)).state, TransferItem::State::Done);
        QVERIFY(q->items().at(q->indexOf(id)).messageSid().startsWith(QLatin1String("IM")));
    }

    void aSendCarriesTheUploadRowToo()
    {
        auto q = queue();
        const QString up = q->add({writeFile("later")}, TransferOrigin{QStringLiteral("sandbox"),
                                                                       QStringLiteral("Sandbox"), m_service})
                               .first();
        QVERIFY(waitIdle(*q));
        const QString media = q->items().at(q->indexOf(up)).mediaSid;
        q->addSend(media, QStringLiteral("later"), 5, SendTarget{conversation(1), {}, {}, {}},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        QVERIFY(waitIdle(*q));
        const TransferItem &upload = q->items().at(q->indexOf(up));
        QVERIFY(upload.messageSid().startsWith(QLatin1String("IM")));
        QCOMPARE(upload.delivery()->target.conversationSid, conversation(1));
        // Retrying it now would do nothing: it is done and carried.
        q->retry(up);
        QCOMPARE(q->items().at(q->indexOf(up)).state, TransferItem::State::Done);
    }

    void sendItemsSurviveARestartAndPostEachMedia()
    {
        const QString a = uploaded("first media"), b = uploaded("second media");
        {
            auto q = queue(false); // no account yet: they wait, and are saved on the way out
            const SendTarget target{
                conversation(2), QStringLiteral("bob"), QStringLiteral("two files for you"), {}};
            q->addSend(a, QStringLiteral("a.txt"), 11, target,
                       TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
            q->addSend(b, QStringLiteral("b.txt"), 12,
                       SendTarget{target.conversationSid, target.author, {}, {}},
                       TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        }
        auto q = queue();
        const Result<> restored = q->restore();
        QVERIFY2(restored, qPrintable(restored.problem()));
        QCOMPARE(q->items().size(), 2);
        QCOMPARE(q->items().first().kind(), TransferItem::Kind::Send);
        QCOMPARE(q->items().first().fileName, QStringLiteral("a.txt"));
        QVERIFY(waitIdle(*q));
        for (const TransferItem &item : q->items()) {
            QCOMPARE(item.state, TransferItem::State::Done);
            QCOMPARE(m_emulator.media(item.mediaSid).value(QLatin1String("message_sid")).toString(),
                     item.messageSid());
        }
        // Sending one of them again is refused with Twilio's reason.
        const QString again =
            q->addSend(a, QStringLiteral("a.txt"), 11, SendTarget{conversation(2), {}, {}, {}},
                       TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().at(q->indexOf(again)).state, TransferItem::State::Failed);
        QVERIFY(q->items().at(q->indexOf(again)).message.contains(QLatin1String("50510")));
    }

    // The second service's first conversation, which no other test here writes to.
    static QString exportService() { return EmulatorProcess::serviceSids().value(1); }
    static QString exportConversation() { return EmulatorProcess::conversationSid(2, 1); }

    // Ten messages there, each with its own 150 KB media (seeded once).
    QStringList exportMessages()
    {
        static QStringList sids;
        if (!sids.isEmpty())
            return sids;
        const QString source = uploaded(pseudoRandom(150 * 1024, 9));
        if (source.isEmpty() || !m_emulator.seedMessages(exportConversation(), 10, QStringLiteral("erin"),
                                                         QStringLiteral("photo %1"), source))
            return {};
        PagedListJob *list =
            ConversationsApi(&m_client).listMessagesNewestFirst(exportService(), exportConversation());
        QSignalSpy done(list, &Job::finished);
        list->start();
        if (!done.wait(10000))
            return {};
        for (const QJsonObject &o : list->items())
            sids.append(o.value(QLatin1String("sid")).toString());
        delete list;
        return sids;
    }

    static QStringList filesIn(const QString &folder)
    {
        return QDir(folder).entryList(QDir::Files | QDir::Hidden, QDir::Name);
    }

    const TransferItem &itemOf(TransferQueue &q, const QString &id) { return q.items().at(q.indexOf(id)); }

    void exportIsOneItemThatSurvivesARestart()
    {
        QCOMPARE(exportMessages().size(), 10);
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 1024 * 1024}}));
        QTemporaryDir target;
        const QString folder = target.filePath(QStringLiteral("Conversation 3"));
        QString id;
        {
            auto q = queue();
            q->setParallelTransfers(2);
            id = q->addExport(
                exportConversation(), QStringLiteral("Conversation 3"), folder, {}, 0,
                TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), exportService()});
            QCOMPARE(itemOf(*q, id).kind(), TransferItem::Kind::Export);
            QVERIFY(QTest::qWaitFor([&] { return itemOf(*q, id).done >= 3; }, 20000));
            QCOMPARE(itemOf(*q, id).state, TransferItem::State::Running);
        } // the window closes mid-export
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        auto q = queue();
        const Result<> restored = q->restore();
        QVERIFY2(restored, qPrintable(restored.problem()));
        QCOMPARE(q->items().size(), 1);
        const TransferItem &item = q->items().first();
        QCOMPARE(item.kind(), TransferItem::Kind::Export);
        QCOMPARE(item.exported()->conversationSid, exportConversation());
        QCOMPARE(item.path, folder);
        QVERIFY(waitIdle(*q));
        QCOMPARE(item.state, TransferItem::State::Done);
        QCOMPARE(item.total, 10);
        QCOMPARE(item.done, 10);
        QVERIFY2(item.exported()->skipped >= 3, qPrintable(item.message)); // not fetched a second time
        QCOMPARE(item.exported()->saved + item.exported()->skipped, 10);
        QStringList files = filesIn(folder);
        QVERIFY(files.removeOne(QStringLiteral("manifest.json")));
        QCOMPARE(files.size(), 10);
        for (const QString &name : files)
            QCOMPARE(QFileInfo(QDir(folder).filePath(name)).size(), 150 * 1024);
    }

    void cancelledExportKeepsOnlyWholeFilesAndRetryResumes()
    {
        QCOMPARE(exportMessages().size(), 10);
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 512 * 1024}}));
        QTemporaryDir target;
        auto q = queue();
        q->setParallelTransfers(2);
        const QString id = q->addExport(
            exportConversation(), QStringLiteral("C3"), target.path(), {}, 10,
            TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), exportService()});
        QVERIFY(QTest::qWaitFor([&] { return itemOf(*q, id).done >= 2; }, 20000));
        q->cancel(id);
        QVERIFY(
            QTest::qWaitFor([&] { return itemOf(*q, id).state == TransferItem::State::Cancelled; }, 5000));
        QStringList files = filesIn(target.path());
        QVERIFY(files.removeOne(QStringLiteral("manifest.json")));
        QVERIFY(files.size() >= 2 && files.size() < 10);
        for (const QString &name : files) // never a half file under any name
            QCOMPARE(QFileInfo(target.filePath(name)).size(), 150 * 1024);

        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        q->retry(id);
        QVERIFY(waitIdle(*q));
        QCOMPARE(itemOf(*q, id).state, TransferItem::State::Done);
        QCOMPARE(itemOf(*q, id).exported()->skipped, files.size());
        QCOMPARE(filesIn(target.path()).size(), 11);
    }

    void anExportsDownloadsCountAgainstTheParallelLimit()
    {
        QCOMPARE(exportMessages().size(), 10);
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 1024 * 1024}}));
        QTemporaryDir target;
        auto q = queue();
        q->setParallelTransfers(3);
        const QString first =
            q->add({writeFile(pseudoRandom(400 * 1024, 11))},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service})
                .first();
        const QString exported = q->addExport(
            exportConversation(), QStringLiteral("C"), target.path(), {}, 10,
            TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), exportService()});
        const QString waiting =
            q->add({writeFile(pseudoRandom(10 * 1024, 12))},
                   TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service})
                .first();
        // The upload took one slot, the export the other two: the next upload waits for a free one.
        QCOMPARE(itemOf(*q, first).state, TransferItem::State::Running);
        QCOMPARE(itemOf(*q, exported).state, TransferItem::State::Running);
        QCOMPARE(itemOf(*q, waiting).state, TransferItem::State::Queued);
        QVERIFY(QTest::qWaitFor([&] { return itemOf(*q, first).state == TransferItem::State::Done; }, 20000));
        QCOMPARE(itemOf(*q, waiting).state, TransferItem::State::Running); // in the slot the upload freed
        QCOMPARE(itemOf(*q, exported).state, TransferItem::State::Running);
        QVERIFY(waitIdle(*q));
        QCOMPARE(itemOf(*q, exported).state, TransferItem::State::Done);
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
    }

    void anExportsRetriesLeaveItsRowAsItIs()
    {
        QCOMPARE(exportMessages().size(), 10);
        QVERIFY(m_emulator.addFault(
            {{QStringLiteral("method"), QStringLiteral("POST")},
             {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services/%1/MediaSet").arg(exportService())},
             {QStringLiteral("status"), 429},
             {QStringLiteral("retry_after"), QStringLiteral("0")},
             {QStringLiteral("count"), 1}}));
        QTemporaryDir target;
        auto q = queue();
        const QString id = q->addExport(
            exportConversation(), QStringLiteral("C"), target.path(), {}, 0,
            TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), exportService()});
        QVERIFY(waitIdle(*q));
        // One of its requests was retried; the export is not "Retrying", its count never went back.
        QCOMPARE(itemOf(*q, id).state, TransferItem::State::Done);
        QCOMPARE(itemOf(*q, id).attempt, 1);
        QCOMPARE(itemOf(*q, id).done, 10);
        QCOMPARE(m_emulator.stats().value(QLatin1String("faults_pending")).toInt(), 0);
    }

    void exportOfChosenMessagesAndOfAMediaTwilioDeleted()
    {
        const QStringList messages = exportMessages();
        QCOMPARE(messages.size(), 10);
        QTemporaryDir target;
        auto q = queue();
        const QString id = q->addExport(
            exportConversation(), QStringLiteral("C3"), target.path(), messages.mid(2, 2), 2,
            TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), exportService()});
        QVERIFY(waitIdle(*q));
        QCOMPARE(itemOf(*q, id).state, TransferItem::State::Done);
        QCOMPARE(itemOf(*q, id).total, 2);
        QCOMPARE(filesIn(target.path()).size(), 3); // two media and the manifest
        const QJsonArray listed =
            QJsonDocument::fromJson(readAll(target.filePath(QStringLiteral("manifest.json"))))
                .object()
                .value(QLatin1String("messages"))
                .toArray();
        QCOMPARE(listed.size(), 2);
        QCOMPARE(listed.at(0).toObject().value(QLatin1String("sid")).toString(),
                 messages.at(2)); // newest first

        // A media the message lists but Twilio deleted: the export ends, and says so.
        PagedListJob *list =
            ConversationsApi(&m_client).listMessagesNewestFirst(exportService(), exportConversation());
        QSignalSpy done(list, &Job::finished);
        list->start();
        QVERIFY(done.wait(10000));
        const QString gone = list->items()
                                 .first()
                                 .value(QLatin1String("media"))
                                 .toArray()
                                 .first()
                                 .toObject()
                                 .value(QLatin1String("sid"))
                                 .toString();
        delete list;
        QVERIFY(m_emulator.deleteMedia(gone));
        QTemporaryDir other;
        const QString again = q->addExport(
            exportConversation(), QStringLiteral("C3"), other.path(), messages.mid(0, 1), 1,
            TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), exportService()});
        QVERIFY(waitIdle(*q));
        QCOMPARE(itemOf(*q, again).state, TransferItem::State::Done);
        QCOMPARE(itemOf(*q, again).exported()->missing, 1);
        QVERIFY2(itemOf(*q, again).message.contains(QLatin1String("Twilio deleted 1 media")),
                 qPrintable(itemOf(*q, again).message));
        QCOMPARE(filesIn(other.path()), QStringList{QStringLiteral("manifest.json")});

        // A folder that cannot be made: refused before any request, with the reason.
        const QString underAFile = target.filePath(QStringLiteral("manifest.json/inside"));
        const QString refused = q->addExport(
            exportConversation(), QStringLiteral("C3"), underAFile, {}, 0,
            TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), exportService()});
        QVERIFY(waitIdle(*q));
        QCOMPARE(itemOf(*q, refused).state, TransferItem::State::Refused);
        QVERIFY(!itemOf(*q, refused).message.isEmpty());
    }

    static QByteArray readAll(const QString &path)
    {
        QFile f(path);
        return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
    }

    void downloadOverAnExistingFileIsRefusedUnlessAgreed()
    {
        const QByteArray content = pseudoRandom(10 * 1024, 6);
        const QString sid = uploaded(content);
        QTemporaryDir target;
        const QString path = target.filePath(QStringLiteral("keep.bin"));
        QFile existing(path);
        QVERIFY(existing.open(QIODevice::WriteOnly));
        existing.write("precious");
        existing.close();
        auto q = queue();
        const QString refused =
            q->addDownload(sid, path, content.size(), false,
                           TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        QVERIFY(waitIdle(*q));
        const TransferItem &item = q->items().at(q->indexOf(refused));
        QCOMPARE(item.state, TransferItem::State::Refused);
        QVERIFY2(item.message.contains(QLatin1String("already exists")), qPrintable(item.message));
        QVERIFY(existing.open(QIODevice::ReadOnly));
        QCOMPARE(existing.readAll(), QByteArray("precious"));
        existing.close();
        const QString agreed =
            q->addDownload(sid, path, content.size(), true,
                           TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        QVERIFY(waitIdle(*q));
        QCOMPARE(q->items().at(q->indexOf(agreed)).state, TransferItem::State::Done);
        QCOMPARE(fileSha256Hex(path), sha256Hex(content));
    }
};

QTEST_GUILESS_MAIN(TestTransferQueue)
#include "tst_transferqueue.moc"
