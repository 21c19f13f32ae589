#include "conversationnames.h"

namespace mediadesk {

void ConversationNames::add(const QHash<QString, QString> &names)
{
    bool changedAny = false;
    for (auto it = names.begin(); it != names.end(); ++it) {
        if (it.value().isEmpty())
            continue;
        QString &name = m_names[it.key()];
        if (name != it.value()) {
            name = it.value();
            changedAny = true;
        }
    }
    if (changedAny)
        emit changed();
}

} // namespace mediadesk
