// What the Details tab does, driven without its widgets against the emulator: where a look-up goes
// and why one cannot start, an older look-up's answer dropped for a newer one, a "not found" that
// counts only in a service of this account, and the download it follows.
#include "emulatorclient.h"
#include "mediadetailspresenter.h"
#include "store/library.h"
#include "transfer/transferqueue.h"
#include "transfer/uploadjob.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

namespace {
const QString Missing = QStringLiteral("ME0123456789abcdef0123456789abcdef");
}

class TestDetailsPresenter : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    ApiClient m_client;
    QTemporaryDir m_dir;
    QString m_service;

    ChatService service(const QString &sid) const
    {
        ChatService s;
        s.sid = sid;
        s.friendlyName = QStringLiteral("Support");
        return s;
    }

    // Uploads content through the real job; the new Media SID.
    QString upload(const QString &name, const QByteArray &content)
    {
        const QString path = m_dir.filePath(name);
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        file.close();
        UploadRequest request;
        request.serviceSid = m_service;
        request.filePath = path;
        UploadJob job(&m_client, request);
        QSignalSpy finished(&job, &Job::finished);
        job.start();
        if (!job.isFinished() && !finished.wait(20000))
            qFatal("upload did not finish");
        if (!job.succeeded())
            qFatal("upload failed: %s", qPrintable(job.error().userMessage()));
        return job.media().sid;
    }

    void ready(MediaDetailsPresenter &presenter)
    {
        presenter.setClient(&m_client);
        presenter.setService(service(m_service));
        presenter.setServiceNames([this](const QString &sid) -> std::optional<QString> {
            return sid == m_service ? std::optional<QString>(QStringLiteral("Support")) : std::nullopt;
        });
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_service = EmulatorProcess::serviceSids().value(0);
        connectToEmulator(m_client, m_emulator);
    }

    void hintSaysWhereTheLookUpGoes_data()
    {
        QTest::addColumn<bool>("client");
        QTest::addColumn<bool>("service");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("canLookUp");
        QTest::addColumn<QString>("hint");
        const QString address = QStringLiteral("https://mcs.us1.twilio.com/v1/Services/%1/Media/%2")
                                    .arg(EmulatorProcess::serviceSids().value(1), Missing);
        QTest::newRow("empty") << true << true << QStringLiteral("  ") << false << QString();
        QTest::newRow("not a SID") << true << true << QStringLiteral("ME12") << false
                                   << QStringLiteral("ME12");
        QTest::newRow("no account") << false << true << Missing << false
                                    << QStringLiteral("Choose an account");
        QTest::newRow("no service") << true << false << Missing << false
                                    << QStringLiteral("Choose a Chat Service");
        QTest::newRow("SID: the selected service, by name")
            << true << true << Missing << true << QStringLiteral("Press Enter to look %1 up in “Support”");
        QTest::newRow("address: the service it names")
            << true << false << address << true
            << QStringLiteral("Found %1 in the pasted address. Press Enter to look it up in %2")
                   .arg(Missing, EmulatorProcess::serviceSids().value(1));
        QTest::newRow("JSON: the service it names")
            << true << true << QStringLiteral(R"({"sid": "%1", "service_sid": "%2"})").arg(Missing, m_service)
            << true << QStringLiteral("in the pasted JSON");
    }

    void hintSaysWhereTheLookUpGoes()
    {
        QFETCH(bool, client);
        QFETCH(bool, service);
        QFETCH(QString, text);
        QFETCH(bool, canLookUp);
        QFETCH(QString, hint);
        MediaDetailsPresenter presenter;
        ready(presenter);
        presenter.setClient(client ? &m_client : nullptr);
        presenter.setService(service ? this->service(m_service) : ChatService());
        presenter.setLookupText(text);
        const MediaDetailsPresenter::LookupHint result = presenter.lookupHint();
        QCOMPARE(result.canLookUp, canLookUp);
        if (hint.isEmpty())
            QVERIFY(result.text.isEmpty());
        else
            QVERIFY2(result.text.contains(hint.contains(u'%') ? hint.arg(Missing) : hint),
                     qPrintable(result.text));
    }

    void lookUpShowsTheMediaThenItsPreview()
    {
        const QString sid = upload(QStringLiteral("notes.txt"), "first line\nsecond line\n");
        MediaDetailsPresenter presenter;
        ready(presenter);
        QSignalSpy shown(&presenter, &MediaDetailsPresenter::mediaShown);
        QSignalSpy text(&presenter, &MediaDetailsPresenter::previewTextReady);
        QSignalSpy notes(&presenter, &MediaDetailsPresenter::previewNoteChanged);
        presenter.lookUp(sid);
        QVERIFY(presenter.isLookingUp());
        QVERIFY(!presenter.lookupHint().canLookUp); // one look-up at a time
        QVERIFY(shown.wait(15000));
        QCOMPARE(presenter.media().sid, sid);
        QVERIFY(shown.first().at(1).toString().contains(QStringLiteral("“Support”")));
        QVERIFY(QTest::qWaitFor([&] { return !presenter.isPreviewing(); }, 15000));
        QCOMPARE(text.size(), 1);
        QCOMPARE(text.first().first().toString(), QStringLiteral("first line\nsecond line\n"));
        QCOMPARE(notes.last().first().toString(), QStringLiteral("The whole text."));
        QVERIFY(presenter.lookupHint().canLookUp);
    }

    void aNewerLookUpDropsTheOlderAnswer()
    {
        const QString older = upload(QStringLiteral("older.txt"), "older");
        const QString newer = upload(QStringLiteral("newer.txt"), "newer");
        MediaDetailsPresenter presenter;
        ready(presenter);
        QSignalSpy shown(&presenter, &MediaDetailsPresenter::mediaShown);
        presenter.lookUp(older);
        presenter.lookUp(newer);
        QVERIFY(shown.wait(15000));
        QTest::qWait(300); // the older answer, had it not been dropped, would be here by now
        QCOMPARE(shown.size(), 1);
        QCOMPARE(shown.first().first().value<Media>().sid, newer);
        QCOMPARE(presenter.media().sid, newer);
    }

    void notFoundCountsOnlyInAServiceOfThisAccount_data()
    {
        QTest::addColumn<bool>("ownService");
        QTest::newRow("a service of this account") << true;
        QTest::newRow("a service it does not list") << false;
    }

    void notFoundCountsOnlyInAServiceOfThisAccount()
    {
        QFETCH(bool, ownService);
        QTemporaryDir state;
        Library library(state.filePath(QStringLiteral("library.sqlite")));
        QVERIFY(library.open());
        TransferQueue queue(state.filePath(QStringLiteral("queue.json")), &library);
        SendTarget target;
        target.conversationSid = QStringLiteral("CH0123456789abcdef0123456789abcdef");
        const QString id =
            queue.addSend(Missing, QStringLiteral("gone.png"), 10, target,
                          TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        MediaDetailsPresenter presenter;
        ready(presenter);
        presenter.setTransferQueue(&queue);
        presenter.setLibrary(&library); // the queue hears of the look-up from the library
        if (!ownService)
            presenter.setServiceNames([](const QString &) { return std::nullopt; });
        QSignalSpy failed(&presenter, &MediaDetailsPresenter::lookupFailed);
        presenter.lookUp(Missing);
        QVERIFY(failed.wait(15000));
        const QString message = failed.first().first().toString();
        QVERIFY2(message.startsWith(QStringLiteral("There is no media %1 in the Chat Service").arg(Missing)),
                 qPrintable(message));
        QCOMPARE(message.contains(QStringLiteral("“Support”")), ownService);
        QVERIFY(!presenter.hasMedia());
        const TransferItem &item = queue.items().at(queue.indexOf(id));
        QCOMPARE(item.check()->found.has_value(), ownService);
        if (ownService)
            QCOMPARE(*item.check()->found, false);
    }

    void followsTheDownloadItAskedFor()
    {
        const QString sid = upload(QStringLiteral("fetch me.txt"), "fetched");
        QTemporaryDir state;
        TransferQueue queue(state.filePath(QStringLiteral("queue.json")), nullptr);
        queue.setClientProvider([this](const QString &) { return &m_client; });
        MediaDetailsPresenter presenter;
        ready(presenter);
        presenter.setTransferQueue(&queue);
        QCOMPARE(presenter.downloadStatus().shown, false);

        const QString target = m_dir.filePath(QStringLiteral("saved.txt"));
        const QString id = queue.addDownload(
            sid, target, 7, false,
            TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"), m_service});
        QSignalSpy changed(&presenter, &MediaDetailsPresenter::downloadStatusChanged);
        presenter.trackDownload(id);
        QVERIFY(presenter.downloadStatus().shown);
        QVERIFY(QTest::qWaitFor([&] { return presenter.downloadStatus().done; }, 15000));
        QVERIFY(changed.size() >= 2);
        QCOMPARE(presenter.downloadStatus().path, target);
        QCOMPARE(presenter.downloadStatus().text, QStringLiteral("Saved as “%1”.").arg(target));

        queue.remove(id);
        QCOMPARE(presenter.downloadStatus().shown, false);
    }
};

QTEST_MAIN(TestDetailsPresenter)
#include "tst_detailspresenter.moc"
