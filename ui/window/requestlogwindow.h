#pragma once

#include <QWidget>
#include <memory>

namespace Ui {
class RequestLogWindow;
}

namespace mediadesk {

class RequestLog;
class RequestLogModel;

// A live view of the request log, with copy (the selected rows, or all) and clear.
class RequestLogWindow : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogWindow(RequestLog *log, QWidget *parent = nullptr);
    ~RequestLogWindow() override;

    RequestLogModel *model() const { return m_model; }
    void copyToClipboard() const;

private:
    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::RequestLogWindow *form() const { return m_ui.get(); }
    std::unique_ptr<Ui::RequestLogWindow> m_ui;
    RequestLogModel *m_model;
};

} // namespace mediadesk
