#include "unattachedmedia.h"

#include <atomic>

namespace mediadesk {

namespace {
std::atomic<int> g_lifetime{UnattachedMedia::TwilioLifetimeSeconds};
} // namespace

int UnattachedMedia::lifetimeSeconds()
{
    return g_lifetime.load();
}

void UnattachedMedia::setLifetimeSeconds(int seconds)
{
    g_lifetime.store(qMax(1, seconds));
}

UnattachedMedia::Status UnattachedMedia::status(const QString &messageSid, const QDateTime &uploadedAt,
                                                const QDateTime &lastCheck,
                                                std::optional<bool> foundAtLastCheck, const QDateTime &nowUtc)
{
    Status s;
    s.deadline = uploadedAt.isValid() ? uploadedAt.toUTC().addSecs(lifetimeSeconds()) : QDateTime();
    if (!messageSid.isEmpty()) {
        s.state = State::Attached;
        return s;
    }
    if (foundAtLastCheck == false) {
        s.state = State::Deleted;
        return s;
    }
    if (s.deadline.isValid() && nowUtc < s.deadline) {
        s.state = State::Pending;
        s.secondsLeft = qMax<qint64>(0, nowUtc.secsTo(s.deadline));
        return s;
    }
    // A look-up after the deadline that found it proves Twilio has not deleted it (yet).
    s.state =
        foundAtLastCheck == true && lastCheck.isValid() && s.deadline.isValid() && lastCheck >= s.deadline
            ? State::StillThere
            : State::Deleted;
    return s;
}

QString UnattachedMedia::clock(qint64 seconds)
{
    seconds = qMax<qint64>(0, seconds);
    return QStringLiteral("%1:%2").arg(seconds / 60).arg(seconds % 60, 2, 10, QLatin1Char('0'));
}

} // namespace mediadesk
