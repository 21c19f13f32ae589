#pragma once

#include "net/requestlog.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

namespace mediadesk {

// The request log written out for someone else: one exchange as a curl command a person can run
// again, or many as HAR 1.2, the format browsers' developer tools and support desks read. Both
// hold only what the log holds (requestlog.h), so never a secret or a link's signature: a
// command names its credentials by the Twilio CLI's environment variables.
class RequestExport
{
    Q_DECLARE_TR_FUNCTIONS(RequestExport)

public:
    // bash/zsh syntax, one option per line; a comment line first when a part was left out.
    static QString curlCommand(const RequestLogEntry &entry);
    // Every entry's command, a blank line between them.
    static QString curlCommands(const QList<RequestLogEntry> &entries);
    // A whole HAR document (UTF-8 JSON), oldest entry first.
    static QByteArray har(const QList<RequestLogEntry> &entries, const QString &creatorVersion);
};

} // namespace mediadesk
