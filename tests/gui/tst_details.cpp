// The Details tab through the real window (offscreen) on the sandbox: look-up by SID, address and
// JSON, every field with null and absent ones explained, previews, the temporary link (opened,
// copied, counted down, never given credentials) and downloads through the transfer list.
#include "clock.h"
#include "desktop.h"
#include "dialogs.h"
#include "emulatorclient.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "mainwindow.h"
#include "mediadetailsmodel.h"
#include "mediadetailspanel.h"
#include "sandboxwindow.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/sandboxprocess.h"
#include "session/servicelist.h"
#include "store/credentialstore.h"
#include "transfer/transferqueue.h"
#include "transfermodel.h"
#include "transferstab.h"
#include "ui_mainwindow.h"
#include "ui_mediadetailspanel.h"
#include "ui_transferstab.h"

#include <QBuffer>
#include <QClipboard>
#include <QCryptographicHash>
#include <QFileDialog>
#include <QGuiApplication>
#include <QImage>
#include <QScopeGuard>
#include <QTest>
#include <QUrlQuery>

using namespace mediadesk;

class TestDetails : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    SandboxWindow m_app;
    QList<QUrl> m_opened; // what the desktop would have opened
    QString m_savePath;   // what the save dialog answers
    QString m_suggested;  // what it was offered

    MediaDetailsPanel *panel() const { return formOf(m_app.window)->detailsPanel; }
    Ui::MediaDetailsPanel *form() const { return formOf(panel()); }
    QUrl base() const { return m_app.base(); }
    QString service(int i = 0) const
    {
        return m_app.window->accountContext()->services()->services().at(i).sid;
    }

    QString write(const QString &name, const QByteArray &content)
    {
        return m_app.write(m_files, name, content);
    }

    static QByteArray png(int width, int height)
    {
        QImage image(width, height, QImage::Format_RGB32);
        image.fill(QColor(30, 120, 200));
        QByteArray data;
        QBuffer buffer(&data);
        buffer.open(QIODevice::WriteOnly);
        image.save(&buffer, "PNG");
        return data;
    }

    // Uploads through the window's queue; the finished item.
    TransferItem upload(const QString &path, const QString &serviceSid = {})
    {
        TransferQueue *queue = m_app.window->transferQueue();
        const QString id =
            queue
                ->add({path}, TransferOrigin{QStringLiteral("sandbox"), QStringLiteral("Sandbox"),
                                             serviceSid.isEmpty() ? service() : serviceSid})
                .first();
        if (!QTest::qWaitFor([&] { return queue->items().at(queue->indexOf(id)).isFinished(); }, 20000))
            qFatal("upload did not finish");
        return queue->items().at(queue->indexOf(id));
    }

    bool lookedUp(const QString &sid)
    {
        return QTest::qWaitFor(
            [&] { return !panel()->isLookingUp() && panel()->model()->media().sid == sid; }, 15000);
    }

    QString value(const QString &key, int role = Qt::DisplayRole) const
    {
        const int row = panel()->model()->rowOfKey(key);
        return row < 0 ? QStringLiteral("<missing row>")
                       : panel()->model()->index(row, MediaDetailsModel::Value).data(role).toString();
    }

    bool isMissing(const QString &key) const
    {
        const int row = panel()->model()->rowOfKey(key);
        return row >= 0 && panel()
                               ->model()
                               ->index(row, MediaDetailsModel::Value)
                               .data(MediaDetailsModel::MissingRole)
                               .toBool();
    }

    int credentialLeaks() const
    {
        return emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/stats"))
            .value(QLatin1String("credential_leaks"))
            .toInt(-1);
    }

    // Downloads what the panel shows through its Download… button; the transfer id.
    QString downloadShown(const QString &saveAs)
    {
        m_savePath = saveAs;
        const int before = int(m_app.window->transferQueue()->items().size());
        QTest::mouseClick(form()->downloadButton, Qt::LeftButton);
        if (m_app.window->transferQueue()->items().size() != before + 1)
            return {};
        return m_app.window->transferQueue()->items().last().id;
    }

    const TransferItem &item(const QString &id) const
    {
        return m_app.window->transferQueue()->items().at(m_app.window->transferQueue()->indexOf(id));
    }

private slots:
    void initTestCase()
    {
        isolateGuiTest(m_home);
        Desktop::openUrl = [this](const QUrl &url) {
            m_opened.append(url);
            return true;
        };
        // The save dialog: what it offered is noted, and the test's path is chosen (or it is
        // cancelled when there is none).
        Dialogs::answerAll([this](QDialog *d) {
            auto *dialog = qobject_cast<QFileDialog *>(d);
            if (!dialog)
                return d->exec();
            m_suggested = dialog->selectedFiles().value(0);
            return Dialogs::choosingFiles(m_savePath.isEmpty() ? QStringList() : QStringList{m_savePath})(d);
        });
        QVERIFY(m_app.open(2));
    }

    void init()
    {
        m_opened.clear();
        emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/config"),
                      R"({"throttle": 0, "ttl": 300, "with_category": true})");
        int status = 0;
        emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/faults"), {}, "DELETE", &status);
        QVERIFY2(status >= 200 && status < 300, "the emulator did not clear its faults");
    }

    void cleanupTestCase()
    {
        QCOMPARE(credentialLeaks(), 0); // nothing in this class ever sent credentials to the media host
        m_app.close();
    }

    void ctrlLOpensTheLookUpField()
    {
        formOf(m_app.window)->workspaceTabs->setCurrentWidget(formOf(m_app.window)->transfersTab);
        QVERIFY(QTest::qWaitForWindowActive(m_app.window.get()));
        QTest::keyClick(m_app.window.get(), Qt::Key_L, Qt::ControlModifier);
        QCOMPARE(formOf(m_app.window)->workspaceTabs->currentWidget(), formOf(m_app.window)->detailsTab);
        QTRY_VERIFY(form()->lookupEdit->hasFocus());
    }

    void freshUploadShowsEveryField()
    {
        const QByteArray image = png(120, 80);
        const TransferItem uploaded = upload(write(QStringLiteral("写真 1.png"), image));
        QCOMPARE(uploaded.state, TransferItem::State::Done);
        m_app.window->showDetails(uploaded.mediaSid, uploaded.origin.serviceSid);
        QCOMPARE(formOf(m_app.window)->workspaceTabs->currentWidget(), formOf(m_app.window)->detailsTab);
        QVERIFY(lookedUp(uploaded.mediaSid));
        QCOMPARE(form()->detailsPages->currentWidget(), form()->resultPage);
        QCOMPARE(form()->lookupEdit->text(), uploaded.mediaSid);

        const QStringList keys = {QStringLiteral("sid"),
                                  QStringLiteral("service_sid"),
                                  QStringLiteral("account_sid"),
                                  QStringLiteral("channel_sid"),
                                  QStringLiteral("message_sid"),
                                  QStringLiteral("date_created"),
                                  QStringLiteral("date_updated"),
                                  QStringLiteral("date_upload_updated"),
                                  QStringLiteral("size"),
                                  QStringLiteral("content_type"),
                                  QStringLiteral("filename"),
                                  QStringLiteral("author"),
                                  QStringLiteral("category"),
                                  QStringLiteral("is_multipart_upstream"),
                                  QStringLiteral("url"),
                                  QStringLiteral("links.content"),
                                  QStringLiteral("links.content_direct_temporary")};
        for (const QString &key : keys)
            QVERIFY2(panel()->model()->rowOfKey(key) >= 0, qPrintable(key));
        QCOMPARE(panel()->model()->rowCount(), keys.size());

        QCOMPARE(value(QStringLiteral("sid")), uploaded.mediaSid);
        QVERIFY(value(QStringLiteral("service_sid")).contains(QLatin1String("Sandbox Service 1")));
        QCOMPARE(value(QStringLiteral("service_sid"), MediaDetailsModel::CopyRole),
                 uploaded.origin.serviceSid);
        // MCS leaves account_sid out; attachments are null until a message carries the media.
        QVERIFY(isMissing(QStringLiteral("account_sid")));
        QVERIFY(value(QStringLiteral("account_sid")).startsWith(QLatin1String("absent")));
        for (const QString &key : {QStringLiteral("channel_sid"), QStringLiteral("message_sid")}) {
            QVERIFY(isMissing(key));
            QVERIFY2(value(key).contains(QLatin1String("not attached to a message yet")),
                     qPrintable(value(key)));
            QVERIFY(value(key).startsWith(QLatin1String("null")));
        }
        for (const QString &key : {QStringLiteral("date_created"), QStringLiteral("date_updated"),
                                   QStringLiteral("date_upload_updated")}) {
            QVERIFY(!isMissing(key));
            QVERIFY2(value(key, Qt::ToolTipRole).contains(QLatin1String(" UTC")), qPrintable(key));
            QVERIFY(value(key, MediaDetailsModel::CopyRole).endsWith(u'Z'));
        }
        QVERIFY2(value(QStringLiteral("size"))
                     .contains(QLocale().toString(image.size()) + QLatin1String(" bytes")),
                 qPrintable(value(QStringLiteral("size"))));
        QCOMPARE(value(QStringLiteral("size"), MediaDetailsModel::CopyRole), QString::number(image.size()));
        QCOMPARE(value(QStringLiteral("content_type")), QStringLiteral("image/png"));
        QCOMPARE(value(QStringLiteral("filename")), QStringLiteral("写真 1.png"));
        QCOMPARE(value(QStringLiteral("author")), QStringLiteral("system"));
        QCOMPARE(value(QStringLiteral("category")), QStringLiteral("media"));
        QCOMPARE(value(QStringLiteral("is_multipart_upstream")), QStringLiteral("no"));
        QVERIFY(value(QStringLiteral("url")).startsWith(base().toString() + QStringLiteral("/v1/Services/")));
        QVERIFY(
            value(QStringLiteral("links.content")).endsWith(uploaded.mediaSid + QStringLiteral("/Content")));
        QVERIFY(!isMissing(QStringLiteral("links.content_direct_temporary")));
        // The temporary link is never copied from the table: it may have expired by then.
        QVERIFY(
            value(QStringLiteral("links.content_direct_temporary"), MediaDetailsModel::CopyRole).isEmpty());
        QVERIFY(form()->jsonView->toPlainText().contains(
            QStringLiteral("\"sid\": \"%1\"").arg(uploaded.mediaSid)));

        // A value is copied with the field's Copy action; a null one copies nothing.
        QAction *copy = form()->fieldsView->actions().value(0);
        QVERIFY(copy);
        form()->fieldsView->selectRow(panel()->model()->rowOfKey(QStringLiteral("filename")));
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("写真 1.png"));
        form()->fieldsView->selectRow(panel()->model()->rowOfKey(QStringLiteral("message_sid")));
        copy->trigger();
        QCOMPARE(QGuiApplication::clipboard()->text(), QStringLiteral("写真 1.png"));

        // The preview, decoded off the window's thread.
        QVERIFY(QTest::qWaitFor([&] { return !panel()->previewImage().isNull(); }, 15000));
        QCOMPARE(panel()->previewImage().size(), QSize(120, 80));
        QCOMPARE(panel()->previewImage().pixelColor(60, 40), QColor(30, 120, 200));
        QCOMPARE(form()->previewNote->text(), QStringLiteral("120 × 80 pixels"));
    }

    void nullAndAbsentFieldsAreExplained()
    {
        // The 2020 shape (no category key), and an upload that gave no file name.
        emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/config"),
                      R"({"with_category": false})");
        QNetworkAccessManager nam;
        QNetworkRequest request(
            QUrl(base().toString() + QStringLiteral("/v1/Services/%1/Media").arg(service())));
        request.setRawHeader("Authorization", "Basic " + (SandboxProcess::accountSid() + u':' +
                                                          m_app.session->sandbox()->authToken())
                                                             .toUtf8()
                                                             .toBase64());
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("image/png"));
        QNetworkReply *reply = nam.post(request, png(4, 4));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        const QString sid =
            QJsonDocument::fromJson(reply->readAll()).object().value(QLatin1String("sid")).toString();
        delete reply;
        QVERIFY(sid.startsWith(QLatin1String("ME")));

        m_app.window->showDetails(sid);
        QVERIFY(lookedUp(sid));
        QVERIFY(isMissing(QStringLiteral("filename")));
        QVERIFY2(value(QStringLiteral("filename"))
                     .startsWith(QStringLiteral("null — uploaded without a file name")),
                 qPrintable(value(QStringLiteral("filename"))));
        QVERIFY(isMissing(QStringLiteral("category")));
        QVERIFY2(value(QStringLiteral("category")).startsWith(QLatin1String("absent")),
                 qPrintable(value(QStringLiteral("category"))));
        QVERIFY(
            value(QStringLiteral("category"), Qt::ToolTipRole).contains(QStringLiteral("no “category” key")));
        QVERIFY(!isMissing(QStringLiteral("author")));

        // Without a name in the metadata, the download is named after the SID and the type.
        QTemporaryDir target;
        const QString id = downloadShown(QDir(target.path()).filePath(sid + QStringLiteral(".png")));
        QVERIFY(!id.isEmpty());
        QVERIFY2(m_suggested.endsWith(u'/' + sid + QStringLiteral(".png")), qPrintable(m_suggested));
        QVERIFY(QTest::qWaitFor([&] { return item(id).isFinished(); }, 15000));
        QCOMPARE(item(id).state, TransferItem::State::Done);
    }

    void pastedTextIsLookedUp_data()
    {
        QTest::addColumn<QString>("shape"); // how the SID arrives
        QTest::addColumn<int>("serviceIndex");
        QTest::newRow("sid with spaces") << "sid" << 0;
        QTest::newRow("api address of another service") << "address" << 1;
        QTest::newRow("media json of another service") << "json" << 1;
        QTest::newRow("temporary link") << "link" << 0;
    }

    void pastedTextIsLookedUp()
    {
        QFETCH(QString, shape);
        QFETCH(int, serviceIndex);
        const TransferItem uploaded =
            upload(write(QStringLiteral("pasted.txt"), "pasted\n"), service(serviceIndex));
        QCOMPARE(uploaded.state, TransferItem::State::Done);
        QString text;
        if (shape == QLatin1String("sid"))
            text = QStringLiteral("  ") + uploaded.mediaSid + QStringLiteral(" \n");
        else if (shape == QLatin1String("address"))
            text = QStringLiteral("https://mcs.us1.twilio.com/v1/Services/%1/Media/%2")
                       .arg(uploaded.origin.serviceSid, uploaded.mediaSid);
        else if (shape == QLatin1String("json"))
            text = QString::fromUtf8(QJsonDocument(uploaded.mediaJson).toJson(QJsonDocument::Indented));
        else
            text = QStringLiteral("https://media.us1.twilio.com/%1?Expires=1&Signature=x~y&Key-Pair-Id=APKA")
                       .arg(uploaded.mediaSid);

        formOf(m_app.window)->workspaceTabs->setCurrentWidget(formOf(m_app.window)->detailsTab);
        form()->lookupEdit->setText(text);
        QVERIFY(form()->lookupButton->isEnabled());
        if (serviceIndex > 0) // the hint says where it will look
            QVERIFY2(form()->lookupHint->text().contains(uploaded.origin.serviceSid),
                     qPrintable(form()->lookupHint->text()));
        QTest::keyClick(form()->lookupEdit, Qt::Key_Return);
        QVERIFY(lookedUp(uploaded.mediaSid));
        QCOMPARE(panel()->model()->media().serviceSid, uploaded.origin.serviceSid);
        QCOMPARE(form()->lookupEdit->text(), uploaded.mediaSid);
    }

    void unknownSidSaysWhichServiceWasSearched()
    {
        const QString unknown = QStringLiteral("ME00000000000000000000000000000000");
        m_app.window->showDetails(unknown);
        QVERIFY(QTest::qWaitFor([&] { return !panel()->isLookingUp(); }, 15000));
        const QString hint = form()->lookupHint->text();
        QVERIFY2(hint.contains(unknown) && hint.contains(service()) &&
                     hint.contains(QLatin1String("Sandbox Service 1")),
                 qPrintable(hint));
        QCOMPARE(form()->detailsPages->currentWidget(), form()->emptyPage);
        QVERIFY(!form()->downloadButton->isEnabled());
    }

    void sidOfAnotherKindIsNamed_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("says");
        QTest::newRow("service") << service() << "Chat Service";
        QTest::newRow("conversation") << "CH0123456789abcdef0123456789abcdef"
                                      << "Conversation";
        QTest::newRow("message") << "IM0123456789abcdef0123456789abcdef"
                                 << "Message";
        QTest::newRow("cut short") << "ME12345"
                                   << "34 characters";
    }

    void sidOfAnotherKindIsNamed()
    {
        QFETCH(QString, text);
        QFETCH(QString, says);
        form()->lookupEdit->setText(text);
        QVERIFY2(form()->lookupHint->text().contains(says), qPrintable(form()->lookupHint->text()));
        QVERIFY(!form()->lookupButton->isEnabled());
        QTest::keyClick(form()->lookupEdit, Qt::Key_Return);
        QVERIFY(!panel()->isLookingUp());
        QVERIFY(form()->lookupHint->text().contains(says));
    }

    void textPreviewShowsTheBeginning()
    {
        QByteArray text;
        for (int i = 1; text.size() < 10000; ++i)
            text += "ライン line " + QByteArray::number(i) + '\n';
        const TransferItem uploaded = upload(write(QStringLiteral("notes.txt"), text));
        m_app.window->showDetails(uploaded.mediaSid);
        QVERIFY(lookedUp(uploaded.mediaSid));
        QVERIFY(QTest::qWaitFor([&] { return !panel()->isPreviewing(); }, 15000));
        QVERIFY(form()->previewText->isVisibleTo(panel()));
        const QString shown = form()->previewText->toPlainText();
        QVERIFY2(shown.startsWith(QStringLiteral("ライン line 1\n")), qPrintable(shown.left(40)));
        QVERIFY(shown.split(u'\n').size() <= 40);
        QVERIFY(!shown.contains(QChar::ReplacementCharacter));
        QVERIFY2(form()->previewNote->text().contains(QLatin1String("beginning")),
                 qPrintable(form()->previewNote->text()));
    }

    void openContentUsesAFreshTemporaryLink()
    {
        const QByteArray content = png(16, 16);
        const TransferItem uploaded = upload(write(QStringLiteral("open.png"), content));
        m_app.window->showDetails(uploaded.mediaSid);
        QVERIFY(lookedUp(uploaded.mediaSid));
        QTest::mouseClick(form()->openContentButton, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !m_opened.isEmpty(); }, 10000));
        const QUrl link = m_opened.first();
        QCOMPARE(link.host(), QStringLiteral("127.0.0.1"));
        QVERIFY(link.port() != base().port()); // the media host, not the API
        QVERIFY(QUrlQuery(link).hasQueryItem(QStringLiteral("Expires")));
        QVERIFY(form()->linkStatus->text().contains(QLatin1String("valid until")));
        // It works on its own, with no credentials at all.
        QNetworkAccessManager nam;
        QNetworkReply *reply = nam.get(QNetworkRequest(link));
        QVERIFY(QTest::qWaitFor([&] { return reply->isFinished(); }, 10000));
        QCOMPARE(sha256Hex(reply->readAll()), sha256Hex(content));
        delete reply;
        QCOMPARE(credentialLeaks(), 0);
    }

    void copiedLinkCountsDownAndLeavesTheClipboardWhenExpired()
    {
        const TransferItem uploaded = upload(write(QStringLiteral("copy.txt"), "copy me\n"));
        m_app.window->showDetails(uploaded.mediaSid);
        QVERIFY(lookedUp(uploaded.mediaSid));

        QTest::mouseClick(form()->copyLinkButton, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return !panel()->copiedLink().isEmpty(); }, 10000));
        QCOMPARE(QGuiApplication::clipboard()->text(), panel()->copiedLink());
        const qint64 left = QDateTime::currentDateTimeUtc().secsTo(panel()->copiedLinkExpiry());
        QVERIFY2(left > 290 && left <= 300, qPrintable(QString::number(left)));
        QVERIFY2(form()->linkStatus->text().contains(QLatin1String("expires in 4:")),
                 qPrintable(form()->linkStatus->text()));

        // Nearly five minutes later (on the window's clock): the last seconds count down; then the
        // link is dead and leaves the clipboard.
        const auto restoreClock = qScopeGuard([] { Clock::resetForTests(); });
        Clock::advanceForTests(left - 20);
        QVERIFY(QTest::qWaitFor(
            [&] { return form()->linkStatus->text().contains(QLatin1String("expires in 0:")); }, 3000));
        Clock::advanceForTests(25);
        QVERIFY(QTest::qWaitFor([&] { return form()->linkStatus->text().contains(QLatin1String("expired")); },
                                3000));
        QVERIFY(!QGuiApplication::clipboard()->text().contains(QLatin1String("Expires=")));
        QVERIFY(panel()->copiedLink().isEmpty());
        QCOMPARE(credentialLeaks(), 0);
    }

    void downloadGivesIdenticalBytes()
    {
        const QByteArray content = pseudoRandom(700 * 1024, 7);
        const TransferItem uploaded = upload(write(QStringLiteral("録音 2026.bin"), content));
        m_app.window->showDetails(uploaded.mediaSid);
        QVERIFY(lookedUp(uploaded.mediaSid));
        QTemporaryDir target;
        const QString saveAs = QDir(target.path()).filePath(QStringLiteral("録音 2026.bin"));
        const QString id = downloadShown(saveAs);
        QVERIFY(!id.isEmpty());
        QVERIFY2(m_suggested.endsWith(QStringLiteral("/録音 2026.bin")), qPrintable(m_suggested));
        QCOMPARE(item(id).kind(), TransferItem::Kind::Download);
        QVERIFY(form()->downloadRow->isVisibleTo(panel()));
        QVERIFY(QTest::qWaitFor([&] { return item(id).isFinished(); }, 20000));
        QCOMPARE(item(id).state, TransferItem::State::Done);
        QCOMPARE(fileSha256Hex(saveAs), sha256Hex(content));
        const int row = m_app.window->transferQueue()->indexOf(id);
        QCOMPARE(
            formOf(m_app.window)->transfersTab->model()->index(row, TransferModel::Status).data().toString(),
            QStringLiteral("Done"));
        QCOMPARE(formOf(m_app.window)
                     ->transfersTab->model()
                     ->index(row, TransferModel::MediaSid)
                     .data()
                     .toString(),
                 uploaded.mediaSid);

        // Done: the panel offers Open and Show in Folder.
        QVERIFY(form()->downloadStatus->text().contains(saveAs));
        QVERIFY(form()->openDownloadButton->isVisibleTo(panel()));
        QTest::mouseClick(form()->openDownloadButton, Qt::LeftButton);
        QTest::mouseClick(form()->showDownloadButton, Qt::LeftButton);
        QCOMPARE(m_opened, (QList<QUrl>{QUrl::fromLocalFile(saveAs), QUrl::fromLocalFile(target.path())}));
        QCOMPARE(credentialLeaks(), 0);
    }

    void cancelledDownloadLeavesNoFile()
    {
        const TransferItem uploaded = upload(write(QStringLiteral("slow.bin"), pseudoRandom(1024 * 1024, 8)));
        emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/config"),
                      R"({"throttle": 131072})");
        m_app.window->showDetails(uploaded.mediaSid);
        QVERIFY(lookedUp(uploaded.mediaSid));
        QTemporaryDir target;
        const QString id = downloadShown(QDir(target.path()).filePath(QStringLiteral("slow.bin")));
        QVERIFY(QTest::qWaitFor([&] { return item(id).done > 0; }, 10000));
        QCOMPARE(formOf(m_app.window)
                     ->transfersTab->model()
                     ->index(m_app.window->transferQueue()->indexOf(id), TransferModel::Status)
                     .data()
                     .toString(),
                 QStringLiteral("Downloading"));
        // Cancelled from the transfer list, as a person would.
        formOf(m_app.window)->workspaceTabs->setCurrentWidget(formOf(m_app.window)->transfersTab);
        formOf(formOf(m_app.window)->transfersTab)->transferFilter->setCurrentIndex(0);
        QAbstractItemModel *view = formOf(formOf(m_app.window)->transfersTab)->transferTable->model();
        for (int r = 0; r < view->rowCount(); ++r) {
            if (view->index(r, 0).data(TransferModel::IdRole).toString() == id)
                formOf(formOf(m_app.window)->transfersTab)->transferTable->selectRow(r);
        }
        QVERIFY(formOf(formOf(m_app.window)->transfersTab)->cancelButton->isEnabled());
        QTest::mouseClick(formOf(formOf(m_app.window)->transfersTab)->cancelButton, Qt::LeftButton);
        QVERIFY(QTest::qWaitFor([&] { return item(id).isFinished(); }, 10000));
        QCOMPARE(item(id).state, TransferItem::State::Cancelled);
        QVERIFY(QDir(target.path()).entryList(QDir::Files | QDir::Hidden | QDir::System).isEmpty());
    }

    void refusedLinkIsRefreshedOnce()
    {
        const QByteArray content = pseudoRandom(64 * 1024, 9);
        const TransferItem uploaded = upload(write(QStringLiteral("refresh.bin"), content));
        m_app.window->showDetails(uploaded.mediaSid);
        QVERIFY(lookedUp(uploaded.mediaSid));
        QVERIFY(QTest::qWaitFor([&] { return !panel()->isPreviewing(); }, 10000));
        // The media host refuses the first link, as CloudFront refuses an expired one.
        emulatorAdmin(
            m_app.session->sandbox(), QStringLiteral("/_emulator/faults"),
            R"({"origin": "media", "method": "GET", "path_prefix": "/ME", "status": 403, "count": 1})");
        QTemporaryDir target;
        const QString saveAs = QDir(target.path()).filePath(QStringLiteral("refresh.bin"));
        const QString id = downloadShown(saveAs);
        QVERIFY(QTest::qWaitFor([&] { return item(id).isFinished(); }, 15000));
        QCOMPARE(item(id).state, TransferItem::State::Done);
        QCOMPARE(fileSha256Hex(saveAs), sha256Hex(content));
        QCOMPARE(emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/stats"))
                     .value(QLatin1String("faults_pending"))
                     .toInt(),
                 0);
    }

    // A home without its download folder: the save dialog offers a whole path in that folder,
    // created for it, never a name relative to the working folder.
    void missingDownloadFolderIsCreatedForTheSaveDialog()
    {
        const QString downloads = QDir(m_home.path()).filePath(QStringLiteral("Fresh Downloads"));
        QVERIFY(!QFileInfo::exists(downloads));
        QFile userDirs(QDir(m_home.path()).filePath(QStringLiteral("config/user-dirs.dirs")));
        QVERIFY(QDir().mkpath(QFileInfo(userDirs).path()));
        QVERIFY(userDirs.open(QIODevice::WriteOnly | QIODevice::Truncate));
        userDirs.write("XDG_DOWNLOAD_DIR=\"" + downloads.toUtf8() + "\"\n");
        userDirs.close();

        const TransferItem uploaded = upload(write(QStringLiteral("report.pdf"), "%PDF-1.4\n"));
        m_app.window->showDetails(uploaded.mediaSid);
        QVERIFY(lookedUp(uploaded.mediaSid));
        QVERIFY(downloadShown(QString()).isEmpty()); // the dialog is looked at, then cancelled
        userDirs.remove();
        QCOMPARE(m_suggested, QDir(downloads).filePath(QStringLiteral("report.pdf")));
        QVERIFY(QFileInfo(downloads).isDir());
    }

    void cancelledSaveDialogQueuesNothing()
    {
        const TransferItem uploaded = upload(write(QStringLiteral("nothing.txt"), "x\n"));
        m_app.window->showDetails(uploaded.mediaSid);
        QVERIFY(lookedUp(uploaded.mediaSid));
        const qsizetype before = m_app.window->transferQueue()->items().size();
        QVERIFY(downloadShown(QString()).isEmpty());
        QCOMPARE(m_app.window->transferQueue()->items().size(), before);
    }
};

QTEST_MAIN(TestDetails)
#include "tst_details.moc"
