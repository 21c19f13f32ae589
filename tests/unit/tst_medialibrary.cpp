#include "libraryentryfixture.h"
#include "store/medialibrary.h"

#include <QFile>
#include <QScopeGuard>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>
#include <sys/stat.h>

using namespace mediadesk;

namespace {
LibraryEntry entry(int i, const QString &name, const QString &type)
{
    return libraryEntry(i, name, type);
}
} // namespace

class TestMediaLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<MediaLibrary> m_library;

private slots:
    void initTestCase()
    {
        m_library = std::make_unique<MediaLibrary>(m_dir.filePath(QStringLiteral("sub/library.sqlite")));
        const Result<> opened = m_library->open();
        QVERIFY2(opened, qPrintable(opened.problem()));
        const QList<LibraryEntry> entries = {
            entry(1, QStringLiteral("cat.png"), QStringLiteral("image/png")),
            entry(2, QStringLiteral("Report 50%.pdf"), QStringLiteral("application/pdf")),
            entry(3, QStringLiteral("写真_旅行.jpg"), QStringLiteral("image/jpeg")),
            entry(4, QStringLiteral("notes_2026.txt"), QStringLiteral("text/plain")),
            entry(5, QStringLiteral("Dog.PNG"), QStringLiteral("image/png")),
        };
        const Result<> recorded = m_library->recordAll(entries);
        QVERIFY2(recorded, qPrintable(recorded.problem()));
    }

    void libraryIsTheOwnersAlone()
    {
        // What was uploaded, from where, by which profile: no one else on the machine reads it,
        // whatever the umask. SQLite's -wal and -shm files take the database's mode.
        const mode_t previous = ::umask(0);
        const auto restore = qScopeGuard([previous] { ::umask(previous); });
        MediaLibrary library(m_dir.filePath(QStringLiteral("private/library.sqlite")));
        const Result<> opened = library.open();
        QVERIFY2(opened, qPrintable(opened.problem()));
        const Result<> recorded =
            library.record(entry(9, QStringLiteral("secret.png"), QStringLiteral("image/png")));
        QVERIFY2(recorded, qPrintable(recorded.problem()));
        auto mode = [](const QString &path) {
            struct stat st
            {
            };
            return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? int(st.st_mode & 07777) : -1;
        };
        QCOMPARE(mode(m_dir.filePath(QStringLiteral("private"))), 0700);
        for (const char *suffix : {"", "-wal", "-shm"})
            QCOMPARE(mode(m_dir.filePath(QStringLiteral("private/library.sqlite")) + QLatin1String(suffix)),
                     0600);
    }

    void aRetryNeverAddsASecondRow()
    {
        LibraryEntry again = entry(1, QStringLiteral("cat.png"), QStringLiteral("image/png"));
        const Result<> recorded = m_library->record(again);
        QVERIFY2(recorded, qPrintable(recorded.problem()));
        const Result<> recorded2 = m_library->record(again);
        QVERIFY2(recorded2, qPrintable(recorded2.problem()));
        QCOMPARE(m_library->count(), 5);
    }

    void search_data()
    {
        QTest::addColumn<QString>("search");
        QTest::addColumn<int>("expected");
        QTest::newRow("everything") << "" << 5;
        QTest::newRow("name, any case") << "png" << 2; // cat.png, Dog.PNG (and their type)
        QTest::newRow("type") << "image/" << 3;
        QTest::newRow("media sid") << entry(3, {}, {}).mediaSid << 1;
        QTest::newRow("percent is literal") << "50%" << 1;
        QTest::newRow("underscore is literal") << "_2026" << 1;
        QTest::newRow("japanese") << QStringLiteral("旅行") << 1;
        QTest::newRow("nothing") << "zebra" << 0;
    }

    void search()
    {
        QFETCH(QString, search);
        QFETCH(int, expected);
        QCOMPARE(m_library->count(search), expected);
        QCOMPARE(m_library->page(search, MediaLibrary::Column::UploadedAt, Qt::AscendingOrder, 0, 100).size(),
                 expected);
    }

    void sortAndPage_data()
    {
        QTest::addColumn<int>("column");
        QTest::addColumn<int>("order");
        QTest::addColumn<QString>("first");
        QTest::newRow("name ascending, case-insensitive")
            << int(MediaLibrary::Column::FileName) << int(Qt::AscendingOrder) << "cat.png";
        QTest::newRow("name descending") << int(MediaLibrary::Column::FileName) << int(Qt::DescendingOrder)
                                         << QStringLiteral("写真_旅行.jpg");
        QTest::newRow("size descending")
            << int(MediaLibrary::Column::Size) << int(Qt::DescendingOrder) << "Dog.PNG";
        QTest::newRow("type ascending")
            << int(MediaLibrary::Column::ContentType) << int(Qt::AscendingOrder) << "Report 50%.pdf";
        QTest::newRow("newest first")
            << int(MediaLibrary::Column::UploadedAt) << int(Qt::DescendingOrder) << "Dog.PNG";
    }

    void sortAndPage()
    {
        QFETCH(int, column);
        QFETCH(int, order);
        QFETCH(QString, first);
        const auto rows = m_library->page({}, MediaLibrary::Column(column), Qt::SortOrder(order), 0, 2);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows.first().fileName, first);
        const auto rest = m_library->page({}, MediaLibrary::Column(column), Qt::SortOrder(order), 2, 10);
        QCOMPARE(rest.size(), 3);
        for (const LibraryEntry &e : rest)
            QVERIFY(e.uploadId != rows.at(0).uploadId && e.uploadId != rows.at(1).uploadId);
    }

    void everyFieldSurvivesAReopen()
    {
        MediaLibrary reopened(m_library->path());
        const Result<> opened = reopened.open();
        QVERIFY2(opened, qPrintable(opened.problem()));
        const auto found = reopened.findByMediaSid(entry(3, {}, {}).mediaSid);
        QVERIFY(found);
        const LibraryEntry expected = entry(3, QStringLiteral("写真_旅行.jpg"), QStringLiteral("image/jpeg"));
        QCOMPARE(found->fileName, expected.fileName);
        QCOMPARE(found->serviceSid, expected.serviceSid);
        QCOMPARE(found->accountSid, expected.accountSid);
        QCOMPARE(found->profile, expected.profile);
        QCOMPARE(found->contentType, expected.contentType);
        QCOMPARE(found->size, expected.size);
        QCOMPARE(found->localPath, expected.localPath);
        QCOMPARE(found->sha256, expected.sha256);
        QCOMPARE(found->uploadedAt, expected.uploadedAt);
        QCOMPARE(found->dateCreated, expected.dateCreated);
        const auto withoutDate = reopened.findByMediaSid(entry(4, {}, {}).mediaSid);
        QVERIFY(withoutDate && !withoutDate->dateCreated.isValid());
        QVERIFY(!reopened.findByMediaSid(QStringLiteral("ME00000000000000000000000000000099")));
    }

    void attachmentAndLookupAreKept()
    {
        const QString sid = entry(2, {}, {}).mediaSid;
        const QDateTime checked = QDateTime(QDate(2026, 1, 1), QTime(0, 10), Qt::UTC);
        const QString service = entry(2, {}, {}).serviceSid;
        const Result<> lookup = m_library->recordLookup(service, sid, true, checked);
        QVERIFY2(lookup, qPrintable(lookup.problem()));
        // A look-up in another service says nothing about this row.
        const Result<> lookup2 = m_library->recordLookup(
            QStringLiteral("IS%1").arg(7, 32, 16, QLatin1Char('0')), sid, false, checked.addSecs(60));
        QVERIFY2(lookup2, qPrintable(lookup2.problem()));
        const Result<> attached =
            m_library->recordAttachment(sid, QStringLiteral("CH1"), QStringLiteral("IM1"));
        QVERIFY2(attached, qPrintable(attached.problem()));
        MediaLibrary reopened(m_library->path());
        const Result<> opened = reopened.open();
        QVERIFY2(opened, qPrintable(opened.problem()));
        const auto found = reopened.findByMediaSid(sid);
        QVERIFY(found);
        QCOMPARE(found->conversationSid, QStringLiteral("CH1"));
        QCOMPARE(found->messageSid, QStringLiteral("IM1"));
        QCOMPARE(found->checkedAt, checked);
        QCOMPARE(found->foundAtCheck, std::optional<bool>(true));
        const auto never = reopened.findByMediaSid(entry(4, {}, {}).mediaSid);
        QVERIFY(never && never->messageSid.isEmpty() && !never->checkedAt.isValid() && !never->foundAtCheck);
    }

    void versionOneLibraryIsUpgraded()
    {
        // A library written before uploads could be sent: its rows stay, the new columns arrive.
        const QString path = m_dir.filePath(QStringLiteral("v1.sqlite"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("v1"));
            db.setDatabaseName(path);
            QVERIFY(db.open());
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral(
                "CREATE TABLE media (id INTEGER PRIMARY KEY, upload_id TEXT NOT NULL UNIQUE, media_sid TEXT "
                "NOT "
                "NULL, service_sid TEXT NOT NULL, account_sid TEXT NOT NULL, profile TEXT NOT NULL, "
                "file_name "
                "TEXT NOT NULL, content_type TEXT NOT NULL, size INTEGER NOT NULL, local_path TEXT NOT NULL, "
                "sha256 TEXT NOT NULL, uploaded_at INTEGER NOT NULL, date_created INTEGER)")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO media VALUES (1, 'u1', 'ME1', 'IS1', 'AC1', 'p', "
                                          "'old.png', 'image/png', 3, '/x', 'aa', 1000, NULL)")));
            QVERIFY(q.exec(QStringLiteral("PRAGMA user_version=1")));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("v1"));
        MediaLibrary upgraded(path);
        const Result<> opened = upgraded.open();
        QVERIFY2(opened, qPrintable(opened.problem()));
        const auto old = upgraded.findByMediaSid(QStringLiteral("ME1"));
        QVERIFY(old);
        QCOMPARE(old->fileName, QStringLiteral("old.png"));
        QVERIFY(old->messageSid.isEmpty());
        const Result<> attached =
            upgraded.recordAttachment(QStringLiteral("ME1"), QStringLiteral("CH2"), QStringLiteral("IM2"));
        QVERIFY2(attached, qPrintable(attached.problem()));
        QCOMPARE(upgraded.findByMediaSid(QStringLiteral("ME1"))->messageSid, QStringLiteral("IM2"));
    }

    void unusableLocationIsReported()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        MediaLibrary library(m_dir.filePath(QStringLiteral("a-file/library.sqlite")));
        const Result<> opened = library.open();
        QVERIFY(!opened);
        QVERIFY2(opened.problem().contains(QLatin1String("a-file")), qPrintable(opened.problem()));
        const Result<> recorded = library.record(entry(9, QStringLiteral("x"), QStringLiteral("y")));
        QVERIFY(!recorded);
    }
};

QTEST_GUILESS_MAIN(TestMediaLibrary)
#include "tst_medialibrary.moc"
