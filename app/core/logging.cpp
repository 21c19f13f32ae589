#include "logging.h"

Q_LOGGING_CATEGORY(lcNet, "mediadesk.net", QtWarningMsg)
Q_LOGGING_CATEGORY(lcTransfer, "mediadesk.transfer", QtWarningMsg)
Q_LOGGING_CATEGORY(lcStore, "mediadesk.store", QtWarningMsg)
Q_LOGGING_CATEGORY(lcKeychain, "mediadesk.keychain", QtWarningMsg)
Q_LOGGING_CATEGORY(lcUi, "mediadesk.ui", QtWarningMsg)

namespace mediadesk {

void enableVerboseLogging()
{
    QLoggingCategory::setFilterRules(QStringLiteral("mediadesk.*.debug=true\nmediadesk.*.info=true"));
}

} // namespace mediadesk
