#include "conflictdialog.h"

#include "accessiblenames.h"
#include "ui_conflictdialog.h"

#include <QDir>
#include <QFileInfo>
#include <QLocale>

namespace mediadesk {

ConflictDialog::ConflictDialog(const QString &path, qint64 incomingSize, const QString &renamedTo, bool more,
                               QWidget *parent)
    : QDialog(parent), m_ui(std::make_unique<Ui::ConflictDialog>())
{
    m_ui->setupUi(this);
    nameBuiltInParts(this);
    const QFileInfo existing(path);
    const QLocale locale;
    QFont bold = m_ui->question->font();
    bold.setBold(true);
    m_ui->question->setFont(bold);
    m_ui->question->setText(tr("“%1” is already in “%2”.")
                                .arg(existing.fileName(), QDir::toNativeSeparators(existing.absolutePath())));
    const QString there = tr("The file there: %1, changed %2.")
                              .arg(locale.formattedDataSize(existing.size()),
                                   locale.toString(existing.lastModified(), QLocale::ShortFormat));
    const QString coming =
        incomingSize >= 0 ? tr("The media: %1.").arg(locale.formattedDataSize(incomingSize)) : QString();
    m_ui->comparison->setText(coming.isEmpty() ? there : there + QLatin1Char('\n') + coming);
    m_ui->renameButton->setToolTip(
        tr("Saves the media as “%1” and leaves the file there alone").arg(QFileInfo(renamedTo).fileName()));
    m_ui->overwriteButton->setToolTip(tr("Replaces the file there once every byte of the media has arrived"));
    m_ui->applyToAll->setVisible(more);
    m_ui->overwriteButton->setVisible(!existing.isSymLink()); // a link is never written through
    connect(m_ui->overwriteButton, &QPushButton::clicked, this,
            [this] { choose(ConflictPolicy::Overwrite); });
    connect(m_ui->renameButton, &QPushButton::clicked, this, [this] { choose(ConflictPolicy::Rename); });
    connect(m_ui->skipButton, &QPushButton::clicked, this, [this] { choose(ConflictPolicy::Skip); });
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &QDialog::reject);
    m_ui->renameButton->setFocus(); // the choice that loses nothing
}

ConflictDialog::~ConflictDialog() = default;

bool ConflictDialog::applyToAll() const
{
    return !m_ui->applyToAll->isHidden() && m_ui->applyToAll->isChecked(); // hidden: nothing comes after
}

void ConflictDialog::choose(ConflictPolicy choice)
{
    m_choice = choice;
    accept();
}

} // namespace mediadesk
