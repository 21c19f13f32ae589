#pragma once

#include <QString>

namespace mediadesk {

// Media that is uploaded and can go into a conversation, as the Transfers and Library tabs
// offer it to Send to Conversation.
struct SendableMedia
{
    QString mediaSid;
    QString fileName;
    QString serviceSid;
    qint64 size = 0;
};

} // namespace mediadesk
