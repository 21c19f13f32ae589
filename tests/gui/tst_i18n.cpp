// Japanese ships complete: every message of mediadesk_ja.ts is translated with the same
// placeholders, and the real window comes up in Japanese.
#include "formaccess.h"
#include "guitestenv.h"
#include "mainwindow.h"
#include "store/credentialstore.h"
#include "translations.h"
#include "twilio/sid.h"
#include "twilio/twilioerror.h"
#include "ui_mainwindow.h"

#include <QDomDocument>
#include <QFile>
#include <QLibraryInfo>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

using namespace mediadesk;

class TestI18n : public QObject
{
    Q_OBJECT

    QTemporaryDir m_home;

    static QSet<QString> placeholders(const QString &text)
    {
        static const QRegularExpression re(QStringLiteral("%(\\d+|n)"));
        QSet<QString> found;
        for (auto it = re.globalMatch(text); it.hasNext();)
            found.insert(it.next().captured(0));
        return found;
    }

private slots:
    void initTestCase() { isolateGuiTest(m_home); }

    void japaneseIsComplete()
    {
        QFile file(QStringLiteral(TS_DIR "/mediadesk_ja.ts"));
        QVERIFY(file.open(QIODevice::ReadOnly));
        QDomDocument doc;
        QVERIFY(doc.setContent(&file));
        const QDomNodeList messages = doc.elementsByTagName(QStringLiteral("message"));
        QVERIFY(messages.size() > 200);
        QStringList problems;
        for (int i = 0; i < messages.size(); ++i) {
            const QDomElement message = messages.at(i).toElement();
            const QString source = message.firstChildElement(QStringLiteral("source")).text();
            const QDomElement translation = message.firstChildElement(QStringLiteral("translation"));
            QString text = translation.text();
            if (message.attribute(QStringLiteral("numerus")) == QLatin1String("yes"))
                text = translation.firstChildElement(QStringLiteral("numerusform")).text();
            if (translation.attribute(QStringLiteral("type")) == QLatin1String("unfinished") ||
                text.trimmed().isEmpty())
                problems.append(QStringLiteral("untranslated: ") + source);
            else if (placeholders(source) != placeholders(text))
                problems.append(QStringLiteral("placeholders differ: ") + source);
        }
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void everySourceStringIsInTheFile()
    {
        // lupdate over the sources into a copy of the file: a tr() string that was never added to
        // mediadesk_ja.ts shows up as new and unfinished there.
        QTemporaryDir dir;
        const QString copy = dir.filePath(QStringLiteral("mediadesk_ja.ts"));
        QVERIFY(QFile::copy(QStringLiteral(TS_DIR "/mediadesk_ja.ts"), copy));
        QFile::setPermissions(copy, QFile::ReadOwner | QFile::WriteOwner);
        QProcess lupdate;
        lupdate.setProcessChannelMode(QProcess::MergedChannels);
        lupdate.start(QStringLiteral(LUPDATE_PATH),
                      {QStringLiteral(SOURCE_DIR "/ui"), QStringLiteral(SOURCE_DIR "/app/core"),
                       QStringLiteral(SOURCE_DIR "/app/main.cpp"), QStringLiteral("-locations"),
                       QStringLiteral("none"), QStringLiteral("-no-obsolete"), QStringLiteral("-ts"), copy});
        QVERIFY(lupdate.waitForFinished(120000));
        QCOMPARE(lupdate.exitCode(), 0);
        QFile file(copy);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QByteArray content = file.readAll();
        QVERIFY2(
            !content.contains("type=\"unfinished\""),
            "strings in the sources are missing from mediadesk_ja.ts: run the update_translations target and "
            "translate them");
    }

    void windowComesUpInJapanese()
    {
        QCOMPARE(installTranslations(qApp, QStringLiteral("ja")), QStringLiteral("ja"));
        // Qt's own strings too (standard buttons, context menus).
        QVERIFY(QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) +
                              QStringLiteral("/qtbase_ja.qm")));
        ProfileStore profiles;
        CredentialStore keychain;
        Session session(&profiles, &keychain);
        MainWindow window(&session, {});
        window.show();
        const QString title = formOf(&window)->welcomeTitle->text();
        QVERIFY2(title != QLatin1String("Welcome to MediaDesk") && !title.isEmpty(), qPrintable(title));
        QVERIFY(formOf(&window)->menuFile->title() != QLatin1String("&File"));
        QVERIFY(formOf(&window)->welcomeSandbox->text() != QLatin1String("Try the Sandbox"));
        // Messages from the core are translated too.
        const QString error = Sid::parse(QStringLiteral("ME12"), SidKind::Media).problem();
        QVERIFY2(!error.startsWith(QLatin1String("Media SIDs")) && error.contains(QLatin1String("ME12")),
                 qPrintable(error));
        const QString http = TwilioError::fromHttp(401, {}, {}).userMessage();
        QVERIFY2(!http.startsWith(QLatin1String("Twilio rejected")) && http.contains(QLatin1String("20003")),
                 qPrintable(http));
    }
};

QTEST_MAIN(TestI18n)
#include "tst_i18n.moc"
