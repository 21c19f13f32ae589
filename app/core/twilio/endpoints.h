#pragma once

#include "result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QUrl>

namespace mediadesk {

// Where the two Twilio APIs MediaDesk uses live. Base URLs are origins; clients append /v1/….
struct Endpoints
{
    Q_DECLARE_TR_FUNCTIONS(Endpoints)

public:
    QString region = QStringLiteral("us1");
    QUrl mcs = QUrl(QStringLiteral("https://mcs.us1.twilio.com"));
    QUrl conversations = QUrl(QStringLiteral("https://conversations.twilio.com"));

    static QStringList knownRegions();
    // "" is us1; a failure names the known regions.
    static Result<Endpoints> forRegion(const QString &region);

    // Normalises "https://host/" to "https://host" after UrlPolicy::checkBaseUrl accepted it.
    static QUrl normalisedBase(const QUrl &url);

    QUrl mcsUrl(const QString &path) const;           // path starts with /v1/
    QUrl conversationsUrl(const QString &path) const; // path starts with /v1/
};

} // namespace mediadesk
