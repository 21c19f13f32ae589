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

// One call to the sandbox's /_emulator admin endpoints (GET, POST when a body is given, or verb);
// the reply's JSON object, and its HTTP status in *status when asked.
inline QJsonObject emulatorAdmin(const mediadesk::SandboxProcess *sandbox, const QString &path,
                                 const QByteArray &post = {}, const QByteArray &verb = {},
                                 int *status = nullptr)
{
    QNetworkAccessManager nam;
    QUrl url = sandbox->baseUrl();
    url.setPath(path);
    QNetworkRequest request(url);
    request.setRawHeader("X-Emulator-Token", sandbox->adminToken());
    request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/json"));
    QNetworkReply *reply = !verb.isEmpty() ? nam.sendCustomRequest(request, verb, post)
                           : post.isNull() ? nam.get(request)
                                           : nam.post(request, post);
    QEventLoop loop;
    QObject::connect(reply, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    loop.exec();
    reply->deleteLater();
    if (status)
        *status = reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
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
