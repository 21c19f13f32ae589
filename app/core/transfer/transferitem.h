#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>
#include <optional>
#include <variant>

namespace mediadesk {

// The account and Chat Service a transfer works with: where an upload goes, where a download comes
// from. It is fixed when the item is queued; the item waits while that account is not open.
struct TransferOrigin
{
    QString profileKey;   // which account: Session::Ref::key(), "saved:NAME", "environment", "sandbox"
    QString profileLabel; // as shown and as recorded in the library
    QString serviceSid;
};

// Where uploads go on to: one message per media in this conversation.
struct SendTarget
{
    QString conversationSid;  // "" = nowhere: the upload stays unattached
    QString author;           // "" = Twilio's default ("system")
    QString body;             // at most MaxMessageBodyLength characters
    QString conversationName; // its friendly (or unique) name when chosen; "" = only the SID is known

    bool isSet() const { return !conversationSid.isEmpty(); }
};

// Where an upload with a send target, or a send, stands with its message.
struct MessageDelivery
{
    SendTarget target;
    bool sending = false; // the message is being posted
    QString messageSid;   // the message that carries the media, once it exists
    int messageIndex = -1;
    QJsonObject messageJson; // the Message resource, as Conversations returned it
};

// The latest look-up of an uploaded media in its service, and what it found.
struct LookupCheck
{
    QDateTime at;
    std::optional<bool> found;
};

// What only an upload needs.
struct UploadDetails
{
    QDateTime modified; // of the file when it was queued
    // Uploaded, but its library row is not written yet: saved as unfinished until it is, so a
    // crash in between uploads it again (one row, updated) rather than losing the row.
    bool libraryPending = false;
    MessageDelivery delivery; // target unset: the upload stays unattached
    LookupCheck check;
};

// What only a download needs.
struct DownloadDetails
{
    bool overwrite = false; // may replace path (the person agreed to it)
};

// What a send of a media that is on the service already needs.
struct SendDetails
{
    MessageDelivery delivery;
    LookupCheck check;
};

// What only an export of a conversation's media into a folder (the item's path) needs. The item's
// total counts the media to export and its done those handled so far.
struct ExportDetails
{
    QString conversationSid;
    QStringList messageSids; // only these messages; empty: the whole conversation
    // Of the latest run: saved now, complete from before, not saved, deleted by Twilio.
    int saved = 0;
    int skipped = 0;
    int failed = 0;
    int missing = 0;
};

// One file on its way to or from a Chat Service, or one media on its way into a conversation. The
// fields all kinds share are here; what only one kind needs is in its details:
// - an upload remembers the file as it was when it was queued (a changed or moved file is
//   reported, not sent) and, with a send target, the message it goes on to;
// - a download remembers whether it may replace the file it writes;
// - a send posts one media that is on the service already;
// - an export saves the media of a conversation's messages into a folder, with a manifest.
struct TransferItem
{
    enum class Kind { Upload, Download, Send, Export }; // in the order of Details' alternatives
    // Paused: waits for Resume and takes no slot; it stays paused across a restart.
    enum class State { Queued, Running, Done, Failed, Cancelled, Refused, Paused };

    using Details = std::variant<UploadDetails, DownloadDetails, SendDetails, ExportDetails>;

    QString id; // for uploads also the library's upload id: a retry never adds a second row
    TransferOrigin origin;
    QString path; // the file sent, for a download the file written, for an export the folder; "" for a send
    QString fileName;
    QString contentType; // "" = detect when sending
    // Progress: bytes of the file, or for an export the media to save (total) and those handled (done).
    qint64 total = 0;
    State state = State::Queued;
    qint64 done = 0;
    int attempt = 0;  // > 1 while retrying transient failures
    QString message;  // why it failed or was refused
    QString mediaSid; // the upload's result, the media downloaded, or the media sent
    QJsonObject mediaJson;
    QDateTime queuedAt;
    QDateTime finishedAt;
    double bytesPerSecond = 0;
    qint64 secondsLeft = -1;
    Details details;

    static Details detailsOf(Kind kind);
    Kind kind() const { return Kind(details.index()); }
    bool isActive() const { return state == State::Queued || state == State::Running; }
    bool isPaused() const { return state == State::Paused; }
    bool isFinished() const { return !isActive() && !isPaused(); }

    UploadDetails *upload() { return std::get_if<UploadDetails>(&details); }
    const UploadDetails *upload() const { return std::get_if<UploadDetails>(&details); }
    DownloadDetails *download() { return std::get_if<DownloadDetails>(&details); }
    const DownloadDetails *download() const { return std::get_if<DownloadDetails>(&details); }
    ExportDetails *exported() { return std::get_if<ExportDetails>(&details); }
    const ExportDetails *exported() const { return std::get_if<ExportDetails>(&details); }
    // Uploads and sends; nullptr for a download.
    MessageDelivery *delivery();
    const MessageDelivery *delivery() const;
    LookupCheck *check();
    const LookupCheck *check() const;
    // The message that carries the media, "" when none does (yet) or for a download.
    QString messageSid() const { return delivery() ? delivery()->messageSid : QString(); }
    bool isSending() const { return delivery() && delivery()->sending; } // its message is being posted
};

inline TransferItem::Details TransferItem::detailsOf(Kind kind)
{
    switch (kind) {
    case Kind::Download:
        return DownloadDetails{};
    case Kind::Send:
        return SendDetails{};
    case Kind::Export:
        return ExportDetails{};
    case Kind::Upload:
        break;
    }
    return UploadDetails{};
}

inline MessageDelivery *TransferItem::delivery()
{
    if (auto *u = upload())
        return &u->delivery;
    auto *s = std::get_if<SendDetails>(&details);
    return s ? &s->delivery : nullptr;
}

inline const MessageDelivery *TransferItem::delivery() const
{
    return const_cast<TransferItem *>(this)->delivery();
}

inline LookupCheck *TransferItem::check()
{
    if (auto *u = upload())
        return &u->check;
    auto *s = std::get_if<SendDetails>(&details);
    return s ? &s->check : nullptr;
}

inline const LookupCheck *TransferItem::check() const
{
    return const_cast<TransferItem *>(this)->check();
}

} // namespace mediadesk
