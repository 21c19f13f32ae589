#pragma once

#include "sendablemedia.h"

#include <QWidget>
#include <memory>

namespace Ui {
class LibraryTab;
}

namespace mediadesk {

class Library;
class LibraryModel;
struct Media;

// The Library tab: everything uploaded from this computer, searchable as you type, with its menu.
// It reads the library again when it is brought up (mediadesk-cli may have added rows meanwhile)
// and when rows land (Library::changed()) while it is up.
class LibraryTab : public QWidget
{
    Q_OBJECT

public:
    explicit LibraryTab(QWidget *parent = nullptr);
    ~LibraryTab() override;

    // The library shown; set once, before use. problem says why it could not be opened ("" if it is).
    void setLibrary(Library *library, const QString &problem);

    LibraryModel *model() const { return m_model; }

    void reload();
    QList<SendableMedia> selectedSendable() const; // rows not yet in a conversation
    QList<Media> selectedMedia() const;            // every selected row, in the order shown

signals:
    void detailsRequested(const QString &mediaSid, const QString &serviceSid);
    void downloadRequested(const mediadesk::Media &media);
    void downloadToFolderRequested(const QList<mediadesk::Media> &media);

protected:
    void showEvent(QShowEvent *event) override;

private:
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::LibraryTab *form() const { return m_ui.get(); }
    void reloadIfShown(); // rows landed: read them now if this is the window's current tab
    void fitColumns();
    void showMenu(const QPoint &pos);

    std::unique_ptr<Ui::LibraryTab> m_ui;
    LibraryModel *m_model = nullptr;
};

} // namespace mediadesk
