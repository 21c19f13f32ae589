#include "twilioerror.h"

#include "text/displaytext.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>

namespace mediadesk {

namespace {
constexpr qsizetype MaxQuotedServerText = 300;

QString standardReason(int status)
{
    switch (status) {
    case 400:
        return QStringLiteral("Bad Request");
    case 401:
        return QStringLiteral("Unauthorized");
    case 403:
        return QStringLiteral("Forbidden");
    case 404:
        return QStringLiteral("Not Found");
    case 405:
        return QStringLiteral("Method Not Allowed");
    case 408:
        return QStringLiteral("Request Timeout");
    case 413:
        return QStringLiteral("Payload Too Large");
    case 415:
        return QStringLiteral("Unsupported Media Type");
    case 429:
        return QStringLiteral("Too Many Requests");
    case 500:
        return QStringLiteral("Internal Server Error");
    case 502:
        return QStringLiteral("Bad Gateway");
    case 503:
        return QStringLiteral("Service Unavailable");
    case 504:
        return QStringLiteral("Gateway Timeout");
    default:
        return {};
    }
}

// Text a person can read from an HTML or plain body: the <title>, else the stripped text.
QString textFromNonJsonBody(const QByteArray &body)
{
    const QString text = QString::fromUtf8(body.left(8192));
    static const QRegularExpression title(QStringLiteral("<title[^>]*>(.*?)</title>"),
                                          QRegularExpression::CaseInsensitiveOption |
                                              QRegularExpression::DotMatchesEverythingOption);
    if (const auto m = title.match(text); m.hasMatch())
        return m.captured(1).simplified();
    if (text.contains(QLatin1Char('<')))
        return {}; // markup without a title says nothing useful
    return text.simplified().left(MaxQuotedServerText);
}
} // namespace

TwilioError TwilioError::make(Kind kind, const QString &detail, const QString &host)
{
    TwilioError e;
    e.m_kind = kind;
    e.m_detail = detail;
    e.m_host = host;
    return e;
}

TwilioError TwilioError::fromHttp(int status, const QByteArray &body, const QByteArray &contentType,
                                  const QString &reasonPhrase)
{
    TwilioError e;
    e.m_kind = Kind::Http;
    e.m_httpStatus = status;
    // The reason phrase, message and link are the server's words: shown as text, never acted on.
    e.m_detail = reasonPhrase.isEmpty() ? standardReason(status)
                                        : printableText(reasonPhrase.left(MaxQuotedServerText));

    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (doc.isObject()) {
        const QJsonObject o = doc.object();
        e.m_code = o.value(QLatin1String("code")).toInt(0);
        e.m_serverMessage =
            printableText(o.value(QLatin1String("message")).toString().left(MaxQuotedServerText));
    } else if (!contentType.contains("json")) {
        e.m_serverMessage = printableText(textFromNonJsonBody(body));
    }
    return e;
}

QString TwilioError::triedText() const
{
    if (m_attempts <= 1)
        return {};
    //: appended to an error; %1 is the number of attempts (2 or more)
    return QLatin1Char(' ') + tr("MediaDesk tried %1 times.").arg(m_attempts);
}

bool TwilioError::isRefusedLink() const
{
    return m_kind == Kind::Http &&
           (m_httpStatus == 400 || m_httpStatus == 403 || m_httpStatus == 404 || m_httpStatus == 410);
}

bool TwilioError::isTransient() const
{
    switch (m_kind) {
    case Kind::Http:
        return m_httpStatus == 429 || m_httpStatus == 502 || m_httpStatus == 503 || m_httpStatus == 504;
    case Kind::Network:
    case Kind::Timeout:
        return true;
    default:
        return false;
    }
}

QString TwilioError::logSummary() const
{
    QString s;
    switch (m_kind) {
    case Kind::None:
        return QStringLiteral("ok");
    case Kind::Http:
        s = QStringLiteral("HTTP %1").arg(m_httpStatus);
        if (m_code)
            s += QStringLiteral(", Twilio %1").arg(m_code);
        if (!m_serverMessage.isEmpty())
            s += QStringLiteral(": ") + m_serverMessage;
        return s;
    default:
        return m_detail;
    }
}

QString TwilioError::userMessage() const
{
    const QString server = m_serverMessage.isEmpty() ? m_detail : m_serverMessage;
    switch (m_kind) {
    case Kind::None:
        return {};
    case Kind::Cancelled:
        return tr("Cancelled.");
    case Kind::Network:
        //: %1 host name, %2 the system's description of the failure
        return tr("Could not reach %1: %2.").arg(m_host.isEmpty() ? tr("the server") : m_host, m_detail) +
               triedText() + QLatin1Char(' ') + tr("Check the network connection and try again.");
    case Kind::Timeout:
        return tr("%1 stopped responding (%2).").arg(m_host.isEmpty() ? tr("The server") : m_host, m_detail) +
               triedText() + QLatin1Char(' ') + tr("Check the network connection and try again.");
    case Kind::Tls:
        return tr("The secure connection to %1 failed: %2. Check the computer's date and time, and whether a "
                  "proxy or firewall is intercepting the connection.")
            .arg(m_host.isEmpty() ? tr("the server") : m_host, m_detail);
    case Kind::Proxy:
        return tr("The proxy failed: %1. Check the proxy settings.").arg(m_detail);
    case Kind::Redirect:
    case Kind::InsecureUrl:
    case Kind::InvalidResponse:
    case Kind::File:
    case Kind::InvalidRequest:
        return m_detail;
    case Kind::Http:
        break;
    }

    // Conversations' answers when a message carries media.
    switch (m_code) {
    case 50506:
        return tr(
            "Twilio error 50506: the message named no media. Choose an uploaded file or a Media SID and "
            "send again.");
    case 50507:
        return tr("Twilio error 50507: the media was not found in this conversation's Chat Service. It may "
                  "belong to another service, or Twilio deleted it because no message carried it within five "
                  "minutes of the upload; upload the file again and send it at once.");
    case 50510:
        return tr(
            "Twilio error 50510: the media cannot go into this message, usually because another message "
            "already carries it. Each media goes into one message; upload the file again to send it "
            "once more.");
    case 50511:
        return tr("Twilio error 50511: this conversation does not accept media of this type (for example an "
                  "SMS or WhatsApp participant). Send a supported image, audio or video type.");
    case 50512:
        return tr("Twilio error 50512: the media is too large for this conversation's participants. Send a "
                  "smaller file.");
    default:
        break;
    }
    if (m_code == 20003 || m_httpStatus == 401) {
        return tr("Twilio rejected the credentials (HTTP %1, error %2). Check the Account SID or API Key SID "
                  "and its secret, and that they belong to the region in use.")
            .arg(m_httpStatus)
            .arg(m_code ? m_code : 20003);
    }
    if (m_code == 20403 || (m_httpStatus == 403 && m_code == 0)) {
        return tr("Twilio refused access (HTTP %1%2): the account may be suspended or closed, or the key may "
                  "not have permission. Check the account in the Twilio Console.")
            .arg(m_httpStatus)
            .arg(m_code ? tr(", error %1").arg(m_code) : QString());
    }
    if (isNotFound()) {
        //: %1 the HTTP status, %2 ", error 20404" or empty, %3 the server's own sentence
        return tr("Not found (HTTP %1%2): %3 Check the Chat Service SID and the Media SID; media belongs to "
                  "one service.")
            .arg(m_httpStatus)
            .arg(m_code ? tr(", error %1").arg(m_code) : QString())
            .arg(server.isEmpty() ? QString() : server + QLatin1Char('.'));
    }
    if (m_code == 20429 || m_httpStatus == 429) {
        return tr("Twilio is limiting the request rate (HTTP 429%1).")
                   .arg(m_code ? tr(", error %1").arg(m_code) : QString()) +
               triedText() + QLatin1Char(' ') + tr("Wait a minute and try again.");
    }
    if (m_httpStatus == 413) {
        return tr("The file is larger than Twilio accepts (HTTP 413): media can be at most 150 MB.");
    }
    if (m_httpStatus >= 500) {
        return tr("Twilio's service failed (HTTP %1 %2%3).")
                   .arg(m_httpStatus)
                   .arg(m_detail, m_code ? tr(", error %1").arg(m_code) : QString()) +
               triedText() + QLatin1Char(' ') + tr("This is usually temporary; try again in a few minutes.");
    }
    QString message = tr("The request failed (HTTP %1 %2).").arg(m_httpStatus).arg(m_detail);
    if (m_code)
        message += QLatin1Char(' ') + tr("Twilio error %1.").arg(m_code);
    if (!server.isEmpty() && server != m_detail)
        message += QLatin1Char(' ') + server;
    return message;
}

} // namespace mediadesk
