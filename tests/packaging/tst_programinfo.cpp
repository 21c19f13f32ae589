// What a packager and a user at a terminal meet before the programs do anything: --help and
// --version answer without a display and without writing a configuration, each manual page
// documents exactly the options its program's --help lists (and mediadesk-cli's every command),
// and the project's version is the newest release in the AppStream metadata and in
// debian/changelog.
#include "clicommands.h"
#include "programrun.h"
#include "projectinfo.h"

#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

using namespace Qt::StringLiterals;

namespace {

// The program with a fresh, empty home and no display of any kind.
ProgramRun runBare(const QString &program, const QStringList &args, const QString &home)
{
    QProcessEnvironment env;
    env.insert(u"PATH"_s, u"/usr/bin:/bin"_s);
    env.insert(u"LANG"_s, u"C.UTF-8"_s);
    env.insert(u"HOME"_s, home);
    env.insert(u"XDG_CONFIG_HOME"_s, home + u"/.config"_s);
    env.insert(u"XDG_DATA_HOME"_s, home + u"/.local/share"_s);
    env.insert(u"XDG_CACHE_HOME"_s, home + u"/.cache"_s);
    return runProgram(program, args, env);
}

QString helpOf(const QString &program)
{
    QTemporaryDir home;
    return runBare(program, {u"--help"_s}, home.path()).out;
}

QString readText(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QString::fromUtf8(file.readAll()) : QString();
}

// Every option named in a program's help: "--name" and "-x" not inside a word.
QSet<QString> optionsInHelp(const QString &help)
{
    QSet<QString> options;
    static const QRegularExpression option(u"(?<![\\w-])(--?[A-Za-z][A-Za-z0-9-]*)"_s);
    for (const auto &match : option.globalMatch(help))
        options.insert(match.captured(1));
    return options;
}

// Options a manual page names anywhere ("\-\-name", "\-x"), or defines (the heading after .TP).
QSet<QString> optionsInManual(const QString &page, bool definedOnly)
{
    QSet<QString> options;
    static const QRegularExpression option(
        u"(?<![\\w\\\\-])((?:\\\\-){1,2}[A-Za-z][A-Za-z0-9]*(?:\\\\-[A-Za-z0-9]+)*)"_s);
    const QStringList lines = page.split(u'\n');
    for (qsizetype i = 0; i < lines.size(); ++i) {
        if (definedOnly && (i == 0 || !lines.at(i - 1).startsWith(u".TP"_s)))
            continue;
        for (const auto &match : option.globalMatch(lines.at(i)))
            options.insert(match.captured(1).replace(u"\\-"_s, u"-"_s));
    }
    return options;
}

QString newestAppStreamRelease(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        *problem = u"cannot read "_s + path;
        return {};
    }
    QXmlStreamReader xml(&file);
    QStringList versions, dates;
    while (!xml.atEnd()) {
        if (xml.readNext() == QXmlStreamReader::StartElement && xml.name() == "release"_L1) {
            versions << xml.attributes().value("version"_L1).toString();
            dates << xml.attributes().value("date"_L1).toString();
        }
    }
    if (xml.hasError())
        *problem = xml.errorString();
    else if (versions.isEmpty())
        *problem = u"no <release>"_s;
    QStringList sorted = dates;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    if (sorted != dates)
        *problem = u"the releases are not newest first: "_s + dates.join(u", "_s);
    return versions.value(0);
}

} // namespace

class TestProgramInfo : public QObject
{
    Q_OBJECT

private slots:
    void answersBeforeActing_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<QString>("expected");
        const QString window = QStringLiteral(MEDIADESK_WINDOW_PATH);
        const QString cli = QStringLiteral(MEDIADESK_CLI_PATH);
        const QString emulator = QStringLiteral(MEDIADESK_EMULATOR_PATH);
        const QString version = QStringLiteral(MEDIADESK_VERSION);
        QTest::newRow("mediadesk --help") << window << QStringList{u"--help"_s} << u"--sandbox"_s;
        QTest::newRow("mediadesk -h") << window << QStringList{u"-h"_s} << u"--sandbox"_s;
        QTest::newRow("mediadesk --version")
            << window << QStringList{u"--version"_s} << u"mediadesk "_s + version;
        QTest::newRow("mediadesk -platform xcb --version")
            << window << QStringList{u"-platform"_s, u"xcb"_s, u"--version"_s} << u"mediadesk "_s + version;
        QTest::newRow("mediadesk --sandbox --help")
            << window << QStringList{u"--sandbox"_s, u"--help"_s} << u"--verbose"_s;
        QTest::newRow("mediadesk-cli --help") << cli << QStringList{u"--help"_s} << u"Exit status"_s;
        QTest::newRow("mediadesk-cli --version")
            << cli << QStringList{u"--version"_s} << u"mediadesk-cli "_s + version;
        QTest::newRow("mediadesk-cli completion bash")
            << cli << QStringList{u"completion"_s, u"bash"_s} << u"complete -F"_s;
        QTest::newRow("mediadesk-emulator --help") << emulator << QStringList{u"--help"_s} << u"--port"_s;
        QTest::newRow("mediadesk-emulator --version")
            << emulator << QStringList{u"--version"_s} << u"mediadesk-emulator "_s + version;
    }

    void answersBeforeActing()
    {
        QFETCH(QString, program);
        QFETCH(QStringList, args);
        QFETCH(QString, expected);
        QTemporaryDir home;
        QVERIFY(home.isValid());
        const ProgramRun run = runBare(program, args, home.path());
        QVERIFY2(run.exitCode == 0, qPrintable(u"exit %1: %2"_s.arg(run.exitCode).arg(run.err)));
        QVERIFY2(run.out.contains(expected), qPrintable(run.out));
        QDirIterator written(home.path(), QDir::AllEntries | QDir::NoDotAndDotDot | QDir::Hidden,
                             QDirIterator::Subdirectories);
        QVERIFY2(!written.hasNext(),
                 qPrintable(u"wrote "_s + (written.hasNext() ? written.next() : QString())));
    }

    void manualFollowsHelp_data()
    {
        QTest::addColumn<QString>("program");
        QTest::addColumn<QString>("page");
        const QString man = QStringLiteral(MEDIADESK_SOURCE_DIR "/packaging/man/");
        QTest::newRow("mediadesk") << QStringLiteral(MEDIADESK_WINDOW_PATH) << man + u"mediadesk.1"_s;
        QTest::newRow("mediadesk-cli") << QStringLiteral(MEDIADESK_CLI_PATH) << man + u"mediadesk-cli.1"_s;
        QTest::newRow("mediadesk-emulator")
            << QStringLiteral(MEDIADESK_EMULATOR_PATH) << man + u"mediadesk-emulator.1"_s;
    }

    void manualFollowsHelp()
    {
        QFETCH(QString, program);
        QFETCH(QString, page);
        const QString help = helpOf(program);
        const QString manual = readText(page);
        QVERIFY2(!help.isEmpty() && !manual.isEmpty(), qPrintable(page));
        const QSet<QString> inHelp = optionsInHelp(help);
        QStringList missing, extra;
        for (const QString &option : inHelp) {
            if (!optionsInManual(manual, false).contains(option))
                missing << option;
        }
        for (const QString &option : optionsInManual(manual, true)) {
            if (!inHelp.contains(option))
                extra << option;
        }
        QVERIFY2(missing.isEmpty(), qPrintable(u"not in the manual: "_s + missing.join(u' ')));
        QVERIFY2(extra.isEmpty(), qPrintable(u"not in --help: "_s + extra.join(u' ')));
    }

    // The command table is what the parser accepts and the completions offer; the help and the
    // manual must describe all of it.
    void cliHelpAndManualCoverTheCommandTable()
    {
        const QString help = helpOf(QStringLiteral(MEDIADESK_CLI_PATH));
        const QString manual =
            readText(QStringLiteral(MEDIADESK_SOURCE_DIR "/packaging/man/mediadesk-cli.1"));
        for (const auto &command : mediadesk::cli::cliCommands()) {
            const QRegularExpression inHelp(u"^  "_s + command.name + u"\\b"_s,
                                            QRegularExpression::MultilineOption);
            QVERIFY2(help.contains(inHelp), qPrintable(u"--help lacks the command "_s + command.name));
            const QRegularExpression section(u"^\\.SS\\s+\"?(\\\\fB)?"_s + command.name + u"\\b"_s,
                                             QRegularExpression::MultilineOption);
            QVERIFY2(manual.contains(section), qPrintable(u"no .SS section for "_s + command.name));
        }
        const QSet<QString> inHelp = optionsInHelp(help);
        const QSet<QString> inManual = optionsInManual(manual, false);
        for (const auto &option : mediadesk::cli::cliOptions()) {
            QVERIFY2(inHelp.contains(u"--"_s + option.name), qPrintable(u"--help lacks --"_s + option.name));
            QVERIFY2(inManual.contains(u"--"_s + option.name),
                     qPrintable(u"the manual lacks --"_s + option.name));
            if (!option.shortName.isEmpty())
                QVERIFY2(inHelp.contains(u"-"_s + option.shortName), qPrintable(option.shortName));
        }
    }

    // man itself finds nothing wrong in the pages (troff warnings, a NAME line whatis can read).
    void manualsRenderCleanly_data()
    {
        QTest::addColumn<QString>("page");
        for (const char *name : {"mediadesk.1", "mediadesk-cli.1", "mediadesk-emulator.1"})
            QTest::newRow(name) << QStringLiteral(MEDIADESK_SOURCE_DIR "/packaging/man/") +
                                       QLatin1String(name);
    }

    void manualsRenderCleanly()
    {
        QFETCH(QString, page);
        QProcess man;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(u"MANWIDTH"_s, u"80"_s);
        man.setProcessEnvironment(env);
        man.start(u"man"_s, {u"--warnings"_s, u"-E"_s, u"UTF-8"_s, u"-l"_s, page});
        QVERIFY(man.waitForFinished(30000));
        const QString warnings = QString::fromUtf8(man.readAllStandardError());
        QCOMPARE(man.exitCode(), 0);
        QVERIFY2(warnings.isEmpty(), qPrintable(warnings));
        QVERIFY(man.readAllStandardOutput().contains("NAME"));
        QProcess whatis;
        whatis.start(u"lexgrog"_s, {page});
        QVERIFY(whatis.waitForFinished(30000));
        QVERIFY2(whatis.exitCode() == 0, qPrintable(QString::fromUtf8(whatis.readAll())));
    }

    void versionsAgree()
    {
        const QString version = QStringLiteral(MEDIADESK_VERSION);
        QString problem;
        const QString appStream = newestAppStreamRelease(QStringLiteral(MEDIADESK_METAINFO_PATH), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(appStream, version);

        const QString changelog =
            readText(QStringLiteral(MEDIADESK_SOURCE_DIR "/packaging/debian/changelog"));
        static const QRegularExpression entry(u"^mediadesk \\(([^)-]+)-\\d+\\) "_s);
        QCOMPARE(entry.match(changelog).captured(1), version);

        QTemporaryDir home;
        const ProgramRun run = runBare(QStringLiteral(MEDIADESK_WINDOW_PATH), {u"--version"_s}, home.path());
        QCOMPARE(run.out.trimmed(), u"mediadesk "_s + version);
    }
};

QTEST_GUILESS_MAIN(TestProgramInfo)
#include "tst_programinfo.moc"
