// What the look-up field makes of typed and pasted text: a SID, an MCS address, the Media JSON.
#include "twilio/medialookup.h"

#include <QTest>

using namespace mediadesk;

namespace {
const QString Me = QStringLiteral("ME0123456789abcdef0123456789abcdef");
const QString Is = QStringLiteral("IS00112233445566778899aabbccddeeff");
} // namespace

class TestMediaLookup : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("mediaSid");
        QTest::addColumn<QString>("serviceSid");
        QTest::addColumn<int>("source");
        QTest::addColumn<QString>("errorContains");
        auto row = [](const char *name, const QString &text, const QString &mediaSid,
                      const QString &serviceSid, int source, const QString &errorContains) {
            QTest::newRow(name) << text << mediaSid << serviceSid << source << errorContains;
        };
        const int sid = int(MediaLookupInput::Source::Sid), url = int(MediaLookupInput::Source::Url),
                  json = int(MediaLookupInput::Source::Json);

        row("sid", QString(Me), Me, QString(), sid, QString());
        row("sid with spaces and newline", QString(QStringLiteral("  ") + Me + QStringLiteral("\n")), Me,
            QString(), sid, QString());
        row("quoted sid", QString(QStringLiteral("\"") + Me + QStringLiteral("\"")), Me, QString(), sid,
            QString());
        row("api address",
            QString(QStringLiteral("https://mcs.us1.twilio.com/v1/Services/") + Is +
                    QStringLiteral("/Media/") + Me),
            Me, Is, url, QString());
        row("content address",
            QString(QStringLiteral("https://mcs.us1.twilio.com/v1/Services/") + Is +
                    QStringLiteral("/Media/") + Me + QStringLiteral("/Content")),
            Me, Is, url, QString());
        row("relative address",
            QString(QStringLiteral("/v1/Services/") + Is + QStringLiteral("/Media/") + Me), Me, Is, url,
            QString());
        row("temporary link",
            QString(QStringLiteral("https://media.us1.twilio.com/") + Me +
                    QStringLiteral("?Expires=1714670430&Signature=abc~-&Key-Pair-Id=APKAXX")),
            Me, QString(), url, QString());
        row("json",
            QString(QStringLiteral("{\"sid\": \"") + Me + QStringLiteral("\", \"service_sid\": \"") + Is +
                    QStringLiteral("\", \"size\": 3}")),
            Me, Is, json, QString());
        row("json without service", QString(QStringLiteral("{\"sid\":\"") + Me + QStringLiteral("\"}")), Me,
            QString(), json, QString());
        row("truncated json", QString(QStringLiteral("{\"sid\": \"") + Me), QString(), QString(), json,
            QStringLiteral("not valid JSON"));
        row("json without sid", QStringLiteral("{\"size\": 3}"), QString(), QString(), json,
            QStringLiteral("no “sid”"));
        row("json of a service", QString(QStringLiteral("{\"sid\": \"") + Is + QStringLiteral("\"}")),
            QString(), QString(), json, QStringLiteral("Chat Service"));
        row("empty", QString(), QString(), QString(), sid, QStringLiteral("empty"));
        row("service sid", QString(Is), QString(), QString(), sid, QStringLiteral("Chat Service"));
        row("conversation sid", QStringLiteral("CH0123456789abcdef0123456789abcdef"), QString(), QString(),
            sid, QStringLiteral("Conversation"));
        row("too short", QStringLiteral("ME0123"), QString(), QString(), sid,
            QStringLiteral("34 characters"));
        row("not hex", QStringLiteral("ME0123456789abcdef0123456789abcdeg"), QString(), QString(), sid,
            QStringLiteral("position 34"));
        row("address of a conversation",
            QStringLiteral(
                "https://conversations.twilio.com/v1/Conversations/CH0123456789abcdef0123456789abcdef"),
            QString(), QString(), url, QStringLiteral("Conversation"));
        row("address without sid", QStringLiteral("https://example.com/photo.jpg"), QString(), QString(), url,
            QStringLiteral("no Media SID"));
        row("longer word is not a sid", QString(QStringLiteral("https://x.test/") + Me + QStringLiteral("0")),
            QString(), QString(), url, QStringLiteral("no Media SID"));
    }

    void parse()
    {
        QFETCH(QString, text);
        QFETCH(QString, mediaSid);
        QFETCH(QString, serviceSid);
        QFETCH(int, source);
        QFETCH(QString, errorContains);
        const Result<MediaLookupInput> input = MediaLookupInput::parse(text);
        QCOMPARE(bool(input), errorContains.isEmpty());
        if (!input) {
            QVERIFY2(input.problem().contains(errorContains), qPrintable(input.problem()));
            QVERIFY(mediaSid.isEmpty());
            return;
        }
        QCOMPARE(input->mediaSid, mediaSid);
        QCOMPARE(input->serviceSid, serviceSid);
        QCOMPARE(int(input->source), source);
    }
};

QTEST_GUILESS_MAIN(TestMediaLookup)
#include "tst_medialookup.moc"
