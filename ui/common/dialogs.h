#pragma once

#include <QString>
#include <QStringList>
#include <functional>
#include <optional>

class QDialog;
class QWidget;

namespace mediadesk {

// Every modal question the window asks (message boxes, file dialogs, input dialogs, its own
// dialogs) runs through exec(), so that tests answer it without a modal loop. A test queues an
// answer with answerNext(), or sets a standing one with answerAll(); the answer gets the dialog,
// may fill it in (select a file, type text), and returns the result exec() would have. With no
// answer set, the dialog is shown as usual. Every dialog asked is recorded (asked()), so a test
// can check what the user was told.
class Dialogs
{
public:
    using Answer = std::function<int(QDialog *dialog)>;

    // Runs dialog modally (or hands it to the test's answer) and returns its result.
    static int exec(QDialog *dialog);

    // Yes/Cancel; true for Yes. defaultYes picks the button Enter presses.
    static bool question(QWidget *parent, const QString &title, const QString &text, bool defaultYes);
    static void warning(QWidget *parent, const QString &title, const QString &text);
    // A line of text (echoed as dots when secret); nullopt when cancelled.
    static std::optional<QString> text(QWidget *parent, const QString &title, const QString &label,
                                       bool secret, const QString &initial = {});
    // A file to save as (the dialog asks before replacing); "" when cancelled.
    static QString saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath);
    // Files to open; empty when cancelled.
    static QStringList openFileNames(QWidget *parent, const QString &title);
    // An existing folder; "" when cancelled.
    static QString existingDirectory(QWidget *parent, const QString &title, const QString &start);

    // --- for tests --------------------------------------------------------------------------
    static void answerNext(Answer answer); // the next dialog only; queued answers go in order
    static void answerAll(Answer answer);  // every dialog no queued answer takes; {} = show them
    static void reset();                   // no answers, nothing recorded
    struct Asked
    {
        QString className; // e.g. "QMessageBox", "mediadesk::SendDialog"
        QString title;
        QString text; // a message box's text, an input dialog's label
    };
    static QList<Asked> asked(); // the latest 200
    static int answersLeft();    // queued answers not yet used
    // Ready-made answers: press a message box button; accept a file dialog with these files;
    // accept an input dialog with this text. Each shows any other kind of dialog as usual (a
    // test drives those itself). rejecting() rejects whatever it is.
    static Answer pressing(int standardButton);
    static Answer choosingFiles(const QStringList &paths);
    static Answer typing(const QString &text);
    static Answer rejecting();
};

} // namespace mediadesk
