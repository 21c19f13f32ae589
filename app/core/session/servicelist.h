#pragma once

#include "net/conversationsapi.h"
#include "net/runningjob.h"
#include "result.h"
#include "twilio/chatservice.h"
#include "twilio/twilioerror.h"

#include <QCoreApplication>
#include <QList>
#include <QObject>
#include <QPointer>

namespace mediadesk {

class ApiClient;

// The open account's Chat Services, loaded across all pages in the background, and the one
// chosen: from the list, or entered by SID when it is not listed. The one place that says which
// service the window works with; the toolbar's picker (ServicePicker) is its view.
class ServiceList : public QObject
{
    Q_OBJECT

public:
    explicit ServiceList(QObject *parent = nullptr);
    ~ServiceList() override;

    // Loads the services with this client; preferredSid is chosen when it is among them (or kept
    // as an entered SID when they could not be loaded).
    void load(ApiClient *client, const QString &preferredSid);
    void clear(); // no account: nothing listed, nothing chosen
    void refresh();

    bool isAvailable() const { return m_client != nullptr; } // an account's list (loaded or not)
    bool isLoading() const;
    const QList<ChatService> &services() const { return m_services; }
    const ChatService &current() const { return m_current; }
    const TwilioError &lastError() const { return m_lastError; } // of the latest load; none after a success
    // Why the list could not be loaded, as a sentence; "" when it was.
    QString problem() const;

    // Chooses a service by SID: the listed one, or an entered SID (which must be a Chat Service's).
    Result<> select(const QString &sid);

signals:
    void loadingStarted();
    void pageLoaded(int countSoFar);
    void listChanged(); // services() changed: loaded, failed or cleared
    void loaded(int count);
    void loadFailed(const mediadesk::TwilioError &error);
    void currentChanged(const mediadesk::ChatService &service);

private:
    void onFinished();
    void setCurrent(const ChatService &service);

    RunningJob<ListServicesJob> m_job{this};
    ApiClient *m_client = nullptr;
    QList<ChatService> m_services;
    ChatService m_current;
    QString m_preferred;
    TwilioError m_lastError;
};

} // namespace mediadesk
