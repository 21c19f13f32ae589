#include "aboutdialog.h"

#include "dialogs.h"
#include "projectinfo.h"

#include <QApplication>
#include <QMessageBox>
#include <QPushButton>

namespace mediadesk {

void showAboutDialog(QWidget *parent)
{
    QMessageBox about(parent);
    about.setWindowTitle(QCoreApplication::translate("AboutDialog", "About MediaDesk"));
    about.setIconPixmap(QApplication::windowIcon().pixmap(64, 64));
    about.setTextFormat(Qt::RichText);
    const QString homepage = QStringLiteral(MEDIADESK_HOMEPAGE);
    about.setText(
        QCoreApplication::translate(
            "AboutDialog",
            "<h3>MediaDesk %1</h3><p>A desktop client for Twilio's Media Content Service: upload, inspect "
            "and download Conversations media.</p><p>Secrets stay in the system keychain.</p>")
            .arg(QCoreApplication::applicationVersion()) +
        QCoreApplication::translate(
            "AboutDialog",
            "<p>Copyright © 2026 The MediaDesk developers. MediaDesk is free software under the Apache "
            "License, Version 2.0.</p><p>Built with Qt %1 (LGPL-3.0), QtKeychain (BSD-2-Clause), "
            "cpp-httplib (MIT) and OpenSSL (Apache-2.0); their notices come with MediaDesk.</p>")
            .arg(QString::fromLatin1(qVersion())) +
        QStringLiteral("<p><a href=\"%1\">%1</a></p>").arg(homepage.toHtmlEscaped()));
    QPushButton *aboutQt =
        about.addButton(QCoreApplication::translate("AboutDialog", "About &Qt"), QMessageBox::HelpRole);
    about.addButton(QMessageBox::Close);
    // The Help role would close the box; About Qt opens on top of it instead.
    aboutQt->disconnect();
    QObject::connect(aboutQt, &QPushButton::clicked, &about, [&about] { QMessageBox::aboutQt(&about); });
    Dialogs::exec(&about);
}

} // namespace mediadesk
