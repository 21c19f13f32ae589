#pragma once

#include "twilio/twilioerror.h"

#include <QObject>
#include <QPointer>

namespace mediadesk {

class ApiClient;
class ApiReply;
struct ApiRequest;

// Base of all network work: start() once, abort() at any time, progress while running, and exactly
// one finished() at the end, after which error() tells how it went.
class Job : public QObject
{
    Q_OBJECT

public:
    explicit Job(ApiClient *client, QObject *parent = nullptr);
    ~Job() override;

    void start();
    virtual void abort();
    // Stops like abort() (finished with Kind::Cancelled), for a later job to go on from: a job that
    // can continue (a download) keeps what it has; any other simply stops.
    virtual void suspend() { abort(); }

    bool isRunning() const { return m_started && !m_finished; }
    bool isFinished() const { return m_finished; }
    bool succeeded() const { return m_finished && !m_error.isError(); }
    const TwilioError &error() const { return m_error; }

signals:
    void progress(qint64 done, qint64 total);
    void retrying(int nextAttempt, int delayMs, const mediadesk::TwilioError &reason);
    void finished();

protected:
    virtual void run() = 0;
    // Sends a request as part of this job, at once; the reply is deleted when the next one starts
    // or the job ends. onDone runs when it finishes (not when the job was aborted), possibly
    // before send() returns when the request is refused before sending. observe, when given,
    // connects to the reply before it starts (e.g. to its progress).
    ApiReply *send(ApiRequest request, std::function<void(ApiReply *)> onDone,
                   const std::function<void(ApiReply *)> &observe = {});
    // send() for a request answered with JSON: use(value, reply) gets what parse(body) made of a
    // successful reply's body (a Result<T>). A failed request ends the job with its error, a body
    // parse() refuses with an InvalidResponse that says why.
    template<typename Request, typename Parse, typename Use> // Request: ApiRequest (complete only where used)
    void sendForJson(Request request, Parse parse, Use use)
    {
        send(std::move(request), [this, parse = std::move(parse), use = std::move(use)](ApiReply *reply) {
            const QByteArray *body = bodyOrFinish(reply);
            if (!body)
                return;
            auto parsed = parse(*body);
            if (!parsed) {
                finish(TwilioError::make(TwilioError::Kind::InvalidResponse, parsed.problem()));
                return;
            }
            use(*std::move(parsed), reply);
        });
    }
    void finish(const TwilioError &error = {});
    ApiClient *client() const { return m_client; }

private:
    // The body of a reply that succeeded; else the job finishes with the reply's error (null).
    const QByteArray *bodyOrFinish(ApiReply *reply);

    ApiClient *m_client;
    QPointer<ApiReply> m_current;
    bool m_started = false;
    bool m_finished = false;
    TwilioError m_error;
};

} // namespace mediadesk
