// mediadesk-cli's bash, zsh and fish completions, as a user at a shell meets them: every command
// and option of the command table is offered, the right things follow each option (regions,
// types, files with spaces), and the scripts the package installs are the ones the program writes.
#include "clicommands.h"
#include "programrun.h"

#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

using namespace Qt::StringLiterals;

namespace {

ProgramRun run(const QString &program, const QStringList &args, const QString &workingDir = {})
{
    return runProgram(program, args, QProcessEnvironment::systemEnvironment(), workingDir);
}

QString script(const QString &shell)
{
    return run(QStringLiteral(MEDIADESK_CLI_PATH), {u"completion"_s, shell}).out;
}

QStringList sorted(QStringList list)
{
    list.removeAll(QString());
    list.sort();
    return list;
}

} // namespace

class TestCompletion : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir; // holds the scripts and the files a completion may offer
    QString m_bash, m_fish, m_zsh;

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        for (const char *name : {"holiday photo.jpg", "harbour.png", "メモ.txt"}) {
            QFile file(m_dir.filePath(QString::fromUtf8(name)));
            QVERIFY(file.open(QIODevice::WriteOnly));
        }
        QVERIFY(QDir(m_dir.path()).mkdir(u"exports"_s));
        const auto save = [this](const QString &shell, const QString &name) {
            const QString path = m_dir.filePath(u".scripts/"_s + name);
            QDir().mkpath(QFileInfo(path).absolutePath());
            QFile file(path);
            if (file.open(QIODevice::WriteOnly))
                file.write(script(shell).toUtf8());
            return path;
        };
        m_bash = save(u"bash"_s, u"mediadesk-cli"_s);
        m_fish = save(u"fish"_s, u"mediadesk-cli.fish"_s);
        m_zsh = save(u"zsh"_s, u"_mediadesk-cli"_s);
    }

    void scriptsOfferTheWholeTable_data()
    {
        QTest::addColumn<QString>("shell");
        QTest::addColumn<QString>("installed");
        const QString dir = QStringLiteral(MEDIADESK_COMPLETIONS_DIR "/");
        QTest::newRow("bash") << u"bash"_s << dir + u"mediadesk-cli"_s;
        QTest::newRow("zsh") << u"zsh"_s << dir + u"_mediadesk-cli"_s;
        QTest::newRow("fish") << u"fish"_s << dir + u"mediadesk-cli.fish"_s;
    }

    void scriptsOfferTheWholeTable()
    {
        QFETCH(QString, shell);
        QFETCH(QString, installed);
        const QString text = script(shell);
        for (const auto &command : mediadesk::cli::cliCommands())
            QVERIFY2(text.contains(command.name), qPrintable(command.name));
        for (const auto &option : mediadesk::cli::cliOptions()) {
            // fish writes "-l NAME", the others "--NAME".
            QVERIFY2(text.contains(u"--"_s + option.name) || text.contains(u"-l "_s + option.name),
                     qPrintable(option.name));
        }
        QFile file(installed);
        QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(installed));
        QCOMPARE(QString::fromUtf8(file.readAll()), text);
    }

    void unknownShellIsAUsageError()
    {
        const ProgramRun r = run(QStringLiteral(MEDIADESK_CLI_PATH), {u"completion"_s, u"tcsh"_s});
        QCOMPARE(r.exitCode, 2);
        QVERIFY2(r.err.contains(u"bash, fish, zsh"_s), qPrintable(r.err));
        QVERIFY(r.out.isEmpty());
    }

    void bashCompletes_data()
    {
        QTest::addColumn<QStringList>("words"); // the last one is the word being completed
        QTest::addColumn<QStringList>("offered");
        QTest::newRow("a command") << QStringList{u"up"_s} << QStringList{u"upload"_s};
        QTest::newRow("commands") << QStringList{u"pro"_s} << QStringList{u"profiles"_s};
        QTest::newRow("an option of the command")
            << QStringList{u"download"_s, u"--f"_s} << QStringList{u"--force"_s};
        QTest::newRow("not another command's option") << QStringList{u"upload"_s, u"--f"_s} << QStringList{};
        QTest::newRow("a global option after the command")
            << QStringList{u"get"_s, u"--js"_s} << QStringList{u"--json"_s};
        QTest::newRow("regions") << QStringList{u"--region"_s, QString()} << QStringList{u"ie1"_s, u"us1"_s};
        QTest::newRow("types") << QStringList{u"upload"_s, u"--content-type"_s, u"image/j"_s}
                               << QStringList{u"image/jpeg"_s};
        QTest::newRow("files with spaces") << QStringList{u"upload"_s, u"--service"_s, u"IS1"_s, u"hol"_s}
                                           << QStringList{u"holiday photo.jpg"_s};
        QTest::newRow("non-ASCII files") << QStringList{u"send"_s, u"メ"_s} << QStringList{u"メモ.txt"_s};
        QTest::newRow("after a global option's value")
            << QStringList{u"--profile"_s, u"work"_s, u"upload"_s, u"h"_s}
            << QStringList{u"harbour.png"_s, u"holiday photo.jpg"_s};
        QTest::newRow("-o takes a path")
            << QStringList{u"export"_s, u"-o"_s, u"ex"_s} << QStringList{u"exports"_s};
        QTest::newRow("no files for Media SIDs") << QStringList{u"get"_s, u"h"_s} << QStringList{};
        QTest::newRow("shells") << QStringList{u"completion"_s, QString()}
                                << QStringList{u"bash"_s, u"fish"_s, u"zsh"_s};
    }

    void bashCompletes()
    {
        QFETCH(QStringList, words);
        QFETCH(QStringList, offered);
        QStringList quoted{u"mediadesk-cli"_s};
        for (const QString &word : words)
            quoted << u"'"_s + word + u"'"_s;
        const QString program =
            u"source '%1'; COMP_WORDS=(%2); COMP_CWORD=%3; _mediadesk_cli; printf '%s\\n' \"${COMPREPLY[@]}\""_s
                .arg(m_bash, quoted.join(u' '))
                .arg(words.size());
        const ProgramRun r = run(u"bash"_s, {u"-c"_s, program}, m_dir.path());
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
        QCOMPARE(sorted(r.out.split(u'\n')), sorted(offered));
    }

    void fishCompletes_data()
    {
        QTest::addColumn<QString>("line");
        QTest::addColumn<QStringList>("offered");
        QTest::newRow("a command") << u"mediadesk-cli up"_s << QStringList{u"upload"_s};
        QTest::newRow("an option of the command")
            << u"mediadesk-cli download --f"_s << QStringList{u"--force"_s};
        QTest::newRow("regions") << u"mediadesk-cli --region "_s << QStringList{u"ie1"_s, u"us1"_s};
        QTest::newRow("files") << u"mediadesk-cli upload hol"_s << QStringList{u"holiday photo.jpg"_s};
        QTest::newRow("shells") << u"mediadesk-cli completion "_s
                                << QStringList{u"bash"_s, u"fish"_s, u"zsh"_s};
    }

    void fishCompletes()
    {
        QFETCH(QString, line);
        QFETCH(QStringList, offered);
        const QString program = u"source '%1'; complete -C '%2'"_s.arg(m_fish, line);
        const ProgramRun r = run(u"fish"_s, {u"--no-config"_s, u"-c"_s, program}, m_dir.path());
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
        QStringList names;
        for (const QString &entry : r.out.split(u'\n'))
            names << entry.section(u'\t', 0, 0); // "name<TAB>description"
        QCOMPARE(sorted(names), sorted(offered));
    }

    void zshReadsItsScript()
    {
        const QString text = script(u"zsh"_s);
        QVERIFY(text.startsWith(u"#compdef mediadesk-cli\n"_s)); // how compinit finds it
        const ProgramRun r = run(u"zsh"_s, {u"-n"_s, m_zsh});
        QVERIFY2(r.exitCode == 0 && r.err.isEmpty(), qPrintable(r.err));
    }
};

QTEST_GUILESS_MAIN(TestCompletion)
#include "tst_completion.moc"
