// Library, the one the program shares: rows land and say changed(), a look-up is told at once and
// written, and a library closed early and then destroyed has written everything (and returns).
#include "libraryentryfixture.h"
#include "store/library.h"

#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

class TestLibrary : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    static LibraryEntry entry(int i)
    {
        return libraryEntry(i, QStringLiteral("file-%1.bin").arg(i), QStringLiteral("image/png"));
    }

private slots:
    void rowsLandAndSayChanged()
    {
        Library library(m_dir.filePath(QStringLiteral("changed.sqlite")));
        QVERIFY(library.open());
        QSignalSpy changed(&library, &Library::changed);
        QSignalSpy recorded(&library, &Library::recorded);
        library.record(entry(1));
        library.record(entry(2));
        library.waitUntilWritten();
        QCOMPARE(recorded.size(), 2);
        QCOMPARE(changed.size(), 2);
        QCOMPARE(library.reader().count(), 2); // the reader sees what the writer wrote
    }

    void aLookUpIsToldAtOnceAndWritten()
    {
        Library library(m_dir.filePath(QStringLiteral("lookup.sqlite")));
        QVERIFY(library.open());
        const LibraryEntry row = entry(3);
        library.record(row);
        QSignalSpy lookedUp(&library, &Library::lookedUp);
        const QDateTime at = QDateTime::currentDateTimeUtc();
        library.recordLookup(row.serviceSid, row.mediaSid, true, at,
                             QStringLiteral("IM%1").arg(7, 32, 16, QLatin1Char('0')),
                             QStringLiteral("CH%1").arg(8, 32, 16, QLatin1Char('0')));
        QCOMPARE(lookedUp.size(), 1); // before the write: the transfer list follows at once
        library.waitUntilWritten();
        const auto found = library.reader().findByMediaSid(row.mediaSid);
        QVERIFY(found);
        QCOMPARE(found->foundAtCheck, std::optional<bool>(true));
        QCOMPARE(found->messageSid, QStringLiteral("IM%1").arg(7, 32, 16, QLatin1Char('0')));
    }

    void closedEarlyThenDestroyedWritesEverything()
    {
        // mediadesk-cli closes the library as it exits; destroying it after that must not wait for
        // a thread that has already stopped (it once hung there).
        const QString path = m_dir.filePath(QStringLiteral("closing.sqlite"));
        {
            Library library(path);
            for (int i = 0; i < 100; ++i)
                library.record(entry(i));
            library.closeSoon();
            QCoreApplication::processEvents();
            library.waitUntilWritten(); // after closing: returns at once
        }
        MediaLibrary reader(path);
        QVERIFY(reader.open());
        QCOMPARE(reader.count(), 100);
    }
};

QTEST_GUILESS_MAIN(TestLibrary)
#include "tst_library.moc"
