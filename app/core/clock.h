#pragma once

#include <QDateTime>

namespace mediadesk {

// The time countdowns and deadlines are measured against: how long a copied temporary link has
// left, when Twilio deletes unattached media. The real time, unless a test moves it forward
// (advanceForTests) to see what a person sees minutes later without waiting for them.
class Clock
{
public:
    static QDateTime nowUtc();
    static void advanceForTests(qint64 seconds);
    static void resetForTests();
};

} // namespace mediadesk
