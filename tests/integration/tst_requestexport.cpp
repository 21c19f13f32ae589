// Copy as curl and HAR from real exchanges with the emulator: a copied command, run by bash with the
// Twilio CLI's variables, does again what MediaDesk did; neither a command nor a HAR holds a
// secret or a temporary link's signature.
#include "emulatorclient.h"
#include "net/apireply.h"
#include "net/mcs.h"
#include "net/requestexport.h"
#include "net/requestlog.h"
#include "transfer/downloadjob.h"
#include "transfer/uploadjob.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRegularExpression>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace mediadesk;

class TestRequestExport : public QObject
{
    Q_OBJECT

    EmulatorProcess m_emulator;
    ApiClient m_client;
    QTemporaryDir m_dir;
    QString m_service;

    static bool run(Job *job, int timeoutMs = 30000)
    {
        QSignalSpy finished(job, &Job::finished);
        job->start();
        return job->isFinished() || finished.wait(timeoutMs);
    }

    QString uploadFile(const QString &name, const QByteArray &content)
    {
        UploadRequest request;
        request.serviceSid = m_service;
        request.filePath = writeTestFile(m_dir.path(), name, content);
        UploadJob job(&m_client, request);
        if (!run(&job) || job.error().isError())
            return {};
        return job.media().sid;
    }

    // The latest logged exchange with this method whose address holds `part`.
    RequestLogEntry latest(const QByteArray &method, const QString &part) const
    {
        const QList<RequestLogEntry> entries = m_client.requestLog()->entries();
        for (auto it = entries.crbegin(); it != entries.crend(); ++it) {
            if (it->method == method && it->url.contains(part))
                return *it;
        }
        return {};
    }

    // Runs a copied command as a person would: bash, with the credentials in the variables the
    // command names. Returns what curl printed, its last line being the HTTP status.
    static QStringList runAsCurl(const QString &command, Credentials::Method method)
    {
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("TWILIO_ACCOUNT_SID"), EmulatorProcess::accountSid());
        if (method == Credentials::Method::ApiKey) {
            env.insert(QStringLiteral("TWILIO_API_KEY"), EmulatorProcess::apiKeySid());
            env.insert(QStringLiteral("TWILIO_API_SECRET"), EmulatorProcess::apiKeySecret());
        } else {
            env.insert(QStringLiteral("TWILIO_AUTH_TOKEN"), EmulatorProcess::authToken());
        }
        QProcess bash;
        bash.setProcessEnvironment(env);
        bash.start(QStringLiteral("bash"),
                   {QStringLiteral("-c"),
                    command + QStringLiteral(" --silent --show-error --write-out '\\n%{http_code}'")});
        if (!bash.waitForFinished(20000))
            return {};
        return QString::fromUtf8(bash.readAllStandardOutput() + bash.readAllStandardError())
            .split(QLatin1Char('\n'));
    }

    void holdsNoSecret(const QByteArray &text) const
    {
        QVERIFY2(!text.contains(EmulatorProcess::authToken().toUtf8()), "the Auth Token");
        QVERIFY2(!text.contains(EmulatorProcess::apiKeySecret().toUtf8()), "the API key's secret");
        QVERIFY2(!text.contains("Authorization") && !text.contains("Basic "), "an Authorization header");
        static const QRegularExpression signature(QStringLiteral("Signature=(?!REDACTED)"));
        QVERIFY2(!signature.match(QString::fromUtf8(text)).hasMatch(), "a link's signature");
    }

private slots:
    void initTestCase()
    {
        QVERIFY(m_dir.isValid());
        QVERIFY2(m_emulator.start(), qPrintable(m_emulator.errorString()));
        m_service = EmulatorProcess::serviceSids().value(0);
    }

    void init()
    {
        connectToEmulator(m_client, m_emulator);
        m_client.requestLog()->clear();
    }

    void anUploadRunsAgainAsCurl()
    {
        // A name a shell would split or end a quote at: the command must quote it.
        const QByteArray content = pseudoRandom(300 * 1024, 7);
        const QString sid = uploadFile(QStringLiteral("it's a $HOME (1).bin"), content);
        QVERIFY(!sid.isEmpty());
        const RequestLogEntry entry = latest("POST", QStringLiteral("/Media"));
        QVERIFY(entry.credentials == Credentials::Method::AuthToken);
        QCOMPARE(entry.bytesSent, content.size()); // however fast it went
        const QString command = RequestExport::curlCommand(entry);
        holdsNoSecret(command.toUtf8());
        QVERIFY2(command.contains(QLatin1String("--data-binary '@")), qPrintable(command));
        QVERIFY2(command.contains(QLatin1String("-u \"$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN\"")),
                 qPrintable(command));

        const int before = m_emulator.stats().value(QLatin1String("media_count")).toInt();
        const QStringList output = runAsCurl(command, Credentials::Method::AuthToken);
        QVERIFY2(output.value(output.size() - 1) == QLatin1String("201"), qPrintable(output.join(u'\n')));
        const QJsonObject created = QJsonDocument::fromJson(output.value(0).toUtf8()).object();
        const QString copySid = created.value(QLatin1String("sid")).toString();
        QVERIFY(copySid.startsWith(QLatin1String("ME")) && copySid != sid);
        QCOMPARE(m_emulator.stats().value(QLatin1String("media_count")).toInt(), before + 1);
        // The same bytes, name and type as MediaDesk's own upload.
        const QJsonObject original = m_emulator.media(sid);
        const QJsonObject copy = m_emulator.media(copySid);
        for (const char *field : {"size", "filename", "content_type", "sha256"})
            QCOMPARE(copy.value(QLatin1String(field)), original.value(QLatin1String(field)));
    }

    void aLookUpRunsAgainAsCurl_data()
    {
        QTest::addColumn<bool>("apiKey");
        QTest::newRow("Auth Token") << false;
        QTest::newRow("API key") << true;
    }

    void aLookUpRunsAgainAsCurl()
    {
        QFETCH(bool, apiKey);
        const QString sid = uploadFile(QStringLiteral("look-up.txt"), "looked up");
        QVERIFY(!sid.isEmpty());
        if (apiKey)
            m_client.setCredentials(Credentials::apiKey(EmulatorProcess::accountSid(),
                                                        EmulatorProcess::apiKeySid(),
                                                        EmulatorProcess::apiKeySecret()));
        ApiRequest request;
        request.url = McsUrls(&m_client).mediaUrl(m_service, sid);
        request.headers.append({QByteArrayLiteral("Accept"), QByteArrayLiteral("application/json")});
        std::unique_ptr<ApiReply> reply(m_client.sendNow(request));
        QSignalSpy finished(reply.get(), &ApiReply::finished);
        QVERIFY(reply->isFinished() || finished.wait(10000));
        QVERIFY(reply->succeeded());

        const Credentials::Method method =
            apiKey ? Credentials::Method::ApiKey : Credentials::Method::AuthToken;
        const RequestLogEntry entry = latest("GET", sid);
        QVERIFY(entry.credentials == method);
        const QString command = RequestExport::curlCommand(entry);
        holdsNoSecret(command.toUtf8());
        QVERIFY2(command.contains(apiKey ? QLatin1String("$TWILIO_API_KEY:$TWILIO_API_SECRET")
                                         : QLatin1String("$TWILIO_ACCOUNT_SID:$TWILIO_AUTH_TOKEN")),
                 qPrintable(command));
        const QStringList output = runAsCurl(command, method);
        QVERIFY2(output.value(output.size() - 1) == QLatin1String("200"), qPrintable(output.join(u'\n')));
        QCOMPARE(
            QJsonDocument::fromJson(output.value(0).toUtf8()).object().value(QLatin1String("sid")).toString(),
            sid);
    }

    void aHarOfADownloadHoldsNoSecret()
    {
        const QString sid = uploadFile(QStringLiteral("photo.jpg"), pseudoRandom(64 * 1024, 3));
        QVERIFY(!sid.isEmpty());
        DownloadRequest wanted;
        wanted.serviceSid = m_service;
        wanted.mediaSid = sid;
        wanted.destination = m_dir.filePath(QStringLiteral("photo-copy.jpg"));
        DownloadJob download(&m_client, wanted);
        QVERIFY(run(&download));
        QVERIFY2(!download.error().isError(), qPrintable(download.error().userMessage()));

        const QList<RequestLogEntry> entries = m_client.requestLog()->entries();
        const QByteArray har = RequestExport::har(entries, QStringLiteral("9.9"));
        holdsNoSecret(har);
        QVERIFY(!har.contains(m_dir.path().toUtf8())); // an upload names its file, not where it lives
        QJsonParseError error;
        const QJsonObject log =
            QJsonDocument::fromJson(har, &error).object().value(QLatin1String("log")).toObject();
        QCOMPARE(error.error, QJsonParseError::NoError);
        QCOMPARE(log.value(QLatin1String("version")).toString(), QStringLiteral("1.2"));
        const QJsonArray harEntries = log.value(QLatin1String("entries")).toArray();
        QCOMPARE(harEntries.size(), entries.size());

        // The temporary link was fetched; its entry has the host's headers and no signature.
        bool sawLink = false;
        for (const QJsonValue &value : harEntries) {
            const QJsonObject entry = value.toObject();
            const QJsonObject request = entry.value(QLatin1String("request")).toObject();
            const QJsonObject response = entry.value(QLatin1String("response")).toObject();
            const QJsonObject timings = entry.value(QLatin1String("timings")).toObject();
            QCOMPARE(entry.value(QLatin1String("time")).toInteger(),
                     timings.value(QLatin1String("send")).toInteger() +
                         timings.value(QLatin1String("wait")).toInteger() +
                         timings.value(QLatin1String("receive")).toInteger());
            QVERIFY(QDateTime::fromString(entry.value(QLatin1String("startedDateTime")).toString(),
                                          Qt::ISODateWithMs)
                        .isValid());
            if (!request.value(QLatin1String("url")).toString().startsWith(m_emulator.mediaUrl().toString()))
                continue;
            sawLink = true;
            QCOMPARE(response.value(QLatin1String("status")).toInt(), 200);
            QCOMPARE(
                response.value(QLatin1String("content")).toObject().value(QLatin1String("size")).toInteger(),
                64 * 1024);
            bool etag = false;
            for (const QJsonValue &header : response.value(QLatin1String("headers")).toArray())
                etag = etag || header.toObject()
                                       .value(QLatin1String("name"))
                                       .toString()
                                       .compare(QLatin1String("ETag"), Qt::CaseInsensitive) == 0;
            QVERIFY(etag);
            QVERIFY(
                request.value(QLatin1String("url")).toString().contains(QLatin1String("Signature=REDACTED")));
            QVERIFY(entry.value(QLatin1String("comment")).toString().isEmpty() ||
                    !entry.value(QLatin1String("comment")).toString().contains(QLatin1String("Auth Token")));
        }
        QVERIFY(sawLink);
        // Its command says why it will not run as it is.
        const QString command = RequestExport::curlCommand(latest("GET", m_emulator.mediaUrl().host()));
        QVERIFY2(command.startsWith(QLatin1String("# ")) && command.contains(QLatin1String("REDACTED")),
                 qPrintable(command));
    }
};

QTEST_GUILESS_MAIN(TestRequestExport)
#include "tst_requestexport.moc"
