#pragma once

#include "session/sandboxprocess.h"
#include "translations.h"

#include <QCoreApplication>
#include <QDir>
#include <QEventLoop>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QTemporaryDir>
#include <QTest>
#include <QTranslator>
#include <QUrl>

// tests/support/isolated-test.sh already gives each test program its own temporary home and no
// session bus; this moves a test to another fresh folder (e.g. one per test function, so none sees
// what another left), keeping the session bus only when asked.
inline void isolateGuiTest(QTemporaryDir &home, bool keepSessionBus = false)
{
    qputenv("XDG_CONFIG_HOME", QDir(home.path()).filePath(QStringLiteral("config")).toUtf8());
    qputenv("XDG_DATA_HOME", QDir(home.path()).filePath(QStringLiteral("data")).toUtf8());
    qputenv("XDG_CACHE_HOME", QDir(home.path()).filePath(QStringLiteral("cache")).toUtf8());
    if (!keepSessionBus)
        qputenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/mediadesk-test-bus");
}

// One call to the sandbox's /_emulator admin endpoints (GET, or POST when a body is given).
inline QJsonObject emulatorAdmin(const mediadesk::SandboxProcess *sandbox, const QString &path,
                                 const QByteArray &post = {})
{
    QNetworkAccessManager nam;
    QUrl url = sandbox->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("X-Emulator-Token", sandbox->adminToken());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = post.isNull() ? nam.get(request) : nam.post(request, post);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    return QJsonDocument::fromJson(reply->readAll()).object();
}

// The application in this language from now on ("" = the source English): the translators
// installed before are removed. Windows made afterwards show it.
inline void useLanguage(const QString &language)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>()) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    if (!language.isEmpty())
        QCOMPARE(mediadesk::installTranslations(qApp, language), language);
}
