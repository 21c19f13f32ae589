#include "requestlog.h"

#include "urlpolicy.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUrl>
#include <algorithm>

namespace mediadesk {

namespace {
const QString Redacted = QStringLiteral("REDACTED");

bool namesASecret(QByteArrayView name)
{
    return UrlPolicy::isSecretName(QString::fromLatin1(name));
}

QJsonValue redactedJson(const QJsonValue &value)
{
    if (value.isArray()) {
        QJsonArray array;
        for (const QJsonValue &item : value.toArray())
            array.append(redactedJson(item));
        return array;
    }
    if (value.isString()) // a link pasted into a message keeps no signature
        return UrlPolicy::redactedUrlsIn(value.toString());
    if (!value.isObject())
        return value;
    QJsonObject object = value.toObject();
    for (auto it = object.begin(); it != object.end(); ++it)
        it.value() = namesASecret(it.key().toUtf8()) ? QJsonValue(Redacted) : redactedJson(it.value());
    return object;
}
} // namespace

QByteArray headerValue(const HeaderList &headers, QByteArrayView lowerName)
{
    for (const auto &[name, value] : headers) {
        if (name.toLower() == lowerName)
            return value;
    }
    return {};
}

RequestLog::RequestLog(QObject *parent, int capacity) : QObject(parent), m_capacity(capacity) {}

void RequestLog::add(RequestLogEntry entry)
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.append(entry);
        if (m_entries.size() > m_capacity)
            m_entries.remove(0, m_entries.size() - m_capacity);
    }
    emit entryAdded(entry);
}

QList<RequestLogEntry> RequestLog::entries() const
{
    QMutexLocker lock(&m_mutex);
    return m_entries;
}

void RequestLog::clear()
{
    {
        QMutexLocker lock(&m_mutex);
        m_entries.clear();
    }
    emit cleared();
}

QString RequestLog::format(const RequestLogEntry &e)
{
    QString line = e.startedAt.toUTC().toString(Qt::ISODateWithMs) + QLatin1Char(' ') +
                   QString::fromLatin1(e.method) + QLatin1Char(' ') + e.url + QLatin1String(" -> ") +
                   (e.status ? QString::number(e.status) : QStringLiteral("---")) +
                   QStringLiteral(" %1 ms, %2 B sent, %3 B received")
                       .arg(e.durationMs)
                       .arg(e.bytesSent)
                       .arg(e.bytesReceived);
    if (!e.note.isEmpty())
        line += QLatin1String(" (") + e.note + QLatin1Char(')');
    return line;
}

HeaderList RequestLog::redactedHeaders(const HeaderList &headers)
{
    HeaderList kept;
    for (const auto &[name, value] : headers) {
        if (namesASecret(name))
            continue;
        const QByteArray lower = name.toLower();
        if (lower == "location" || lower == "content-location" || lower == "link")
            kept.append({name, UrlPolicy::redacted(QUrl::fromEncoded(value)).toUtf8()});
        else
            kept.append({name, value});
    }
    return kept;
}

QByteArray RequestLog::redactedBody(const QByteArray &body, const QByteArray &contentType)
{
    const QByteArray type = contentType.toLower();
    if (type.startsWith("application/x-www-form-urlencoded")) {
        QList<QByteArray> fields = body.split('&');
        for (QByteArray &field : fields) {
            const qsizetype equals = field.indexOf('=');
            const QByteArray rawName = field.left(equals < 0 ? field.size() : equals);
            if (namesASecret(QByteArray::fromPercentEncoding(rawName))) {
                field = rawName + '=' + Redacted.toLatin1();
            } else if (equals >= 0) { // a link pasted into a message keeps no signature
                QByteArray value = field.mid(equals + 1);
                value.replace('+', ' ');
                const QString text = QString::fromUtf8(QByteArray::fromPercentEncoding(value));
                if (const QString cleaned = UrlPolicy::redactedUrlsIn(text); cleaned != text)
                    field = rawName + '=' + cleaned.toUtf8().toPercentEncoding();
            }
        }
        return fields.join('&');
    }
    if (type.startsWith("application/json") || type.contains("+json")) {
        QJsonParseError error;
        const QJsonDocument document = QJsonDocument::fromJson(body, &error);
        if (error.error != QJsonParseError::NoError)
            return {};
        const QJsonValue redacted =
            redactedJson(document.isArray() ? QJsonValue(document.array()) : QJsonValue(document.object()));
        return (redacted.isArray() ? QJsonDocument(redacted.toArray()) : QJsonDocument(redacted.toObject()))
            .toJson(QJsonDocument::Compact);
    }
    return {}; // anything else is not shown: it could be anything
}

} // namespace mediadesk
