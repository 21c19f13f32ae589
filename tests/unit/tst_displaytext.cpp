// Server text (file names, authors, friendly names, error messages) made safe to show in a
// terminal or a label: nothing in it may act on the screen it is shown on.
#include "text/displaytext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace mediadesk;
using namespace Qt::StringLiterals;

class TestDisplayText : public QObject
{
    Q_OBJECT

private slots:
    void printableText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("line");  // printableText
        QTest::addColumn<QString>("lines"); // printableLines
        QTest::newRow("plain") << u"photo.jpg"_s << u"photo.jpg"_s << u"photo.jpg"_s;
        QTest::newRow("japanese") << u"写真 — 1.jpg"_s << u"写真 — 1.jpg"_s << u"写真 — 1.jpg"_s;
        QTest::newRow("terminal title (OSC)")
            << u"\x1b]0;pwned\x07.png"_s << u"\\x1B]0;pwned\\x07.png"_s << u"\\x1B]0;pwned\\x07.png"_s;
        QTest::newRow("clear screen (CSI)") << u"\x1b[2Jx"_s << u"\\x1B[2Jx"_s << u"\\x1B[2Jx"_s;
        QTest::newRow("8-bit CSI (C1)") << u"a\u009b2Jb"_s << u"a\\x9B2Jb"_s << u"a\\x9B2Jb"_s;
        QTest::newRow("DEL and NUL") << QString(u"a\x7f" + QString(QChar(0)) + u"b") << u"a\\x7F\\x00b"_s
                                     << u"a\\x7F\\x00b"_s;
        QTest::newRow("line feed, tab, CR") << u"a\nb\tc\rd"_s << u"a b c d"_s << u"a\nb\tc d"_s;
        QTest::newRow("line and paragraph separators")
            << u"a\u2028b\u2029c"_s << u"a\\u2028b\\u2029c"_s << u"a\\u2028b\\u2029c"_s;
        QTest::newRow("bidi override")
            << u"invoice\u202Efdp.exe"_s << u"invoice\\u202Efdp.exe"_s << u"invoice\\u202Efdp.exe"_s;
        QTest::newRow("bidi isolate") << u"\u2066x\u2069"_s << u"\\u2066x\\u2069"_s << u"\\u2066x\\u2069"_s;
        QTest::newRow("empty") << QString() << QString() << QString();
    }

    void printableText()
    {
        QFETCH(QString, text);
        QFETCH(QString, line);
        QFETCH(QString, lines);
        QCOMPARE(mediadesk::printableText(text), line);
        QCOMPARE(printableLines(text), lines);
    }

    void asciiSafeJsonIsTheSameValue_data()
    {
        QTest::addColumn<QString>("value");
        QTest::newRow("C1 CSI") << u"a\u009b2Jb"_s;
        QTest::newRow("ESC") << u"\x1b]0;x\x07"_s;
        QTest::newRow("DEL") << u"a\x7f"_s;
        QTest::newRow("separators and overrides") << u"a\u2028b\u2029c\u202ed\u2066"_s;
        QTest::newRow("japanese") << u"写真"_s;
    }

    void asciiSafeJsonIsTheSameValue()
    {
        QFETCH(QString, value);
        const QString json = QString::fromUtf8(
            QJsonDocument(QJsonObject{{u"filename"_s, value}}).toJson(QJsonDocument::Compact));
        const QString safe = asciiSafeJson(json);
        for (const QChar c : safe) {
            const char16_t u = c.unicode();
            QVERIFY2(u >= 0x20 && !(u >= 0x7f && u <= 0x9f) && u != 0x2028 && u != 0x2029 &&
                         !(u >= 0x202a && u <= 0x202e) && !(u >= 0x2066 && u <= 0x2069),
                     qPrintable(u"U+%1 left raw"_s.arg(u, 4, 16, QLatin1Char('0'))));
        }
        QJsonParseError error;
        const QJsonDocument back = QJsonDocument::fromJson(safe.toUtf8(), &error);
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(back.object().value(u"filename"_s).toString(), value);
    }
};

QTEST_GUILESS_MAIN(TestDisplayText)
#include "tst_displaytext.moc"
