#include "twilio/sid.h"

#include <QTest>

using namespace mediadesk;

class TestSid : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<int>("kind");
        QTest::addColumn<bool>("valid");
        QTest::addColumn<QString>("errorContains");

        const int media = int(SidKind::Media);
        QTest::newRow("media") << "ME0123456789abcdef0123456789abcdef" << media << true << "";
        QTest::newRow("upper hex") << "ME0123456789ABCDEF0123456789ABCDEF" << media << true << "";
        QTest::newRow("surrounding space") << "  ME0123456789abcdef0123456789abcdef\n" << media << true << "";
        QTest::newRow("service") << "IS0123456789abcdef0123456789abcdef" << int(SidKind::Service) << true
                                 << "";
        QTest::newRow("api key") << "SK0123456789abcdef0123456789abcdef" << int(SidKind::ApiKey) << true
                                 << "";
        QTest::newRow("empty") << "" << media << false << "empty";
        QTest::newRow("other kind") << "CH0123456789abcdef0123456789abcdef" << media << false
                                    << "of type “Conversation”, but a SID of type “Media”";
        QTest::newRow("service for media")
            << "IS0123456789abcdef0123456789abcdef" << media << false << "of type “Chat Service”";
        QTest::newRow("lowercase prefix")
            << "me0123456789abcdef0123456789abcdef" << media << false << "start with ME";
        QTest::newRow("unknown prefix")
            << "XY0123456789abcdef0123456789abcdef" << media << false << "start with ME";
        QTest::newRow("too short") << "ME0123" << media << false << "has 6";
        QTest::newRow("too long") << "ME0123456789abcdef0123456789abcdef00" << media << false << "has 36";
        QTest::newRow("non hex") << "ME0123456789abcdeg0123456789abcdef" << media << false << "position 18";
        QTest::newRow("non ascii") << QStringLiteral("ME0123456789abcdéf0123456789abcdef") << media << false
                                   << "“é” at position 17";
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(int, kind);
        QFETCH(bool, valid);
        QFETCH(QString, errorContains);
        const auto sid = Sid::parse(text, SidKind(kind));
        const QString error = sid.problem();
        QCOMPARE(sid.ok(), valid);
        QCOMPARE(Sid::parse(text, SidKind(kind)).problem(), error);
        if (valid) {
            QVERIFY(error.isEmpty());
            QCOMPARE(sid->toString(), text.trimmed());
            QCOMPARE(sid->kind(), SidKind(kind));
        } else {
            QVERIFY2(error.contains(errorContains), qPrintable(error));
        }
    }
};

QTEST_GUILESS_MAIN(TestSid)
#include "tst_sid.moc"
