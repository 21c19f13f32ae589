#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class OverviewTab;
}

namespace mediadesk {

class AccountContext;
class ServiceList;
class Session;

// The Overview tab: the chosen Chat Service and the account it belongs to (profile, who is signed
// in, the API addresses), or why there is nothing to show yet (connecting, failed, no services).
class OverviewTab : public QWidget
{
    Q_OBJECT

public:
    explicit OverviewTab(QWidget *parent = nullptr);
    ~OverviewTab() override;

    void setContext(AccountContext *context); // once, before refresh()
    void refresh();                           // the session or the service changed

private:
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::OverviewTab *form() const { return m_ui.get(); }
    void showService();
    void showAccount();

    std::unique_ptr<Ui::OverviewTab> m_ui;
    Session *m_session = nullptr;
    ServiceList *m_services = nullptr;
};

} // namespace mediadesk
