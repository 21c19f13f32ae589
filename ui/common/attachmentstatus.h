#pragma once

#include "clock.h"
#include "transfer/unattachedmedia.h"

#include <QCoreApplication>

namespace mediadesk {

// Words for where an upload stands: sent into a conversation, or counting down to the moment
// Twilio deletes it (live: callers repaint every second while isTicking()).
class AttachmentStatus
{
    Q_DECLARE_TR_FUNCTIONS(AttachmentStatus)

public:
    AttachmentStatus(const QString &conversationSid, const QString &messageSid, const QDateTime &uploadedAt,
                     const QDateTime &checkedAt, std::optional<bool> foundAtCheck,
                     const QDateTime &nowUtc = Clock::nowUtc());

    // Shown instead of the SID where there is one (the SID stays in the tooltip).
    void setConversationName(const QString &name) { m_conversationName = name; }
    UnattachedMedia::State state() const { return m_status.state; }
    bool isTicking() const { return m_status.state == UnattachedMedia::State::Pending; }
    QString text() const;    // short, for a table cell
    QString tooltip() const; // the whole story

private:
    QString m_conversationSid;
    QString m_conversationName;
    QString m_messageSid;
    QDateTime m_checkedAt;
    std::optional<bool> m_found;
    UnattachedMedia::Status m_status;
};

} // namespace mediadesk
