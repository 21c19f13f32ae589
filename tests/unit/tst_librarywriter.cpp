// LibraryWriter: rows given are written on the writer's thread, in order, each reported back;
// closing writes everything given first; an unusable library fails each row and says why.
#include "libraryentryfixture.h"
#include "store/librarywriter.h"
#include "store/medialibrary.h"

#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

namespace {
LibraryEntry entry(int i)
{
    return libraryEntry(i, QStringLiteral("file-%1.bin").arg(i), QStringLiteral("application/octet-stream"));
}

qint64 rowsIn(const QString &path)
{
    MediaLibrary library(path);
    if (!library.open())
        return -1;
    return library.count();
}
} // namespace

class TestLibraryWriter : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void eachRowIsReportedOnceWritten()
    {
        const QString path = m_dir.filePath(QStringLiteral("reported.sqlite"));
        LibraryWriter writer(path);
        QSignalSpy recorded(&writer, &LibraryWriter::recorded);
        QSignalSpy failed(&writer, &LibraryWriter::failed);
        for (int i = 0; i < 3; ++i)
            writer.record(entry(i));
        writer.waitUntilWritten();
        QVERIFY2(failed.isEmpty(), failed.isEmpty() ? "" : qPrintable(failed.at(0).at(1).toString()));
        QCOMPARE(recorded.size(), 3);
        QCOMPARE(recorded.at(0).at(0).toString(), QStringLiteral("upload-0"));
        QCOMPARE(recorded.at(2).at(0).toString(), QStringLiteral("upload-2"));
        QCOMPARE(rowsIn(path), 3);
    }

    void closingWritesEverythingGivenFirst_data()
    {
        QTest::addColumn<bool>("closeSoon");
        QTest::newRow("closed early, then destroyed") << true;
        QTest::newRow("destroyed") << false;
    }

    void closingWritesEverythingGivenFirst()
    {
        QFETCH(bool, closeSoon);
        const QString path = m_dir.filePath(QStringLiteral("closing-%1.sqlite").arg(closeSoon));
        {
            LibraryWriter writer(path);
            for (int i = 0; i < 200; ++i)
                writer.record(entry(i));
            if (closeSoon)
                writer.closeSoon();
        }
        QCOMPARE(rowsIn(path), 200);
        // Closed, not just written: SQLite checkpointed and removed its write-ahead log.
        QVERIFY(!QFile::exists(path + QStringLiteral("-wal")));
    }

    void unusableLibraryFailsEachRowWithTheReason()
    {
        QFile blocker(m_dir.filePath(QStringLiteral("a-file")));
        QVERIFY(blocker.open(QIODevice::WriteOnly));
        blocker.close();
        LibraryWriter writer(m_dir.filePath(QStringLiteral("a-file/library.sqlite")));
        QSignalSpy recorded(&writer, &LibraryWriter::recorded);
        QSignalSpy failed(&writer, &LibraryWriter::failed);
        writer.record(entry(1));
        writer.record(entry(2));
        writer.waitUntilWritten();
        QCOMPARE(recorded.size(), 0);
        QCOMPARE(failed.size(), 2);
        QCOMPARE(failed.at(1).at(0).toString(), QStringLiteral("upload-2"));
        QVERIFY2(failed.at(0).at(1).toString().contains(QLatin1String("a-file")),
                 qPrintable(failed.at(0).at(1).toString()));
    }
};

QTEST_GUILESS_MAIN(TestLibraryWriter)
#include "tst_librarywriter.moc"
