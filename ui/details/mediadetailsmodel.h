#pragma once

#include "twilio/media.h"

#include <QAbstractTableModel>

namespace mediadesk {

// Every field of one Media resource as rows of (field, value). Dates are shown in local time with
// UTC in the tooltip, the size in human units and exact bytes. A field the reply left out or sent
// as null says so and why, instead of showing an empty box.
class MediaDetailsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column { Field, Value, ColumnCount };
    enum Role {
        CopyRole = Qt::UserRole + 1, // the value as text to copy; "" when there is none
        KeyRole,                     // the JSON key, e.g. "links.content"
        MissingRole,                 // true when the field is null or absent
    };

    explicit MediaDetailsModel(QObject *parent = nullptr);

    void setMedia(const Media &media, const QString &serviceName);
    void clear();
    const Media &media() const { return m_media; }
    bool hasMedia() const { return !m_media.sid.isEmpty(); }
    int rowOfKey(const QString &key) const; // -1 when not shown

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Row
    {
        QString key;
        QString label;
        QString value;
        QString copy;
        QString tooltip;
        bool missing = false;
    };
    void build(const QString &serviceName);
    void tick();
    void addText(const QString &key, const QString &label, const std::optional<QString> &value,
                 const QString &whyNull, const QString &whyAbsent = {});
    void addDate(const QString &key, const QString &label, const QDateTime &utc);
    Row absentOrNull(const QString &key, const QString &label, const QString &whyNull,
                     const QString &whyAbsent) const;

    Media m_media;
    QString m_serviceName;
    QList<Row> m_rows;
};

} // namespace mediadesk
