// libFuzzer target: what a server sends back. Media JSON, Twilio error bodies (JSON, HTML, text),
// list pages with their services and conversations, Retry-After values. Besides "no crash, no
// sanitizer report": nothing shown to the user from a reply may carry a control character.
#include "net/retrypolicy.h"
#include "twilio/chatservice.h"
#include "twilio/conversation.h"
#include "twilio/media.h"
#include "twilio/twilioerror.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <cstdint>
#include <cstdlib>

using namespace mediadesk;

namespace {
void requirePrintable(const QString &text)
{
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        if ((u < 0x20 && u != u'\n') || (u >= 0x7f && u <= 0x9f) || u == 0x2028 || u == 0x2029)
            std::abort(); // a control character reached text meant for a person
    }
}
} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    if (size < 1)
        return 0;
    const int status = 200 + (data[0] % 400);
    const QByteArray body(reinterpret_cast<const char *>(data + 1), qsizetype(size - 1));

    if (const auto media = Media::fromJson(body, QUrl(QStringLiteral("https://mcs.us1.twilio.com")))) {
        if (media->size < -1)
            std::abort(); // a size is a byte count or unknown (-1)
    }

    for (const QByteArray &type : {QByteArray("application/json"), QByteArray("text/html"), QByteArray()}) {
        const TwilioError e = TwilioError::fromHttp(status, body, type, QString::fromUtf8(body.left(64)));
        requirePrintable(e.userMessage());
        requirePrintable(e.logSummary());
    }

    const QJsonDocument page = QJsonDocument::fromJson(body);
    for (const char *key : {"services", "conversations"}) {
        for (const QJsonValue &item : page.object().value(QLatin1String(key)).toArray()) {
            if (const auto service = ChatService::fromJson(item.toObject()))
                requirePrintable(service->displayName());
            if (const auto conversation = Conversation::fromJson(item.toObject()))
                requirePrintable(conversation->displayName());
        }
    }

    if (const auto wait = RetryPolicy::parseRetryAfter(body.left(64), QDateTime::currentDateTimeUtc());
        wait && *wait < 0)
        std::abort();
    return 0;
}
