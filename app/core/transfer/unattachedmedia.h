#pragma once

#include <QDateTime>
#include <QString>
#include <optional>

namespace mediadesk {

// Twilio deletes uploaded media that no Conversations message carries within five minutes of the
// upload. This tells, for one upload, where it stands on that clock.
class UnattachedMedia
{
public:
    enum class State {
        Attached,   // a message carries it: it stays
        Pending,    // not attached yet; deleted at the deadline unless sent before
        StillThere, // past the deadline, but a look-up after it found the media
        Deleted,    // past the deadline, or a look-up answered "not found"
    };

    struct Status
    {
        State state = State::Pending;
        QDateTime deadline;     // UTC
        qint64 secondsLeft = 0; // while Pending
    };

    static constexpr int TwilioLifetimeSeconds = 300;
    // 300 on Twilio; tests shorten it together with the emulator's --unattached-ttl.
    static int lifetimeSeconds();
    static void setLifetimeSeconds(int seconds);

    // uploadedAt: when the upload finished. lastCheck/foundAtLastCheck: the latest look-up, if any.
    static Status status(const QString &messageSid, const QDateTime &uploadedAt, const QDateTime &lastCheck,
                         std::optional<bool> foundAtLastCheck, const QDateTime &nowUtc);

    // "4:07" for a count of seconds.
    static QString clock(qint64 seconds);
};

} // namespace mediadesk
