#pragma once

#include "store/medialibrary.h"

// A library row for tests: number i, every column filled (odd rows also with Twilio's date).
inline mediadesk::LibraryEntry libraryEntry(int i, const QString &name, const QString &type)
{
    mediadesk::LibraryEntry e;
    e.uploadId = QStringLiteral("upload-%1").arg(i);
    e.mediaSid = QStringLiteral("ME%1").arg(i, 32, 16, QLatin1Char('0'));
    e.serviceSid = QStringLiteral("IS%1").arg(1, 32, 16, QLatin1Char('0'));
    e.accountSid = QStringLiteral("AC%1").arg(1, 32, 16, QLatin1Char('0'));
    e.profile = QStringLiteral("work");
    e.fileName = name;
    e.contentType = type;
    e.size = 1000 + i;
    e.localPath = QStringLiteral("/home/me/") + name;
    e.sha256 = QString(64, QLatin1Char('a'));
    e.uploadedAt = QDateTime(QDate(2026, 1, 1), QTime(0, 0), Qt::UTC).addSecs(i);
    if (i % 2)
        e.dateCreated = e.uploadedAt.addMSecs(-250);
    return e;
}
