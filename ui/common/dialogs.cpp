#include "dialogs.h"

#include "logging.h"

#include <QFileDialog>
#include <QFileInfo>
#include <QInputDialog>
#include <QList>
#include <QMessageBox>

namespace mediadesk {

namespace {
struct Script
{
    QList<Dialogs::Answer> next;
    Dialogs::Answer all;
    QList<Dialogs::Asked> asked;
};

Script &script()
{
    static Script s; // the window's thread only
    return s;
}

Dialogs::Asked describe(QDialog *dialog)
{
    Dialogs::Asked asked;
    asked.className = QString::fromLatin1(dialog->metaObject()->className());
    asked.title = dialog->windowTitle();
    if (auto *box = qobject_cast<QMessageBox *>(dialog))
        asked.text = box->text();
    else if (auto *input = qobject_cast<QInputDialog *>(dialog))
        asked.text = input->labelText();
    return asked;
}

} // namespace

int Dialogs::exec(QDialog *dialog)
{
    Script &s = script();
    // What was asked, for tests to check; only the latest are kept, so a long session does not grow.
    if (s.asked.size() >= 200)
        s.asked.removeFirst();
    s.asked.append(describe(dialog));
    qCDebug(lcUi).noquote() << "dialog" << s.asked.last().className << s.asked.last().title;
    if (!s.next.isEmpty())
        return s.next.takeFirst()(dialog);
    if (s.all)
        return s.all(dialog);
    return dialog->exec();
}

bool Dialogs::question(QWidget *parent, const QString &title, const QString &text, bool defaultYes)
{
    QMessageBox box(QMessageBox::Question, title, text, QMessageBox::Yes | QMessageBox::Cancel, parent);
    box.setDefaultButton(defaultYes ? QMessageBox::Yes : QMessageBox::Cancel);
    return exec(&box) == QMessageBox::Yes;
}

void Dialogs::warning(QWidget *parent, const QString &title, const QString &text)
{
    QMessageBox box(QMessageBox::Warning, title, text, QMessageBox::Ok, parent);
    exec(&box);
}

std::optional<QString> Dialogs::text(QWidget *parent, const QString &title, const QString &label, bool secret,
                                     const QString &initial)
{
    QInputDialog dialog(parent);
    dialog.setWindowTitle(title);
    dialog.setLabelText(label);
    dialog.setTextEchoMode(secret ? QLineEdit::Password : QLineEdit::Normal);
    dialog.setTextValue(initial);
    if (exec(&dialog) != QDialog::Accepted)
        return std::nullopt;
    return dialog.textValue();
}

QString Dialogs::saveFileName(QWidget *parent, const QString &title, const QString &suggestedPath)
{
    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptSave);
    dialog.setFileMode(QFileDialog::AnyFile);
    dialog.selectFile(suggestedPath);
    if (exec(&dialog) != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

QStringList Dialogs::openFileNames(QWidget *parent, const QString &title)
{
    QFileDialog dialog(parent, title);
    dialog.setAcceptMode(QFileDialog::AcceptOpen);
    dialog.setFileMode(QFileDialog::ExistingFiles);
    if (exec(&dialog) != QDialog::Accepted)
        return {};
    return dialog.selectedFiles();
}

QString Dialogs::existingDirectory(QWidget *parent, const QString &title, const QString &start)
{
    QFileDialog dialog(parent, title, start);
    dialog.setFileMode(QFileDialog::Directory);
    dialog.setOption(QFileDialog::ShowDirsOnly, true);
    if (exec(&dialog) != QDialog::Accepted)
        return {};
    return dialog.selectedFiles().value(0);
}

void Dialogs::answerNext(Answer answer)
{
    script().next.append(std::move(answer));
}

void Dialogs::answerAll(Answer answer)
{
    script().all = std::move(answer);
}

void Dialogs::reset()
{
    script() = {};
}

QList<Dialogs::Asked> Dialogs::asked()
{
    return script().asked;
}

int Dialogs::answersLeft()
{
    return int(script().next.size());
}

Dialogs::Answer Dialogs::pressing(int standardButton)
{
    return [standardButton](QDialog *dialog) {
        return qobject_cast<QMessageBox *>(dialog) ? standardButton : dialog->exec();
    };
}

Dialogs::Answer Dialogs::choosingFiles(const QStringList &paths)
{
    return [paths](QDialog *dialog) {
        auto *files = qobject_cast<QFileDialog *>(dialog);
        if (!files)
            return dialog->exec();
        if (paths.isEmpty())
            return int(QDialog::Rejected);
        // What the user would have picked, as selectedFiles() reports it.
        files->setDirectory(QFileInfo(paths.first()).absolutePath());
        QStringList names;
        for (const QString &path : paths)
            names.append(QLatin1Char('"') + QFileInfo(path).fileName() + QLatin1Char('"'));
        files->selectFile(paths.size() == 1 ? QFileInfo(paths.first()).fileName()
                                            : names.join(QLatin1Char(' ')));
        return int(QDialog::Accepted);
    };
}

Dialogs::Answer Dialogs::typing(const QString &text)
{
    return [text](QDialog *dialog) {
        auto *input = qobject_cast<QInputDialog *>(dialog);
        if (!input)
            return dialog->exec();
        input->setTextValue(text);
        return int(QDialog::Accepted);
    };
}

Dialogs::Answer Dialogs::rejecting()
{
    return [](QDialog *) { return int(QDialog::Rejected); };
}

} // namespace mediadesk
