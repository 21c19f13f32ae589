#pragma once

#include "net/apiclient.h"
#include "net/mcsclient.h"
#include "transfer/previewjob.h"
#include "transfer/transferqueue.h"
#include "twilio/chatservice.h"
#include "twilio/media.h"

#include <QDateTime>
#include <QImage>
#include <QPointer>
#include <QWidget>
#include <functional>
#include <memory>

class QTimer;

namespace Ui {
class MediaDetailsPanel;
}

namespace mediadesk {

class MediaDetailsModel;

// Looks a Media SID up (typed, pasted as an address or JSON, or handed over from the transfer list
// and the library) and shows every field, the raw JSON and a preview; opens the content or copies
// a fresh temporary link with a live countdown; asks the window to download it and follows that
// download. Network work runs in jobs; nothing here blocks the window.
class MediaDetailsPanel : public QWidget
{
    Q_OBJECT

public:
    static constexpr qint64 MaxImagePreviewBytes = 16 * 1024 * 1024;
    static constexpr qint64 TextPreviewBytes = 4096;

    explicit MediaDetailsPanel(QWidget *parent = nullptr);
    ~MediaDetailsPanel() override;

    Ui::MediaDetailsPanel *form() const { return m_ui.get(); }
    MediaDetailsModel *model() const { return m_model; }

    void setClient(ApiClient *client); // nullptr while no account is ready
    void setService(const ChatService &service);
    // The account's services: a service's name, or nullopt for a service the account does not list
    // (then a "not found" there proves nothing about the media).
    void setServiceNames(std::function<std::optional<QString>(const QString &serviceSid)> names);
    void setTransferQueue(TransferQueue *queue);

    // Looks the media up in serviceSid, or in the selected service when that is empty.
    void lookUp(const QString &mediaSid, const QString &serviceSid = {});
    void lookUpEntered(); // what the look-up field holds
    void focusLookup();
    void trackDownload(const QString &transferId);

    bool isLookingUp() const { return m_fetch != nullptr; }
    bool isPreviewing() const { return m_preview != nullptr || m_decoding; }
    QImage previewImage() const { return m_previewImage; }
    QString copiedLink() const { return m_copiedLink; }
    QDateTime copiedLinkExpiry() const { return m_copiedExpiry; }

signals:
    void downloadRequested(const mediadesk::Media &media);
    void sendRequested(const mediadesk::Media &media);

protected:
    void resizeEvent(QResizeEvent *event) override;

private:
    void onLookupTextChanged();
    void showMedia(const Media &media);
    void showLookupError(const QString &message);
    void startPreview(const Media &media);
    void showTypeIcon(const QString &contentType);
    void showImage(const QImage &image, const QSize &original, const QString &error);
    void showText(const QByteArray &data, bool complete);
    void setPreviewNote(const QString &note);
    // Fetches a temporary link that is valid now, then hands it over (errors go to the status line).
    void withFreshLink(const std::function<void(const QUrl &link, const QDateTime &expires)> &use);
    void openContent();
    void copyTemporaryLink();
    void updateCountdown();
    void copySelectedValue();
    void updateDownloadRow();
    void updateActions();
    QString serviceLabel(const QString &serviceSid) const;
    void stopJobs();

    std::unique_ptr<Ui::MediaDetailsPanel> m_ui;
    MediaDetailsModel *m_model;
    QPointer<ApiClient> m_client;
    ChatService m_service;
    std::function<std::optional<QString>(const QString &)> m_serviceNames;
    QSize m_previewOriginal; // the image's own size (the preview is scaled down)
    QPointer<TransferQueue> m_queue;
    QPointer<FetchMediaJob> m_fetch;
    QPointer<PreviewJob> m_preview;
    QPointer<TemporaryUrlJob> m_linkJob;
    bool m_decoding = false;
    quint64 m_generation = 0; // results of an older look-up are dropped
    QImage m_previewImage;
    QString m_copiedLink;
    QDateTime m_copiedExpiry;
    QTimer *m_countdown;
    QString m_trackedDownload;
};

} // namespace mediadesk
