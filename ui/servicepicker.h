#pragma once

#include "net/conversationsclient.h"
#include "twilio/chatservice.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QLabel;
class QStandardItemModel;
class QToolButton;

namespace mediadesk {

class ApiClient;

// The toolbar's Chat Service picker: a searchable list of the account's services ("name — IS…"),
// loaded across all pages in the background, with a loading state, a refresh button, the error
// inline, and "Enter SID…" for a service that is not listed.
class ServicePicker : public QWidget
{
    Q_OBJECT

public:
    explicit ServicePicker(QWidget *parent = nullptr);
    ~ServicePicker() override;

    // Loads the services with this client; preferredSid is selected when it is among them (or
    // kept as an entered SID when it is not).
    void load(ApiClient *client, const QString &preferredSid);
    void clear();
    void refresh();

    bool isLoading() const { return m_job != nullptr; }
    const QList<ChatService> &services() const { return m_services; }
    ChatService currentService() const { return m_current; }
    QString errorText() const;
    const TwilioError &lastError() const { return m_lastError; } // of the latest load; none after a success
    QComboBox *comboBox() const { return m_combo; }

    // Selects a service by SID (from the list, or as an entered SID); returns the error, if any.
    QString selectSid(const QString &sid);

signals:
    void serviceChanged(const mediadesk::ChatService &service);
    void servicesLoaded(int count);
    void loadFailed(const QString &message);

private:
    void onActivated(int index);
    void onEditingFinished();
    void askForSid();
    void rebuild();
    void setError(const QString &message);
    void setCurrent(const ChatService &service);

    QComboBox *m_combo;
    QToolButton *m_refresh;
    QLabel *m_error;
    QStandardItemModel *m_model;
    QPointer<ListServicesJob> m_job;
    ApiClient *m_client = nullptr;
    QList<ChatService> m_services;
    ChatService m_current;
    QString m_preferred;
    TwilioError m_lastError;
};

} // namespace mediadesk
