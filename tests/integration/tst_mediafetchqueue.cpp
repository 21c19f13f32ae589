// The link pipeline shared by the conversation export and the thumbnails, against the emulator:
// links in bulk, at most `parallel` fetches, every media ending exactly once, newest first with a
// bound for what the view has scrolled past, and nothing reported once cleared.
#include "emulatorclient.h"
#include "net/apiclient.h"
#include "transfer/mediafetchqueue.h"
#include "transfer/previewjob.h"
#include "transfer/uploadjob.h"

#include <QHash>
#include <QPointer>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

class TestMediaFetchQueue : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    ApiClient m_client;
    QTemporaryDir m_dir;
    QString m_service;
    QList<Media> m_uploaded; // as listed: no link
    QHash<QString, QByteArray> m_contents;

    // Every report of a queue, in order, and the bytes of what was fetched.
    struct Reports
    {
        QStringList order; // "fetched ME…", "gone ME…", …
        QHash<QString, QByteArray> bytes;
        int ended() const { return int(order.size()); }
    };

    static MediaFetchQueue::FetchFactory previews(ApiClient *client)
    {
        return [client](const Media &media, QObject *parent) {
            return new PreviewJob(client, media, 1 << 20, parent);
        };
    }

    static void listen(MediaFetchQueue &queue, Reports &reports)
    {
        QObject::connect(&queue, &MediaFetchQueue::fetched, &queue, [&reports](const QString &sid, Job *job) {
            reports.order.append(QStringLiteral("fetched ") + sid);
            reports.bytes.insert(sid, static_cast<PreviewJob *>(job)->data());
        });
        QObject::connect(&queue, &MediaFetchQueue::gone, &queue, [&reports](const QString &sid) {
            reports.order.append(QStringLiteral("gone ") + sid);
        });
        QObject::connect(&queue, &MediaFetchQueue::failed, &queue,
                         [&reports](const QString &sid, const TwilioError &) {
                             reports.order.append(QStringLiteral("failed ") + sid);
                         });
        QObject::connect(&queue, &MediaFetchQueue::dropped, &queue, [&reports](const QString &sid) {
            reports.order.append(QStringLiteral("dropped ") + sid);
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_service = EmulatorProcess::serviceSids().value(0);
        connectToEmulator(m_client, m_emulator);
        for (int i = 0; i < 7; ++i) {
            const QByteArray content = pseudoRandom(1000 + i * 777, 40 + i);
            UploadRequest request;
            request.serviceSid = m_service;
            request.filePath = writeTestFile(m_dir.path(), QStringLiteral("m%1.bin").arg(i), content);
            UploadJob upload(&m_client, request);
            QSignalSpy finished(&upload, &Job::finished);
            upload.start();
            QVERIFY(upload.isFinished() || finished.wait(30000));
            QVERIFY2(upload.succeeded(), qPrintable(upload.error().userMessage()));
            const Media &media = upload.media();
            m_uploaded.append(Media::known(media.sid, m_service, QStringLiteral("m%1.bin").arg(i),
                                           media.contentType, content.size()));
            m_contents.insert(media.sid, content);
        }
    }

    void everyMediaEndsOnceWithItsBytes()
    {
        MediaFetchQueue::Options options;
        options.parallel = 2;
        MediaFetchQueue queue(previews(&m_client), options);
        queue.setSource(&m_client, m_service);
        Reports reports;
        listen(queue, reports);
        const QString unknown = QStringLiteral("ME0123456789abcdef0123456789abcdef");
        for (const Media &media : std::as_const(m_uploaded))
            queue.add(media);
        queue.add(
            Media::known(unknown, m_service, QStringLiteral("gone.bin"), QStringLiteral("image/png"), 10));
        QVERIFY(!queue.isIdle());
        QTRY_COMPARE_WITH_TIMEOUT(reports.ended(), int(m_uploaded.size()) + 1, 30000);
        QVERIFY(queue.isIdle());
        QVERIFY(reports.order.contains(QStringLiteral("gone ") + unknown)); // MediaSet's 404
        for (const Media &media : std::as_const(m_uploaded)) {
            QVERIFY(reports.order.contains(QStringLiteral("fetched ") + media.sid));
            QCOMPARE(reports.bytes.value(media.sid), m_contents.value(media.sid));
        }
        QCOMPARE(queue.linkRequests(), 1); // added in one turn: one MediaSet request for all eight
        QVERIFY(queue.mostFetchesAtOnce() <= 2);
        QCOMPARE(queue.fetchesRunning(), 0);
    }

    void idleOnlyOnceEveryReportIsOut()
    {
        // The export finishes when the queue is idle: it must not look idle while a media it ended
        // is still to be told (here, two that MediaSet says are gone, the last batch of all).
        MediaFetchQueue queue(previews(&m_client), {});
        queue.setSource(&m_client, m_service);
        QList<bool> idleWhenTold;
        connect(&queue, &MediaFetchQueue::gone, &queue,
                [&](const QString &) { idleWhenTold.append(queue.isIdle()); });
        queue.add(Media::known(QStringLiteral("ME0123456789abcdef0123456789abcde1"), m_service, {}, {}, 1));
        queue.add(Media::known(QStringLiteral("ME0123456789abcdef0123456789abcde2"), m_service, {}, {}, 1));
        QTRY_COMPARE_WITH_TIMEOUT(idleWhenTold.size(), 2, 30000);
        QCOMPARE(idleWhenTold, QList<bool>({false, true}));
    }

    void newestFirstDropsWhatWaitedTooLong()
    {
        MediaFetchQueue::Options options;
        options.parallel = 1;
        options.order = MediaFetchQueue::Order::NewestFirst;
        options.maxWaiting = 3;
        MediaFetchQueue queue(previews(&m_client), options);
        queue.setSource(&m_client, m_service);
        Reports reports;
        listen(queue, reports);
        for (int i = 0; i < 6; ++i)
            queue.add(m_uploaded.at(i));
        // The three added first waited past the bound, oldest first out.
        QCOMPARE(reports.order, QStringList({QStringLiteral("dropped ") + m_uploaded.at(0).sid,
                                             QStringLiteral("dropped ") + m_uploaded.at(1).sid,
                                             QStringLiteral("dropped ") + m_uploaded.at(2).sid}));
        QTRY_COMPARE_WITH_TIMEOUT(reports.ended(), 6, 30000);
        QCOMPARE(reports.order.mid(3), QStringList({QStringLiteral("fetched ") + m_uploaded.at(5).sid,
                                                    QStringLiteral("fetched ") + m_uploaded.at(4).sid,
                                                    QStringLiteral("fetched ") + m_uploaded.at(3).sid}));
    }

    void clearedWorkIsNeverReported()
    {
        MediaFetchQueue::Options options;
        options.parallel = 3;
        QList<QPointer<Job>> made;
        MediaFetchQueue queue(
            [this, &made](const Media &media, QObject *parent) {
                made.append(new PreviewJob(&m_client, media, 1 << 20, parent));
                return made.last().data();
            },
            options);
        queue.setSource(&m_client, m_service);
        Reports reports;
        listen(queue, reports);
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 512}})); // content takes seconds
        for (int i = 2; i < 7; ++i)
            queue.add(m_uploaded.at(i));
        QTRY_VERIFY_WITH_TIMEOUT(queue.fetchesRunning() == 3, 30000); // links came, fetches are under way
        QCOMPARE(reports.order, QStringList());
        queue.clear();
        QVERIFY(queue.isIdle());
        QCOMPARE(queue.fetchesRunning(), 0);
        // The running fetches were stopped, not left to end (and report) later.
        QCOMPARE(made.size(), 3);
        for (const QPointer<Job> &job : std::as_const(made)) {
            QVERIFY(job && job->isFinished());
            QCOMPARE(job->error().kind(), TwilioError::Kind::Cancelled);
        }
        QVERIFY(m_emulator.configure({{QStringLiteral("throttle"), 0}}));
        queue.add(m_uploaded.at(0));
        QTRY_COMPARE_WITH_TIMEOUT(reports.ended(), 1, 30000);
        QCOMPARE(reports.order, QStringList{QStringLiteral("fetched ") + m_uploaded.at(0).sid});
        QTRY_VERIFY(
            std::all_of(made.begin(), made.end(), [](const QPointer<Job> &job) { return !job; })); // deleted
    }

    void withoutASourceNothingStarts()
    {
        MediaFetchQueue queue(previews(&m_client), {});
        queue.add(m_uploaded.at(0));
        QCoreApplication::processEvents(); // the turn in which work would start
        QCOMPARE(queue.linkRequests(), 0);
        QVERIFY(!queue.isIdle()); // it waits for a source
    }
};

QTEST_GUILESS_MAIN(TestMediaFetchQueue)
#include "tst_mediafetchqueue.moc"
