#pragma once

#include "net/apiclient.h"
#include "net/mcs.h"
#include "net/runningjob.h"
#include "store/library.h"
#include "transfer/previewjob.h"
#include "transfer/transferqueue.h"
#include "twilio/chatservice.h"
#include "twilio/media.h"
#include "twilio/medialookup.h"

#include <QDateTime>
#include <QImage>
#include <QObject>
#include <QPointer>
#include <functional>
#include <optional>

class QTimer;

namespace mediadesk {

// What the Details tab does, without its widgets: routes a look-up to the right service and says
// why one cannot start, fetches the media and its preview (images decoded off the GUI thread),
// fetches a fresh temporary link for Open Content and Copy Temporary Link, takes a copied link
// off the clipboard when it expires, and follows the download asked for from here. The panel
// shows what this reports; everything here can be driven and checked without a window.
class MediaDetailsPresenter : public QObject
{
    Q_OBJECT

public:
    static constexpr qint64 MaxImagePreviewBytes = 16 * 1024 * 1024;
    static constexpr qint64 TextPreviewBytes = 4096;
    static constexpr int PreviewBox = 480; // decoded previews fit in this square
    static constexpr int TextPreviewLines = 40;

    // What the look-up field's text leads to: the hint under it, and whether Enter looks it up.
    struct LookupHint
    {
        QString text;
        bool canLookUp = false;
    };

    // The download started from here, as its row in the transfer list has it now.
    struct DownloadStatus
    {
        bool shown = false; // false: nothing to follow (none asked, or its row was removed)
        QString text;
        bool done = false;
        QString path; // the file written, once done
    };

    explicit MediaDetailsPresenter(QObject *parent = nullptr);
    ~MediaDetailsPresenter() override;

    void setClient(ApiClient *client); // nullptr while no account is ready
    void setService(const ChatService &service);
    // The account's services: a service's name, or nullopt for a service the account does not list
    // (then a "not found" there proves nothing about the media).
    void setServiceNames(std::function<std::optional<QString>(const QString &serviceSid)> names);
    void setTransferQueue(TransferQueue *queue);
    void setLibrary(Library *library); // where what a look-up found is recorded

    // What is in the look-up field: parsed here, once per change (a SID, an address, the JSON).
    void setLookupText(const QString &text);
    LookupHint lookupHint() const; // for that text, as things stand now
    QString lookupSid() const { return m_input ? m_input->mediaSid : QString(); } // "" when it names none
    // Looks up what the field names; when it names nothing, lookupFailed() says why.
    void lookUpEntered();
    // Looks the media up in serviceSid, or in the selected service when that is empty.
    void lookUp(const QString &mediaSid, const QString &serviceSid = {});
    void openContent();
    void copyTemporaryLink();
    void trackDownload(const QString &transferId);

    const Media &media() const { return m_media; }
    bool hasMedia() const { return !m_media.sid.isEmpty(); }
    QString serviceName(const QString &serviceSid) const; // "" when the account does not list it
    bool hasClient() const { return m_client != nullptr; }
    bool isLookingUp() const { return bool(m_fetch); }
    bool isFetchingLink() const { return bool(m_linkJob); }
    bool isPreviewing() const { return bool(m_preview) || m_decoding; }
    QString copiedLink() const { return m_copiedLink; }
    QDateTime copiedLinkExpiry() const { return m_copiedExpiry; }
    DownloadStatus downloadStatus() const;

signals:
    void lookupStarted(const QString &hint);
    void mediaShown(const mediadesk::Media &media, const QString &hint);
    void lookupFailed(const QString &message);
    void inputRefused(const QString &why); // the look-up field names no media (what was shown stays)
    void linkStatusChanged(const QString &status);
    void actionsChanged(); // busy or ready: what the buttons may do changed
    // The preview: the desktop's icon for a type that is not previewed, decoded image, or text.
    void previewCleared(bool textual);
    void previewNoteChanged(const QString &note);
    void previewIconWanted(const QString &contentType);
    void previewImageReady(const QImage &image, const QSize &original);
    void previewTextReady(const QString &text);
    void downloadStatusChanged();

private:
    // Why a look-up in this service cannot start now; nullopt when it can.
    enum class Blocked { NoAccount, NoService };
    std::optional<Blocked> blocked(const QString &service) const;
    QString serviceLabel(const QString &serviceSid) const;
    void showMedia(const Media &media);
    void fail(const QString &message);
    void startPreview(const Media &media);
    void showText(const QByteArray &data, bool complete);
    // Fetches a temporary link that is valid now, then hands it over (errors go to the link status).
    void withFreshLink(const std::function<void(const QUrl &link, const QDateTime &expires)> &use);
    void updateCountdown();
    void stopJobs();

    QPointer<ApiClient> m_client;
    ChatService m_service;
    Result<MediaLookupInput> m_input = Failure(QString()); // the look-up field's text, parsed
    std::function<std::optional<QString>(const QString &)> m_serviceNames;
    QPointer<TransferQueue> m_queue;
    QPointer<Library> m_library;
    Media m_media;
    RunningJob<FetchMediaJob> m_fetch{this};
    RunningJob<PreviewJob> m_preview{this};
    RunningJob<TemporaryUrlJob> m_linkJob{this};
    bool m_decoding = false;
    quint64 m_generation = 0; // a decoded preview of an older look-up is dropped
    QString m_copiedLink;
    QDateTime m_copiedExpiry;
    QTimer *m_countdown;
    QString m_trackedDownload;
};

} // namespace mediadesk
