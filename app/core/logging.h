#pragma once

#include <QLoggingCategory>

// Diagnostics, off by default: only warnings print unless switched on, with
//   QT_LOGGING_RULES="mediadesk.*=true"     (or one area: "mediadesk.net.debug=true")
// or `mediadesk --verbose`. What is logged never holds a secret: URLs go through
// UrlPolicy::redacted(), no header value is logged, keychain entries are named, never read out.
Q_DECLARE_LOGGING_CATEGORY(lcNet)      // mediadesk.net: requests, answers, retries
Q_DECLARE_LOGGING_CATEGORY(lcTransfer) // mediadesk.transfer: queue items and their jobs
Q_DECLARE_LOGGING_CATEGORY(lcStore)    // mediadesk.store: the library and the saved queue
Q_DECLARE_LOGGING_CATEGORY(lcKeychain) // mediadesk.keychain: secrets read, written, retried
Q_DECLARE_LOGGING_CATEGORY(lcUi)       // mediadesk.ui: accounts opened, dialogs asked

namespace mediadesk {
// Turns every mediadesk.* category on (debug and info), as --verbose does.
void enableVerboseLogging();
} // namespace mediadesk
