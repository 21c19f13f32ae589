#include "mediadetailsmodel.h"

#include "clock.h"
#include "text/displaytext.h"
#include "transfer/unattachedmedia.h"

#include <QFont>
#include <QGuiApplication>
#include <QJsonObject>
#include <QLocale>
#include <QPalette>
#include <QTimer>

namespace mediadesk {

namespace {
// "links.content" → the value under links/content; presence and null-ness as the reply had them.
QJsonValue valueAt(const QJsonObject &json, const QString &key)
{
    const qsizetype dot = key.indexOf(u'.');
    if (dot < 0)
        return json.contains(key) ? json.value(key) : QJsonValue(QJsonValue::Undefined);
    const QJsonObject inner = json.value(key.left(dot)).toObject();
    const QString rest = key.mid(dot + 1);
    return inner.contains(rest) ? inner.value(rest) : QJsonValue(QJsonValue::Undefined);
}
} // namespace

MediaDetailsModel::MediaDetailsModel(QObject *parent) : QAbstractTableModel(parent)
{
    auto *ticker = new QTimer(this);
    ticker->setInterval(1000);
    connect(ticker, &QTimer::timeout, this, &MediaDetailsModel::tick);
    ticker->start();
}

void MediaDetailsModel::tick()
{
    // Only the attachment rows count down; the rest stay as they are.
    if (!hasMedia() || m_media.messageSid)
        return;
    build(m_serviceName);
    for (const QString &key : {QStringLiteral("channel_sid"), QStringLiteral("message_sid")}) {
        const int row = rowOfKey(key);
        emit dataChanged(index(row, Value), index(row, Value));
    }
}

void MediaDetailsModel::setMedia(const Media &media, const QString &serviceName)
{
    beginResetModel();
    m_media = media;
    m_serviceName = serviceName;
    build(serviceName);
    endResetModel();
}

void MediaDetailsModel::clear()
{
    beginResetModel();
    m_media = {};
    m_rows.clear();
    endResetModel();
}

int MediaDetailsModel::rowOfKey(const QString &key) const
{
    for (int i = 0; i < m_rows.size(); ++i) {
        if (m_rows.at(i).key == key)
            return i;
    }
    return -1;
}

MediaDetailsModel::Row MediaDetailsModel::absentOrNull(const QString &key, const QString &label,
                                                       const QString &whyNull, const QString &whyAbsent) const
{
    Row row{key, label, {}, {}, {}, true};
    const bool absent = valueAt(m_media.json, key).isUndefined();
    //: a field the reply did not contain; %1 says what that means
    row.value = absent ? tr("absent — %1").arg(whyAbsent.isEmpty() ? tr("not in Twilio's reply") : whyAbsent)
                       //: a field the reply sent as JSON null; %1 says what that means
                       : tr("null — %1").arg(whyNull);
    // The whole sentence too: the cell may be too narrow for it.
    row.tooltip =
        (absent ? tr("The reply has no “%1” key.").arg(key) : tr("The reply has “%1”: null.").arg(key)) +
        QLatin1Char('\n') + row.value;
    return row;
}

void MediaDetailsModel::addText(const QString &key, const QString &label, const std::optional<QString> &value,
                                const QString &whyNull, const QString &whyAbsent)
{
    if (!value || (value->isEmpty() && valueAt(m_media.json, key).isNull())) {
        m_rows.append(absentOrNull(key, label, whyNull, whyAbsent));
        return;
    }
    // The server's text: escaped so that no control or layout character acts on the view.
    const QString shown = printableText(*value);
    m_rows.append({key, label, shown, shown, shown, false});
}

void MediaDetailsModel::addDate(const QString &key, const QString &label, const QDateTime &utc)
{
    if (!utc.isValid()) {
        m_rows.append(absentOrNull(key, label, tr("no date given"), {}));
        return;
    }
    const QLocale locale;
    const QString utcText = utc.toUTC().toString(Qt::ISODateWithMs);
    const QString local = locale.toString(utc.toLocalTime(), QLocale::LongFormat);
    m_rows.append(
        {key, label, local, utcText,
         //: %1 the date in UTC (ISO 8601), %2 the text Twilio sent
         tr("%1 UTC (sent as %2)").arg(utcText, printableText(valueAt(m_media.json, key).toString())),
         false});
}

void MediaDetailsModel::build(const QString &serviceName)
{
    m_rows.clear();
    const Media &m = m_media;
    const QLocale locale;
    QString notAttached = tr("not attached to a message yet");
    // Twilio's clock runs from the upload (date_created) while no message carries the media.
    const auto clock = UnattachedMedia::status({}, m.dateCreated, Clock::nowUtc(), true, Clock::nowUtc());
    if (m.dateCreated.isValid() && clock.state == UnattachedMedia::State::Pending)
        //: %1 minutes:seconds left
        notAttached = tr("not attached to a message yet; deleted in %1 unless sent")
                          .arg(UnattachedMedia::clock(clock.secondsLeft));
    else if (m.dateCreated.isValid())
        notAttached = tr("not attached to a message; its five minutes are over, but Twilio still has it");

    // What most people look for first (what it is, how big, where it went) comes first and stays
    // in view; the service, account and bookkeeping dates follow.
    m_rows.append({QStringLiteral("sid"), tr("Media SID"), m.sid, m.sid, m.sid, false});
    addText(QStringLiteral("filename"), tr("File name"), m.filename, tr("uploaded without a file name"));
    addText(QStringLiteral("content_type"), tr("Content type"),
            m.contentType.isEmpty() ? std::optional<QString>() : m.contentType, tr("no type given"));
    if (m.size >= 0) {
        const QString bytes = tr("%1 bytes").arg(locale.toString(m.size));
        const QString human = locale.formattedDataSize(m.size);
        //: %1 the size in human units (e.g. "1.5 MB"), %2 the exact byte count
        const QString shown = m.size < 1024 ? bytes : tr("%1 (%2)").arg(human, bytes);
        m_rows.append({QStringLiteral("size"), tr("Size"), shown, QString::number(m.size), bytes, false});
    } else {
        m_rows.append(absentOrNull(QStringLiteral("size"), tr("Size"), tr("size unknown"), {}));
    }
    addText(QStringLiteral("channel_sid"), tr("Conversation"), m.channelSid, notAttached);
    addText(QStringLiteral("message_sid"), tr("Message"), m.messageSid, notAttached);
    addText(QStringLiteral("author"), tr("Author"), m.author, tr("no author recorded"));
    addDate(QStringLiteral("date_created"), tr("Created"), m.dateCreated);
    const QString service =
        serviceName.isEmpty() ? m.serviceSid : tr("%1 (%2)").arg(m.serviceSid, serviceName);
    m_rows.append({QStringLiteral("service_sid"), tr("Chat Service"), service, m.serviceSid, service, false});
    addText(QStringLiteral("account_sid"), tr("Account"), m.accountSid, tr("no account given"),
            tr("MCS usually leaves the account out"));
    addDate(QStringLiteral("date_updated"), tr("Updated"), m.dateUpdated);
    addDate(QStringLiteral("date_upload_updated"), tr("Upload updated"), m.dateUploadUpdated);
    addText(QStringLiteral("category"), tr("Category"), m.category, tr("no category given"),
            tr("older media have none; it means “media”"));
    if (valueAt(m.json, QStringLiteral("is_multipart_upstream")).isBool()) {
        const QString yes = m.isMultipartUpstream ? tr("yes") : tr("no");
        m_rows.append({QStringLiteral("is_multipart_upstream"), tr("Multipart upstream"), yes,
                       m.isMultipartUpstream ? QStringLiteral("true") : QStringLiteral("false"),
                       QStringLiteral("is_multipart_upstream"), false});
    } else {
        m_rows.append(absentOrNull(QStringLiteral("is_multipart_upstream"), tr("Multipart upstream"),
                                   tr("means no"), tr("means no")));
    }
    addText(QStringLiteral("url"), tr("Resource URL"),
            m.url.isEmpty() ? std::optional<QString>() : m.url.toString(), tr("no address given"));
    addText(QStringLiteral("links.content"), tr("Content link"),
            m.contentUrl.isEmpty() ? std::optional<QString>() : m.contentUrl.toString(),
            tr("no address given"));
    if (!m.temporaryUrl.isEmpty()) {
        const QString until =
            m.temporaryUrlExpiresAt.isValid()
                ? tr("temporary link, valid until %1")
                      .arg(locale.toString(m.temporaryUrlExpiresAt.toLocalTime().time(), QLocale::LongFormat))
                : tr("temporary link, expiry unknown");
        // Never copied from here: it may have expired by then. "Copy Temporary Link" mints a fresh one.
        m_rows.append({QStringLiteral("links.content_direct_temporary"),
                       tr("Temporary link"),
                       until,
                       {},
                       m.temporaryUrl.toString(QUrl::RemoveQuery) + QStringLiteral("?…"),
                       false});
    } else {
        m_rows.append(absentOrNull(QStringLiteral("links.content_direct_temporary"), tr("Temporary link"),
                                   tr("none offered; content comes through the content link"),
                                   tr("none offered; content comes through the content link")));
    }
}

int MediaDetailsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int MediaDetailsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MediaDetailsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return index.column() == Field ? row.label : row.value;
    case Qt::ToolTipRole:
        return index.column() == Field ? row.key : row.tooltip;
    case CopyRole:
        return row.copy;
    case KeyRole:
        return row.key;
    case MissingRole:
        return row.missing;
    case Qt::FontRole:
        if (index.column() == Value && row.missing) {
            QFont italic;
            italic.setItalic(true);
            return italic;
        }
        return {};
    case Qt::ForegroundRole:
        if (index.column() == Value && row.missing)
            return QGuiApplication::palette().brush(QPalette::PlaceholderText);
        return {};
    default:
        return {};
    }
}

QVariant MediaDetailsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == Field ? tr("Field") : tr("Value");
}

} // namespace mediadesk
