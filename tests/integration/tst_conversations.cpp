// The Conversations side against the emulator: services across pages, the account's default
// service, a conversation's service, conversations, and sending media into a conversation.
#include "emulatorclient.h"
#include "net/apiclient.h"
#include "net/conversationsapi.h"
#include "net/mcs.h"
#include "transfer/uploadjob.h"
#include "twilio/conversation.h"

#include <QFile>
#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

class TestConversations : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator{{QStringLiteral("--services"), QStringLiteral("120"),
                                QStringLiteral("--conversations"), QStringLiteral("75")}};
    ApiClient m_client;

    static bool run(Job *job, int timeoutMs = 30000)
    {
        QSignalSpy finished(job, &Job::finished);
        job->start();
        return job->isFinished() || finished.wait(timeoutMs);
    }

private slots:
    void initTestCase()
    {
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        connectToEmulator(m_client, m_emulator, false);
    }

    void servicesAcrossPages()
    {
        ListServicesJob job(&m_client);
        QSignalSpy pages(&job, &PagedListJob::pageLoaded);
        QVERIFY(run(&job));
        QVERIFY2(job.succeeded(), qPrintable(job.error().userMessage()));
        const QList<ChatService> services = job.services();
        QCOMPARE(services.size(), 120);
        QCOMPARE(pages.count(), 3); // 50 + 50 + 20
        QCOMPARE(pages.last().at(0).toInt(), 120);
        QSet<QString> sids;
        for (const ChatService &s : services)
            sids.insert(s.sid);
        QCOMPARE(sids.size(), 120); // no page read twice
        QCOMPARE(services.at(1).friendlyName, QStringLiteral("サンドボックス 2"));
        QCOMPARE(services.at(0).sid, EmulatorProcess::serviceSids().value(0));
        QCOMPARE(services.at(0).displayName(), QStringLiteral("Sandbox Service 1 — ") + services.at(0).sid);
    }

    void servicesPageFailureIsReported()
    {
        QVERIFY(m_emulator.addFault({{QStringLiteral("method"), QStringLiteral("GET")},
                                     {QStringLiteral("path_prefix"), QStringLiteral("/v1/Services")},
                                     {QStringLiteral("status"), 401},
                                     {QStringLiteral("count"), 1}}));
        ListServicesJob job(&m_client);
        QVERIFY(run(&job));
        QCOMPARE(job.error().httpStatus(), 401);
        QVERIFY(m_emulator.clearFaults());
    }

    void defaultServiceAndConversationService()
    {
        const ConversationsApi conversations(&m_client);
        // The emulator's account configuration, as the Conversations API gives it.
        std::unique_ptr<FetchJsonJob> config(new FetchJsonJob(
            &m_client, m_client.endpoints().conversationsUrl(QStringLiteral("/v1/Configuration"))));
        QVERIFY(run(config.get()));
        QVERIFY2(config->succeeded(), qPrintable(config->error().userMessage()));
        QCOMPARE(config->stringField(QStringLiteral("default_chat_service_sid")),
                 EmulatorProcess::serviceSids().value(0));

        std::unique_ptr<PagedListJob> list(
            conversations.listConversations(EmulatorProcess::serviceSids().value(1)));
        QVERIFY(run(list.get()));
        QVERIFY2(list->succeeded(), qPrintable(list->error().userMessage()));
        QCOMPARE(list->items().size(), 75);
        const QString ch = list->items().first().value(QLatin1String("sid")).toString();

        std::unique_ptr<FetchJsonJob> conversation(conversations.fetchConversation(ch));
        QVERIFY(run(conversation.get()));
        QVERIFY2(conversation->succeeded(), qPrintable(conversation->error().userMessage()));
        QCOMPARE(conversation->stringField(QStringLiteral("chat_service_sid")),
                 EmulatorProcess::serviceSids().value(1));

        std::unique_ptr<FetchJsonJob> missing(
            conversations.fetchConversation(QStringLiteral("CH00000000000000000000000000000000")));
        QVERIFY(run(missing.get()));
        QCOMPARE(missing->error().httpStatus(), 404);
    }

    void sendingMediaAttachesIt()
    {
        const QString service = EmulatorProcess::serviceSids().value(0);
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("note.txt"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("hello conversation");
        f.close();
        UploadRequest request;
        request.serviceSid = service;
        request.filePath = path;
        UploadJob upload(&m_client, request);
        QVERIFY(run(&upload));
        QVERIFY2(upload.succeeded(), qPrintable(upload.error().userMessage()));

        const ConversationsApi conversations(&m_client);
        std::unique_ptr<PagedListJob> list(conversations.listConversations(service));
        QVERIFY(run(list.get()));
        const QString ch = list->items().first().value(QLatin1String("sid")).toString();

        std::unique_ptr<PostFormJob> send(conversations.sendMessage(
            service, ch, QStringLiteral("ユーザー"), QStringLiteral("see attached"), upload.media().sid));
        QVERIFY(run(send.get()));
        QVERIFY2(send->succeeded(), qPrintable(send->error().userMessage()));
        const QJsonObject message = send->object();
        QVERIFY(message.value(QLatin1String("sid")).toString().startsWith(QLatin1String("IM")));
        QCOMPARE(message.value(QLatin1String("author")).toString(), QStringLiteral("ユーザー"));
        QCOMPARE(message.value(QLatin1String("media"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("sid"))
                     .toString(),
                 upload.media().sid);

        FetchMediaJob fetch(&m_client, service, upload.media().sid);
        QVERIFY(run(&fetch));
        QCOMPARE(fetch.media().messageSid.value_or(QString()),
                 message.value(QLatin1String("sid")).toString());
        QCOMPARE(fetch.media().channelSid.value_or(QString()), ch);

        // Sending the same media twice is refused by the service and reported, not retried.
        std::unique_ptr<PostFormJob> again(
            conversations.sendMessage(service, ch, {}, {}, upload.media().sid));
        QVERIFY(run(again.get()));
        QCOMPARE(again->error().httpStatus(), 400);
    }

    QString uploaded(const QString &service, const QByteArray &content)
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("part.bin"));
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            return {};
        f.close();
        UploadRequest request;
        request.serviceSid = service;
        request.filePath = path;
        UploadJob upload(&m_client, request);
        return run(&upload) && upload.succeeded() ? upload.media().sid : QString();
    }

    void conversationsAcrossPages()
    {
        const QString service = EmulatorProcess::serviceSids().value(0);
        std::unique_ptr<PagedListJob> list(ConversationsApi(&m_client).listConversations(service));
        QSignalSpy pages(list.get(), &PagedListJob::pageLoaded);
        QVERIFY(run(list.get()));
        QVERIFY2(list->succeeded(), qPrintable(list->error().userMessage()));
        QCOMPARE(list->items().size(), 75);
        QCOMPARE(pages.count(), 2); // 50 + 25
        QSet<QString> sids;
        for (const QJsonObject &o : list->items()) {
            const auto c = Conversation::fromJson(o);
            QVERIFY(c);
            sids.insert(c->sid);
        }
        QCOMPARE(sids.size(), 75);
        const auto first = Conversation::fromJson(list->items().first());
        QCOMPARE(first->uniqueName, QStringLiteral("sandbox-1-1"));
        QCOMPARE(first->displayName(), QStringLiteral("Conversation 1 (sandbox-1-1) — ") + first->sid);
    }

    void attachErrorsAreExplained_data()
    {
        QTest::addColumn<QString>("mediaCase");
        QTest::addColumn<int>("code");
        QTest::addColumn<QString>("says");
        QTest::newRow("attached twice") << "twice" << 50510 << "already carries it";
        QTest::newRow("another service's media") << "foreign" << 50507 << "another service";
        QTest::newRow("unknown media") << "unknown" << 50507 << "not found";
    }

    void attachErrorsAreExplained()
    {
        QFETCH(QString, mediaCase);
        QFETCH(int, code);
        QFETCH(QString, says);
        const QStringList services = EmulatorProcess::serviceSids();
        const ConversationsApi conversations(&m_client);
        std::unique_ptr<PagedListJob> list(conversations.listConversations(services.at(0)));
        QVERIFY(run(list.get()));
        const QString ch = list->items().at(1).value(QLatin1String("sid")).toString();
        QString media;
        if (mediaCase == QLatin1String("twice")) {
            media = uploaded(services.at(0), "twice");
            std::unique_ptr<PostFormJob> first(conversations.sendMessage(services.at(0), ch, {}, {}, media));
            QVERIFY(run(first.get()) && first->succeeded());
        } else if (mediaCase == QLatin1String("foreign")) {
            media = uploaded(services.at(1), "foreign");
        } else {
            media = QStringLiteral("ME0123456789abcdef0123456789abcdef");
        }
        QVERIFY(!media.isEmpty());
        std::unique_ptr<PostFormJob> send(conversations.sendMessage(services.at(0), ch, {}, {}, media));
        QVERIFY(run(send.get()));
        QCOMPARE(send->error().code(), code);
        QVERIFY2(send->error().userMessage().contains(says), qPrintable(send->error().userMessage()));
        QVERIFY2(send->error().userMessage().contains(QString::number(code)),
                 qPrintable(send->error().userMessage()));
    }

    void unattachedMediaIsGoneAfterTheDeadline()
    {
        const QString service = EmulatorProcess::serviceSids().value(0);
        const QString media = uploaded(service, "short-lived");
        QVERIFY(!media.isEmpty());
        QVERIFY(m_emulator.configure({{QStringLiteral("unattached_ttl"), 1}}));
        // The emulator collects it once its second has passed (its clock): asked until it has.
        const auto collected = [&] {
            FetchMediaJob fetch(&m_client, service, media);
            return run(&fetch) && fetch.error().code() == 20404;
        };
        QTRY_VERIFY_WITH_TIMEOUT(collected(), 10000);
        QVERIFY(m_emulator.configure({{QStringLiteral("unattached_ttl"), 0}}));
    }

    void cleanupTestCase()
    {
        QCOMPARE(m_emulator.stats().value(QLatin1String("credential_leaks")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestConversations)
#include "tst_conversations.moc"
