// Downloads into the download folder when a file of the same name is there: the window asks
// (Replace, Keep Both, Skip, Cancel the Rest, for the rest of the batch too) or does what Settings
// says; never a silent overwrite; two media of one name in one batch are both kept.
#include "conflictdialog.h"
#include "dialogs.h"
#include "formaccess.h"
#include "guitestenv.h"
#include "librarymodel.h"
#include "librarytab.h"
#include "sandboxwindow.h"
#include "settingsdialog.h"
#include "store/appsettings.h"
#include "ui_conflictdialog.h"
#include "ui_librarytab.h"
#include "ui_mainwindow.h"
#include "ui_settingsdialog.h"

#include <QSignalSpy>
#include <QTest>

using namespace mediadesk;
using namespace Qt::Literals::StringLiterals;

using Answers = QMap<QString, QString>; // file name → "overwrite", "rename", "skip", "cancel" (+ " all")
using Files = QMap<QString, QByteArray>;

class TestDownloadConflicts : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;
    QTemporaryDir m_files;
    SandboxWindow m_app;
    QString m_folder; // the download folder of Settings

    LibraryTab *library() const { return formOf(m_app.window)->libraryTab; }

    // Selects the library rows of these file names (every row of each name).
    void select(const QStringList &names)
    {
        formOf(m_app.window)->workspaceTabs->setCurrentWidget(library());
        QTableView *table = formOf(library())->libraryTable;
        table->clearSelection();
        for (int row = 0; row < library()->model()->rowCount(); ++row) {
            if (names.contains(library()->model()->index(row, LibraryModel::FileName).data().toString()))
                table->selectionModel()->select(library()->model()->index(row, 0),
                                                QItemSelectionModel::Select | QItemSelectionModel::Rows);
        }
    }

    // Chooses in Settings what a download does when its file is there, as a user would.
    void chooseInSettings(const QString &standing)
    {
        Dialogs::answerNext([standing](QDialog *d) {
            auto *settings = qobject_cast<SettingsDialog *>(d);
            if (!settings)
                return d->exec();
            QComboBox *combo = formOf(settings)->conflictCombo;
            combo->setCurrentIndex(combo->findData(standing));
            return int(QDialog::Accepted);
        });
        formOf(m_app.window)->actionSettings->trigger();
        QCOMPARE(Dialogs::answersLeft(), 0);
    }

    Files folderContents() const
    {
        Files files;
        for (const QFileInfo &info : QDir(m_folder).entryInfoList(QDir::Files)) {
            QFile f(info.filePath());
            if (f.open(QIODevice::ReadOnly))
                files.insert(info.fileName(), f.readAll());
        }
        return files;
    }

private slots:
    void initTestCase()
    {
        isolateGuiTest(m_home);
        useLanguage(u"en"_s);
        m_folder = QDir(m_home.path()).filePath(u"Downloads"_s);
        QVERIFY(QDir().mkpath(m_folder));
        {
            ProfileStore profiles;
            AppSettings settings;
            settings.downloadFolder = m_folder;
            settings.save(profiles.settings());
        }
        QVERIFY(m_app.open());
        QSignalSpy ended(m_app.window->transferQueue(), &TransferQueue::batchFinished);
        QList<QUrl> urls;
        for (const auto &[name, content] : {std::pair{u"a.txt"_s, "new a"},
                                            {u"b.txt"_s, "new b"},
                                            {u"c.txt"_s, "new c"},
                                            {u"twin.txt"_s, "first twin"},
                                            {u"twin.txt"_s, "second twin"}})
            urls.append(QUrl::fromLocalFile(m_app.write(m_files, name, content)));
        QVERIFY(m_app.window->addUrls(urls));
        QVERIFY(ended.wait(20000));
        formOf(m_app.window)->workspaceTabs->setCurrentWidget(library()); // the library shows what it has now
        QTRY_COMPARE_WITH_TIMEOUT(library()->model()->rowCount(), 5, 10000);
    }

    void init()
    {
        for (const QString &name : QDir(m_folder).entryList(QDir::Files))
            QVERIFY(QFile::remove(QDir(m_folder).filePath(name)));
        Dialogs::reset();
    }

    void cleanupTestCase()
    {
        Dialogs::reset();
        m_app.close();
    }

    void aFileThereIsAskedAbout_data()
    {
        QTest::addColumn<QString>("standing"); // Settings' choice: "ask", "overwrite", "rename", "skip"
        QTest::addColumn<Answers>("answers");
        QTest::addColumn<int>("asked");
        QTest::addColumn<Files>("expected");

        QTest::newRow("replace each")
            << u"ask"_s << Answers{{u"a.txt"_s, u"overwrite"_s}, {u"b.txt"_s, u"overwrite"_s}} << 2
            << Files{{u"a.txt"_s, "new a"}, {u"b.txt"_s, "new b"}, {u"c.txt"_s, "new c"}};
        QTest::newRow("keep both, for all")
            << u"ask"_s << Answers{{u"a.txt"_s, u"rename all"_s}, {u"b.txt"_s, u"rename all"_s}} << 1
            << Files{{u"a.txt"_s, "old a"},
                     {u"a (2).txt"_s, "new a"},
                     {u"b.txt"_s, "old b"},
                     {u"b (2).txt"_s, "new b"},
                     {u"c.txt"_s, "new c"}};
        QTest::newRow("skip one, replace the other")
            << u"ask"_s << Answers{{u"a.txt"_s, u"skip"_s}, {u"b.txt"_s, u"overwrite"_s}} << 2
            << Files{{u"a.txt"_s, "old a"}, {u"b.txt"_s, "new b"}, {u"c.txt"_s, "new c"}};
        QTest::newRow("skip, for all")
            << u"ask"_s << Answers{{u"a.txt"_s, u"skip all"_s}, {u"b.txt"_s, u"skip all"_s}} << 1
            << Files{{u"a.txt"_s, "old a"}, {u"b.txt"_s, "old b"}, {u"c.txt"_s, "new c"}};
        QTest::newRow("Settings: keep both") << u"rename"_s << Answers{} << 0
                                             << Files{{u"a.txt"_s, "old a"},
                                                      {u"a (2).txt"_s, "new a"},
                                                      {u"b.txt"_s, "old b"},
                                                      {u"b (2).txt"_s, "new b"},
                                                      {u"c.txt"_s, "new c"}};
        QTest::newRow("Settings: skip")
            << u"skip"_s << Answers{} << 0
            << Files{{u"a.txt"_s, "old a"}, {u"b.txt"_s, "old b"}, {u"c.txt"_s, "new c"}};
        QTest::newRow("Settings: replace")
            << u"overwrite"_s << Answers{} << 0
            << Files{{u"a.txt"_s, "new a"}, {u"b.txt"_s, "new b"}, {u"c.txt"_s, "new c"}};
    }

    void aFileThereIsAskedAbout()
    {
        QFETCH(QString, standing);
        QFETCH(Answers, answers);
        QFETCH(int, asked);
        QFETCH(Files, expected);
        for (const auto &[name, content] : {std::pair{u"a.txt"_s, "old a"}, {u"b.txt"_s, "old b"}}) {
            QFile f(QDir(m_folder).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) > 0);
        }
        chooseInSettings(standing);
        int dialogs = 0;
        Dialogs::answerAll([&](QDialog *d) {
            auto *dialog = qobject_cast<ConflictDialog *>(d);
            if (!dialog)
                return d->exec();
            ++dialogs;
            const QString question = formOf(dialog)->question->text();
            const QString name = question.section(u'“', 1).section(u'”', 0, 0);
            const QString answer = answers.value(name);
            if (answer == u"cancel"_s)
                return int(QDialog::Rejected);
            formOf(dialog)->applyToAll->setChecked(answer.endsWith(u" all"_s));
            dialog->choose(*conflictPolicyFromName(answer.section(u' ', 0, 0)));
            return int(QDialog::Accepted);
        });
        select({u"a.txt"_s, u"b.txt"_s, u"c.txt"_s});
        formOf(m_app.window)->actionDownloadToFolder->trigger();
        QCOMPARE(dialogs, asked);
        QVERIFY(QTest::qWaitFor([this] { return m_app.window->transferQueue()->activeCount() == 0; }, 20000));
        QCOMPARE(folderContents(), expected);
    }

    void cancellingStopsTheRestAndLosesNothing()
    {
        for (const auto &[name, content] :
             {std::pair{u"a.txt"_s, "old a"}, {u"b.txt"_s, "old b"}, {u"c.txt"_s, "old c"}}) {
            QFile f(QDir(m_folder).filePath(name));
            QVERIFY(f.open(QIODevice::WriteOnly) && f.write(content) > 0);
        }
        chooseInSettings(u"ask"_s);
        int dialogs = 0;
        Dialogs::answerAll([&dialogs](QDialog *d) {
            if (!qobject_cast<ConflictDialog *>(d))
                return d->exec();
            ++dialogs;
            return int(QDialog::Rejected);
        });
        select({u"a.txt"_s, u"b.txt"_s, u"c.txt"_s});
        const int before = int(m_app.window->transferQueue()->items().size());
        formOf(m_app.window)->actionDownloadToFolder->trigger();
        QCOMPARE(dialogs, 1);
        QCOMPARE(int(m_app.window->transferQueue()->items().size()), before); // nothing queued
        QCOMPARE(folderContents(),
                 (Files{{u"a.txt"_s, "old a"}, {u"b.txt"_s, "old b"}, {u"c.txt"_s, "old c"}}));
    }

    void twoMediaOfOneNameAreBothKept()
    {
        chooseInSettings(u"ask"_s);
        int dialogs = 0;
        Dialogs::answerAll([&dialogs](QDialog *d) {
            dialogs += qobject_cast<ConflictDialog *>(d) != nullptr;
            return int(QDialog::Rejected);
        });
        select({u"twin.txt"_s});
        formOf(m_app.window)->actionDownloadToFolder->trigger();
        QCOMPARE(dialogs, 0); // nothing was there: nothing to ask
        QVERIFY(QTest::qWaitFor([this] { return m_app.window->transferQueue()->activeCount() == 0; }, 20000));
        const Files files = folderContents();
        QCOMPARE(files.keys(), (QStringList{u"twin (2).txt"_s, u"twin.txt"_s}));
        QCOMPARE(QSet<QByteArray>(files.begin(), files.end()),
                 (QSet<QByteArray>{"first twin", "second twin"}));
    }

    void aDownloadQueuedEarlierKeepsItsName()
    {
        // The first batch's download has not begun writing (paused at once), so its file is not
        // there yet: a second batch of the same media must not pick its name.
        chooseInSettings(u"ask"_s);
        int dialogs = 0;
        Dialogs::answerAll([&dialogs](QDialog *d) {
            dialogs += qobject_cast<ConflictDialog *>(d) != nullptr;
            return int(QDialog::Rejected);
        });
        TransferQueue *queue = m_app.window->transferQueue();
        select({u"c.txt"_s});
        const QStringList first = m_app.window->downloadToFolder(library()->selectedMedia());
        queue->pauseAll();
        const QStringList second = m_app.window->downloadToFolder(library()->selectedMedia());
        QCOMPARE(dialogs, 0);
        QCOMPARE(first.size(), 1);
        QCOMPARE(second.size(), 1);
        QCOMPARE(QFileInfo(queue->items().at(queue->indexOf(first.first())).path).fileName(), u"c.txt"_s);
        QCOMPARE(QFileInfo(queue->items().at(queue->indexOf(second.first())).path).fileName(),
                 u"c (2).txt"_s);
        queue->resumeAll();
        QVERIFY(QTest::qWaitFor(
            [queue] {
                return std::none_of(queue->items().cbegin(), queue->items().cend(),
                                    [](const TransferItem &item) { return !item.isFinished(); });
            },
            20000));
        QCOMPARE(folderContents(), (Files{{u"c.txt"_s, "new c"}, {u"c (2).txt"_s, "new c"}}));
    }

    void theDialogSaysWhatIsThereAndOffersApplyToAllOnlyWithMoreToCome()
    {
        const QString path = QDir(m_folder).filePath(u"a.txt"_s);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly) && f.write("old a") > 0);
        f.close();
        ConflictDialog last(path, 5, QDir(m_folder).filePath(u"a (2).txt"_s), false);
        QCOMPARE(formOf(&last)->question->text(), u"“a.txt” is already in “%1”."_s.arg(m_folder));
        QVERIFY(formOf(&last)->comparison->text().contains(u"5 bytes"_s));
        QVERIFY(formOf(&last)->renameButton->toolTip().contains(u"a (2).txt"_s));
        QVERIFY(formOf(&last)->applyToAll->isHidden());
        ConflictDialog notLast(path, 5, QDir(m_folder).filePath(u"a (2).txt"_s), true);
        QVERIFY(!formOf(&notLast)->applyToAll->isHidden());
        QVERIFY(formOf(&notLast)->renameButton->isDefault()); // Enter loses nothing
        QVERIFY(!formOf(&notLast)->overwriteButton->isHidden());

        // A symbolic link there is never written through: no Replace.
        const QString link = QDir(m_folder).filePath(u"link.txt"_s);
        QVERIFY(QFile::link(path, link));
        ConflictDialog linked(link, 5, QDir(m_folder).filePath(u"link (2).txt"_s), false);
        QVERIFY(formOf(&linked)->overwriteButton->isHidden());
    }
};

QTEST_MAIN(TestDownloadConflicts)
#include "tst_downloadconflicts.moc"
