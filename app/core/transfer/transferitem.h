#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <optional>

namespace mediadesk {

// Where uploads go on to: one message per media in this conversation.
struct SendTarget
{
    QString conversationSid; // "" = nowhere: the upload stays unattached
    QString author;          // "" = Twilio's default ("system")
    QString body;            // at most MaxMessageBodyLength characters

    bool isSet() const { return !conversationSid.isEmpty(); }
};

// One file on its way to or from a Chat Service, or one media on its way into a conversation. An
// upload remembers where it goes (profile and service) and the file as it was when it was queued,
// so a changed or moved file is reported, not sent; with a send target it is then posted as a
// message. A download remembers the media and the file it goes to. A send posts one media.
struct TransferItem
{
    enum class Kind { Upload, Download, Send };
    enum class State { Queued, Running, Done, Failed, Cancelled, Refused };

    Kind kind = Kind::Upload;
    QString id;           // for uploads also the library's upload id: a retry never adds a second row
    QString profileKey;   // which account: "saved:NAME", "environment", "sandbox"
    QString profileLabel; // as shown and as recorded in the library
    QString serviceSid;
    QString path; // the file sent, or for a download the file written
    QString fileName;
    QString contentType; // "" = detect when sending
    qint64 size = 0;
    QDateTime modified;
    State state = State::Queued;
    qint64 sentBytes = 0;
    int attempt = 0;        // > 1 while retrying transient failures
    QString message;        // why it failed or was refused
    QString mediaSid;       // the upload's result, or the media downloaded
    bool overwrite = false; // a download may replace path (the person agreed to it)
    QJsonObject mediaJson;
    SendTarget target;    // uploads that go on to a conversation, and sends
    bool sending = false; // the message is being posted
    QString messageSid;   // the message that carries the media, once it exists
    int messageIndex = -1;
    QJsonObject messageJson; // the Message resource, as Conversations returned it
    QDateTime checkedAt;     // the latest look-up of the media, and what it found
    std::optional<bool> foundAtCheck;
    QDateTime queuedAt;
    QDateTime finishedAt;
    double bytesPerSecond = 0;
    qint64 secondsLeft = -1;

    bool isActive() const { return state == State::Queued || state == State::Running; }
    bool isFinished() const { return !isActive(); }
    // Uploaded, but its library row is not written yet: saved as unfinished until it is, so a
    // crash in between uploads it again (one row, updated) rather than losing the row.
    bool libraryPending = false;
};

} // namespace mediadesk
