// The export folder's rules without a server: names from date, author and file name, made safe and
// unique; an earlier export's names kept; what counts as complete; messages as Twilio lists them.
#include "transfer/exportfolder.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

namespace {
ConversationMessage message(const QString &sid, int index, const QString &author, const QDateTime &created)
{
    ConversationMessage m;
    m.sid = sid;
    m.index = index;
    m.author = author;
    m.dateCreated = created;
    m.json = {{QStringLiteral("date_created"), created.toString(Qt::ISODate)}};
    return m;
}

MessageMedia media(const QString &sid, const std::optional<QString> &filename, const QString &type,
                   qint64 size)
{
    MessageMedia m;
    m.sid = sid;
    m.filename = filename;
    m.contentType = type;
    m.size = size;
    return m;
}

const QString Ch = QStringLiteral("CH0123456789abcdef0123456789abcdef");
const QString Is = QStringLiteral("IS0123456789abcdef0123456789abcdef");
QString me(int i)
{
    return QStringLiteral("ME%1").arg(i, 32, 16, QLatin1Char('0'));
}
} // namespace

class TestExportFolder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase() { qputenv("TZ", "UTC"); }

    void baseNameSaysWhenWhoAndWhat_data()
    {
        QTest::addColumn<QString>("author");
        QTest::addColumn<QString>("filename");
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("expected");
        QTest::newRow("everything") << "alice"
                                    << "photo.jpg"
                                    << "image/jpeg"
                                    << "2026-12-02 14-03 alice — photo.jpg";
        QTest::newRow("no author") << ""
                                   << "photo.jpg"
                                   << "image/jpeg"
                                   << "2026-12-02 14-03 — photo.jpg";
        QTest::newRow("no file name: the SID and the type's extension")
            << "bob" << QString() << "image/png"
            << QStringLiteral("2026-12-02 14-03 bob — %1.png").arg(me(1));
        QTest::newRow("non-ASCII") << "山田"
                                   << "写真.jpg"
                                   << "image/jpeg"
                                   << "2026-12-02 14-03 山田 — 写真.jpg";
    }

    void baseNameSaysWhenWhoAndWhat()
    {
        QFETCH(QString, author);
        QFETCH(QString, filename);
        QFETCH(QString, type);
        QFETCH(QString, expected);
        const auto m = message(QStringLiteral("IM1"), 1, author,
                               QDateTime(QDate(2026, 12, 2), QTime(14, 3, 59), Qt::UTC));
        const auto file =
            media(me(1), filename.isNull() ? std::nullopt : std::optional<QString>(filename), type, 10);
        QCOMPARE(ExportFolder::baseName(m, file), expected);
    }

    void namesAreSafeAndUnique()
    {
        QTemporaryDir dir;
        // A file that is not ours already has the name; the two photos of the same minute collide.
        QFile other(QDir(dir.path()).filePath(QStringLiteral("2026-12-02 14-03 alice — Photo.jpg")));
        QVERIFY(other.open(QIODevice::WriteOnly));
        other.close();
        ExportFolder folder(dir.path(), Is, Ch);
        QVERIFY(folder.open());
        const auto m = message(QStringLiteral("IM1"), 1, QStringLiteral("alice"),
                               QDateTime(QDate(2026, 12, 2), QTime(14, 3), Qt::UTC));
        const QString first =
            folder.fileNameFor(m, media(me(1), QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"), 1));
        const QString second =
            folder.fileNameFor(m, media(me(2), QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"), 1));
        QCOMPARE(first, QStringLiteral(
                            "2026-12-02 14-03 alice — photo (2).jpg")); // case-insensitive: safe on any disk
        QCOMPARE(second, QStringLiteral("2026-12-02 14-03 alice — photo (3).jpg"));
        QCOMPARE(
            folder.fileNameFor(m, media(me(1), QStringLiteral("photo.jpg"), QStringLiteral("image/jpeg"), 1)),
            first);
        const auto hostile = message(QStringLiteral("IM2"), 2, QStringLiteral("../../x"), m.dateCreated);
        const QString unsafe = folder.fileNameFor(
            hostile, media(me(3), QStringLiteral("../../etc/passwd"), QStringLiteral("text/plain"), 1));
        // One plain name inside the folder: no separator, and not "." or "..".
        QVERIFY2(!unsafe.contains(u'/') && !unsafe.startsWith(u'.'), qPrintable(unsafe));
        QCOMPARE(QFileInfo(folder.filePath(unsafe)).absolutePath(), QDir(dir.path()).absolutePath());
    }

    void anEarlierExportKeepsItsNamesAndCompleteFilesAreKnown()
    {
        QTemporaryDir dir;
        const auto m = message(QStringLiteral("IM1"), 1, QStringLiteral("alice"),
                               QDateTime(QDate(2026, 12, 2), QTime(9, 0), Qt::UTC));
        QString name;
        {
            ExportFolder folder(dir.path(), Is, Ch);
            QVERIFY(folder.open());
            auto file = media(me(1), QStringLiteral("a.txt"), QStringLiteral("text/plain"), 5);
            ConversationMessage withMedia = m;
            withMedia.media = {file};
            folder.addMessage(withMedia);
            name = folder.fileNameFor(withMedia, file);
            QFile out(folder.filePath(name));
            QVERIFY(out.open(QIODevice::WriteOnly));
            out.write("12345");
            out.close();
            folder.setStatus(me(1), ExportFolder::Status::Done, {}, 5);
            QVERIFY(folder.saveManifest());
        }
        ExportFolder again(dir.path(), Is, Ch);
        QVERIFY(again.open());
        QVERIFY(again.isComplete(me(1), 5));
        QVERIFY(!again.isComplete(me(1), 6)); // the media is bigger than the file: not complete
        QVERIFY(!again.isComplete(me(2), 5));
        QCOMPARE(again.fileNameFor(
                     m, media(me(1), QStringLiteral("renamed.txt"), QStringLiteral("text/plain"), 5)),
                 name);
        const QJsonArray messages = again.manifest().value(QLatin1String("messages")).toArray();
        QCOMPARE(messages.size(), 1);
        QCOMPARE(messages.first()
                     .toObject()
                     .value(QLatin1String("media"))
                     .toArray()
                     .first()
                     .toObject()
                     .value(QLatin1String("status"))
                     .toString(),
                 QStringLiteral("done"));

        ExportFolder otherConversation(dir.path(), Is, QStringLiteral("CH%1").arg(QString(32, u'f')));
        const Result<> refused = otherConversation.open();
        QVERIFY(!refused);
        QVERIFY2(refused.problem().contains(QLatin1String("another conversation")),
                 qPrintable(refused.problem()));
    }

    void messagesAreReadAsTwilioListsThem_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<int>("media");
        QTest::newRow("one media")
            << QByteArray(
                   R"({"sid":"IM1","index":3,"author":"a","body":"hi","date_created":"2026-12-02T14:03:00Z","media":[{"sid":"ME1","filename":"x.png","content_type":"image/png","size":12,"category":"media"}]})")
            << true << 1;
        QTest::newRow("media null") << QByteArray(R"({"sid":"IM2","media":null,"body":null})") << true << 0;
        QTest::newRow("media absent") << QByteArray(R"({"sid":"IM3"})") << true << 0;
        QTest::newRow("a media without a SID is left out")
            << QByteArray(R"({"sid":"IM4","media":[{"filename":"x"},{"sid":"ME2"}]})") << true << 1;
        QTest::newRow("not a message") << QByteArray(R"({"sid":"CH1"})") << false << 0;
    }

    void messagesAreReadAsTwilioListsThem()
    {
        QFETCH(QByteArray, json);
        QFETCH(bool, valid);
        QFETCH(int, media);
        const auto m = ConversationMessage::fromJson(QJsonDocument::fromJson(json).object());
        QCOMPARE(m.has_value(), valid);
        if (m)
            QCOMPARE(m->media.size(), media);
    }
};

QTEST_GUILESS_MAIN(TestExportFolder)
#include "tst_exportfolder.moc"
