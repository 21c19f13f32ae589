#include "transfer/filenames.h"

#include <QTest>

using namespace mediadesk;

class TestFilenames : public QObject
{
    Q_OBJECT

private slots:
    void sanitize_data()
    {
        QTest::addColumn<QString>("name");
        QTest::addColumn<QString>("expected");
        QTest::newRow("plain") << "photo.jpg"
                               << "photo.jpg";
        QTest::newRow("japanese") << QStringLiteral("写真 1.jpg") << QStringLiteral("写真 1.jpg");
        QTest::newRow("path traversal") << "../../etc/passwd"
                                        << "_.._etc_passwd";
        QTest::newRow("absolute") << "/etc/passwd"
                                  << "_etc_passwd";
        QTest::newRow("windows separators") << "..\\..\\boot.ini"
                                            << "_.._boot.ini";
        QTest::newRow("dot dot") << ".."
                                 << "";
        QTest::newRow("dot") << "."
                             << "";
        QTest::newRow("hidden") << ".bashrc"
                                << "bashrc";
        QTest::newRow("control chars") << QStringLiteral("a\nb\tc\x01.txt") << "a_b_c_.txt";
        QTest::newRow("C1 controls") << QStringLiteral("a\u0085b\u009bc.txt") << "a_b_c.txt";
        QTest::newRow("line and paragraph separators")
            << QStringLiteral("a\u2028b\u2029c.txt") << "a_b_c.txt";
        QTest::newRow("bidi override")
            << QStringLiteral("invoice\u202Efdp.exe") << QStringLiteral("invoice_fdp.exe");
        QTest::newRow("trailing dots spaces") << "name. . "
                                              << "name";
        QTest::newRow("reserved chars") << "a:b*c?d\"e<f>g|h"
                                        << "a_b_c_d_e_f_g_h";
        QTest::newRow("only slashes") << "///"
                                      << "";
        QTest::newRow("empty") << ""
                               << "";
        QTest::newRow("reserved device") << "CON"
                                         << "_CON";
        QTest::newRow("reserved device with extension") << "nul.txt"
                                                        << "_nul.txt";
        QTest::newRow("reserved port") << "com1.jpg"
                                       << "_com1.jpg";
        QTest::newRow("not reserved: longer") << "console.log"
                                              << "console.log";
        QTest::newRow("not reserved: com0") << "COM0"
                                            << "COM0";
        QTest::newRow("reserved after cleaning") << " .LPT9. "
                                                 << "_LPT9";
    }

    void sanitize()
    {
        QFETCH(QString, name);
        QFETCH(QString, expected);
        QCOMPARE(sanitizeFileName(name), expected);
    }

    void longNamesKeepExtension()
    {
        const QString longName = QString(300, QChar(u'あ')) + QStringLiteral(".png"); // 3 bytes each
        const QString safe = sanitizeFileName(longName);
        QVERIFY(safe.toUtf8().size() <= 255);
        QVERIFY(safe.endsWith(QLatin1String(".png")));
        QVERIFY(safe.startsWith(QChar(u'あ')));
    }

    void fallbackName_data()
    {
        QTest::addColumn<QString>("metadataName");
        QTest::addColumn<QString>("contentType");
        QTest::addColumn<QString>("expected");
        const QString sid = QStringLiteral("ME0123456789abcdef0123456789abcdef");
        QTest::newRow("named") << "cat.png"
                               << "image/png"
                               << "cat.png";
        QTest::newRow("no name png") << ""
                                     << "image/png" << sid + QStringLiteral(".png");
        QTest::newRow("unsafe name") << "../"
                                     << "application/pdf" << sid + QStringLiteral(".pdf");
        QTest::newRow("unknown type") << ""
                                      << "application/x-nothing-known" << sid;
    }

    void fallbackName()
    {
        QFETCH(QString, metadataName);
        QFETCH(QString, contentType);
        QFETCH(QString, expected);
        QCOMPARE(
            downloadFileName(metadataName, QStringLiteral("ME0123456789abcdef0123456789abcdef"), contentType),
            expected);
    }
};

QTEST_GUILESS_MAIN(TestFilenames)
#include "tst_filenames.moc"
