#include "attachmentstatus.h"

#include <QLocale>

namespace mediadesk {

AttachmentStatus::AttachmentStatus(const QString &conversationSid, const QString &messageSid,
                                   const QDateTime &uploadedAt, const QDateTime &checkedAt,
                                   std::optional<bool> foundAtCheck, const QDateTime &nowUtc)
    : m_conversationSid(conversationSid)
    , m_messageSid(messageSid)
    , m_checkedAt(checkedAt)
    , m_found(foundAtCheck)
    , m_status(UnattachedMedia::status(messageSid, uploadedAt, checkedAt, foundAtCheck, nowUtc))
{}

QString AttachmentStatus::text() const
{
    switch (m_status.state) {
    case UnattachedMedia::State::Attached:
        //: the conversation (its name, else its SID) an upload was sent to
        return tr("Sent to %1").arg(m_conversationName.isEmpty() ? m_conversationSid : m_conversationName);
    case UnattachedMedia::State::Pending:
        //: %1 minutes:seconds until Twilio deletes media that no message carries
        return tr("Deleted in %1").arg(UnattachedMedia::clock(m_status.secondsLeft));
    case UnattachedMedia::State::StillThere:
        return tr("Not sent, still there");
    case UnattachedMedia::State::Deleted:
        return tr("Deleted by Twilio");
    }
    return {};
}

QString AttachmentStatus::tooltip() const
{
    const QLocale locale;
    const QString deadline =
        m_status.deadline.isValid()
            ? locale.toString(m_status.deadline.toLocalTime().time(), QLocale::LongFormat)
            : QString();
    switch (m_status.state) {
    case UnattachedMedia::State::Attached:
        return tr("Message %1 in conversation %2 carries it, so Twilio keeps it.")
            .arg(m_messageSid, m_conversationName.isEmpty()
                                   ? m_conversationSid
                                   : QStringLiteral("%1 (%2)").arg(m_conversationName, m_conversationSid));
    case UnattachedMedia::State::Pending:
        return tr("No message carries it yet. Twilio deletes it at %1 unless it is sent to a conversation "
                  "before then.")
            .arg(deadline);
    case UnattachedMedia::State::StillThere:
        return tr("No message carries it, and its five minutes ended at %1, but a look-up at %2 still found "
                  "it.")
            .arg(deadline, locale.toString(m_checkedAt.toLocalTime().time(), QLocale::LongFormat));
    case UnattachedMedia::State::Deleted:
        return m_found == false ? tr("A look-up found it no more: Twilio has deleted it.")
                                : tr("No message carried it within five minutes (by %1), so Twilio has "
                                     "deleted it. Look it "
                                     "up to check.")
                                      .arg(deadline);
    }
    return {};
}

} // namespace mediadesk
