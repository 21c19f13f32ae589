#pragma once

#include <QHash>
#include <QObject>
#include <QString>

namespace mediadesk {

// The names of the conversations the window has listed, by SID, for rows that know only a SID (the
// library's, a queue saved before names were kept, a send target typed as a SID). SIDs are unique
// across services and accounts, so names only add up.
class ConversationNames : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    void add(const QHash<QString, QString> &names); // changed() when a name is new or different
    QString nameOf(const QString &sid) const { return m_names.value(sid); }

signals:
    void changed();

private:
    QHash<QString, QString> m_names;
};

} // namespace mediadesk
