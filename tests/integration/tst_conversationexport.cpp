// Exporting a conversation's media against the emulator: every media with a manifest, names made
// safe and unique, a resumed run that skips what is complete, media Twilio no longer has, MediaSet
// failing in part or as a whole, refused links, 429s, folders that cannot be used, and cancelling.
#include "emulatorclient.h"
#include "net/conversationsapi.h"
#include "net/mediasetjob.h"
#include "transfer/conversationexportjob.h"
#include "transfer/uploadjob.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

class TestConversationExport : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator{{QStringLiteral("--conversations"), QStringLiteral("20")}};
    ApiClient m_client;
    QTemporaryDir m_dir;
    QString m_service;
    int m_nextConversation = 0;

    struct Posted
    {
        QString messageSid;
        QString mediaSid;
        QByteArray content;
    };

    // A conversation no other test wrote into.
    QString freshConversation() { return EmulatorProcess::conversationSid(1, ++m_nextConversation); }

    static bool run(Job *job, int timeoutMs = 60000)
    {
        QSignalSpy finished(job, &Job::finished);
        job->start();
        return job->isFinished() || finished.wait(timeoutMs);
    }

    // Uploads content under name, then posts it as a message of author (with body, if any).
    Posted post(const QString &conversation, const QString &author, const QString &name,
                const QByteArray &content, const QString &body = {})
    {
        Posted posted;
        posted.content = content;
        QString mediaSid;
        if (!name.isEmpty()) {
            const QString path =
                m_dir.filePath(QStringLiteral("upload-%1").arg(QRandomGenerator::global()->generate()));
            QFile file(path);
            if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
                qFatal("cannot write %s", qPrintable(path));
            file.close();
            UploadRequest request;
            request.serviceSid = m_service;
            request.filePath = path;
            request.filename = name;
            UploadJob upload(&m_client, request);
            if (!run(&upload) || !upload.succeeded())
                qFatal("upload failed: %s", qPrintable(upload.error().userMessage()));
            posted.mediaSid = upload.media().sid;
        }
        std::unique_ptr<PostFormJob> message(
            ConversationsApi(&m_client).sendMessage(m_service, conversation, author, body, posted.mediaSid));
        if (!run(message.get()) || !message->succeeded())
            qFatal("message failed: %s", qPrintable(message->error().userMessage()));
        posted.messageSid = message->object().value(QLatin1String("sid")).toString();
        return posted;
    }

    std::unique_ptr<ConversationExportJob> exporter(const QString &conversation, const QString &folder,
                                                    const QDateTime &since = {})
    {
        ExportRequest request;
        request.serviceSid = m_service;
        request.conversationSid = conversation;
        request.folder = folder;
        request.since = since;
        request.parallel = 3;
        return std::make_unique<ConversationExportJob>(&m_client, request);
    }

    static QJsonObject manifestOf(const QString &folder)
    {
        QFile file(QDir(folder).filePath(QStringLiteral("manifest.json")));
        if (!file.open(QIODevice::ReadOnly))
            return {};
        return QJsonDocument::fromJson(file.readAll()).object();
    }

    // The manifest's entry of one media.
    static QJsonObject mediaEntry(const QJsonObject &manifest, const QString &mediaSid)
    {
        for (const QJsonValue &message : manifest.value(QLatin1String("messages")).toArray()) {
            for (const QJsonValue &media : message.toObject().value(QLatin1String("media")).toArray()) {
                if (media.toObject().value(QLatin1String("sid")).toString() == mediaSid)
                    return media.toObject();
            }
        }
        return {};
    }

    static QByteArray contentOf(const QString &path)
    {
        QFile file(path);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }

    // Files in the folder besides the manifest: nothing half-written may be among them.
    static QStringList filesIn(const QString &folder)
    {
        QStringList names = QDir(folder).entryList(QDir::Files | QDir::Hidden);
        names.removeAll(QStringLiteral("manifest.json"));
        return names;
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_service = EmulatorProcess::serviceSids().value(0);
        connectToEmulator(m_client, m_emulator);
    }

    void init()
    {
        QVERIFY(m_emulator.clearFaults());
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
    }

    void exportsEveryMediaWithAManifest()
    {
        const QString conversation = freshConversation();
        const Posted first = post(conversation, QStringLiteral("alice"), QStringLiteral("photo.png"),
                                  pseudoRandom(40000, 1), QStringLiteral("the photo from yesterday"));
        post(conversation, QStringLiteral("bob"), {}, {}, QStringLiteral("thanks, no attachment here"));
        const Posted second =
            post(conversation, QStringLiteral("bob"), QStringLiteral("写真 1.jpg"), pseudoRandom(70000, 2));
        const QString folder = m_dir.filePath(QStringLiteral("export-all"));

        auto job = exporter(conversation, folder);
        QSignalSpy saved(job.get(), &ConversationExportJob::mediaSaved);
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(job->messagesWithMedia(), 2);
        QCOMPARE(job->saved(), 2);
        QCOMPARE(saved.size(), 2);
        QCOMPARE(job->bulkRequests(), 1); // the links of both came in one MediaSet request

        const QJsonObject manifest = manifestOf(folder);
        QCOMPARE(manifest.value(QLatin1String("conversation_sid")).toString(), conversation);
        const QJsonArray messages = manifest.value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 2); // the message without media is not an export's business
        QCOMPARE(messages.at(0).toObject().value(QLatin1String("sid")).toString(),
                 second.messageSid); // newest first
        QCOMPARE(messages.at(1).toObject().value(QLatin1String("body")).toString(),
                 QStringLiteral("the photo from yesterday"));
        for (const Posted &p : {first, second}) {
            const QJsonObject entry = mediaEntry(manifest, p.mediaSid);
            QCOMPARE(entry.value(QLatin1String("status")).toString(), QStringLiteral("done"));
            const QString file = entry.value(QLatin1String("file")).toString();
            QCOMPARE(contentOf(QDir(folder).filePath(file)), p.content);
        }
        const QString secondFile =
            mediaEntry(manifest, second.mediaSid).value(QLatin1String("file")).toString();
        QVERIFY2(secondFile.endsWith(QStringLiteral(" bob — 写真 1.jpg")), qPrintable(secondFile));
        QVERIFY2(QRegularExpression(QStringLiteral("^\\d{4}-\\d\\d-\\d\\d \\d\\d-\\d\\d bob"))
                     .match(secondFile)
                     .hasMatch(),
                 qPrintable(secondFile));
        QCOMPARE(filesIn(folder).size(), 2);
    }

    void aSecondRunSkipsWhatIsCompleteAndRefetchesWhatIsNot()
    {
        const QString conversation = freshConversation();
        QList<Posted> posted;
        for (int i = 0; i < 4; ++i)
            posted.append(post(conversation, QStringLiteral("carol"), QStringLiteral("scan %1.pdf").arg(i),
                               pseudoRandom(20000 + i, 10 + i)));
        const QString folder = m_dir.filePath(QStringLiteral("export-resume"));
        auto first = exporter(conversation, folder);
        QVERIFY(run(first.get()) && first->succeeded());
        QCOMPARE(first->saved(), 4);

        // One file lost, one cut short by something else: both come back under their own names.
        const QJsonObject manifest = manifestOf(folder);
        const QString lost = QDir(folder).filePath(
            mediaEntry(manifest, posted.at(0).mediaSid).value(QLatin1String("file")).toString());
        const QString cut = QDir(folder).filePath(
            mediaEntry(manifest, posted.at(1).mediaSid).value(QLatin1String("file")).toString());
        QVERIFY(QFile::remove(lost));
        QVERIFY(QFile::resize(cut, 100));

        auto second = exporter(conversation, folder);
        QSignalSpy saved(second.get(), &ConversationExportJob::mediaSaved);
        QVERIFY(run(second.get()) && second->succeeded());
        QCOMPARE(second->skipped(), 2);
        QCOMPARE(second->saved(), 2);
        QCOMPARE(contentOf(lost), posted.at(0).content);
        QCOMPARE(contentOf(cut), posted.at(1).content);
        QCOMPARE(filesIn(folder).size(), 4);
    }

    void collidingAndUnsafeNamesBecomeSafeAndUnique()
    {
        const QString conversation = freshConversation();
        const Posted a = post(conversation, QStringLiteral("dan"), QStringLiteral("photo.jpg"), "first");
        const Posted b = post(conversation, QStringLiteral("dan"), QStringLiteral("photo.jpg"), "second");
        const Posted c =
            post(conversation, QStringLiteral("dan/../x"), QStringLiteral("../../etc/passwd"), "third");
        const QString folder = m_dir.filePath(QStringLiteral("export-names"));
        auto job = exporter(conversation, folder);
        QVERIFY(run(job.get()) && job->succeeded());
        const QJsonObject manifest = manifestOf(folder);
        QStringList names;
        for (const Posted &p : {a, b, c}) {
            const QString name = mediaEntry(manifest, p.mediaSid).value(QLatin1String("file")).toString();
            QVERIFY2(!name.contains(u'/') && !name.startsWith(u'.'), qPrintable(name));
            QCOMPARE(contentOf(QDir(folder).filePath(name)), p.content);
            names.append(name);
        }
        QCOMPARE(QSet<QString>(names.begin(), names.end()).size(), 3);
        // One of the two photos is numbered (which one depends on the minute each was sent in).
        QVERIFY2(names.at(0).endsWith(QLatin1String("photo (2).jpg")) ||
                     names.at(1).endsWith(QLatin1String("photo (2).jpg")) ||
                     names.at(0).left(16) != names.at(1).left(16),
                 qPrintable(names.join(u'|')));
        QCOMPARE(filesIn(folder).size(), 3);
    }

    void mediaTwilioNoLongerHasIsReportedAndTheRestSaved()
    {
        const QString conversation = freshConversation();
        const Posted kept = post(conversation, QStringLiteral("erin"), QStringLiteral("kept.txt"), "kept");
        const Posted gone = post(conversation, QStringLiteral("erin"), QStringLiteral("gone.txt"), "gone");
        QVERIFY(m_emulator.deleteMedia(gone.mediaSid));
        const QString folder = m_dir.filePath(QStringLiteral("export-gone"));
        auto job = exporter(conversation, folder);
        QSignalSpy failed(job.get(), &ConversationExportJob::mediaFailed);
        QVERIFY(run(job.get()));
        QVERIFY(job->succeeded()); // every message was read; what became of each media is reported
        QCOMPARE(job->saved(), 1);
        QCOMPARE(job->missing(), 1);
        QCOMPARE(failed.size(), 1);
        QCOMPARE(failed.first().at(0).toString(), gone.mediaSid);
        QVERIFY2(failed.first().at(2).toString().contains(QLatin1String("no longer has")),
                 qPrintable(failed.first().at(2).toString()));
        const QJsonObject manifest = manifestOf(folder);
        QCOMPARE(mediaEntry(manifest, gone.mediaSid).value(QLatin1String("status")).toString(),
                 QStringLiteral("missing"));
        QCOMPARE(mediaEntry(manifest, kept.mediaSid).value(QLatin1String("status")).toString(),
                 QStringLiteral("done"));
        QCOMPARE(filesIn(folder).size(), 1);
    }

    void whenMediaSetFailsEachMediaIsFetchedOnItsOwn_data()
    {
        QTest::addColumn<QJsonObject>("fault");
        QTest::newRow("500 every time")
            << QJsonObject{{QStringLiteral("status"), 500}, {QStringLiteral("count"), -1}};
        QTest::newRow("HTML 404, as a host without MediaSet") << QJsonObject{
            {QStringLiteral("status"), 404}, {QStringLiteral("html"), true}, {QStringLiteral("count"), -1}};
        QTest::newRow("reply cut short")
            << QJsonObject{{QStringLiteral("cut_reply"), true}, {QStringLiteral("count"), -1}};
    }

    void whenMediaSetFailsEachMediaIsFetchedOnItsOwn()
    {
        QFETCH(QJsonObject, fault);
        const QString conversation = freshConversation();
        const Posted a =
            post(conversation, QStringLiteral("finn"), QStringLiteral("a.bin"), pseudoRandom(3000, 3));
        const Posted b =
            post(conversation, QStringLiteral("finn"), QStringLiteral("b.bin"), pseudoRandom(5000, 4));
        fault.insert(QStringLiteral("method"), QStringLiteral("POST"));
        fault.insert(QStringLiteral("path_prefix"),
                     QStringLiteral("/v1/Services/%1/MediaSet").arg(m_service));
        QVERIFY(m_emulator.addFault(fault));
        const QString folder = m_dir.filePath(QStringLiteral("export-nomediaset-%1")
                                                  .arg(QString::fromUtf8(QTest::currentDataTag()))
                                                  .replace(u' ', u'-'));
        auto job = exporter(conversation, folder);
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(job->saved(), 2);
        const QJsonObject manifest = manifestOf(folder);
        for (const Posted &p : {a, b})
            QCOMPARE(contentOf(QDir(folder).filePath(
                         mediaEntry(manifest, p.mediaSid).value(QLatin1String("file")).toString())),
                     p.content);
    }

    void aRefusedLinkIsReplacedOnce()
    {
        const QString conversation = freshConversation();
        const Posted p =
            post(conversation, QStringLiteral("gus"), QStringLiteral("late.txt"), "fetched late");
        // The first use of a temporary link is refused, as CloudFront refuses one that expired.
        QVERIFY(m_emulator.addFault(
            {{QStringLiteral("origin"), QStringLiteral("media")}, {QStringLiteral("status"), 403}}));
        const QString folder = m_dir.filePath(QStringLiteral("export-expired"));
        auto job = exporter(conversation, folder);
        QVERIFY(run(job.get()) && job->succeeded());
        QCOMPARE(job->saved(), 1);
        QCOMPARE(m_emulator.stats().value(QLatin1String("faults_pending")).toInt(), 0);
    }

    void a429StormIsWaitedOut()
    {
        const QString conversation = freshConversation();
        const Posted p =
            post(conversation, QStringLiteral("hal"), QStringLiteral("busy.txt"), "after the storm");
        QVERIFY(m_emulator.addFault({{QStringLiteral("status"), 429},
                                     {QStringLiteral("count"), 3},
                                     {QStringLiteral("retry_after"), QStringLiteral("0")}}));
        const QString folder = m_dir.filePath(QStringLiteral("export-429"));
        auto job = exporter(conversation, folder);
        QSignalSpy retrying(job.get(), &Job::retrying);
        QVERIFY(run(job.get()));
        QVERIFY2(job->succeeded(), qPrintable(job->error().userMessage()));
        QCOMPARE(job->saved(), 1);
        QVERIFY(retrying.size() >= 1);
    }

    void foldersThatCannotBeUsedFailBeforeAnything_data()
    {
        QTest::addColumn<QString>("kind");
        QTest::addColumn<QString>("expected");
        QTest::newRow("a file is in the way") << "file"
                                              << "is a file, not a folder";
        QTest::newRow("its parent is a file") << "under a file"
                                              << "cannot be created";
        QTest::newRow("another conversation's export") << "other"
                                                       << "holds the export of another conversation";
        QTest::newRow("a damaged manifest") << "damaged"
                                            << "is damaged";
    }

    void foldersThatCannotBeUsedFailBeforeAnything()
    {
        QFETCH(QString, kind);
        QFETCH(QString, expected);
        QTemporaryDir base;
        QString folder = base.filePath(QStringLiteral("target"));
        auto write = [](const QString &path, const QByteArray &data) {
            QFile file(path);
            QVERIFY(file.open(QIODevice::WriteOnly));
            file.write(data);
        };
        if (kind == QLatin1String("file")) {
            write(folder, "not a folder");
        } else if (kind == QLatin1String("under a file")) {
            write(folder, "not a folder");
            folder += QStringLiteral("/inside");
        } else {
            QVERIFY(QDir().mkpath(folder));
            write(
                QDir(folder).filePath(QStringLiteral("manifest.json")),
                kind == QLatin1String("other")
                    ? R"({"version": 1, "conversation_sid": "CH00000000000000000000000000000000", "messages": []})"
                    : "{\"version\": 1, \"messa");
        }
        const QJsonObject before = m_emulator.stats();
        auto job = exporter(freshConversation(), folder);
        QVERIFY(run(job.get()));
        QVERIFY(!job->succeeded());
        QCOMPARE(job->error().kind(), TwilioError::Kind::File);
        QVERIFY2(job->error().userMessage().contains(expected), qPrintable(job->error().userMessage()));
        QCOMPARE(m_emulator.stats().value(QLatin1String("requests")).toInt(),
                 before.value(QLatin1String("requests"))
                     .toInt()); // not one request was sent; // only the stats call itself
    }

    void sinceLeavesOutOlderMessages_data()
    {
        QTest::addColumn<int>("sinceOffsetSeconds");
        QTest::addColumn<int>("expected");
        QTest::newRow("since an hour ago: all") << -3600 << 2;
        QTest::newRow("since an hour from now: none") << 3600 << 0;
    }

    void sinceLeavesOutOlderMessages()
    {
        QFETCH(int, sinceOffsetSeconds);
        QFETCH(int, expected);
        const QString conversation = freshConversation();
        post(conversation, QStringLiteral("ivy"), QStringLiteral("one.txt"), "one");
        post(conversation, QStringLiteral("ivy"), QStringLiteral("two.txt"), "two");
        const QString folder = m_dir.filePath(QStringLiteral("export-since-%1").arg(sinceOffsetSeconds));
        auto job =
            exporter(conversation, folder, QDateTime::currentDateTimeUtc().addSecs(sinceOffsetSeconds));
        QVERIFY(run(job.get()) && job->succeeded());
        QCOMPARE(job->messagesWithMedia(), expected);
        QCOMPARE(job->saved(), expected);
        QCOMPARE(filesIn(folder).size(), expected);
    }

    void cancellingKeepsWhatIsCompleteAndNothingHalfWritten()
    {
        const QString conversation = freshConversation();
        for (int i = 0; i < 6; ++i)
            post(conversation, QStringLiteral("jo"), QStringLiteral("big %1.bin").arg(i),
                 pseudoRandom(400000, 20 + i));
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 1048576}}));
        const QString folder = m_dir.filePath(QStringLiteral("export-cancel"));
        auto job = exporter(conversation, folder);
        QSignalSpy saved(job.get(), &ConversationExportJob::mediaSaved);
        QSignalSpy finished(job.get(), &Job::finished);
        job->start();
        QVERIFY(saved.wait(20000));
        job->abort();
        QCOMPARE(finished.size(), 1);
        QCOMPARE(job->error().kind(), TwilioError::Kind::Cancelled);
        QVERIFY(job->saved() < 6);
        // Aborted downloads remove their temporary files as they go: no half file, under any name.
        QTRY_COMPARE(filesIn(folder).size(), job->saved());

        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        auto resumed = exporter(conversation, folder);
        QVERIFY(run(resumed.get()) && resumed->succeeded());
        QCOMPARE(resumed->skipped(), job->saved());
        QCOMPARE(resumed->saved() + resumed->skipped(), 6);
        QCOMPARE(filesIn(folder).size(), 6);
    }

    void mediaSetReportsEachMediaItAsksFor()
    {
        // The bulk call on its own: more SIDs than one request takes, one unknown.
        const QString conversation = freshConversation();
        QStringList sids;
        for (int i = 0; i < MediaSetJob::MaxPerRequest + 3; ++i)
            sids.append(post(conversation, QStringLiteral("kim"), QStringLiteral("n%1.txt").arg(i),
                             QByteArray::number(i))
                            .mediaSid);
        const QString unknown = QStringLiteral("ME0123456789abcdef0123456789abcdef");
        MediaSetJob job(&m_client, m_service, sids + QStringList{unknown, sids.first()});
        QVERIFY(run(&job) && job.succeeded());
        QCOMPARE(job.media().size(), sids.size());
        QCOMPARE(job.failures().value(unknown, -1), 404);
        QCOMPARE(job.failures().size(), 1);
        const Media &m = job.media().value(sids.last());
        QVERIFY(!m.temporaryUrl.isEmpty());
        QCOMPARE(m.filename.value_or(QString()), QStringLiteral("n%1.txt").arg(sids.size() - 1));
    }
};

QTEST_MAIN(TestConversationExport)
#include "tst_conversationexport.moc"
