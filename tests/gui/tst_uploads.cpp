// Uploads through the real window (offscreen) to the sandbox: files dropped as a file manager
// would, refusals with reasons, the library filled, and the queue surviving the window.
#include "dialogs.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "librarymodel.h"
#include "mainwindow.h"
#include "net/apiclient.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/sandboxprocess.h"
#include "session/servicelist.h"
#include "store/credentialstore.h"
#include "transfer/transferqueue.h"
#include "transfermodel.h"
#include "transferstab.h"
#include "ui_mainwindow.h"
#include "ui_transferstab.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QClipboard>
#include <QCryptographicHash>
#include <QDragEnterEvent>
#include <QEventLoop>
#include <QGuiApplication>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMenu>
#include <QMessageBox>
#include <QMimeData>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTest>
#include <QToolButton>
#include <memory>

using namespace mediadesk;

namespace {
const QByteArray Png = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==");

} // namespace

class TestUploads : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    std::unique_ptr<QTemporaryDir> m_testHome; // each test its own profiles, queue, library, sandbox
    QTemporaryDir m_files;

    QString write(const QString &name, const QByteArray &content)
    {
        const QString path = m_files.filePath(name);
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write");
        return path;
    }

    static bool readyWithService(MainWindow &window)
    {
        return QTest::qWaitFor([&] { return !window.accountContext()->currentService().sid.isEmpty(); },
                               20000);
    }

    static void drop(MainWindow &window, const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint pos = window.rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &enter);
        QVERIFY(enter.isAccepted());
        QVERIFY(formOf(&window)->dropHint->isVisible()); // the window shows where the files go
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(&window, &dropEvent);
        QVERIFY(dropEvent.isAccepted());
        QVERIFY(!formOf(&window)->dropHint->isVisible());
    }

private slots:
    void initTestCase()
    {
        isolateGuiTest(m_home);
        Dialogs::answerAll(Dialogs::pressing(QMessageBox::Yes)); // large folders are uploaded
    }

    // No test sees what another left: each starts with no profile, queue or library.
    void init()
    {
        m_testHome = std::make_unique<QTemporaryDir>();
        isolateGuiTest(*m_testHome);
    }

    void droppedFilesAreUploaded()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow::Options options;
        options.sandbox = true;
        MainWindow window(&session, options);
        window.show();
        QVERIFY(readyWithService(window));
        QAbstractItemModelTester tester(formOf(&window)->transfersTab->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);

        struct Expect
        {
            QString path;
            QString type;
        };
        const QByteArray japanese = QStringLiteral("こんにちは\n").toUtf8();
        QByteArray binary(4096, '\0');
        for (int i = 0; i < binary.size(); ++i)
            binary[i] = char((i * 131 + 7) % 251);
        const QList<Expect> good = {
            {write(QStringLiteral("pixel"), Png), QStringLiteral("image/png")},
            {write(QStringLiteral("report.pdf"), "%PDF-1.4\n%%EOF\n"), QStringLiteral("application/pdf")},
            {write(QStringLiteral("data.json"), "{\"a\": 1}"), QStringLiteral("application/json")},
            {write(QStringLiteral("日本語 メモ.txt"), japanese), QStringLiteral("text/plain")},
            {write(QStringLiteral("blob"), binary), QStringLiteral("application/octet-stream")},
            {write(QStringLiteral("folder/a.txt"), "a"), QStringLiteral("text/plain")},
            {write(QStringLiteral("folder/sub/b.txt"), "bb"), QStringLiteral("text/plain")},
        };
        const QString empty = write(QStringLiteral("empty.txt"), QByteArray());
        QList<QUrl> urls;
        for (int i = 0; i < 5; ++i)
            urls.append(QUrl::fromLocalFile(good[i].path));
        urls << QUrl::fromLocalFile(m_files.filePath(QStringLiteral("folder"))) << QUrl::fromLocalFile(empty)
             << QUrl(QStringLiteral("https://example.com/picture.png"));
        drop(window, urls);

        TransferQueue *queue = window.transferQueue();
        QCOMPARE(queue->items().size(), 9);
        QVERIFY(QTest::qWaitFor([&] { return queue->activeCount() == 0; }, 30000));
        QCOMPARE(formOf(&window)->workspaceTabs->currentWidget(), formOf(&window)->transfersTab);

        const QUrl base = session.sandbox()->baseUrl();
        for (const Expect &e : good) {
            const auto it = std::find_if(queue->items().begin(), queue->items().end(),
                                         [&](const TransferItem &i) { return i.path == e.path; });
            QVERIFY2(it != queue->items().end(), qPrintable(e.path));
            QCOMPARE(it->state, TransferItem::State::Done);
            QFile f(e.path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QJsonObject stored =
                emulatorAdmin(session.sandbox(), QStringLiteral("/_emulator/media/") + it->mediaSid);
            QCOMPARE(stored.value(QLatin1String("sha256")).toString(),
                     QString::fromLatin1(
                         QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
            QCOMPARE(stored.value(QLatin1String("content_type")).toString(), e.type);
            QCOMPARE(stored.value(QLatin1String("filename")).toString(), QFileInfo(e.path).fileName());
            const int row = queue->indexOf(it->id);
            QCOMPARE(
                formOf(&window)->transfersTab->model()->index(row, TransferModel::MediaSid).data().toString(),
                it->mediaSid);
            QCOMPARE(
                formOf(&window)->transfersTab->model()->index(row, TransferModel::Status).data().toString(),
                QStringLiteral("Done"));
        }
        int refused = 0;
        for (const TransferItem &i : queue->items()) {
            if (i.state == TransferItem::State::Refused) {
                ++refused;
                QVERIFY(i.message.contains(QLatin1String("empty")) ||
                        i.message.contains(QLatin1String("web address")));
            }
        }
        QCOMPARE(refused, 2);
        QCOMPARE(formOf(&window)->libraryTab->model()->totalCount(),
                 0); // not shown yet: reloads when the tab opens
        formOf(&window)->workspaceTabs->setCurrentWidget(formOf(&window)->libraryTab);
        // Rows are written on the library's thread; the open tab follows as they land.
        QTRY_COMPARE_WITH_TIMEOUT(formOf(&window)->libraryTab->model()->totalCount(), 7, 20000);
    }

    void queueSurvivesTheWindow()
    {
        QUrl base;
        QStringList paths;
        for (int i = 0; i < 3; ++i)
            paths.append(write(QStringLiteral("slow-%1.bin").arg(i), QByteArray(768 * 1024, char('k' + i))));
        {
            ProfileStore profiles;
            CredentialStore keychain;
            Session session(&profiles, &keychain);
            MainWindow::Options options;
            options.sandbox = true;
            MainWindow window(&session, options);
            QVERIFY(readyWithService(window));
            base = session.sandbox()->baseUrl();
            emulatorAdmin(session.sandbox(), QStringLiteral("/_emulator/config"), R"({"throttle": 262144})");
            QList<QUrl> urls;
            for (const QString &p : paths)
                urls.append(QUrl::fromLocalFile(p));
            QVERIFY(window.addUrls(urls));
            QVERIFY(QTest::qWaitFor(
                [&] {
                    return window.transferQueue()->items().last().done > 0 ||
                           window.transferQueue()->items().first().done > 0;
                },
                10000));
        } // the window (and its sandbox) go away mid-batch
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow window(&session, {}); // reopens the sandbox, the last profile used
        TransferQueue *queue = window.transferQueue();
        QCOMPARE(queue->items().size(), 3);
        QVERIFY(
            QTest::qWaitFor([&] { return queue->activeCount() == 0 && !queue->items().isEmpty(); }, 60000));
        for (const TransferItem &i : queue->items())
            QCOMPARE(i.state, TransferItem::State::Done);
        formOf(&window)->workspaceTabs->setCurrentWidget(formOf(&window)->libraryTab);
        QTRY_COMPARE_WITH_TIMEOUT(formOf(&window)->libraryTab->model()->totalCount(), 3, 20000);
        QTest::qWait(300);
        formOf(&window)->libraryTab->model()->reload();
        QCOMPARE(formOf(&window)->libraryTab->model()->totalCount(), 3); // no duplicates
    }

    void pastedImageAndFilesAreUploaded()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow::Options options;
        options.sandbox = true;
        MainWindow window(&session, options);
        QVERIFY(readyWithService(window));
        TransferQueue *queue = window.transferQueue();
        const int before = int(queue->items().size());

        QImage image(16, 16, QImage::Format_ARGB32);
        image.fill(Qt::red);
        QGuiApplication::clipboard()->setImage(image);
        QVERIFY(window.pasteFromClipboard());
        QCOMPARE(queue->items().size(), before + 1);
        QVERIFY(queue->items().last().fileName.startsWith(QLatin1String("Pasted image ")));
        QVERIFY(queue->items().last().fileName.endsWith(QLatin1String(".png")));

        auto *mime = new QMimeData;
        mime->setUrls({QUrl::fromLocalFile(write(QStringLiteral("pasted.txt"), "from the clipboard"))});
        QGuiApplication::clipboard()->setMimeData(mime);
        QVERIFY(window.pasteFromClipboard());
        QCOMPARE(queue->items().size(), before + 2);
        QVERIFY(QTest::qWaitFor([&] { return queue->activeCount() == 0; }, 20000));
        QCOMPARE(queue->items().at(before).state, TransferItem::State::Done);
        QCOMPARE(queue->items().at(before).contentType, QStringLiteral("image/png"));
        QCOMPARE(queue->items().at(before + 1).state, TransferItem::State::Done);

        QGuiApplication::clipboard()->setText(QStringLiteral("just text"));
        QVERIFY(!window.pasteFromClipboard()); // nothing to upload: said in the status bar
    }

    void retriesFailuresAndCancelInTheWindow()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow::Options options;
        options.sandbox = true;
        MainWindow window(&session, options);
        window.show();
        QVERIFY(readyWithService(window));
        const QUrl base = session.sandbox()->baseUrl();
        TransferQueue *queue = window.transferQueue();
        auto last = [queue] { return queue->items().last(); };
        auto fault = [&](const QByteArray &json) {
            emulatorAdmin(session.sandbox(), QStringLiteral("/_emulator/faults"), json);
        };

        // 503 twice, then 429 with Retry-After: retried on its own, the attempt shown, then done.
        fault(R"({"method":"POST","path_prefix":"/v1/Services/","status":503,"count":2})");
        fault(R"({"method":"POST","path_prefix":"/v1/Services/","status":429,"retry_after":"1","count":1})");
        int highest = 0;
        QString shown;
        connect(queue, &TransferQueue::itemChanged, this, [&](int row) {
            if (queue->items().at(row).attempt > highest) {
                highest = queue->items().at(row).attempt;
                shown = formOf(&window)
                            ->transfersTab->model()
                            ->index(row, TransferModel::Status)
                            .data()
                            .toString();
            }
        });
        QVERIFY(window.addUrls({QUrl::fromLocalFile(write(QStringLiteral("flaky.txt"), "retried"))}));
        QVERIFY(QTest::qWaitFor([&] { return queue->activeCount() == 0; }, 30000));
        QCOMPARE(last().state, TransferItem::State::Done);
        QCOMPARE(highest, 4);
        QVERIFY2(shown.contains(QLatin1String("attempt")), qPrintable(shown));

        // 401 stops at once with Twilio's message, on the row.
        fault(R"({"method":"POST","path_prefix":"/v1/Services/","status":401,"count":1})");
        QVERIFY(window.addUrls({QUrl::fromLocalFile(write(QStringLiteral("denied.txt"), "no"))}));
        QVERIFY(QTest::qWaitFor([&] { return queue->activeCount() == 0; }, 30000));
        QCOMPARE(last().state, TransferItem::State::Failed);
        const int failedRow = int(queue->items().size() - 1);
        QVERIFY(formOf(&window)
                    ->transfersTab->model()
                    ->index(failedRow, TransferModel::Status)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QLatin1String("20003")));

        // Cancel mid-upload from the button.
        emulatorAdmin(session.sandbox(), QStringLiteral("/_emulator/config"), R"({"throttle": 131072})");
        QVERIFY(window.addUrls(
            {QUrl::fromLocalFile(write(QStringLiteral("slow.bin"), QByteArray(1024 * 1024, 'q')))}));
        QVERIFY(QTest::qWaitFor([&] { return last().done > 0; }, 10000));
        formOf(&window)->workspaceTabs->setCurrentWidget(formOf(&window)->transfersTab);
        formOf(formOf(&window)->transfersTab)
            ->transferTable->selectRow(
                formOf(formOf(&window)->transfersTab)->transferTable->model()->rowCount() - 1);
        QTRY_VERIFY(formOf(formOf(&window)->transfersTab)->cancelButton->isEnabled());
        formOf(formOf(&window)->transfersTab)->cancelButton->click();
        QVERIFY(QTest::qWaitFor([&] { return queue->activeCount() == 0; }, 10000));
        QCOMPARE(last().state, TransferItem::State::Cancelled);
        emulatorAdmin(session.sandbox(), QStringLiteral("/_emulator/config"), R"({"throttle": 0})");
    }

    void pauseAndResumeByButtonKeyAndMenu()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow::Options options;
        options.sandbox = true;
        MainWindow window(&session, options);
        window.show();
        QVERIFY(readyWithService(window));
        TransferQueue *queue = window.transferQueue();
        auto *tab = formOf(&window)->transfersTab;
        auto *form = formOf(tab);
        emulatorAdmin(session.sandbox(), QStringLiteral("/_emulator/config"), R"({"throttle": 131072})");
        QVERIFY(window.addUrls(
            {QUrl::fromLocalFile(write(QStringLiteral("held.bin"), QByteArray(2 * 1024 * 1024, 'h')))}));
        QVERIFY(QTest::qWaitFor([&] { return queue->items().last().done > 0; }, 10000));
        formOf(&window)->workspaceTabs->setCurrentWidget(tab);
        form->transferTable->setFocus();
        form->transferTable->selectRow(form->transferTable->model()->rowCount() - 1);

        // The button says what it will do, and does it.
        QTRY_VERIFY(form->pauseButton->isEnabled());
        QCOMPARE(form->pauseButton->text(), QStringLiteral("&Pause"));
        form->pauseButton->click();
        QTRY_COMPARE(queue->items().last().state, TransferItem::State::Paused);
        QTRY_VERIFY(form->pauseButton->text().contains(QLatin1String("Res")));
        QTRY_COMPARE(
            tab->model()->index(tab->model()->rowCount() - 1, TransferModel::Status).data().toString(),
            QStringLiteral("Paused"));
        form->pauseButton->click();
        QTRY_COMPARE(queue->items().last().state, TransferItem::State::Running);

        // Ctrl+P and Ctrl+R, the window's keys (the Queue menu's).
        QApplication::setActiveWindow(&window);
        QVERIFY(QTest::qWaitForWindowActive(&window));
        const QList<QAction *> queueActions = tab->queueActions();
        QTRY_VERIFY(queueActions.at(0)->isEnabled()); // the buttons and actions follow 10 times a second
        QTest::keyClick(form->transferTable, Qt::Key_P, Qt::ControlModifier);
        QTRY_COMPARE(queue->items().last().state, TransferItem::State::Paused);
        QTRY_VERIFY(queueActions.at(1)->isEnabled());
        QTest::keyClick(form->transferTable, Qt::Key_R, Qt::ControlModifier);
        QTRY_COMPARE(queue->items().last().state, TransferItem::State::Running);

        // The window's Queue menu: Pause All, then Resume All.
        QMenu *menu = formOf(&window)->menuTransfers;
        QStringList entries;
        for (QAction *action : menu->actions())
            if (!action->isSeparator())
                entries << action->text();
        QCOMPARE(entries, (QStringList{QStringLiteral("&Pause"), QStringLiteral("Res&ume"),
                                       QStringLiteral("Pause &All"), QStringLiteral("Resume A&ll"),
                                       QStringLiteral("Limit &Speed")}));
        QTRY_VERIFY(menu->actions().at(3)->isEnabled());
        menu->actions().at(3)->trigger();
        QTRY_COMPARE(queue->items().last().state, TransferItem::State::Paused);
        QCOMPARE(queue->activeCount(), 0);
        QTRY_VERIFY(menu->actions().at(4)->isEnabled());
        QVERIFY(!menu->actions().at(3)->isEnabled());
        emulatorAdmin(session.sandbox(), QStringLiteral("/_emulator/config"), R"({"throttle": 0})");
        menu->actions().at(4)->trigger();
        QVERIFY(QTest::qWaitFor([&] { return queue->activeCount() == 0; }, 20000));
        QCOMPARE(queue->items().last().state, TransferItem::State::Done);
    }

    void speedLimitHoldsUploadsAndIsSwitchedFromTheStatusBar()
    {
        ProfileStore profiles;
        AppSettings limited;
        limited.limitUploads = true;
        limited.uploadLimitKiB = 64;
        limited.save(profiles.settings());
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow::Options options;
        options.sandbox = true;
        MainWindow window(&session, options);
        window.show();
        QVERIFY(readyWithService(window));
        auto *button = window.findChild<QToolButton *>(QStringLiteral("speedLimitButton"));
        QVERIFY(button && button->isVisible());
        QAction *action = window.findChild<QAction *>(QStringLiteral("actionLimitSpeed"));
        QVERIFY(action && action->isChecked());
        QCOMPARE(button->text(), QStringLiteral("Limited: ↑ 64.0 KiB/s"));
        QCOMPARE(button->accessibleName(), button->text());
        RateLimiter *limiter = session.client()->rateLimiter();
        QCOMPARE(limiter->rate(RateLimiter::Direction::Upload), 64 * 1024);
        QVERIFY(!limiter->isLimited(RateLimiter::Direction::Download));

        // 512 KiB at 64 KiB/s would take 8 s: a second in, it has not gone past a fifth.
        TransferQueue *queue = window.transferQueue();
        QVERIFY(window.addUrls(
            {QUrl::fromLocalFile(write(QStringLiteral("limited.bin"), QByteArray(512 * 1024, 'l')))}));
        QVERIFY(QTest::qWaitFor([&] { return queue->items().last().done > 0; }, 10000));
        QTest::qWait(1000);
        QVERIFY2(queue->items().last().done < 512 * 1024 / 5,
                 qPrintable(QString::number(queue->items().last().done)));

        // One click lifts the limit, for the upload already on its way too, and is remembered.
        button->click();
        QVERIFY(!action->isChecked());
        QCOMPARE(button->text(), QStringLiteral("Not limited"));
        QVERIFY(!limiter->isLimited(RateLimiter::Direction::Upload));
        // The ~440 KiB left would take 7 s at the limit.
        QTRY_COMPARE_WITH_TIMEOUT(queue->items().last().state, TransferItem::State::Done, 3000);
        QVERIFY(!AppSettings::load(profiles.settings()).limitsEnabled);

        // The Queue menu's Limit Speed turns it back on.
        action->trigger();
        QCOMPARE(limiter->rate(RateLimiter::Direction::Upload), 64 * 1024);
        QVERIFY(button->text().startsWith(QLatin1String("Limited")));
        QVERIFY(AppSettings::load(profiles.settings()).limitsEnabled);
    }

    void largeFoldersAskFirst()
    {
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow::Options options;
        options.sandbox = true;
        MainWindow window(&session, options);
        QVERIFY(readyWithService(window));
        for (int i = 0; i < 51; ++i)
            write(QStringLiteral("many/%1.txt").arg(i), "x");
        Dialogs::answerNext(Dialogs::pressing(QMessageBox::Cancel));
        const qsizetype asked = Dialogs::asked().size();
        const int before = int(window.transferQueue()->items().size());
        QVERIFY(!window.addUrls({QUrl::fromLocalFile(m_files.filePath(QStringLiteral("many")))}));
        QCOMPARE(Dialogs::asked().size(), asked + 1);
        QVERIFY2(Dialogs::asked().last().text.contains(QLatin1String("51")),
                 qPrintable(Dialogs::asked().last().text));
        QCOMPARE(window.transferQueue()->items().size(), before);
        // Many files dropped as files (not a folder) are what the person chose: no question.
        QList<QUrl> files;
        for (int i = 0; i < 51; ++i)
            files.append(QUrl::fromLocalFile(m_files.filePath(QStringLiteral("many/%1.txt").arg(i))));
        QVERIFY(window.addUrls(files));
        QCOMPARE(Dialogs::asked().size(), asked + 1); // no second question
        QCOMPARE(window.transferQueue()->items().size(), before + 51);
    }
};

QTEST_MAIN(TestUploads)
#include "tst_uploads.moc"
