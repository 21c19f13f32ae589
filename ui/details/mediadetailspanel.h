#pragma once

#include "net/apiclient.h"
#include "transfer/transferqueue.h"
#include "twilio/chatservice.h"
#include "twilio/media.h"

#include <QDateTime>
#include <QImage>
#include <QWidget>
#include <functional>
#include <memory>

namespace Ui {
class MediaDetailsPanel;
}

namespace mediadesk {

class MediaDetailsModel;
class Library;
class MediaDetailsPresenter;

// The Details tab: the look-up field, every field of the media, its raw JSON, a preview, and the
// buttons that open, copy, download or send it. What these do lives in MediaDetailsPresenter; this
// class shows what it reports and hands it what the person asks for.
class MediaDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    explicit MediaDetailsPanel(QWidget *parent = nullptr);
    ~MediaDetailsPanel() override;

    MediaDetailsModel *model() const { return m_model; }
    MediaDetailsPresenter *presenter() const { return m_presenter; }

    void setClient(ApiClient *client); // nullptr while no account is ready
    void setService(const ChatService &service);
    void setServiceNames(std::function<std::optional<QString>(const QString &serviceSid)> names);
    void setTransferQueue(TransferQueue *queue);
    void setLibrary(Library *library);

    // Looks the media up in serviceSid, or in the selected service when that is empty.
    void lookUp(const QString &mediaSid, const QString &serviceSid = {});
    void focusLookup();
    void trackDownload(const QString &transferId);

    bool isLookingUp() const;
    bool isPreviewing() const;
    QImage previewImage() const { return m_previewImage; }
    QString copiedLink() const;
    QDateTime copiedLinkExpiry() const;

signals:
    void downloadRequested(const mediadesk::Media &media);
    void sendRequested(const mediadesk::Media &media);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::MediaDetailsPanel *form() const { return m_ui.get(); }
    void onLookupTextChanged();
    void showMedia(const Media &media, const QString &hint);
    void showLookupError(const QString &message);
    void clearPreview(bool textual);
    void showTypeIcon(const QString &contentType);
    void showImage(const QImage &image, const QSize &original);
    void copySelectedValue();
    void showFieldMenu(const QPoint &pos);
    void updateDownloadRow();
    void updateActions();

    std::unique_ptr<Ui::MediaDetailsPanel> m_ui;
    MediaDetailsModel *m_model;
    MediaDetailsPresenter *m_presenter;
    QAction *m_copyValue;
    QImage m_previewImage;
    QSize m_previewOriginal; // the image's own size (the preview is scaled down)
};

} // namespace mediadesk
