#include "transfer/mimedetection.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

namespace {
const QByteArray Png = QByteArray::fromBase64(
    "iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR4nGP4z8DwHwAFAAH/iZk9HQAAAABJRU5ErkJggg==");
}

class TestMimeDetection : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

private slots:
    void detect_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QByteArray>("content");
        QTest::addColumn<QString>("expected");

        QByteArray binary;
        for (int i = 0; i < 512; ++i)
            binary.append(char((i * 73 + 11) % 256));
        binary[0] = char(0x00);
        binary[1] = char(0xfe);

        QTest::newRow("png without extension") << "pixel" << Png << "image/png";
        QTest::newRow("png with extension") << "pixel.png" << Png << "image/png";
        QTest::newRow("pdf") << "report.pdf"
                             << QByteArray("%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n%%EOF\n")
                             << "application/pdf";
        QTest::newRow("pdf without extension")
            << "report" << QByteArray("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n") << "application/pdf";
        QTest::newRow("json") << "data.json" << QByteArray(R"({"hello": "world"})") << "application/json";
        QTest::newRow("utf8 text japanese name")
            << QStringLiteral("日本語のメモ.txt") << QStringLiteral("こんにちは世界\n").toUtf8()
            << "text/plain";
        QTest::newRow("utf8 text no extension")
            << QStringLiteral("メモ") << QStringLiteral("ただのテキスト\n").toUtf8() << "text/plain";
        QTest::newRow("unknown binary") << "blob" << binary << "application/octet-stream";
        QTest::newRow("spaces and plus") << "my photo+1.png" << Png << "image/png";
        QTest::newRow("emoji name") << QStringLiteral("😀 smile.png") << Png << "image/png";
    }

    void detect()
    {
        QFETCH(QString, name);
        QFETCH(QByteArray, content);
        QFETCH(QString, expected);
        const QString path = m_dir.filePath(name);
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(content);
        f.close();
        QCOMPARE(detectContentType(path), expected);
    }

    void suffixes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<QString>("suffix");
        QTest::newRow("png") << "image/png"
                             << ".png";
        QTest::newRow("jpeg") << "image/jpeg"
                              << ".jpg";
        QTest::newRow("pdf with parameter") << "application/pdf; charset=binary"
                                            << ".pdf";
        QTest::newRow("octet-stream") << "application/octet-stream"
                                      << "";
        QTest::newRow("unknown") << "application/x-mediadesk-nonsense"
                                 << "";
    }

    void suffixes()
    {
        QFETCH(QString, type);
        QFETCH(QString, suffix);
        QCOMPARE(suffixForContentType(type), suffix);
    }

    void validContentTypes_data()
    {
        QTest::addColumn<QString>("type");
        QTest::addColumn<bool>("valid");
        QTest::newRow("simple") << "image/png" << true;
        QTest::newRow("parameter") << "text/plain; charset=utf-8" << true;
        QTest::newRow("vendor") << "application/vnd.ms-excel" << true;
        QTest::newRow("no slash") << "png" << false;
        QTest::newRow("empty") << "" << false;
        QTest::newRow("newline injection") << "text/plain\r\nX-Evil: 1" << false;
        QTest::newRow("space inside") << "image/ png" << false;
        QTest::newRow("quoted parameter") << "text/plain; title=\"a; b \\\"c\\\"\"" << true;
        QTest::newRow("two parameters") << "multipart/mixed;boundary=x ; q=1" << true;
        QTest::newRow("CR/LF in a parameter") << "text/plain; a=b\r\nX-Injected: yes" << false;
        QTest::newRow("LF at the end") << "image/png\n" << false;
        QTest::newRow("CR at the start") << "\rimage/png" << false;
        QTest::newRow("NUL") << QStringLiteral("image/png; a=b") + QChar(0) << false;
        QTest::newRow("non-ASCII value") << "text/plain; charset=ü" << false;
        QTest::newRow("space in a token value") << "text/plain; a=b c" << false;
        QTest::newRow("unterminated quote") << "text/plain; a=\"b" << false;
        QTest::newRow("DEL in a quoted value") << "text/plain; a=\"\x7f\"" << false;
        QTest::newRow("empty parameter value") << "text/plain; a=" << false;
    }

    void validContentTypes()
    {
        QFETCH(QString, type);
        QFETCH(bool, valid);
        QCOMPARE(isValidContentType(type), valid);
    }
};

QTEST_GUILESS_MAIN(TestMimeDetection)
#include "tst_mimedetection.moc"
