#pragma once

#include "result.h"

#include <QWidget>
#include <memory>

namespace Ui {
class RequestLogWindow;
}

namespace mediadesk {

class RequestLog;
class RequestLogFilter;
class RequestLogModel;

// A live view of the request log: filters, copy (as log lines or as curl commands), export as HAR,
// clear. Copy and export take the selected rows, or else every row the filters show.
class RequestLogWindow : public QWidget
{
    Q_OBJECT

public:
    explicit RequestLogWindow(RequestLog *log, QWidget *parent = nullptr);
    ~RequestLogWindow() override;

    RequestLogModel *model() const { return m_model; }
    RequestLogFilter *filter() const { return m_filter; }
    void copyToClipboard() const;
    void copyAsCurl() const;
    // The rows the filters show, as HAR 1.2; asks where to save when path is empty.
    void exportHar(const QString &path = {});
    Result<> writeHar(const QString &path) const;

private:
    QList<int> chosenRows(bool allWhenNoneSelected) const; // rows of the model, in order
    void fillChoices(int first, int last);                 // the methods and hosts of these rows of the model
    void updateButtonsAndCount();

    friend class FormAccess; // tests reach the form through it (formaccess.h)
    Ui::RequestLogWindow *form() const { return m_ui.get(); }
    std::unique_ptr<Ui::RequestLogWindow> m_ui;
    RequestLogModel *m_model;
    RequestLogFilter *m_filter;
};

} // namespace mediadesk
