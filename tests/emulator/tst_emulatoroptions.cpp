// mediadesk-emulator's command line and run-time settings for TLS and relays: what is refused
// and what is taken.
#include "options.h"

#include <QJsonObject>
#include <QTest>

using namespace Qt::StringLiterals;

class TestEmulatorOptions : public QObject
{
    Q_OBJECT

private slots:
    void commandLine_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<bool>("accepted");
        QTest::addColumn<QString>("detail"); // in the message when refused, else the media origin
        QTest::newRow("certificate and key")
            << QStringList{u"--tls-cert"_s, u"c.pem"_s, u"--tls-key"_s, u"k.pem"_s} << true << QString();
        QTest::newRow("certificate without key")
            << QStringList{u"--tls-cert"_s, u"c.pem"_s} << false << u"go together"_s;
        QTest::newRow("key without certificate")
            << QStringList{u"--tls-key"_s, u"k.pem"_s} << false << u"go together"_s;
        QTest::newRow("relay origin") << QStringList{u"--media-origin"_s, u"https://127.0.0.1:4443"_s} << true
                                      << u"https://127.0.0.1:4443"_s;
        QTest::newRow("origin with a path") << QStringList{u"--media-origin"_s, u"https://127.0.0.1:4443/x"_s}
                                            << false << u"without a path"_s;
        QTest::newRow("no host") << QStringList{u"--media-origin"_s, u"http://:4443"_s} << false
                                 << u"without a path"_s;
        QTest::newRow("no port") << QStringList{u"--media-origin"_s, u"https://127.0.0.1"_s} << false
                                 << u"without a path"_s;
        QTest::newRow("not a web origin")
            << QStringList{u"--media-origin"_s, u"ftp://127.0.0.1"_s} << false << u"without a path"_s;
    }

    void commandLine()
    {
        QFETCH(QStringList, args);
        QFETCH(bool, accepted);
        QFETCH(QString, detail);
        mdemu::Options options;
        QString message;
        const auto outcome =
            mdemu::parseOptions(QStringList{u"mediadesk-emulator"_s} + args, options, message);
        QCOMPARE(outcome == mdemu::ParseOutcome::Run, accepted);
        if (!accepted) {
            QVERIFY2(message.contains(detail), qPrintable(message));
            return;
        }
        QCOMPARE(QString::fromStdString(options.settings.mediaOrigin), detail);
        QCOMPARE(options.tlsCert.empty(), !args.contains(u"--tls-cert"_s));
    }

    void mediaOriginAtRunTime_data()
    {
        QTest::addColumn<QString>("origin");
        QTest::addColumn<bool>("accepted");
        QTest::newRow("relay") << u"https://127.0.0.1:9"_s << true;
        QTest::newRow("back to our own") << QString() << true;
        QTest::newRow("a path") << u"https://127.0.0.1:9/media"_s << false;
        QTest::newRow("no scheme") << u"127.0.0.1:9"_s << false;
    }

    void mediaOriginAtRunTime()
    {
        QFETCH(QString, origin);
        QFETCH(bool, accepted);
        mdemu::Settings settings;
        settings.mediaOrigin = "https://127.0.0.1:1";
        const mediadesk::Result<mdemu::Settings> applied =
            mdemu::applySettingsJson(QJsonObject{{u"media_origin"_s, origin}}, settings);
        QCOMPARE(bool(applied), accepted);
        if (applied)
            settings = *applied;
        else
            QVERIFY(!applied.problem().isEmpty());
        QCOMPARE(QString::fromStdString(settings.mediaOrigin), accepted ? origin : u"https://127.0.0.1:1"_s);
        QCOMPARE(QString::fromStdString(mdemu::settingsToJson(settings)).contains(u"\"media_origin\""_s),
                 true);
    }
};

QTEST_GUILESS_MAIN(TestEmulatorOptions)
#include "tst_emulatoroptions.moc"
