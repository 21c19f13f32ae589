#pragma once

#include <QString>

class QCoreApplication;

namespace mediadesk {

// Installs Qt's own and MediaDesk's translations for a language ("" = the system's, "en", "ja").
// Returns the language actually loaded ("en" when MediaDesk has none for it).
QString installTranslations(QCoreApplication *app, const QString &language);

} // namespace mediadesk
