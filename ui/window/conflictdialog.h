#pragma once

#include "transfer/conflictpolicy.h"

#include <QDialog>
#include <memory>

namespace Ui {
class ConflictDialog;
}

namespace mediadesk {

// Asks what to do with a download whose file exists: replace it, keep both (the new one saved as
// "name (2).ext"), or skip it; optionally for the rest of the batch. Rejected: cancel the rest.
class ConflictDialog : public QDialog
{
    Q_OBJECT

public:
    // incomingSize: the media's size (-1 when not known); more: whether other media of the batch
    // come after this one (only then is "Apply to all" offered).
    ConflictDialog(const QString &path, qint64 incomingSize, const QString &renamedTo, bool more,
                   QWidget *parent = nullptr);
    ~ConflictDialog() override;

    ConflictPolicy choice() const { return m_choice; } // Overwrite, Rename or Skip once accepted
    bool applyToAll() const;
    void choose(ConflictPolicy choice); // as the button for it does

private:
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::ConflictDialog *form() const { return m_ui.get(); }
    std::unique_ptr<Ui::ConflictDialog> m_ui;
    ConflictPolicy m_choice = ConflictPolicy::Skip;
};

} // namespace mediadesk
