#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QString>

namespace mediadesk {

// What a person typed or pasted into the look-up field: a Media SID, an MCS address (the API's
// …/Services/IS…/Media/ME… or a temporary content link), or the Media JSON itself.
struct MediaLookupInput
{
    Q_DECLARE_TR_FUNCTIONS(MediaLookupInput)

public:
    enum class Source { Sid, Url, Json };

    QString mediaSid;
    QString serviceSid; // the Chat Service named by the address or JSON, when it names one
    Source source = Source::Sid;

    // What the text names, or why it names no media (a sentence for the hint next to the field).
    static Result<MediaLookupInput> parse(QStringView text);
};

} // namespace mediadesk
