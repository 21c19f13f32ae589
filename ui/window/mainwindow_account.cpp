// The main window's message bar for what stops the whole account: refused credentials, a host that
// cannot be reached, a proxy or TLS failure, no keychain (AccountStatus decides; this shows it).
#include "accountstatus.h"
#include "accountswitcher.h"
#include "conversationstab.h"
#include "mainwindow.h"
#include "servicepicker.h"
#include "session/accountcontext.h"
#include "session/servicelist.h"
#include "ui_mainwindow.h"

#include <QAccessible>
#include <QPushButton>
#include <QStyle>

namespace mediadesk {

namespace {
constexpr const char *RemedyProperty = "mediadeskRemedy";

// A warning tint of the window's own colours, as KMessageWidget does: the text keeps the
// palette's text colour, so it reads on light and dark themes alike.
QPalette warningPalette(const QPalette &base)
{
    const QColor warning(0xf6, 0x74, 0x00);
    const QColor window = base.color(QPalette::Window);
    const qreal tint = window.lightnessF() > 0.5 ? 0.18 : 0.30;
    QColor mixed = QColor::fromRgbF(window.redF() * (1 - tint) + warning.redF() * tint,
                                    window.greenF() * (1 - tint) + warning.greenF() * tint,
                                    window.blueF() * (1 - tint) + warning.blueF() * tint);
    QPalette palette = base;
    palette.setColor(QPalette::Window, mixed);
    palette.setColor(QPalette::WindowText, base.color(QPalette::WindowText));
    palette.setColor(QPalette::Light, warning);
    palette.setColor(QPalette::Dark, warning.darker(130));
    return palette;
}
} // namespace

void MainWindow::tintAccountBanner()
{
    m_ui->accountBanner->setPalette(warningPalette(palette()));
}

void MainWindow::changeEvent(QEvent *event)
{
    // The bar's palette is its own (tinted): it follows a light/dark switch of the desktop only so.
    if (event->type() == QEvent::PaletteChange)
        tintAccountBanner();
    QMainWindow::changeEvent(event);
}

void MainWindow::setUpAccountBanner()
{
    QFrame *bar = m_ui->accountBanner;
    tintAccountBanner();
    bar->setFrameShape(QFrame::Box);
    const int icon = style()->pixelMetric(QStyle::PM_SmallIconSize);
    m_ui->accountBannerIcon->setPixmap(
        style()->standardIcon(QStyle::SP_MessageBoxWarning).pixmap(icon, icon));
    m_ui->accountBannerIcon->setAccessibleName(tr("Warning"));
    bar->hide();
    for (QPushButton *button : {m_ui->accountBannerAction, m_ui->accountBannerSecondAction}) {
        connect(button, &QPushButton::clicked, this, [this, button] {
            switch (AccountStatus::Remedy(button->property(RemedyProperty).toInt())) {
            case AccountStatus::Remedy::EditAccount:
                editAccount();
                return;
            case AccountStatus::Remedy::EnterSecret:
                enterSecretForSession();
                return;
            case AccountStatus::Remedy::Settings:
                openSettings();
                return;
            case AccountStatus::Remedy::TryAgain:
                tryAccountAgain();
                return;
            }
        });
    }
    connect(m_accountStatus, &AccountStatus::changed, this, &MainWindow::showAccountProblem);
}

void MainWindow::showAccountProblem()
{
    QFrame *bar = m_ui->accountBanner;
    if (!m_accountStatus->hasProblem()) {
        bar->hide();
        updateStatus();
        return;
    }
    m_ui->accountBannerLabel->setText(m_accountStatus->message());
    m_ui->accountBannerLabel->setAccessibleName(m_accountStatus->statusText());
    m_ui->accountBannerLabel->setAccessibleDescription(m_accountStatus->message());
    const QList<AccountStatus::Remedy> remedies = m_accountStatus->remedies();
    const QList<QPushButton *> buttons = {m_ui->accountBannerAction, m_ui->accountBannerSecondAction};
    for (int i = 0; i < buttons.size(); ++i) {
        buttons[i]->setVisible(i < remedies.size());
        if (i < remedies.size()) {
            buttons[i]->setText(AccountStatus::remedyText(remedies[i]));
            buttons[i]->setProperty(RemedyProperty, int(remedies[i]));
        }
    }
    bar->show();
    updateStatus();
    // Told to assistive technology as an alert, as a message box would be.
    QAccessibleEvent alert(m_ui->accountBannerLabel, QAccessible::Alert);
    QAccessible::updateAccessibility(&alert);
}

void MainWindow::tryAccountAgain()
{
    if (m_session->state() == Session::State::Ready) {
        m_context->services()->refresh();
        m_ui->conversationsTab->reload();
        updateStatus();
        return;
    }
    selectProfile(m_session->current()); // opens the profile again: the keychain, the sandbox
}

} // namespace mediadesk
