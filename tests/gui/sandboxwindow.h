#pragma once

// The main window on its own sandbox, for the test classes that drive one window through many
// steps (details, sending).
#include "mainwindow.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/sandboxprocess.h"
#include "session/servicelist.h"
#include "session/session.h"
#include "store/credentialstore.h"
#include "store/profilestore.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <memory>

struct SandboxWindow
{
    std::unique_ptr<mediadesk::ProfileStore> profiles;
    std::unique_ptr<mediadesk::CredentialStore> keychain;
    std::unique_ptr<mediadesk::Session> session;
    std::unique_ptr<mediadesk::MainWindow> window;
    int files = 0;

    // Opens and shows the window on the sandbox; true once it lists at least `services` services.
    bool open(int services = 1)
    {
        profiles = std::make_unique<mediadesk::ProfileStore>();
        keychain = std::make_unique<mediadesk::CredentialStore>();
        session = std::make_unique<mediadesk::Session>(profiles.get(), keychain.get());
        mediadesk::MainWindow::Options options;
        options.sandbox = true;
        window = std::make_unique<mediadesk::MainWindow>(session.get(), options);
        // Its size on a usual screen (the offscreen one is 800 × 600, which would make it smaller).
        window->resize(1120, 720);
        window->show();
        return QTest::qWaitFor(
            [&] {
                return window->accountContext()->services()->services().size() >= services &&
                       !window->accountContext()->currentService().sid.isEmpty();
            },
            20000);
    }

    void close()
    {
        window.reset();
        session.reset();
    }

    QUrl base() const { return session->sandbox()->baseUrl(); }

    // Writes a file in a numbered folder of dir (so the same name can come again); its path.
    QString write(const QTemporaryDir &dir, const QString &name, const QByteArray &content)
    {
        const QString path = QDir(dir.path()).filePath(QStringLiteral("%1/%2").arg(++files).arg(name));
        QDir().mkpath(QFileInfo(path).absolutePath());
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly) || f.write(content) != content.size())
            qFatal("cannot write %s", qPrintable(path));
        return path;
    }
};
