// Sending media into conversations through the real window (offscreen) on the sandbox: the drop
// target, "Send to Conversation…" from the library, the send dialog's checks, and the five-minute
// countdown that ends with the item marked deleted.
#include "clock.h"
#include "conversationpicker.h"
#include "dialogs.h"
#include "emulatorprocess.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "librarymodel.h"
#include "librarytab.h"
#include "mainwindow.h"
#include "mediadetailsmodel.h"
#include "mediadetailspanel.h"
#include "sandboxwindow.h"
#include "sendcoordinator.h"
#include "senddialog.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/sandboxprocess.h"
#include "session/servicelist.h"
#include "store/credentialstore.h"
#include "transfer/transferqueue.h"
#include "transfer/unattachedmedia.h"
#include "transfermodel.h"
#include "ui_librarytab.h"
#include "ui_mainwindow.h"
#include "ui_mediadetailspanel.h"
#include "ui_senddialog.h"

#include <QComboBox>
#include <QDragEnterEvent>
#include <QMimeData>
#include <QPushButton>
#include <QRegularExpression>
#include <QTest>

using namespace mediadesk;

class TestSend : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    SandboxWindow m_app;
    std::optional<SendCoordinator::Choice> m_choice; // what the send dialog answers
    QStringList m_offered;                           // the media it was shown

    QUrl base() const { return m_app.base(); }
    QString service() const { return m_app.window->accountContext()->currentService().sid; }
    TransferQueue *queue() const { return m_app.window->transferQueue(); }

    static QString conversation(int j) { return EmulatorProcess::conversationSid(1, j); }

    QString write(const QString &name, const QByteArray &content)
    {
        return m_app.write(m_files, name, content);
    }

    void drop(const QList<QUrl> &urls)
    {
        QMimeData mime;
        mime.setUrls(urls);
        const QPoint pos = m_app.window->rect().center();
        QDragEnterEvent enter(pos, Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_app.window.get(), &enter);
        QDropEvent dropEvent(QPointF(pos), Qt::CopyAction, &mime, Qt::LeftButton, Qt::NoModifier);
        QCoreApplication::sendEvent(m_app.window.get(), &dropEvent);
    }

    bool idle(int timeoutMs = 20000) const
    {
        return QTest::qWaitFor([&] { return queue()->activeCount() == 0; }, timeoutMs);
    }

    const TransferItem &item(const QString &id) const { return queue()->items().at(queue()->indexOf(id)); }

    QString conversationCell(const QString &id) const
    {
        return formOf(m_app.window)
            ->transfersTab->model()
            ->index(queue()->indexOf(id), TransferModel::Conversation)
            .data()
            .toString();
    }

private slots:
    void initTestCase()
    {
        isolateGuiTest(m_home);
        // The real send dialog, filled in as a person would: once its conversations are listed,
        // the one chosen, then OK (only if the dialog lets it be pressed).
        Dialogs::answerAll([this](QDialog *d) {
            auto *dialog = qobject_cast<SendDialog *>(d);
            if (!dialog)
                return d->exec();
            m_offered.clear();
            for (int i = 0; i < formOf(dialog)->itemsList->count(); ++i)
                m_offered.append(formOf(dialog)->itemsList->item(i)->text());
            if (!m_choice)
                return int(QDialog::Rejected);
            if (!QTest::qWaitFor([dialog] { return !dialog->picker()->isLoading(); }, 10000))
                return int(QDialog::Rejected);
            dialog->setTarget(m_choice->target);
            if (dialog->conversation().sid != m_choice->target.conversationSid ||
                !dialog->conversation().displayName().contains(m_choice->label) ||
                !formOf(dialog)->buttons->button(QDialogButtonBox::Ok)->isEnabled())
                return int(QDialog::Rejected);
            return int(QDialog::Accepted);
        });
        QVERIFY(m_app.open(2));
    }

    void cleanup()
    {
        UnattachedMedia::setLifetimeSeconds(UnattachedMedia::TwilioLifetimeSeconds);
        Clock::resetForTests();
        emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/config"),
                      R"({"unattached_ttl": 300})");
    }

    void droppedFilesArriveAsMessages()
    {
        m_choice = SendCoordinator::Choice{{conversation(1), QStringLiteral("alice"), {}, {}},
                                           QStringLiteral("Conversation 1")};
        QVERIFY(formOf(m_app.window)->actionSendTarget->isEnabled());
        m_app.window->chooseSendTarget();
        QVERIFY(formOf(m_app.window)->targetBanner->isVisibleTo(m_app.window.get()));
        const QString banner = formOf(m_app.window)->targetLabel->text();
        QVERIFY2(banner.contains(QLatin1String("Conversation 1")) && banner.contains(QLatin1String("alice")),
                 qPrintable(banner));

        const qsizetype before = queue()->items().size();
        drop({QUrl::fromLocalFile(write(QStringLiteral("one.txt"), "one")),
              QUrl::fromLocalFile(write(QStringLiteral("二.txt"), "two")),
              QUrl::fromLocalFile(write(QStringLiteral("three.bin"), "three"))});
        QCOMPARE(queue()->items().size(), before + 3);
        QVERIFY(idle());
        QSet<QString> messages;
        for (qsizetype i = before; i < before + 3; ++i) {
            const TransferItem &sent = queue()->items().at(i);
            QCOMPARE(sent.state, TransferItem::State::Done);
            QVERIFY(sent.messageSid().startsWith(QLatin1String("IM")));
            messages.insert(sent.messageSid());
            const QJsonObject stored =
                emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/media/") + sent.mediaSid);
            QCOMPARE(stored.value(QLatin1String("message_sid")).toString(), sent.messageSid());
            QCOMPARE(stored.value(QLatin1String("channel_sid")).toString(), conversation(1));
            // Shown by its name; the SID is in the tooltip.
            QCOMPARE(conversationCell(sent.id), QStringLiteral("Sent to Conversation 1"));
            const QString tooltip = formOf(m_app.window)
                                        ->transfersTab->model()
                                        ->index(queue()->indexOf(sent.id), TransferModel::Conversation)
                                        .data(Qt::ToolTipRole)
                                        .toString();
            QVERIFY2(tooltip.contains(sent.messageSid()) && tooltip.contains(conversation(1)) &&
                         tooltip.contains(QStringLiteral("#%1").arg(sent.delivery()->messageIndex)),
                     qPrintable(tooltip));
            QCOMPARE(sent.delivery()->messageJson.value(QLatin1String("sid")).toString(), sent.messageSid());
        }
        QCOMPARE(messages.size(), 3);

        // Each library row shows its conversation.
        formOf(m_app.window)->workspaceTabs->setCurrentWidget(formOf(m_app.window)->libraryTab);
        LibraryModel *library = formOf(m_app.window)->libraryTab->model();
        QVERIFY(QTest::qWaitFor(
            [&] {
                library->reload();
                int sentRows = 0;
                for (int r = 0; r < library->rowCount(); ++r)
                    sentRows += library->entryAt(r)->messageSid.startsWith(QLatin1String("IM"));
                return sentRows == 3;
            },
            20000)); // library rows are written on their own thread: slow under load, never lost
        // By its name once the window has listed the service's conversations; the SID in the tooltip.
        QVERIFY(QTest::qWaitFor(
            [&] {
                return library->index(0, LibraryModel::Conversation).data().toString() ==
                       QStringLiteral("Sent to Conversation 1");
            },
            20000));
        QVERIFY(library->index(0, LibraryModel::Conversation)
                    .data(Qt::ToolTipRole)
                    .toString()
                    .contains(QStringLiteral("Conversation 1 (%1)").arg(conversation(1))));
        QVERIFY(
            library->index(0, LibraryModel::MessageSid).data().toString().startsWith(QLatin1String("IM")));

        // Stopped: the banner goes, and the next drop stays unattached.
        QTest::mouseClick(formOf(m_app.window)->targetStopButton, Qt::LeftButton);
        QVERIFY(!formOf(m_app.window)->targetBanner->isVisibleTo(m_app.window.get()));
        QVERIFY(!m_app.window->sendTarget().isSet());
        drop({QUrl::fromLocalFile(write(QStringLiteral("four.txt"), "four"))});
        QVERIFY(idle());
        QVERIFY(queue()->items().last().messageSid().isEmpty());
        const QString countdown = conversationCell(queue()->items().last().id);
        QVERIFY2(QRegularExpression(QStringLiteral("^Deleted in (5:00|4:[0-5][0-9])$"))
                     .match(countdown)
                     .hasMatch(),
                 qPrintable(countdown));
    }

    void libraryRowsAreSentOneMessageEach()
    {
        drop({QUrl::fromLocalFile(write(QStringLiteral("a.png"), "aaa")),
              QUrl::fromLocalFile(write(QStringLiteral("b.png"), "bbb"))});
        QVERIFY(idle());
        formOf(m_app.window)->workspaceTabs->setCurrentWidget(formOf(m_app.window)->libraryTab);
        LibraryModel *library = formOf(m_app.window)->libraryTab->model();
        QVERIFY(QTest::qWaitFor(
            [&] {
                library->reload(); // both rows written (each lands when its upload ends) and on top
                QStringList top;
                for (int r = 0; r < 2 && r < library->rowCount(); ++r)
                    top.append(library->entryAt(r)->fileName);
                std::sort(top.begin(), top.end());
                return top == QStringList{QStringLiteral("a.png"), QStringLiteral("b.png")};
            },
            20000));
        QTableView *table = formOf(formOf(m_app.window)->libraryTab)->libraryTable;
        table->clearSelection();
        table->selectionModel()->select(library->index(0, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        table->selectionModel()->select(library->index(1, 0),
                                        QItemSelectionModel::Select | QItemSelectionModel::Rows);
        const QString first = library->entryAt(0)->mediaSid, second = library->entryAt(1)->mediaSid;

        m_choice = SendCoordinator::Choice{{conversation(2), {}, QStringLiteral("two pictures"), {}},
                                           QStringLiteral("Conversation 2")};
        const qsizetype before = queue()->items().size();
        formOf(m_app.window)->actionSendToConversation->trigger();
        QCOMPARE(m_offered.size(), 2);
        QCOMPARE(queue()->items().size(), before + 2);
        QCOMPARE(formOf(m_app.window)->workspaceTabs->currentWidget(), formOf(m_app.window)->transfersTab);
        QVERIFY(idle());
        const TransferItem &one = queue()->items().at(before), &two = queue()->items().at(before + 1);
        QCOMPARE(one.kind(), TransferItem::Kind::Send);
        QCOMPARE(one.mediaSid, first);
        QCOMPARE(two.mediaSid, second);
        QCOMPARE(one.state, TransferItem::State::Done);
        QCOMPARE(two.state, TransferItem::State::Done);
        QVERIFY(QTest::qWaitFor(
            [&] {
                const int row = queue()->indexOf(one.id);
                return formOf(m_app.window)
                               ->transfersTab->model()
                               ->index(row, TransferModel::Name)
                               .data()
                               .toString() == QStringLiteral("Message to Conversation 2") &&
                       conversationCell(one.id) == QStringLiteral("Sent to Conversation 2");
            },
            20000));
        QCOMPARE(one.delivery()->target.body,
                 QStringLiteral("two pictures")); // the text goes with the first only
        QVERIFY(two.delivery()->target.body.isEmpty());
        QCOMPARE(emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/media/") + second)
                     .value(QLatin1String("channel_sid"))
                     .toString(),
                 conversation(2));

        // Already in a message: they are no longer offered (found by SID, whatever the order).
        formOf(m_app.window)->workspaceTabs->setCurrentWidget(formOf(m_app.window)->libraryTab);
        const auto rowOf = [library](const QString &mediaSid) {
            for (int r = 0; r < library->rowCount(); ++r) {
                if (library->entryAt(r)->mediaSid == mediaSid)
                    return r;
            }
            return -1;
        };
        QVERIFY(QTest::qWaitFor(
            [&] {
                const int row = rowOf(first);
                return row >= 0 && !library->entryAt(row)->messageSid.isEmpty();
            },
            20000));
        table->selectRow(rowOf(first));
        m_offered.clear();
        formOf(m_app.window)->actionSendToConversation->trigger();
        QVERIFY(m_offered.isEmpty());
        QCOMPARE(queue()->items().size(), before + 2);
    }

    void aTargetKnownOnlyByItsSidIsShownByName()
    {
        // A queue saved before names were kept, or a target given as a SID: the row learns the
        // conversation's name from those the window has listed.
        const SendTarget bySid{conversation(3), QStringLiteral("dave"), {}, {}};
        const QList<QString> ids = queue()->add(
            {write(QStringLiteral("by sid.txt"), "sid")},
            TransferOrigin{m_app.session->current().key(), QStringLiteral("Sandbox"), service()}, bySid);
        QCOMPARE(ids.size(), 1);
        QVERIFY(idle());
        QCOMPARE(queue()->items().at(queue()->indexOf(ids.first())).state, TransferItem::State::Done);
        QVERIFY(QTest::qWaitFor(
            [&] { return conversationCell(ids.first()) == QStringLiteral("Sent to Conversation 3"); },
            20000));
    }

    void sendDialogChecksWhatItSends()
    {
        SendDialog dialog(SendDialog::Mode::Send, m_app.session->client(), service(), m_app.window.get());
        dialog.setItems({QStringLiteral("photo.png (ME…)")});
        QPushButton *ok = formOf(&dialog)->buttons->button(QDialogButtonBox::Ok);
        QVERIFY(QTest::qWaitFor([&] { return !dialog.picker()->isLoading(); }, 10000));
        QCOMPARE(dialog.picker()->conversations().size(), 12); // the sandbox's, every page
        QVERIFY(!ok->isEnabled());                             // nothing chosen yet
        dialog.picker()->comboBox()->setEditText(QStringLiteral("IS0123"));
        QVERIFY2(dialog.picker()->problem().contains(QLatin1String("Conversation")),
                 qPrintable(dialog.picker()->problem()));
        QVERIFY(!ok->isEnabled());
        dialog.picker()->comboBox()->setCurrentIndex(2);
        QCOMPARE(dialog.conversation().sid, conversation(3));
        QVERIFY(ok->isEnabled());
        formOf(&dialog)->bodyEdit->setPlainText(QString(1601, QLatin1Char('x')));
        QVERIFY(!ok->isEnabled());
        QVERIFY(formOf(&dialog)->bodyCount->text().contains(QLatin1String("too long")));
        formOf(&dialog)->bodyEdit->setPlainText(QString(1600, QLatin1Char('x')));
        QVERIFY(ok->isEnabled());
        // A conversation that is not listed, by SID.
        dialog.picker()->comboBox()->setEditText(QStringLiteral("CH0123456789abcdef0123456789abcdef"));
        QCOMPARE(dialog.target().conversationSid, QStringLiteral("CH0123456789abcdef0123456789abcdef"));
        QVERIFY(ok->isEnabled());
    }

    void countdownEndsAndTheItemIsMarkedDeleted()
    {
        // Twilio's five minutes pass on the window's clock at once; the sandbox deletes unattached
        // media after 2 s of its own (cleanup() restores both).
        emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/config"),
                      R"({"unattached_ttl": 2})");
        drop({QUrl::fromLocalFile(write(QStringLiteral("fleeting.txt"), "gone soon"))});
        QVERIFY(idle());
        const TransferItem uploaded = queue()->items().last();
        QCOMPARE(uploaded.state, TransferItem::State::Done);
        QVERIFY2(conversationCell(uploaded.id).startsWith(QLatin1String("Deleted in 4:5")) ||
                     conversationCell(uploaded.id) == QLatin1String("Deleted in 5:00"),
                 qPrintable(conversationCell(uploaded.id)));
        Clock::advanceForTests(UnattachedMedia::TwilioLifetimeSeconds - 3);
        QVERIFY(QTest::qWaitFor(
            [&] { return conversationCell(uploaded.id).startsWith(QLatin1String("Deleted in 0:0")); },
            3000)); // the next tick of the column
        Clock::advanceForTests(5);
        QVERIFY(QTest::qWaitFor(
            [&] { return conversationCell(uploaded.id) == QLatin1String("Deleted by Twilio"); }, 3000));
        // The sandbox deletes unattached media at its next request once its own 2 s have passed: time,
        // not an event, so there is nothing to wait on but the clock.
        QTest::qWait(2000);
        // The details panel counts down too, and a look-up now proves it is gone.
        m_app.window->showDetails(uploaded.mediaSid, uploaded.origin.serviceSid);
        QVERIFY(QTest::qWaitFor([&] { return !formOf(m_app.window)->detailsPanel->isLookingUp(); }, 10000));
        QVERIFY2(formOf(formOf(m_app.window)->detailsPanel)
                     ->lookupHint->text()
                     .contains(QLatin1String("no media")),
                 qPrintable(formOf(formOf(m_app.window)->detailsPanel)->lookupHint->text()));
        QCOMPARE(item(uploaded.id).check()->found, std::optional<bool>(false));
        const QString tooltip = formOf(m_app.window)
                                    ->transfersTab->model()
                                    ->index(queue()->indexOf(uploaded.id), TransferModel::Conversation)
                                    .data(Qt::ToolTipRole)
                                    .toString();
        QVERIFY2(tooltip.contains(QLatin1String("found it no more")), qPrintable(tooltip));
    }

    void detailsCountDownWhileUnattached()
    {
        drop({QUrl::fromLocalFile(write(QStringLiteral("waiting.txt"), "waiting"))});
        QVERIFY(idle());
        const TransferItem uploaded = queue()->items().last();
        m_app.window->showDetails(uploaded.mediaSid, uploaded.origin.serviceSid);
        QVERIFY(QTest::qWaitFor(
            [&] { return formOf(m_app.window)->detailsPanel->model()->media().sid == uploaded.mediaSid; },
            10000));
        const auto *model = formOf(m_app.window)->detailsPanel->model();
        const QString text =
            model->index(model->rowOfKey(QStringLiteral("channel_sid")), 1).data().toString();
        QVERIFY2(text.contains(QLatin1String("deleted in 4:")) ||
                     text.contains(QLatin1String("deleted in 5:00")),
                 qPrintable(text));

        // Sent from the panel: it goes into the conversation, and a fresh look-up shows the message.
        QPushButton *send = formOf(formOf(m_app.window)->detailsPanel)->sendButton;
        QVERIFY(send->isEnabled());
        m_choice = SendCoordinator::Choice{{conversation(3), QStringLiteral("carol"), {}, {}},
                                           QStringLiteral("Conversation 3")};
        const qsizetype before = queue()->items().size();
        QTest::mouseClick(send, Qt::LeftButton);
        QCOMPARE(queue()->items().size(), before + 1);
        QVERIFY(idle());
        QCOMPARE(queue()->items().last().state, TransferItem::State::Done);
        QVERIFY(
            !queue()->items().at(queue()->indexOf(uploaded.id)).messageSid().isEmpty()); // its upload row too
        m_app.window->showDetails(uploaded.mediaSid, uploaded.origin.serviceSid);
        QVERIFY(QTest::qWaitFor([&] { return model->media().messageSid.has_value(); }, 10000));
        QCOMPARE(model->index(model->rowOfKey(QStringLiteral("channel_sid")), 1).data().toString(),
                 conversation(3));
        QVERIFY(!send->isEnabled());
    }

    void cleanupTestCase()
    {
        QCOMPARE(emulatorAdmin(m_app.session->sandbox(), QStringLiteral("/_emulator/stats"))
                     .value(QLatin1String("credential_leaks"))
                     .toInt(-1),
                 0);
        m_app.close();
    }
};

QTEST_MAIN(TestSend)
#include "tst_send.moc"
