// FileUploadDevice hashing what it gives out: an upload knows the SHA-256 of what it sent without
// reading the file again, whether QNAM reads it through once, rewinds it to resend it, or peeks;
// a read that skips bytes, or a file changed while read, gives no hash at all.
#include "transfer/fileuploaddevice.h"

#include <QCryptographicHash>
#include <QFile>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

namespace {
struct Step
{
    qint64 seekTo = -1; // -1: read on from where the last read ended
    qint64 bytes = 0;
};
using Steps = QList<Step>;

constexpr qint64 FileBytes = 1024 * 1024 + 7;
constexpr qint64 Piece = 16 * 1024; // what QNAM asks for at a time
} // namespace

Q_DECLARE_METATYPE(Steps)

class TestFileUploadDevice : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_path;
    QByteArray m_content;

    std::unique_ptr<FileUploadDevice> open()
    {
        const QFileInfo info(m_path);
        auto device = FileUploadDevice::open(m_path, info.size(), info.lastModified());
        if (!device)
            qFatal("cannot open the test file: %s", qPrintable(device.problem()));
        return std::move(device).value();
    }

    // Reads what is left in QNAM's pieces; false when a read fails.
    static bool readToEnd(QIODevice &device)
    {
        QByteArray buffer(Piece, Qt::Uninitialized);
        for (;;) {
            const qint64 n = device.read(buffer.data(), buffer.size());
            if (n < 0)
                return false;
            if (n == 0)
                return true;
        }
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        m_content.resize(FileBytes);
        QRandomGenerator generator(23);
        for (char &c : m_content)
            c = char(generator.bounded(256));
        m_path = m_dir.filePath(QStringLiteral("送信.bin"));
        QFile file(m_path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        QCOMPARE(file.write(m_content), FileBytes);
    }

    void hashesWhatWasRead_data()
    {
        QTest::addColumn<Steps>("steps");
        QTest::addColumn<bool>("hashed");
        QTest::newRow("read through in QNAM's pieces") << Steps{} << true;
        QTest::newRow("read whole at once") << Steps{{-1, FileBytes}} << true;
        QTest::newRow("rewound to the first byte and sent again")
            << Steps{{-1, 300000}, {-1, 200000}, {0, Piece}} << true;
        QTest::newRow("a seek back into what was read (a peek)")
            << Steps{{-1, 50000}, {20000, 40000}, {10, 5}} << true;
        QTest::newRow("rewound after the last byte") << Steps{{-1, FileBytes}, {0, FileBytes}} << true;
        QTest::newRow("skipped ahead: the bytes in between were never read")
            << Steps{{-1, 1000}, {5000, 1000}} << false;
        QTest::newRow("started in the middle") << Steps{{FileBytes / 2, Piece}} << false;
    }

    void hashesWhatWasRead()
    {
        QFETCH(Steps, steps);
        QFETCH(bool, hashed);
        auto device = open();
        device->hashWhileReading();
        QSignalSpy hashes(device.get(), &FileUploadDevice::contentHashed);
        QByteArray buffer(FileBytes, Qt::Uninitialized);
        for (const Step &step : steps) {
            if (step.seekTo >= 0)
                QVERIFY(device->seek(step.seekTo));
            QVERIFY(device->read(buffer.data(), step.bytes) > 0);
        }
        QVERIFY(readToEnd(*device));
        QCOMPARE(hashes.count(), hashed ? 1 : 0); // once, however often the end is reached
        if (hashed)
            QCOMPARE(
                hashes.first().first().toString(),
                QString::fromLatin1(QCryptographicHash::hash(m_content, QCryptographicHash::Sha256).toHex()));
    }

    void noHashUnlessAsked()
    {
        auto device = open();
        QSignalSpy hashes(device.get(), &FileUploadDevice::contentHashed);
        QVERIFY(readToEnd(*device));
        QCOMPARE(hashes.count(), 0);
    }

    void aFileChangedWhileReadGivesNoHash()
    {
        auto device = open();
        device->hashWhileReading();
        QSignalSpy hashes(device.get(), &FileUploadDevice::contentHashed);
        QSignalSpy changed(device.get(), &FileUploadDevice::fileChanged);
        QByteArray buffer(FileBytes, Qt::Uninitialized);
        QCOMPARE(device->read(buffer.data(), FileBytes - 10), FileBytes - 10);
        {
            QFile file(m_path); // grows by a byte: the size no longer matches the one queued
            QVERIFY(file.open(QIODevice::Append));
            QCOMPARE(file.write("x", 1), 1);
        }
        QCOMPARE(device->read(buffer.data(), 10), -1);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(hashes.count(), 0);
        QVERIFY(QFile::resize(m_path, FileBytes)); // as it was, for the other cases
    }
};

QTEST_GUILESS_MAIN(TestFileUploadDevice)
#include "tst_fileuploaddevice.moc"
