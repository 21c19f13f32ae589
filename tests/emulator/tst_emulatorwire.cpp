// Wire-level checks of mediadesk-emulator: starts the real binary and talks to it with a plain
// QNetworkAccessManager (and a raw socket where Qt would change the request). No client code.
#include "emulatorprocess.h"
#include "testfiles.h"

#include <QCryptographicHash>
#include <QDateTime>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QHttpMultiPart>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QTcpSocket>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUrlQuery>
#include <memory>

using namespace Qt::StringLiterals;

namespace {

using Headers = QList<QPair<QByteArray, QByteArray>>;

struct Reply
{
    int status = 0;
    QNetworkReply::NetworkError error = QNetworkReply::NoError;
    QByteArray body;
    QHash<QByteArray, QByteArray> headers; // lower-case names
    qint64 elapsedMs = 0;

    QByteArray header(const QByteArray &name) const { return headers.value(name.toLower()); }
    bool hasHeader(const QByteArray &name) const { return headers.contains(name.toLower()); }
    QJsonObject json() const { return QJsonDocument::fromJson(body).object(); }
};

QByteArray basic(const QString &user, const QString &password)
{
    return "Basic " + (user + u':' + password).toUtf8().toBase64();
}

Headers accountAuth()
{
    return {{"Authorization", basic(EmulatorProcess::accountSid(), EmulatorProcess::authToken())}};
}

Headers apiKeyAuth()
{
    return {{"Authorization", basic(EmulatorProcess::apiKeySid(), EmulatorProcess::apiKeySecret())}};
}

QByteArray randomBytes(int n)
{
    QByteArray b(n, Qt::Uninitialized);
    for (int i = 0; i < n; ++i)
        b[i] = char(QRandomGenerator::global()->bounded(256));
    return b;
}

// Keys of the top-level object (parent empty) or of the object under `parent`, in wire order.
QList<QByteArray> keysOf(const QByteArray &json, const QByteArray &parent = {})
{
    QList<QByteArray> out;
    QList<QByteArray> lastKey(32);
    int depth = 0;
    for (qsizetype i = 0; i < json.size(); ++i) {
        const char c = json.at(i);
        if (c == '"') {
            qsizetype j = i + 1;
            QByteArray s;
            while (j < json.size() && json.at(j) != '"') {
                if (json.at(j) == '\\')
                    s += json.at(j++);
                s += json.at(j++);
            }
            qsizetype k = j + 1;
            while (k < json.size() && json.at(k) == ' ')
                ++k;
            if (k < json.size() && json.at(k) == ':') {
                lastKey[depth] = s;
                if ((parent.isEmpty() && depth == 1) ||
                    (!parent.isEmpty() && depth == 2 && lastKey[1] == parent))
                    out << s;
            }
            i = j;
        } else if (c == '{' || c == '[') {
            ++depth;
        } else if (c == '}' || c == ']') {
            --depth;
        }
    }
    return out;
}

const QList<QByteArray> kMediaKeys{"sid",
                                   "service_sid",
                                   "date_created",
                                   "date_upload_updated",
                                   "date_updated",
                                   "links",
                                   "size",
                                   "content_type",
                                   "filename",
                                   "author",
                                   "category",
                                   "message_sid",
                                   "channel_sid",
                                   "url",
                                   "is_multipart_upstream"};

const QByteArray kUnauthorizedBody =
    "{\"code\":20003,\"detail\":\"\",\"message\":\"Authenticate\",\"more_info\":"
    "\"https://www.twilio.com/docs/errors/20003\",\"status\":401}";

} // namespace

class TstEmulatorWire : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanupTestCase();

    void uploadRawAndFetch();
    void getMintsFreshTemporaryLink();
    void temporaryLinkServesBytesAndRanges();
    void contentValidatorsAndIfRange_data();
    void contentValidatorsAndIfRange();
    void changeContentFault();
    void temporaryLinkExpires();
    void temporaryLinkTampered_data();
    void temporaryLinkTampered();
    void credentialsAtMediaOrigin_data();
    void credentialsAtMediaOrigin();
    void contentEndpoint_data();
    void contentEndpoint();
    void multipartUpload_data();
    void multipartUpload();
    void filenameDecoding_data();
    void filenameDecoding();
    void category_data();
    void category();
    void missingContentTypeAndContentSize();
    void unauthorized_data();
    void unauthorized();
    void twilioToken_data();
    void twilioToken();
    void notFound_data();
    void notFound();
    void tooLarge_data();
    void tooLarge();
    void tooLargeChunkedAndExpect();
    void emptyBody_data();
    void emptyBody();
    void mediaOptions();
    void mediaSet();
    void servicesPaging();
    void conversationsAndMessages();
    void unattachedMediaIsCollected();
    void messagesNewestFirstAndDeletedMedia();
    void seededMessagesCarryTheirOwnMedia();
    void redirectAndEcho();
    void adminNeedsItsToken_data();
    void adminNeedsItsToken();
    void foreignHostNamesAreRefused_data();
    void foreignHostNamesAreRefused();
    void redirectLeadsToLoopbackOnly();
    void faultStatus_data();
    void faultStatus();
    void faultCountAndMethod();
    void faultDropRequest();
    void faultDropUpload();
    void faultDropContent();
    void faultCutContent();
    void faultDelay();
    void throttleAndConcurrency();
    void persistsAcrossRestart();

private:
    Reply send(const QByteArray &verb, const QUrl &url, const QByteArray &body = {},
               const Headers &headers = {}, QHttpMultiPart *multipart = nullptr);
    Reply get(const QUrl &url, const Headers &headers = accountAuth())
    {
        return send("GET", url, {}, headers);
    }
    QUrl api(const QByteArray &pathAndQuery) const
    {
        return QUrl::fromEncoded(m_emu->baseUrl().toEncoded() + pathAndQuery);
    }
    QByteArray mediaPath(int service = 0) const
    {
        return "/v1/Services/" + EmulatorProcess::serviceSids().at(service).toLatin1() + "/Media";
    }
    Reply upload(const QByteArray &data, const QByteArray &contentType = "application/octet-stream",
                 const QByteArray &query = {}, int service = 0, const Headers &headers = accountAuth());
    QString uploadOk(const QByteArray &data, const QByteArray &contentType = "text/plain", int service = 0);
    QUrl temporaryLink(const QString &mediaSid, int service = 0);
    // A raw HTTP/1.1 exchange (Connection: close), for requests QNetworkAccessManager would alter.
    QByteArray rawRequest(const QByteArray &request, const QList<QByteArray> &bodyPieces = {});
    qint64 statNumber(const QString &key) { return m_emu->stats().value(key).toInteger(); }

    std::unique_ptr<EmulatorProcess> m_emu;
    QNetworkAccessManager m_nam;
};

void TstEmulatorWire::initTestCase()
{
    m_emu = std::make_unique<EmulatorProcess>(QStringList{u"--twilio-token"_s, u"test-token-123"_s});
    QVERIFY2(m_emu->start(), qPrintable(m_emu->errorString()));
    QCOMPARE(m_emu->baseUrl().host(), u"127.0.0.1"_s);
    QCOMPARE(m_emu->mediaUrl().host(), u"127.0.0.1"_s);
    QVERIFY(m_emu->baseUrl().port() > 0);
    QVERIFY(m_emu->mediaUrl().port() != m_emu->baseUrl().port());
}

void TstEmulatorWire::init()
{
    QVERIFY(m_emu->clearFaults());
    QVERIFY(m_emu->configure(QJsonObject{{u"ttl"_s, 300},
                                         {u"content_mode"_s, 302},
                                         {u"html_413"_s, false},
                                         {u"throttle"_s, 0},
                                         {u"max_size"_s, 157286400},
                                         {u"empty_body"_s, u"reject"_s},
                                         {u"utc_dates"_s, false},
                                         {u"absolute_urls"_s, false},
                                         {u"with_account_sid"_s, false},
                                         {u"content_validators"_s, u"etag"_s},
                                         {u"ranges"_s, true}}));
}

void TstEmulatorWire::cleanupTestCase()
{
    if (!m_emu)
        return;
    // Secrets never reach the log, not even the ones sent to the wrong origin.
    const QString log = m_emu->log();
    QVERIFY(!log.contains(EmulatorProcess::authToken()));
    QVERIFY(!log.contains(EmulatorProcess::apiKeySecret()));
    QVERIFY(!log.contains(u"test-token-123"_s));
    m_emu.reset();
}

Reply TstEmulatorWire::send(const QByteArray &verb, const QUrl &url, const QByteArray &body,
                            const Headers &headers, QHttpMultiPart *multipart)
{
    QNetworkRequest request(url);
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::ManualRedirectPolicy);
    request.setAttribute(QNetworkRequest::Http2AllowedAttribute, false);
    for (const auto &h : headers)
        request.setRawHeader(h.first, h.second);
    QElapsedTimer timer;
    timer.start();
    QNetworkReply *r = nullptr;
    if (multipart)
        r = m_nam.post(request, multipart);
    else if (verb == "GET")
        r = m_nam.get(request);
    else if (verb == "POST")
        r = m_nam.post(request, body);
    else
        r = m_nam.sendCustomRequest(request, verb, body);
    if (multipart)
        multipart->setParent(r);
    QEventLoop loop;
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, r, &QNetworkReply::abort);
    connect(r, &QNetworkReply::finished, &loop, &QEventLoop::quit);
    timeout.start(15000);
    if (!r->isFinished())
        loop.exec();
    Reply out;
    out.elapsedMs = timer.elapsed();
    out.status = r->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    out.error = r->error();
    out.body = r->readAll();
    for (const auto &pair : r->rawHeaderPairs())
        out.headers.insert(pair.first.toLower(), pair.second);
    delete r;
    return out;
}

Reply TstEmulatorWire::upload(const QByteArray &data, const QByteArray &contentType, const QByteArray &query,
                              int service, const Headers &headers)
{
    Headers h = headers;
    h.append(qMakePair(QByteArray("Content-Type"), contentType));
    return send("POST", api(mediaPath(service) + (query.isEmpty() ? QByteArray() : "?" + query)), data, h);
}

QString TstEmulatorWire::uploadOk(const QByteArray &data, const QByteArray &contentType, int service)
{
    const Reply r = upload(data, contentType, {}, service);
    if (r.status != 201)
        qWarning() << "upload failed" << r.status << r.body;
    return r.json().value(u"sid"_s).toString();
}

QUrl TstEmulatorWire::temporaryLink(const QString &mediaSid, int service)
{
    const Reply r = get(api(mediaPath(service) + '/' + mediaSid.toLatin1()));
    return QUrl(r.json().value(u"links"_s).toObject().value(u"content_direct_temporary"_s).toString());
}

QByteArray TstEmulatorWire::rawRequest(const QByteArray &request, const QList<QByteArray> &bodyPieces)
{
    QTcpSocket socket;
    socket.connectToHost(m_emu->baseUrl().host(), quint16(m_emu->baseUrl().port()));
    if (!socket.waitForConnected(5000))
        return {};
    socket.write(request);
    for (const QByteArray &piece : bodyPieces)
        socket.write(piece);
    socket.flush();
    QByteArray response;
    QElapsedTimer timer;
    timer.start();
    while (socket.state() == QAbstractSocket::ConnectedState && timer.elapsed() < 10000) {
        if (socket.waitForReadyRead(200))
            response += socket.readAll();
    }
    response += socket.readAll();
    return response;
}

void TstEmulatorWire::uploadRawAndFetch()
{
    const QByteArray data = randomBytes(20000);
    Reply post = upload(data, "image/png", "Filename=photo.png", 0, apiKeyAuth());
    QCOMPARE(post.status, 201);
    QVERIFY(post.header("Content-Type").startsWith("application/json"));
    QCOMPARE(keysOf(post.body), kMediaKeys);
    QCOMPARE(keysOf(post.body, "links"), QList<QByteArray>{"content"}); // no temporary link on POST
    const QJsonObject m = post.json();
    const QString sid = m.value(u"sid"_s).toString();
    const QString service = EmulatorProcess::serviceSids().at(0);
    QVERIFY(QRegularExpression(u"^ME[0-9a-f]{32}$"_s).match(sid).hasMatch());
    QCOMPARE(m.value(u"service_sid"_s).toString(), service);
    QCOMPARE(m.value(u"size"_s).toInteger(), 20000);
    QCOMPARE(m.value(u"content_type"_s).toString(), u"image/png"_s);
    QCOMPARE(m.value(u"filename"_s).toString(), u"photo.png"_s);
    QCOMPARE(m.value(u"author"_s).toString(), u"system"_s);
    QCOMPARE(m.value(u"category"_s).toString(), u"media"_s);
    QVERIFY(m.value(u"message_sid"_s).isNull());
    QVERIFY(m.value(u"channel_sid"_s).isNull());
    QCOMPARE(m.value(u"is_multipart_upstream"_s).toBool(true), false);
    QVERIFY(!m.contains(u"account_sid"_s));
    const QString url = u"/v1/Services/%1/Media/%2"_s.arg(service, sid);
    QCOMPARE(m.value(u"url"_s).toString(), url);
    QCOMPARE(m.value(u"links"_s).toObject().value(u"content"_s).toString(), url + u"/Content"_s);
    const QRegularExpression date(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}-0[78]:00$"_s);
    for (const char *key : {"date_created", "date_upload_updated", "date_updated"})
        QVERIFY2(date.match(m.value(QLatin1String(key)).toString()).hasMatch(), key);
    QCOMPARE(m.value(u"date_updated"_s).toString(), m.value(u"date_created"_s).toString());

    const Reply fetched = get(api(url.toLatin1()));
    QCOMPARE(fetched.status, 200);
    QCOMPARE(keysOf(fetched.body), kMediaKeys);
    QCOMPARE(keysOf(fetched.body, "links"), (QList<QByteArray>{"content", "content_direct_temporary"}));
    QCOMPARE(fetched.json().value(u"size"_s).toInteger(), 20000);

    const QJsonObject admin = m_emu->media(sid);
    QCOMPARE(admin.value(u"sha256"_s).toString(), sha256Hex(data));
    QCOMPARE(admin.value(u"size"_s).toInteger(), 20000);
    QCOMPARE(admin.value(u"multipart"_s).toBool(true), false);
    QVERIFY(admin.value(u"content_size_header"_s).isNull());
    QVERIFY(QFile::exists(m_emu->dataDir() + u"/media/"_s + sid + u".bin"_s));
}

void TstEmulatorWire::getMintsFreshTemporaryLink()
{
    const QString sid = uploadOk("fresh link");
    const QUrl a = temporaryLink(sid);
    const QUrl b = temporaryLink(sid);
    QVERIFY(a.isValid() && b.isValid());
    QVERIFY(a != b);
    for (const QUrl &link : {a, b}) {
        QCOMPARE(link.scheme(), u"http"_s);
        QCOMPARE(link.host(), u"127.0.0.1"_s);
        QCOMPARE(link.port(), m_emu->mediaUrl().port());
        QCOMPARE(link.path(), u"/"_s + sid);
        const QUrlQuery q(link);
        const qint64 expires = q.queryItemValue(u"Expires"_s).toLongLong();
        QVERIFY(qAbs(expires - (QDateTime::currentSecsSinceEpoch() + 300)) <= 2);
        QVERIFY(
            QRegularExpression(u"^[A-Za-z0-9~_-]+$"_s).match(q.queryItemValue(u"Signature"_s)).hasMatch());
        QVERIFY(
            QRegularExpression(u"^APKA[A-Z0-9]{16}$"_s).match(q.queryItemValue(u"Key-Pair-Id"_s)).hasMatch());
        QCOMPARE(link.query().split(u'&').size(), 3);
    }
}

void TstEmulatorWire::temporaryLinkServesBytesAndRanges()
{
    const QByteArray data = randomBytes(100000);
    const QString sid = uploadOk(data, "video/mp4");
    const qint64 before = statNumber(u"temporary_link_requests"_s);
    const QUrl link = temporaryLink(sid);
    Reply r = send("GET", link);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.body, data);
    QCOMPARE(r.header("Content-Type"), QByteArray("video/mp4"));
    QCOMPARE(r.header("Content-Length"), QByteArray("100000"));

    r = send("GET", link, {}, {{"Range", "bytes=99000-"}});
    QCOMPARE(r.status, 206);
    QCOMPARE(r.body, data.mid(99000));
    QCOMPARE(r.header("Content-Range"), QByteArray("bytes 99000-99999/100000"));
    QCOMPARE(statNumber(u"temporary_link_requests"_s), before + 2);
}

void TstEmulatorWire::contentValidatorsAndIfRange_data()
{
    QTest::addColumn<QString>("validators");
    QTest::addColumn<bool>("ranges");
    QTest::newRow("etag") << u"etag"_s << true;
    QTest::newRow("last_modified") << u"last_modified"_s << true;
    QTest::newRow("none") << u"none"_s << true;
    QTest::newRow("ranges off") << u"etag"_s << false;
}

void TstEmulatorWire::contentValidatorsAndIfRange()
{
    QFETCH(QString, validators);
    QFETCH(bool, ranges);
    QVERIFY(m_emu->configure({{u"content_validators"_s, validators}, {u"ranges"_s, ranges}}));
    const QByteArray data = randomBytes(5000);
    const QUrl link = temporaryLink(uploadOk(data));
    const Reply whole = send("GET", link);
    QCOMPARE(whole.status, 200);
    const QByteArray etag = whole.header("ETag");
    const QByteArray lastModified = whole.header("Last-Modified");
    QCOMPARE(!etag.isEmpty(), validators == u"etag"_s);
    QCOMPARE(!lastModified.isEmpty(), validators != u"none"_s);
    if (!etag.isEmpty())
        QVERIFY2(etag.startsWith('"') && etag.endsWith('"'), etag.constData()); // strong
    if (!lastModified.isEmpty())
        QVERIFY2(lastModified.endsWith(" GMT") && lastModified.size() == 29, lastModified.constData());
    QCOMPARE(whole.header("Accept-Ranges"), ranges ? QByteArray("bytes") : QByteArray());

    const QByteArray current = etag.isEmpty() ? lastModified : etag;
    // Without a validator to name, a plain Range.
    const Reply matching = current.isEmpty()
                               ? send("GET", link, {}, {{"Range", "bytes=4000-"}})
                               : send("GET", link, {}, {{"Range", "bytes=4000-"}, {"If-Range", current}});
    if (ranges) {
        QCOMPARE(matching.status, 206);
        QCOMPARE(matching.body, data.mid(4000));
        QCOMPARE(matching.header("Content-Range"), QByteArray("bytes 4000-4999/5000"));
    } else {
        QCOMPARE(matching.status, 200);
        QCOMPARE(matching.body, data);
    }
    // Another version's validator (or a weak tag): the whole content, never a part of another one.
    for (const QByteArray &stale : {QByteArray("\"0-0\""), QByteArray(QByteArray("W/") + etag),
                                    QByteArray("Thu, 01 Jan 1970 00:00:00 GMT")}) {
        const Reply r = send("GET", link, {}, {{"Range", "bytes=4000-"}, {"If-Range", stale}});
        QCOMPARE(r.status, 200);
        QCOMPARE(r.body, data);
    }
    const Reply past = send("GET", link, {}, {{"Range", "bytes=5000-"}});
    if (ranges) {
        QCOMPARE(past.status, 416);
        QCOMPARE(past.header("Content-Range"), QByteArray("bytes */5000"));
    } else {
        QCOMPARE(past.status, 200);
    }
}

void TstEmulatorWire::changeContentFault()
{
    const QByteArray data = randomBytes(3000);
    const QString sid = uploadOk(data);
    const QUrl link = temporaryLink(sid);
    const Reply before = send("GET", link);
    QVERIFY(m_emu->addFault({{u"origin"_s, u"media"_s}, {u"change_content"_s, true}}));
    const Reply changed =
        send("GET", link, {}, {{"Range", "bytes=1000-"}, {"If-Range", before.header("ETag")}});
    QCOMPARE(changed.status, 200); // the validator named the old version
    QCOMPARE(changed.body.size(), data.size());
    QVERIFY(changed.body != data);
    QVERIFY(changed.header("ETag") != before.header("ETag"));
    QVERIFY(changed.header("Last-Modified") != before.header("Last-Modified"));
    QCOMPARE(send("GET", link).body, changed.body); // changed for good, not for one reply
    QCOMPARE(statNumber(u"faults_pending"_s), 0);
}

void TstEmulatorWire::temporaryLinkExpires()
{
    QVERIFY(m_emu->configure({{u"ttl"_s, 1}}));
    const QString sid = uploadOk("short-lived");
    const QUrl link = temporaryLink(sid);
    const qint64 expires = QUrlQuery(link).queryItemValue(u"Expires"_s).toLongLong();
    QVERIFY(expires <= QDateTime::currentSecsSinceEpoch() + 1);
    QCOMPARE(send("GET", link).status, 200);
    QTRY_VERIFY_WITH_TIMEOUT(QDateTime::currentSecsSinceEpoch() > expires, 5000);
    const Reply r = send("GET", link);
    QCOMPARE(r.status, 403);
    QVERIFY(r.header("Content-Type").startsWith("text/xml"));
    QVERIFY(r.body.startsWith("<?xml"));
    QVERIFY(r.body.contains("<Code>AccessDenied</Code>"));
    // A fresh GET gives a working link again.
    QCOMPARE(send("GET", temporaryLink(sid)).status, 200);
}

void TstEmulatorWire::temporaryLinkTampered_data()
{
    QTest::addColumn<QString>("item");
    QTest::addColumn<QString>("change"); // "flip" one character, "+1", "drop", or a replacement value
    QTest::newRow("signature changed") << u"Signature"_s << u"flip"_s;
    QTest::newRow("signature dropped") << u"Signature"_s << u"drop"_s;
    QTest::newRow("expires extended") << u"Expires"_s << u"+1"_s;
    QTest::newRow("key pair changed") << u"Key-Pair-Id"_s << u"APKAAAAAAAAAAAAAAAAA"_s;
    QTest::newRow("other media") << u"path"_s << u"ME00000000000000000000000000000000"_s;
}

void TstEmulatorWire::temporaryLinkTampered()
{
    QFETCH(QString, item);
    QFETCH(QString, change);
    const QString sid = uploadOk("tamper me");
    QUrl link = temporaryLink(sid);
    if (item == u"path"_s) {
        link.setPath(u"/"_s + change);
    } else {
        QUrlQuery q(link);
        QString value = q.queryItemValue(item);
        q.removeQueryItem(item);
        if (change == u"flip"_s) {
            const qsizetype i = value.size() / 2;
            value[i] = value.at(i) == u'A' ? u'B' : u'A';
        } else if (change == u"+1"_s) {
            value = QString::number(value.toLongLong() + 1);
        } else if (change != u"drop"_s) {
            value = change;
        }
        if (change != u"drop"_s)
            q.addQueryItem(item, value);
        link.setQuery(q);
    }
    const Reply r = send("GET", link);
    QCOMPARE(r.status, 403);
    QVERIFY(r.body.contains("AccessDenied"));
}

void TstEmulatorWire::credentialsAtMediaOrigin_data()
{
    QTest::addColumn<QByteArray>("header");
    QTest::addColumn<QByteArray>("value");
    QTest::newRow("Authorization Basic")
        << QByteArray("Authorization") << basic(EmulatorProcess::accountSid(), EmulatorProcess::authToken());
    QTest::newRow("Authorization API key")
        << QByteArray("Authorization")
        << basic(EmulatorProcess::apiKeySid(), EmulatorProcess::apiKeySecret());
    QTest::newRow("X-Twilio-Token") << QByteArray("X-Twilio-Token") << QByteArray("test-token-123");
}

void TstEmulatorWire::credentialsAtMediaOrigin()
{
    QFETCH(QByteArray, header);
    QFETCH(QByteArray, value);
    const QString sid = uploadOk("do not leak");
    const QUrl link = temporaryLink(sid);
    const qint64 leaks = statNumber(u"credential_leaks"_s);
    const Reply r = send("GET", link, {}, {{header, value}});
    QCOMPARE(r.status, 400);
    QCOMPARE(statNumber(u"credential_leaks"_s), leaks + 1);
    QVERIFY(m_emu->log().contains(u"CREDENTIAL LEAK: %1"_s.arg(QString::fromLatin1(header))));
    // The same link without credentials still works.
    QCOMPARE(send("GET", link).status, 200);
    QCOMPARE(statNumber(u"credential_leaks"_s), leaks + 1);
}

void TstEmulatorWire::contentEndpoint_data()
{
    QTest::addColumn<int>("mode");
    QTest::newRow("302") << 302;
    QTest::newRow("307") << 307;
    QTest::newRow("200") << 200;
}

void TstEmulatorWire::contentEndpoint()
{
    QFETCH(int, mode);
    QVERIFY(m_emu->configure({{u"content_mode"_s, mode}}));
    const QByteArray data = randomBytes(3000);
    const QString sid = uploadOk(data, "application/pdf");
    const QUrl content = api(mediaPath() + '/' + sid.toLatin1() + "/Content");
    QCOMPARE(get(content, {}).status, 401);
    const Reply r = get(content);
    QCOMPARE(r.status, mode);
    if (mode == 200) {
        QCOMPARE(r.body, data);
        QCOMPARE(r.header("Content-Type"), QByteArray("application/pdf"));
        return;
    }
    const QUrl location(QString::fromLatin1(r.header("Location")));
    QCOMPARE(location.port(), m_emu->mediaUrl().port());
    QCOMPARE(location.path(), u"/"_s + sid);
    const Reply bytes = send("GET", location);
    QCOMPARE(bytes.status, 200);
    QCOMPARE(bytes.body, data);
}

void TstEmulatorWire::multipartUpload_data()
{
    QTest::addColumn<QByteArray>("partName");
    QTest::addColumn<bool>("leadingField");
    QTest::newRow("file") << QByteArray("file") << false;
    QTest::newRow("Media") << QByteArray("Media") << false;
    QTest::newRow("after a plain field") << QByteArray("upload") << true;
}

void TstEmulatorWire::multipartUpload()
{
    QFETCH(QByteArray, partName);
    QFETCH(bool, leadingField);
    const QByteArray data = randomBytes(50000);
    auto *multi = new QHttpMultiPart(QHttpMultiPart::FormDataType);
    if (leadingField) {
        QHttpPart field;
        field.setHeader(QNetworkRequest::ContentDispositionHeader, QByteArray("form-data; name=\"note\""));
        field.setBody("not the media");
        multi->append(field);
    }
    QHttpPart part;
    part.setHeader(
        QNetworkRequest::ContentDispositionHeader,
        QByteArray("form-data; name=\"" + partName + "\"; filename=\"" + u"résumé 1.pdf"_s.toUtf8() + "\""));
    part.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/pdf"));
    part.setBody(data);
    multi->append(part);
    const Reply r = send("POST", api(mediaPath()), {}, accountAuth(), multi);
    QCOMPARE(r.status, 201);
    QCOMPARE(keysOf(r.body), kMediaKeys);
    const QJsonObject m = r.json();
    QCOMPARE(m.value(u"filename"_s).toString(), u"résumé 1.pdf"_s);
    QCOMPARE(m.value(u"content_type"_s).toString(), u"application/pdf"_s);
    QCOMPARE(m.value(u"size"_s).toInteger(), 50000);
    QCOMPARE(m.value(u"is_multipart_upstream"_s).toBool(true), false);
    const QJsonObject admin = m_emu->media(m.value(u"sid"_s).toString());
    QCOMPARE(admin.value(u"sha256"_s).toString(), sha256Hex(data));
    QCOMPARE(admin.value(u"multipart"_s).toBool(), true);
}

void TstEmulatorWire::filenameDecoding_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QJsonValue>("expected");
    QTest::newRow("plus") << QByteArray("Filename=my+photo.jpg") << QJsonValue(u"my photo.jpg"_s);
    QTest::newRow("%20") << QByteArray("Filename=my%20photo.jpg") << QJsonValue(u"my photo.jpg"_s);
    QTest::newRow("%2B") << QByteArray("Filename=a%2Bb.jpg") << QJsonValue(u"a+b.jpg"_s);
    QTest::newRow("utf-8") << QByteArray("Filename=%E5%86%99%E7%9C%9F%20%F0%9F%93%B7.jpg")
                           << QJsonValue(u"写真 📷.jpg"_s);
    QTest::newRow("escaped in JSON") << QByteArray("Filename=q%22b%5Cs%0Anl%09t.txt")
                                     << QJsonValue(u"q\"b\\s\nnl\tt.txt"_s);
    QTest::newRow("absent") << QByteArray() << QJsonValue(QJsonValue::Null);
    QTest::newRow("with category") << QByteArray("Category=media&Filename=x+y") << QJsonValue(u"x y"_s);
}

void TstEmulatorWire::filenameDecoding()
{
    QFETCH(QByteArray, query);
    QFETCH(QJsonValue, expected);
    const Reply r = upload("name me", "text/plain", query);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"filename"_s), expected);
    QVERIFY(!QJsonDocument::fromJson(r.body).isNull());
    // Same name after a GET (and after the metadata file round trip).
    const Reply g = get(api(mediaPath() + '/' + r.json().value(u"sid"_s).toString().toLatin1()));
    QCOMPARE(g.json().value(u"filename"_s), expected);
}

void TstEmulatorWire::category_data()
{
    QTest::addColumn<QByteArray>("query");
    QTest::addColumn<QString>("expected");
    QTest::newRow("default") << QByteArray() << u"media"_s;
    QTest::newRow("media") << QByteArray("Category=media") << u"media"_s;
    QTest::newRow("body") << QByteArray("Category=body") << u"body"_s;
    QTest::newRow("history") << QByteArray("Category=history") << u"history"_s;
}

void TstEmulatorWire::category()
{
    QFETCH(QByteArray, query);
    QFETCH(QString, expected);
    const Reply r = upload("categorised", "text/plain", query);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"category"_s).toString(), expected);
}

void TstEmulatorWire::missingContentTypeAndContentSize()
{
    // QNetworkAccessManager would add a Content-Type to a POST, so use a raw socket.
    const QByteArray auth = basic(EmulatorProcess::accountSid(), EmulatorProcess::authToken());
    const QByteArray response =
        rawRequest("POST " + mediaPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + auth +
                   "\r\nContent-Length: 5\r\nContent-Size: 5\r\nConnection: close\r\n\r\n"
                   "12345");
    QVERIFY2(response.startsWith("HTTP/1.1 201"), response.constData());
    const QJsonObject m = QJsonDocument::fromJson(response.mid(response.indexOf("\r\n\r\n") + 4)).object();
    QCOMPARE(m.value(u"content_type"_s).toString(), u"application/octet-stream"_s);
    const QJsonObject admin = m_emu->media(m.value(u"sid"_s).toString());
    QCOMPARE(admin.value(u"content_size_header"_s).toString(), u"5"_s);
}

void TstEmulatorWire::unauthorized_data()
{
    QTest::addColumn<QByteArray>("path");
    QTest::addColumn<Headers>("headers");
    const QByteArray media = mediaPath() + "/ME00000000000000000000000000000000";
    const QString ac = EmulatorProcess::accountSid();
    const QString sk = EmulatorProcess::apiKeySid();
    QTest::newRow("media, none") << media << Headers{};
    QTest::newRow("media, wrong token") << media << Headers{{"Authorization", basic(ac, u"wrong"_s)}};
    QTest::newRow("media, wrong account")
        << media
        << Headers{{"Authorization",
                    basic(u"AC00000000000000000000000000000000"_s, EmulatorProcess::authToken())}};
    QTest::newRow("media, key with auth token")
        << media << Headers{{"Authorization", basic(sk, EmulatorProcess::authToken())}};
    QTest::newRow("media, bearer") << media << Headers{{"Authorization", "Bearer abc"}};
    QTest::newRow("media, wrong X-Twilio-Token") << media << Headers{{"X-Twilio-Token", "nope"}};
    QTest::newRow("upload, none") << mediaPath() << Headers{};
    QTest::newRow("services, none") << QByteArray("/v1/Services") << Headers{};
    QTest::newRow("services, X-Twilio-Token is MCS only")
        << QByteArray("/v1/Services") << Headers{{"X-Twilio-Token", "test-token-123"}};
    QTest::newRow("configuration, wrong secret")
        << QByteArray("/v1/Configuration") << Headers{{"Authorization", basic(sk, u"wrong"_s)}};
}

void TstEmulatorWire::unauthorized()
{
    QFETCH(QByteArray, path);
    QFETCH(Headers, headers);
    const bool post = path.endsWith("/Media");
    Headers h = headers;
    if (post)
        h.append(qMakePair(QByteArray("Content-Type"), QByteArray("text/plain")));
    const Reply r = send(post ? "POST" : "GET", api(path), post ? QByteArray("data") : QByteArray(), h);
    QCOMPARE(r.status, 401);
    QCOMPARE(r.body, kUnauthorizedBody);
    QCOMPARE(r.header("WWW-Authenticate"), QByteArray("Basic realm=\"Twilio API\""));
    QVERIFY(r.header("Content-Type").startsWith("application/json"));
}

void TstEmulatorWire::twilioToken_data()
{
    QTest::addColumn<bool>("upload");
    QTest::newRow("GET media") << false;
    QTest::newRow("POST media") << true;
}

void TstEmulatorWire::twilioToken()
{
    QFETCH(bool, upload);
    const Headers token{{"X-Twilio-Token", "test-token-123"}};
    if (upload) {
        QCOMPARE(this->upload("token upload", "text/plain", {}, 0, token).status, 201);
        return;
    }
    const QString sid = uploadOk("token get");
    QCOMPARE(get(api(mediaPath() + '/' + sid.toLatin1()), token).status, 200);
}

void TstEmulatorWire::notFound_data()
{
    QTest::addColumn<QByteArray>("verb");
    QTest::addColumn<QByteArray>("path"); // "@" is replaced by a media SID of service 0
    const QByteArray other = "/v1/Services/" + EmulatorProcess::serviceSids().at(1).toLatin1() + "/Media";
    QTest::newRow("unknown media") << QByteArray("GET")
                                   << mediaPath() + "/ME0123456789abcdef0123456789abcdef";
    QTest::newRow("media of another service") << QByteArray("GET") << other + "/@";
    QTest::newRow("content of another service") << QByteArray("GET") << other + "/@/Content";
    QTest::newRow("unknown service") << QByteArray("GET")
                                     << QByteArray("/v1/Services/IS00000000000000000000000000000000/Media/@");
    QTest::newRow("malformed media SID") << QByteArray("GET") << mediaPath() + "/ME123";
    QTest::newRow("malformed service SID") << QByteArray("GET") << QByteArray("/v1/Services/XX/Media/@");
    QTest::newRow("upload to unknown service")
        << QByteArray("POST") << QByteArray("/v1/Services/IS00000000000000000000000000000000/Media");
}

void TstEmulatorWire::notFound()
{
    QFETCH(QByteArray, verb);
    QFETCH(QByteArray, path);
    const QString sid = uploadOk("present");
    path.replace('@', sid.toLatin1());
    const Reply r = send(verb, api(path), verb == "POST" ? QByteArray("data") : QByteArray(),
                         accountAuth() + Headers{{"Content-Type", "text/plain"}});
    QCOMPARE(r.status, 404);
    const QByteArray expected = "{\"code\":20404,\"message\":\"The requested resource " + path.mid(3) +
                                " was not found\",\"more_info\":\"https://www.twilio.com/docs/errors/20404\","
                                "\"status\":404}";
    QCOMPARE(r.body, expected);
}

void TstEmulatorWire::tooLarge_data()
{
    QTest::addColumn<bool>("html");
    QTest::newRow("json") << false;
    QTest::newRow("html") << true;
}

void TstEmulatorWire::tooLarge()
{
    QFETCH(bool, html);
    QVERIFY(m_emu->configure({{u"max_size"_s, 1000}, {u"html_413"_s, html}}));
    const qint64 media = statNumber(u"media_count"_s);
    QCOMPARE(upload(randomBytes(1000), "image/png").status, 201); // exactly at the limit
    const Reply r = upload(randomBytes(5000), "image/png");
    QCOMPARE(r.status, 413);
    if (html) {
        QVERIFY(r.header("Content-Type").startsWith("text/html"));
        QVERIFY(r.body.contains("<title>413 Request Entity Too Large</title>"));
    } else {
        QVERIFY(r.header("Content-Type").startsWith("application/json"));
        QCOMPARE(r.body, QByteArray("{\"message\":\"Media exceeds the 1000 bytes limit\",\"status\":413}"));
    }
    QCOMPARE(statNumber(u"media_count"_s), media + 1);
    // The connection is still usable afterwards (the body was read, not left on the wire).
    QCOMPARE(upload("small", "text/plain").status, 201);
}

void TstEmulatorWire::tooLargeChunkedAndExpect()
{
    QVERIFY(m_emu->configure({{u"max_size"_s, 1000}}));
    const QByteArray head = "POST " + mediaPath() + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " +
                            basic(EmulatorProcess::accountSid(), EmulatorProcess::authToken()) +
                            "\r\nContent-Type: image/png\r\nConnection: close\r\n";
    // Chunked: no length up front, so the limit applies while reading.
    const QByteArray chunk = QByteArray::number(800, 16) + "\r\n" + QByteArray(800, 'x') + "\r\n";
    QByteArray response =
        rawRequest(head + "Transfer-Encoding: chunked\r\n\r\n", {chunk, chunk, chunk, "0\r\n\r\n"});
    QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
    // Expect: 100-continue with an oversize Content-Length: 413 before any body is sent.
    response = rawRequest(head + "Content-Length: 5000\r\nExpect: 100-continue\r\n\r\n");
    QVERIFY2(response.startsWith("HTTP/1.1 413"), response.constData());
    QVERIFY(!response.contains("100 Continue"));
    QVERIFY(response.contains("Media exceeds the 1000 bytes limit"));
    QTRY_COMPARE(QDir(m_emu->dataDir() + u"/tmp"_s).entryList(QDir::Files).size(), 0);
}

void TstEmulatorWire::emptyBody_data()
{
    QTest::addColumn<QString>("mode");
    QTest::newRow("reject") << u"reject"_s;
    QTest::newRow("accept") << u"accept"_s;
}

void TstEmulatorWire::emptyBody()
{
    QFETCH(QString, mode);
    QVERIFY(m_emu->configure({{u"empty_body"_s, mode}}));
    const Reply r = upload(QByteArray(), "text/plain");
    if (mode == u"accept"_s) {
        QCOMPARE(r.status, 201);
        QCOMPARE(r.json().value(u"size"_s).toInteger(-1), 0);
        const Reply content = send("GET", temporaryLink(r.json().value(u"sid"_s).toString()));
        QCOMPARE(content.status, 200);
        QVERIFY(content.body.isEmpty());
    } else {
        QCOMPARE(r.status, 400);
        QCOMPARE(keysOf(r.body), (QList<QByteArray>{"code", "message", "more_info", "status"}));
        QCOMPARE(r.json().value(u"status"_s).toInt(), 400);
    }
}

void TstEmulatorWire::mediaOptions()
{
    QVERIFY(m_emu->configure(
        {{u"absolute_urls"_s, true}, {u"utc_dates"_s, true}, {u"with_account_sid"_s, true}}));
    const Reply r = upload("options", "text/plain");
    QCOMPARE(r.status, 201);
    QList<QByteArray> keys = kMediaKeys;
    keys.insert(1, "account_sid");
    QCOMPARE(keysOf(r.body), keys);
    const QJsonObject m = r.json();
    QCOMPARE(m.value(u"account_sid"_s).toString(), EmulatorProcess::accountSid());
    const QString base = m_emu->baseUrl().toString();
    QVERIFY(m.value(u"url"_s).toString().startsWith(base + u"/v1/Services/"_s));
    QVERIFY(m.value(u"links"_s).toObject().value(u"content"_s).toString().startsWith(base + u"/v1/"_s));
    QVERIFY(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}\\.\\d{6}Z$"_s)
                .match(m.value(u"date_created"_s).toString())
                .hasMatch());

    // The 2020 fixture's shape: no "category" key at all.
    QVERIFY(m_emu->configure({{u"with_account_sid"_s, false}, {u"with_category"_s, false}}));
    const Reply old = upload("old shape", "text/plain");
    QCOMPARE(old.status, 201);
    QList<QByteArray> oldKeys = kMediaKeys;
    oldKeys.removeAll("category");
    QCOMPARE(keysOf(old.body), oldKeys);
    QVERIFY(m_emu->configure({{u"with_category"_s, true}}));
}

void TstEmulatorWire::mediaSet()
{
    const QString known = uploadOk("in a set");
    const QString unknown = u"ME0123456789abcdef0123456789abcdef"_s;
    const QJsonObject command{{u"command"_s, u"get"_s},
                              {u"list"_s, QJsonArray{QJsonObject{{u"media_sid"_s, known}},
                                                     QJsonObject{{u"media_sid"_s, unknown}}}}};
    const Reply r =
        send("POST", api("/v1/Services/" + EmulatorProcess::serviceSids().at(0).toLatin1() + "/MediaSet"),
             QJsonDocument(command).toJson(QJsonDocument::Compact),
             accountAuth() + Headers{{"Content-Type", "application/json"}});
    QCOMPARE(r.status, 200);
    const QJsonArray items = QJsonDocument::fromJson(r.body).array();
    QCOMPARE(items.size(), 2);
    QCOMPARE(items.at(0).toObject().value(u"code"_s).toInt(), 200);
    const QJsonObject record = items.at(0).toObject().value(u"media_record"_s).toObject();
    QCOMPARE(record.value(u"sid"_s).toString(), known);
    QVERIFY(record.value(u"links"_s).toObject().contains(u"content_direct_temporary"_s));
    QCOMPARE(items.at(1).toObject().value(u"code"_s).toInt(), 404);
    // @twilio/mcs-client names the failed media from media_record.sid (mcs-api.md §2.4).
    const QJsonObject failed = items.at(1).toObject().value(u"media_record"_s).toObject();
    QVERIFY(failed.value(u"sid"_s).toString().startsWith(u"ME"_s));
    QCOMPARE(failed.value(u"sid"_s).toString(), items.at(1).toObject().value(u"media_sid"_s).toString());
    QCOMPARE(send("POST",
                  api("/v1/Services/" + EmulatorProcess::serviceSids().at(0).toLatin1() + "/MediaSet"), "{}",
                  Headers{{"Content-Type", "application/json"}})
                 .status,
             401);
}

void TstEmulatorWire::servicesPaging()
{
    const QString base = m_emu->baseUrl().toString();
    Reply r = get(api("/v1/Services?PageSize=2"), apiKeyAuth());
    QCOMPARE(r.status, 200);
    QCOMPARE(keysOf(r.body), (QList<QByteArray>{"services", "meta"}));
    QCOMPARE(keysOf(r.body, "meta"), (QList<QByteArray>{"page", "page_size", "first_page_url",
                                                        "previous_page_url", "url", "next_page_url", "key"}));
    QJsonObject page = r.json();
    QJsonObject meta = page.value(u"meta"_s).toObject();
    QCOMPARE(meta.value(u"key"_s).toString(), u"services"_s);
    QCOMPARE(meta.value(u"page_size"_s).toInt(), 2);
    QVERIFY(meta.value(u"previous_page_url"_s).isNull());
    QVERIFY(meta.value(u"url"_s).toString().startsWith(base + u"/v1/Services?"_s));
    const QString next = meta.value(u"next_page_url"_s).toString();
    QVERIFY2(next.startsWith(base + u"/v1/Services?"_s), qPrintable(next));

    QStringList sids;
    QStringList names;
    auto collect = [&](const QJsonObject &p) {
        for (const QJsonValue &v : p.value(u"services"_s).toArray()) {
            const QJsonObject s = v.toObject();
            sids << s.value(u"sid"_s).toString();
            names << s.value(u"friendly_name"_s).toString();
            QCOMPARE(s.value(u"account_sid"_s).toString(), EmulatorProcess::accountSid());
            QVERIFY(s.value(u"url"_s).toString().startsWith(base + u"/v1/Services/IS"_s));
            QVERIFY(QRegularExpression(u"^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}Z$"_s)
                        .match(s.value(u"date_created"_s).toString())
                        .hasMatch());
            QVERIFY(s.value(u"links"_s).toObject().value(u"conversations"_s).toString().startsWith(base));
        }
    };
    collect(page);
    QCOMPARE(sids.size(), 2);

    r = get(QUrl(next), apiKeyAuth());
    QCOMPARE(r.status, 200);
    page = r.json();
    meta = page.value(u"meta"_s).toObject();
    collect(page);
    QCOMPARE(meta.value(u"page"_s).toInt(), 1);
    QVERIFY(meta.value(u"next_page_url"_s).isNull());
    QVERIFY(meta.value(u"previous_page_url"_s).toString().startsWith(base));
    QCOMPARE(sids, EmulatorProcess::serviceSids());
    QCOMPARE(names, (QStringList{u"Sandbox Service 1"_s, u"サンドボックス 2"_s, u"Sandbox Service 3"_s}));

    r = get(api("/v1/Services/" + EmulatorProcess::serviceSids().at(1).toLatin1()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"friendly_name"_s).toString(), u"サンドボックス 2"_s);
}

void TstEmulatorWire::conversationsAndMessages()
{
    const QStringList services = EmulatorProcess::serviceSids();
    Reply r = get(api("/v1/Configuration"));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"default_chat_service_sid"_s).toString(), services.at(0));
    QCOMPARE(keysOf(r.body),
             (QList<QByteArray>{"account_sid", "default_chat_service_sid", "default_message_service_sid",
                                "default_inactive_timer", "default_closed_timer", "url", "links"}));

    r = get(api("/v1/Services/" + services.at(0).toLatin1() + "/Conversations"));
    QCOMPARE(r.status, 200);
    const QJsonArray conversations = r.json().value(u"conversations"_s).toArray();
    QCOMPARE(conversations.size(), 3);
    const QJsonObject first = conversations.at(0).toObject();
    const QString ch = first.value(u"sid"_s).toString();
    const QByteArray expectedCh =
        "CH" +
        QCryptographicHash::hash("mediadesk-sandbox-conversation-1-1", QCryptographicHash::Md5).toHex();
    QCOMPARE(ch.toLatin1(), expectedCh);
    QCOMPARE(first.value(u"unique_name"_s).toString(), u"sandbox-1-1"_s);
    QCOMPARE(first.value(u"friendly_name"_s).toString(), u"Conversation 1"_s);

    r = get(api("/v1/Conversations/" + ch.toLatin1()));
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"chat_service_sid"_s).toString(), services.at(0));
    QCOMPARE(get(api("/v1/Services/" + services.at(1).toLatin1() + "/Conversations/" + ch.toLatin1())).status,
             404);

    const QString media = uploadOk("attach me", "image/jpeg");
    const Headers form = accountAuth() + Headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    const QUrl messages =
        api("/v1/Services/" + services.at(0).toLatin1() + "/Conversations/" + ch.toLatin1() + "/Messages");
    r = send("POST", messages, "Author=alice&Body=hello+there&MediaSid=" + media.toLatin1(), form);
    QCOMPARE(r.status, 201);
    const QJsonObject message = r.json();
    const QString im = message.value(u"sid"_s).toString();
    QVERIFY(QRegularExpression(u"^IM[0-9a-f]{32}$"_s).match(im).hasMatch());
    QCOMPARE(message.value(u"author"_s).toString(), u"alice"_s);
    QCOMPARE(message.value(u"body"_s).toString(), u"hello there"_s);
    QCOMPARE(message.value(u"conversation_sid"_s).toString(), ch);
    QCOMPARE(message.value(u"account_sid"_s).toString(), EmulatorProcess::accountSid());
    QVERIFY(message.contains(u"index"_s));
    const QJsonObject item = message.value(u"media"_s).toArray().at(0).toObject();
    QCOMPARE(item.value(u"sid"_s).toString(), media);
    QCOMPARE(item.value(u"content_type"_s).toString(), u"image/jpeg"_s);
    QCOMPARE(item.value(u"size"_s).toInteger(), 9);
    QCOMPARE(item.value(u"category"_s).toString(), u"media"_s);

    const QJsonObject admin = m_emu->media(media);
    QCOMPARE(admin.value(u"message_sid"_s).toString(), im);
    QCOMPARE(admin.value(u"channel_sid"_s).toString(), ch);
    const QJsonObject fetched = get(api(mediaPath() + '/' + media.toLatin1())).json();
    QCOMPARE(fetched.value(u"message_sid"_s).toString(), im);
    QCOMPARE(fetched.value(u"channel_sid"_s).toString(), ch);

    // Attach errors: already attached, unknown, another service's media.
    r = send("POST", messages, "MediaSid=" + media.toLatin1(), form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"code"_s).toInt(), 50510);
    r = send("POST", messages, "MediaSid=ME0123456789abcdef0123456789abcdef", form);
    QCOMPARE(r.json().value(u"code"_s).toInt(), 50507);
    const QString foreign = uploadOk("elsewhere", "text/plain", 1);
    r = send("POST", messages, "MediaSid=" + foreign.toLatin1(), form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"code"_s).toInt(), 50507);
    r = send("POST", messages, "Body=empty+media&MediaSid=", form);
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"code"_s).toInt(), 50506);

    // Unscoped route, body only, default author.
    r = send("POST", api("/v1/Conversations/" + ch.toLatin1() + "/Messages"), "Body=second", form);
    QCOMPARE(r.status, 201);
    QCOMPARE(r.json().value(u"author"_s).toString(), u"system"_s);
    QVERIFY(r.json().value(u"media"_s).isNull());
    QCOMPARE(r.json().value(u"index"_s).toInt(), message.value(u"index"_s).toInt() + 1);

    // The admin hook attaches too.
    const QString hooked = uploadOk("hooked");
    QVERIFY(m_emu->attach(hooked, u"IM0123456789abcdef0123456789abcdef"_s, ch));
    QCOMPARE(get(api(mediaPath() + '/' + hooked.toLatin1())).json().value(u"message_sid"_s).toString(),
             u"IM0123456789abcdef0123456789abcdef"_s);
}

void TstEmulatorWire::unattachedMediaIsCollected()
{
    // Like Twilio after five minutes: media no message carries is deleted; attached media stays.
    const QString ch = EmulatorProcess::conversationSid(1, 1);
    const QString kept = uploadOk("kept");
    const QString lost = uploadOk("lost");
    const Headers form = accountAuth() + Headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    const QByteArray messages = "/v1/Services/" + EmulatorProcess::serviceSids().at(0).toLatin1() +
                                "/Conversations/" + ch.toLatin1() + "/Messages";
    QCOMPARE(send("POST", api(messages), "MediaSid=" + kept.toLatin1(), form).status, 201);
    QVERIFY(m_emu->configure({{u"unattached_ttl"_s, 1}}));
    // Collected once its second has passed on the emulator's clock: asked until it is.
    QTRY_COMPARE_WITH_TIMEOUT(get(api(mediaPath() + '/' + lost.toLatin1())).status, 404, 10000);
    QCOMPARE(get(api(mediaPath() + '/' + kept.toLatin1())).status, 200);
    // Sending it now is refused as Twilio refuses media that was collected.
    const Reply late = send("POST", api(messages), "MediaSid=" + lost.toLatin1(), form);
    QCOMPARE(late.json().value(u"code"_s).toInt(), 50507);
    QVERIFY(m_emu->configure({{u"unattached_ttl"_s, 0}}));
}

void TstEmulatorWire::messagesNewestFirstAndDeletedMedia()
{
    const QByteArray ch = EmulatorProcess::conversationSid(1, 2).toLatin1();
    const QByteArray messages = "/v1/Services/" + EmulatorProcess::serviceSids().at(0).toLatin1() +
                                "/Conversations/" + ch + "/Messages";
    const Headers form = accountAuth() + Headers{{"Content-Type", "application/x-www-form-urlencoded"}};
    for (const QByteArray body : {"one", "two", "three"})
        QCOMPARE(send("POST", api(messages), "Body=" + body, form).status, 201);

    // Newest first, and the next page keeps the order (as Twilio's page URLs keep Order).
    Reply r = get(api(messages + "?Order=desc&PageSize=2"));
    QCOMPARE(r.status, 200);
    QJsonArray page = r.json().value(u"messages"_s).toArray();
    QCOMPARE(page.size(), 2);
    QCOMPARE(page.at(0).toObject().value(u"body"_s).toString(), u"three"_s);
    QCOMPARE(page.at(1).toObject().value(u"body"_s).toString(), u"two"_s);
    const QString next = r.json().value(u"meta"_s).toObject().value(u"next_page_url"_s).toString();
    QVERIFY2(next.contains(u"Order=desc"_s), qPrintable(next));
    r = get(QUrl(next));
    QCOMPARE(r.json().value(u"messages"_s).toArray().at(0).toObject().value(u"body"_s).toString(), u"one"_s);
    QCOMPARE(get(api(messages + "?PageSize=1"))
                 .json()
                 .value(u"messages"_s)
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(u"body"_s)
                 .toString(),
             u"one"_s); // ascending unless asked
    r = get(api(messages + "?Order=sideways"));
    QCOMPARE(r.status, 400);
    QCOMPARE(r.json().value(u"code"_s).toInt(), 20001);

    // The admin API deletes a media as Twilio does; a message may still list it.
    const QString media = uploadOk("to be deleted");
    QVERIFY(m_emu->deleteMedia(media));
    QCOMPARE(get(api(mediaPath() + '/' + media.toLatin1())).status, 404);
    QVERIFY(!m_emu->deleteMedia(media));
}

void TstEmulatorWire::seededMessagesCarryTheirOwnMedia()
{
    const QString ch = EmulatorProcess::conversationSid(1, 3);
    const QString picture = uploadOk("picture bytes", "image/png");
    QVERIFY(m_emu->seedMessages(ch, 5, u"seeder"_s, u"note %1"_s, picture, 2));

    const QByteArray messages = "/v1/Services/" + EmulatorProcess::serviceSids().at(0).toLatin1() +
                                "/Conversations/" + ch.toLatin1() + "/Messages";
    const Reply r = get(api(messages + "?PageSize=50"));
    QCOMPARE(r.status, 200);
    const QJsonArray list = r.json().value(u"messages"_s).toArray();
    QCOMPARE(list.size(), 5);
    QSet<QString> mediaSids;
    for (int i = 0; i < list.size(); ++i) {
        const QJsonObject m = list.at(i).toObject();
        QCOMPARE(m.value(u"author"_s).toString(), u"seeder"_s);
        QCOMPARE(m.value(u"body"_s).toString(), u"note %1"_s.arg(i + 1));
        const QJsonArray media = m.value(u"media"_s).toArray();
        QCOMPARE(media.size(), i % 2 == 0 ? 1 : 0); // the 1st, 3rd and 5th
        if (media.isEmpty())
            continue;
        const QString sid = media.at(0).toObject().value(u"sid"_s).toString();
        QVERIFY(sid != picture);
        mediaSids.insert(sid);
        // A media of its own: attached to this message, with the source's bytes.
        const QJsonObject stored = m_emu->media(sid);
        QCOMPARE(stored.value(u"message_sid"_s).toString(), m.value(u"sid"_s).toString());
        QNetworkReply *content = m_nam.get(QNetworkRequest(temporaryLink(sid)));
        QVERIFY(QTest::qWaitFor([content] { return content->isFinished(); }, 5000));
        QCOMPARE(content->readAll(), QByteArray("picture bytes"));
        content->deleteLater();
    }
    QCOMPARE(mediaSids.size(), 3);

    QVERIFY(!m_emu->seedMessages(u"CH00000000000000000000000000000000"_s, 1, u"x"_s, {}));
    QVERIFY(!m_emu->seedMessages(ch, 0, u"x"_s, {}));
    QVERIFY(!m_emu->seedMessages(ch, 1, u"x"_s, {}, u"ME00000000000000000000000000000000"_s));
}

void TstEmulatorWire::adminNeedsItsToken_data()
{
    QTest::addColumn<QByteArray>("token");
    QTest::addColumn<int>("status");
    QTest::newRow("none") << QByteArray() << 401;
    QTest::newRow("wrong") << QByteArray("0123456789abcdef0123456789abcdef") << 401;
    QTest::newRow("a prefix of it") << m_emu->adminToken().left(8) << 401;
    QTest::newRow("the right one") << m_emu->adminToken() << 200;
}

void TstEmulatorWire::adminNeedsItsToken()
{
    QFETCH(QByteArray, token);
    QFETCH(int, status);
    Headers headers;
    if (!token.isEmpty())
        headers.append({"X-Emulator-Token", token});
    QCOMPARE(send("GET", api("/_emulator/stats"), {}, headers).status, status);
    // Nor may anyone change the server's behaviour without it.
    const Reply config = send("POST", api("/_emulator/config"), R"({"throttle": 1})",
                              headers + Headers{{"Content-Type", "application/json"}});
    QCOMPARE(config.status, status);
    QVERIFY(m_emu->configure({{u"throttle"_s, 0}}));
}

void TstEmulatorWire::foreignHostNamesAreRefused_data()
{
    QTest::addColumn<QByteArray>("host");
    QTest::addColumn<int>("status");
    const QByteArray port = QByteArray::number(m_emu->baseUrl().port());
    QTest::newRow("127.0.0.1") << "127.0.0.1:" + port << 200;
    QTest::newRow("localhost") << "LocalHost:" + port << 200;
    QTest::newRow("[::1]") << "[::1]:" + port << 200;
    QTest::newRow("127.1.2.3, no port") << QByteArray("127.1.2.3") << 200;
    QTest::newRow("a rebound name") << "attacker.example:" + port << 421;
    QTest::newRow("localhost as a subdomain") << "localhost.attacker.example:" + port << 421;
    QTest::newRow("127 as a subdomain") << QByteArray("127.0.0.1.attacker.example") << 421;
    QTest::newRow("bad port") << QByteArray("127.0.0.1:80x") << 421;
}

void TstEmulatorWire::foreignHostNamesAreRefused()
{
    // A page that rebinds its own name to 127.0.0.1 can reach the port, but names itself in Host.
    QFETCH(QByteArray, host);
    QFETCH(int, status);
    const QByteArray auth = accountAuth().value(0).second;
    const QByteArray reply = rawRequest("GET /v1/Services HTTP/1.1\r\nHost: " + host +
                                        "\r\nAuthorization: " + auth + "\r\nConnection: close\r\n\r\n");
    QVERIFY2(reply.startsWith(QByteArray("HTTP/1.1 " + QByteArray::number(status))),
             reply.left(200).constData());
}

void TstEmulatorWire::redirectLeadsToLoopbackOnly()
{
    QUrl redirect = m_emu->baseUrl();
    redirect.setPath(u"/_emulator/redirect"_s);
    redirect.setQuery(u"to=https%3A%2F%2Fattacker.example%2Fphish&status=302"_s);
    QCOMPARE(send("GET", redirect).status, 400);
}

void TstEmulatorWire::redirectAndEcho()
{
    for (const QUrl &origin : {m_emu->baseUrl(), m_emu->mediaUrl()}) {
        QUrl echo = origin;
        echo.setPath(u"/_emulator/echo"_s);
        QUrl redirect = origin;
        redirect.setPath(u"/_emulator/redirect"_s);
        redirect.setQuery(u"to="_s + QString::fromLatin1(QUrl::toPercentEncoding(echo.toString())) +
                          u"&status=307"_s);
        const Reply r = send("GET", redirect);
        QCOMPARE(r.status, 307);
        QCOMPARE(QUrl(QString::fromLatin1(r.header("Location"))), echo);

        const bool media = origin == m_emu->mediaUrl();
        const qint64 leaks = statNumber(u"credential_leaks"_s);
        Reply e = send("GET", echo);
        QCOMPARE(e.status, 200);
        QCOMPARE(e.json().value(u"authorization_present"_s).toBool(true), false);
        QCOMPARE(e.json().value(u"origin"_s).toString(), media ? u"media"_s : u"api"_s);
        e = send("GET", echo, {}, accountAuth());
        QCOMPARE(e.json().value(u"authorization_present"_s).toBool(), true);
        QCOMPARE(e.json().value(u"method"_s).toString(), u"GET"_s);
        QCOMPARE(statNumber(u"credential_leaks"_s), leaks + (media ? 1 : 0));
    }
}

void TstEmulatorWire::faultStatus_data()
{
    QTest::addColumn<QJsonObject>("rule");
    QTest::addColumn<QByteArray>("target"); // "get", "upload" or "link"
    QTest::addColumn<int>("status");
    QTest::addColumn<int>("code"); // Twilio code in a JSON body; 0 = no JSON body
    QTest::addColumn<QByteArray>("retryAfter");
    QTest::addColumn<QByteArray>("contentType");
    const QJsonObject get{{u"method"_s, u"GET"_s}, {u"path_prefix"_s, u"/v1/Services/"_s}};
    auto with = [](QJsonObject o, std::initializer_list<QPair<QString, QJsonValue>> extra) {
        for (const auto &kv : extra)
            o.insert(kv.first, kv.second);
        return o;
    };
    QTest::newRow("429 with Retry-After")
        << with(get, {{u"status"_s, 429}, {u"retry_after"_s, u"1"_s}}) << QByteArray("get") << 429 << 20429
        << QByteArray("1") << QByteArray("application/json");
    QTest::newRow("429 without Retry-After") << with(get, {{u"status"_s, 429}}) << QByteArray("get") << 429
                                             << 20429 << QByteArray() << QByteArray("application/json");
    QTest::newRow("503") << with(get, {{u"status"_s, 503}, {u"retry_after"_s, 2}}) << QByteArray("get") << 503
                         << 20503 << QByteArray("2") << QByteArray("application/json");
    QTest::newRow("500") << with(get, {{u"status"_s, 500}}) << QByteArray("get") << 500 << 20500
                         << QByteArray() << QByteArray("application/json");
    QTest::newRow("502 html") << with(get, {{u"status"_s, 502}, {u"html"_s, true}}) << QByteArray("get")
                              << 502 << 0 << QByteArray() << QByteArray("text/html");
    QTest::newRow("504 html") << with(get, {{u"status"_s, 504}, {u"html"_s, true}}) << QByteArray("get")
                              << 504 << 0 << QByteArray() << QByteArray("text/html");
    QTest::newRow("upload 503") << QJsonObject{{u"method"_s, u"POST"_s},
                                               {u"path_prefix"_s, u"/v1/Services/"_s},
                                               {u"status"_s, 503}}
                                << QByteArray("upload") << 503 << 20503 << QByteArray()
                                << QByteArray("application/json");
    QTest::newRow("upload 429 html") << QJsonObject{{u"method"_s, u"*"_s},
                                                    {u"status"_s, 429},
                                                    {u"html"_s, true},
                                                    {u"retry_after"_s, u"3"_s}}
                                     << QByteArray("upload") << 429 << 0 << QByteArray("3")
                                     << QByteArray("text/html");
    QTest::newRow("temporary link 503")
        << QJsonObject{{u"origin"_s, u"media"_s}, {u"path_prefix"_s, u"/ME"_s}, {u"status"_s, 503}}
        << QByteArray("link") << 503 << 0 << QByteArray() << QByteArray("text/xml");
}

void TstEmulatorWire::faultStatus()
{
    QFETCH(QJsonObject, rule);
    QFETCH(QByteArray, target);
    QFETCH(int, status);
    QFETCH(int, code);
    QFETCH(QByteArray, retryAfter);
    QFETCH(QByteArray, contentType);
    const QByteArray data = randomBytes(20000);
    const QString sid = uploadOk(data);
    const QUrl link = temporaryLink(sid);
    const qint64 media = statNumber(u"media_count"_s);
    QVERIFY(m_emu->addFault(rule));
    QCOMPARE(statNumber(u"faults_pending"_s), 1);
    auto attempt = [&] {
        if (target == "upload")
            return upload(data, "image/png");
        if (target == "link")
            return send("GET", link);
        return get(api(mediaPath() + '/' + sid.toLatin1()));
    };
    Reply r = attempt();
    QCOMPARE(r.status, status);
    QVERIFY2(r.header("Content-Type").startsWith(contentType), r.header("Content-Type").constData());
    QCOMPARE(r.hasHeader("Retry-After"), !retryAfter.isEmpty());
    QCOMPARE(r.header("Retry-After"), retryAfter);
    if (code != 0) {
        QCOMPARE(r.json().value(u"code"_s).toInt(), code);
        QCOMPARE(r.json().value(u"status"_s).toInt(), status);
        QCOMPARE(r.json().value(u"more_info"_s).toString(),
                 u"https://www.twilio.com/docs/errors/%1"_s.arg(code));
    }
    if (contentType == "text/html")
        QVERIFY(r.body.contains(QByteArray::number(status)));
    QCOMPARE(statNumber(u"media_count"_s), media);
    QCOMPARE(statNumber(u"faults_pending"_s), 0);
    // Consumed: the same request goes through now.
    r = attempt();
    QCOMPARE(r.status, target == "upload" ? 201 : 200);
    if (target == "link")
        QCOMPARE(r.body, data);
}

void TstEmulatorWire::faultCountAndMethod()
{
    QVERIFY(m_emu->addFault(QJsonObject{{u"method"_s, u"GET"_s},
                                        {u"path_prefix"_s, u"/v1/Configuration"_s},
                                        {u"status"_s, 503},
                                        {u"count"_s, 2}}));
    QCOMPARE(statNumber(u"faults_pending"_s), 2);
    QCOMPARE(upload("not a GET", "text/plain").status, 201); // other method and path: untouched
    QCOMPARE(get(api("/v1/Services")).status, 200);          // other path
    QCOMPARE(get(api("/v1/Configuration")).status, 503);
    QCOMPARE(statNumber(u"faults_pending"_s), 1);
    QCOMPARE(get(api("/v1/Configuration")).status, 503);
    QCOMPARE(get(api("/v1/Configuration")).status, 200);
    QVERIFY(m_emu->addFault(QJsonObject{{u"status"_s, 500}, {u"count"_s, -1}}));
    QCOMPARE(get(api("/v1/Configuration")).status, 500);
    QCOMPARE(get(api("/v1/Configuration")).status, 500);
    QVERIFY(m_emu->clearFaults());
    QCOMPARE(statNumber(u"faults_pending"_s), 0);
    QCOMPARE(get(api("/v1/Configuration")).status, 200);
    // Any Twilio code can be injected (here one of the Conversations media errors).
    QVERIFY(m_emu->addFault(QJsonObject{{u"status"_s, 400}, {u"code"_s, 50512}}));
    const Reply coded = get(api("/v1/Configuration"));
    QCOMPARE(coded.status, 400);
    QCOMPARE(coded.json().value(u"code"_s).toInt(), 50512);
    // Admin endpoints are never faulted.
    QVERIFY(m_emu->addFault(QJsonObject{{u"status"_s, 503}, {u"count"_s, -1}}));
    QVERIFY(!m_emu->stats().isEmpty());
    QVERIFY(m_emu->clearFaults());
}

void TstEmulatorWire::faultDropRequest()
{
    // count -1: QNetworkAccessManager silently re-sends a request whose connection closed before
    // any response byte, so a single drop could go unnoticed.
    QVERIFY(m_emu->addFault(QJsonObject{{u"method"_s, u"GET"_s},
                                        {u"path_prefix"_s, u"/v1/Configuration"_s},
                                        {u"drop"_s, true},
                                        {u"count"_s, -1}}));
    const qint64 dropped = statNumber(u"connections_dropped"_s);
    const Reply r = get(api("/v1/Configuration"));
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(statNumber(u"connections_dropped"_s) > dropped);
    QVERIFY(m_emu->clearFaults());
    QCOMPARE(get(api("/v1/Configuration")).status, 200);
}

void TstEmulatorWire::faultDropUpload()
{
    QVERIFY(m_emu->addFault(QJsonObject{{u"method"_s, u"POST"_s},
                                        {u"path_prefix"_s, u"/v1/Services/"_s},
                                        {u"drop"_s, true},
                                        {u"drop_after_bytes"_s, 65536},
                                        {u"count"_s, -1}}));
    const qint64 media = statNumber(u"media_count"_s);
    const Reply r = upload(randomBytes(1 << 20), "video/mp4");
    QCOMPARE(r.status, 0);
    QVERIFY(r.error != QNetworkReply::NoError);
    QVERIFY(m_emu->clearFaults());
    QCOMPARE(statNumber(u"media_count"_s), media);
    QTRY_COMPARE(QDir(m_emu->dataDir() + u"/tmp"_s).entryList(QDir::Files).size(), 0);
    QCOMPARE(upload("after the drop", "text/plain").status, 201);
}

void TstEmulatorWire::faultCutContent()
{
    // Unlike drop (a reset that may lose what was in flight), a cut closes cleanly: exactly the
    // first N bytes arrive, short of the announced length.
    const QByteArray data = randomBytes(200000);
    const QUrl link = temporaryLink(uploadOk(data));
    QVERIFY(m_emu->addFault(QJsonObject{{u"origin"_s, u"media"_s}, {u"cut_after_bytes"_s, 70000}}));
    const Reply r = send("GET", link);
    QCOMPARE(r.header("Content-Length"), QByteArray::number(data.size()));
    QCOMPARE(r.body, data.left(70000));
    QCOMPARE(send("GET", link).body, data); // one count: the next one is whole
}

void TstEmulatorWire::faultDropContent()
{
    const QByteArray data = randomBytes(200000);
    const QString sid = uploadOk(data, "image/jpeg");
    const QUrl link = temporaryLink(sid);
    QVERIFY(m_emu->addFault(QJsonObject{
        {u"origin"_s, u"media"_s}, {u"drop"_s, true}, {u"drop_after_bytes"_s, 1000}, {u"count"_s, -1}}));
    // Headers and the first 1000 bytes arrive, then the connection dies. Note: Qt 6.4 sometimes
    // finishes such a reply with NoError and status 200, so a client must compare the bytes it got
    // with Content-Length.
    const Reply r = send("GET", link);
    QVERIFY(r.status == 0 || r.header("Content-Length") == QByteArray::number(data.size()));
    QVERIFY2(r.body.size() <= 1000, qPrintable(QString::number(r.body.size())));
    QCOMPARE(r.body, data.left(r.body.size()));
    QVERIFY(m_emu->clearFaults());
    // /Content in 200 mode honours drop_after_bytes too.
    QVERIFY(m_emu->configure({{u"content_mode"_s, 200}}));
    QVERIFY(m_emu->addFault(QJsonObject{{u"method"_s, u"GET"_s},
                                        {u"path_prefix"_s, u"/v1/Services/"_s},
                                        {u"drop"_s, true},
                                        {u"drop_after_bytes"_s, 5000},
                                        {u"count"_s, -1}}));
    const Reply c = get(api(mediaPath() + '/' + sid.toLatin1() + "/Content"));
    QVERIFY(c.status == 0 || c.header("Content-Length") == QByteArray::number(data.size()));
    QVERIFY2(c.body.size() <= 5000, qPrintable(QString::number(c.body.size())));
    QVERIFY(m_emu->clearFaults());
    QCOMPARE(send("GET", link).body, data);
}

void TstEmulatorWire::faultDelay()
{
    QVERIFY(m_emu->addFault(QJsonObject{{u"path_prefix"_s, u"/v1/Configuration"_s}, {u"delay_ms"_s, 400}}));
    Reply r = get(api("/v1/Configuration"));
    QCOMPARE(r.status, 200);
    QVERIFY2(r.elapsedMs >= 380, qPrintable(QString::number(r.elapsedMs)));
    // The rule applied once and is used up: the emulator says so (no upper time bound here, which
    // would flake on two busy cores).
    QCOMPARE(m_emu->stats().value(u"faults_pending"_s).toInt(), 0);
    r = get(api("/v1/Configuration"));
    QCOMPARE(r.status, 200);
    // Delay plus status: a slow 503.
    QVERIFY(m_emu->addFault(
        QJsonObject{{u"path_prefix"_s, u"/v1/Configuration"_s}, {u"delay_ms"_s, 300}, {u"status"_s, 503}}));
    r = get(api("/v1/Configuration"));
    QCOMPARE(r.status, 503);
    QVERIFY(r.elapsedMs >= 280);
}

void TstEmulatorWire::throttleAndConcurrency()
{
    QVERIFY(m_emu->configure({{u"throttle"_s, 400000}}));
    QVERIFY(m_emu->resetStats());
    const QByteArray data = randomBytes(120000); // 0.3 s at 400 kB/s
    QList<QNetworkReply *> replies;
    for (int i = 0; i < 3; ++i) {
        QNetworkRequest request(api(mediaPath()));
        request.setRawHeader("Authorization", accountAuth().constFirst().second);
        request.setHeader(QNetworkRequest::ContentTypeHeader, QByteArray("application/octet-stream"));
        replies << m_nam.post(request, data);
    }
    QElapsedTimer timer;
    timer.start();
    for (QNetworkReply *reply : std::as_const(replies)) {
        QTRY_VERIFY_WITH_TIMEOUT(reply->isFinished(), 10000);
        QCOMPARE(reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt(), 201);
    }
    QVERIFY2(timer.elapsed() >= 250, qPrintable(QString::number(timer.elapsed())));
    const QString sid =
        QJsonDocument::fromJson(replies.constFirst()->readAll()).object().value(u"sid"_s).toString();
    qDeleteAll(replies);
    const QJsonObject stats = m_emu->stats();
    QVERIFY(stats.value(u"max_concurrent_uploads"_s).toInt() >= 2);
    QCOMPARE(stats.value(u"uploads"_s).toInt(), 3);
    QCOMPARE(stats.value(u"by_status"_s).toObject().value(u"201"_s).toInt(), 3);
    QCOMPARE(stats.value(u"requests"_s).toInt(), 3);

    const Reply r = send("GET", temporaryLink(sid));
    QCOMPARE(r.body, data);
    QVERIFY2(r.elapsedMs >= 250, qPrintable(QString::number(r.elapsedMs)));
}

void TstEmulatorWire::persistsAcrossRestart()
{
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QStringList args{u"--data-dir"_s, dir.path(), u"--quiet"_s};
    const QByteArray data = randomBytes(10000);
    QString sid;
    {
        EmulatorProcess first(args);
        QVERIFY2(first.start(), qPrintable(first.errorString()));
        QCOMPARE(first.dataDir(), dir.path());
        QUrl url = first.baseUrl();
        url.setPath(QString::fromLatin1(mediaPath()));
        url.setQuery(u"Filename=kept.bin"_s);
        const Reply r = send("POST", url, data, accountAuth() + Headers{{"Content-Type", "application/zip"}});
        QCOMPARE(r.status, 201);
        sid = r.json().value(u"sid"_s).toString();
    }
    EmulatorProcess second(args);
    QVERIFY2(second.start(), qPrintable(second.errorString()));
    QCOMPARE(second.stats().value(u"media_count"_s).toInt(), 1);
    QUrl url = second.baseUrl();
    url.setPath(QString::fromLatin1(mediaPath() + '/' + sid.toLatin1()));
    const Reply r = get(url);
    QCOMPARE(r.status, 200);
    QCOMPARE(r.json().value(u"filename"_s).toString(), u"kept.bin"_s);
    QCOMPARE(r.json().value(u"content_type"_s).toString(), u"application/zip"_s);
    const Reply content = send(
        "GET", QUrl(r.json().value(u"links"_s).toObject().value(u"content_direct_temporary"_s).toString()));
    QCOMPARE(content.body, data);
    QCOMPARE(second.media(sid).value(u"sha256"_s).toString(), sha256Hex(data));
}

QTEST_GUILESS_MAIN(TstEmulatorWire)
#include "tst_emulatorwire.moc"
