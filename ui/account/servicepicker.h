#pragma once

#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QToolButton;

namespace mediadesk {

class ServiceList;
struct ChatService;
class TwilioError;

// The toolbar's view of the Chat Services (ServiceList): a searchable list ("name — IS…") with a
// loading state, a refresh button, the problem inline, and "Enter SID…" for a service that is not
// listed. What is chosen here is chosen in the list; it keeps nothing of its own.
class ServicePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ServicePicker(ServiceList *list, QWidget *parent = nullptr);
    ~ServicePicker() override;

    QComboBox *comboBox() const { return m_combo; }
    QString problem() const; // what is shown inline: the list's problem, or a SID typed wrong

private:
    void onLoadingStarted();
    void onPageLoaded(int countSoFar);
    void onListChanged();
    void onLoadFinished();
    void showCurrent(const ChatService &service);
    void onActivated(int index);
    void onEditingFinished();
    void askForSid();
    void setError(const QString &message);

    ServiceList *m_list;
    QComboBox *m_combo;
    QToolButton *m_refresh;
    QLabel *m_error;
    QStandardItemModel *m_model;
};

} // namespace mediadesk
