#include "options.h"

#include "jsonwriter.h"
#include "projectinfo.h"

#include <QCommandLineParser>
#include <QJsonObject>
#include <QUrl>
#include <limits>

using namespace Qt::StringLiterals;

namespace mdemu {

namespace {

bool validOrigin(const QString &origin)
{
    const QUrl url(origin, QUrl::StrictMode);
    return url.isValid() && (url.scheme() == "http"_L1 || url.scheme() == "https"_L1) &&
           !url.host().isEmpty() && url.port() > 0 && url.path().isEmpty() && !url.hasQuery() &&
           !url.hasFragment() && url.userInfo().isEmpty();
}

bool jsonInt(const QJsonValue &v, qint64 &out)
{
    if (v.isDouble()) {
        out = v.toInteger();
        return double(out) == v.toDouble();
    }
    if (v.isString()) {
        bool ok = false;
        out = v.toString().toLongLong(&ok);
        return ok;
    }
    return false;
}

bool parseContentMode(const QString &s, int &mode)
{
    bool ok = false;
    const int n = s.toInt(&ok);
    if (!ok || (n != 200 && n != 302 && n != 307))
        return false;
    mode = n;
    return true;
}

bool parseEmptyBody(const QString &s, bool &accept)
{
    if (s == "accept"_L1) {
        accept = true;
        return true;
    }
    if (s == "reject"_L1) {
        accept = false;
        return true;
    }
    return false;
}

const char *const kFaultHelp =
    "\nFault SPEC (--fault, repeatable; same keys as POST /_emulator/faults):\n"
    "  comma-separated key=value pairs, or a JSON object. Keys:\n"
    "    method=GET|POST|*   path_prefix=/v1/...   origin=api|media   status=503   count=N (-1 = always)\n"
    "    retry_after=VALUE   html   drop   drop_after_bytes=N   delay_ms=N   cut_reply (half the reply "
    "body)\n"
    "  e.g. --fault method=POST,path_prefix=/v1/Services/,status=429,count=2,retry_after=1\n"
    "       --fault origin=media,drop,drop_after_bytes=65536\n"
    "  Use the JSON form when a value contains a comma.\n"
    "\nAdmin endpoints (MCS origin; header X-Emulator-Token: the admin token printed at start):\n"
    "  GET/DELETE /_emulator/stats, GET/DELETE /_emulator/media/ME..., POST /_emulator/media/ME.../attach,\n"
    "  POST/GET/DELETE /_emulator/faults, POST/GET /_emulator/config,\n"
    "  POST /_emulator/conversations/CH.../messages "
    "{\"count\":N,\"author\",\"body\",\"media_from\":\"ME...\","
    "\"every\":K};\n"
    "  on both origins: GET /_emulator/redirect?to=URL&status=302, GET /_emulator/echo.\n";

} // namespace

mediadesk::Result<Settings> applySettingsJson(const QJsonObject &object, Settings s)
{
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        qint64 n = 0;
        if (k == "ttl"_L1 && jsonInt(v, n) && n >= 0) {
            s.ttlSeconds = n;
        } else if (k == "content_mode"_L1 && (v.isDouble() || v.isString())) {
            const QString text = v.isDouble() ? QString::number(v.toInteger()) : v.toString();
            if (!parseContentMode(text, s.contentMode)) {
                return mediadesk::Failure(u"content_mode must be 302, 307 or 200"_s);
            }
        } else if (k == "html_413"_L1 && v.isBool()) {
            s.html413 = v.toBool();
        } else if (k == "throttle"_L1 && jsonInt(v, n) && n >= 0) {
            s.throttle = n;
        } else if (k == "max_size"_L1 && jsonInt(v, n) && n >= 0) {
            s.maxSize = n;
        } else if (k == "empty_body"_L1 && (v.isString() || v.isBool())) {
            if (v.isBool()) {
                s.acceptEmptyBody = v.toBool();
            } else if (!parseEmptyBody(v.toString(), s.acceptEmptyBody)) {
                return mediadesk::Failure(u"empty_body must be \"accept\" or \"reject\""_s);
            }
        } else if (k == "utc_dates"_L1 && v.isBool()) {
            s.utcDates = v.toBool();
        } else if (k == "absolute_urls"_L1 && v.isBool()) {
            s.absoluteUrls = v.toBool();
        } else if (k == "with_account_sid"_L1 && v.isBool()) {
            s.withAccountSid = v.toBool();
        } else if (k == "unattached_ttl"_L1 && jsonInt(v, n) && n >= 0) {
            s.unattachedTtl = n;
        } else if (k == "media_origin"_L1 && v.isString() &&
                   (v.toString().isEmpty() || validOrigin(v.toString()))) {
            s.mediaOrigin = v.toString().toStdString();
        } else if (k == "with_category"_L1 && v.isBool()) {
            s.withCategory = v.toBool();
        } else if (k == "content_validators"_L1 && v.isString()) {
            const QString value = v.toString();
            if (value != "etag"_L1 && value != "last_modified"_L1 && value != "none"_L1)
                return mediadesk::Failure(
                    u"content_validators must be \"etag\", \"last_modified\" or \"none\""_s);
            s.contentValidators = value.toStdString();
        } else if (k == "ranges"_L1 && v.isBool()) {
            s.ranges = v.toBool();
        } else {
            return mediadesk::Failure(u"bad or unknown setting \"%1\""_s.arg(k));
        }
    }
    return s;
}

std::string settingsToJson(const Settings &s)
{
    JsonWriter w;
    w.beginObject();
    w.key("ttl").num(s.ttlSeconds);
    w.key("content_mode").num(s.contentMode);
    w.key("html_413").boolean(s.html413);
    w.key("throttle").num(s.throttle);
    w.key("max_size").num(s.maxSize);
    w.key("empty_body").str(s.acceptEmptyBody ? "accept" : "reject");
    w.key("utc_dates").boolean(s.utcDates);
    w.key("absolute_urls").boolean(s.absoluteUrls);
    w.key("with_account_sid").boolean(s.withAccountSid);
    w.key("with_category").boolean(s.withCategory);
    w.key("unattached_ttl").num(s.unattachedTtl);
    w.key("media_origin").str(s.mediaOrigin);
    w.key("content_validators").str(s.contentValidators);
    w.key("ranges").boolean(s.ranges);
    w.endObject();
    return w.take();
}

ParseOutcome parseOptions(const QStringList &args, Options &options, QString &message)
{
    QCommandLineParser p;
    p.setApplicationDescription(
        u"Local Twilio Media Content Service (MCS) + Conversations compatible HTTP server for tests and the "
        "MediaDesk sandbox.\nPrints \"listening on http://HOST:PORT\", \"media on http://HOST:PORT2\" "
        "(https with --tls-cert) and \"admin token TOKEN\" on stdout, logs requests on stderr.\n"
        "/_emulator/* needs the header X-Emulator-Token: TOKEN (MEDIADESK_EMULATOR_ADMIN_TOKEN, else random "
        "per run); MEDIADESK_EMULATOR_AUTH_TOKEN sets the auth token without showing it on the command line. "
        "Requests must name a loopback host (Host header)."_s);
    const QCommandLineOption help({u"h"_s, u"help"_s}, u"Show this help."_s);
    const QCommandLineOption version(u"version"_s, u"Print the version and exit."_s);
    const QCommandLineOption host(u"host"_s, u"Address to bind both listeners to (default 127.0.0.1)."_s,
                                  u"ADDR"_s);
    const QCommandLineOption port(u"port"_s, u"Port of the MCS + Conversations origin (0 = any free port)."_s,
                                  u"N"_s);
    const QCommandLineOption mediaPort(u"media-port"_s,
                                       u"Port of the temporary-link origin (0 = any free port)."_s, u"N"_s);
    const QCommandLineOption dataDir(
        u"data-dir"_s, u"Keep media here (kept across restarts); default: a temp dir removed at exit."_s,
        u"DIR"_s);
    const QCommandLineOption accountSid(u"account-sid"_s, u"Account SID accepted with --auth-token."_s,
                                        u"AC"_s);
    const QCommandLineOption authToken(u"auth-token"_s, u"Auth token accepted for the account SID."_s,
                                       u"TOKEN"_s);
    const QCommandLineOption apiKey(u"api-key"_s, u"API key SID accepted with --api-secret."_s, u"SK"_s);
    const QCommandLineOption apiSecret(u"api-secret"_s, u"Secret accepted for the API key."_s, u"SECRET"_s);
    const QCommandLineOption twilioToken(
        u"twilio-token"_s, u"Also accept \"X-Twilio-Token: VALUE\" on the MCS paths."_s, u"VALUE"_s);
    const QCommandLineOption services(u"services"_s,
                                      u"Number of seeded Conversations services (default 3)."_s, u"N"_s);
    const QCommandLineOption conversations(
        u"conversations"_s, u"Number of seeded conversations per service (default 3)."_s, u"N"_s);
    const QCommandLineOption unattachedTtl(
        u"unattached-ttl"_s,
        u"Delete media not attached to a message this many seconds after upload, as Twilio does after "
        u"300 (default 0: never)."_s,
        u"SECONDS"_s);
    const QCommandLineOption ttl(u"ttl"_s, u"Lifetime of temporary content links (default 300)."_s,
                                 u"SECONDS"_s);
    const QCommandLineOption maxSize(u"max-size"_s, u"Upload size limit (default 157286400)."_s, u"BYTES"_s);
    const QCommandLineOption html413(u"html-413"_s,
                                     u"Answer oversize uploads with an HTML page, not JSON."_s);
    const QCommandLineOption contentMode(
        u"content-mode"_s,
        u"GET .../Content answers 302 or 307 to the temporary link, or 200 with "
        "the bytes (default 302)."_s,
        u"302|307|200"_s);
    const QCommandLineOption absoluteUrls(u"absolute-urls"_s,
                                          u"Media url and links.content as absolute URLs."_s);
    const QCommandLineOption utcDates(u"utc-dates"_s, u"Media dates in UTC (Z) instead of -07:00/-08:00."_s);
    const QCommandLineOption withAccountSid(u"with-account-sid"_s, u"Add account_sid to the Media JSON."_s);
    const QCommandLineOption emptyBody(
        u"empty-body"_s, u"Empty uploads: accept (size 0) or reject with 400 (default reject)."_s,
        u"accept|reject"_s);
    const QCommandLineOption throttle(u"throttle"_s,
                                      u"Limit request-body reads and media-content writes (0 = off)."_s,
                                      u"BYTES_PER_SECOND"_s);
    const QCommandLineOption fault(u"fault"_s, u"Inject a fault (repeatable; syntax below)."_s, u"SPEC"_s);
    const QCommandLineOption exitWithParent(u"exit-with-parent"_s,
                                            u"Terminate when the parent process dies."_s);
    const QCommandLineOption parentPid(u"parent-pid"_s,
                                       u"With --exit-with-parent: the parent's PID, so a parent that died "
                                       u"before the emulator started is noticed too."_s,
                                       u"PID"_s);
    const QCommandLineOption quiet(u"quiet"_s, u"Don't log requests on stderr."_s);
    const QCommandLineOption tlsCert(
        u"tls-cert"_s, u"Serve both origins over https with this PEM certificate (chain)."_s, u"FILE"_s);
    const QCommandLineOption tlsKey(u"tls-key"_s, u"The PEM private key of --tls-cert."_s, u"FILE"_s);
    const QCommandLineOption mediaOrigin(
        u"media-origin"_s,
        u"Origin written into temporary links (scheme://host:port), e.g. a relay in front of the "
        u"media listener; default: the media listener itself."_s,
        u"URL"_s);
    p.addOptions({conversations, unattachedTtl, tlsCert, tlsKey, mediaOrigin, version});
    p.addOptions({help,      host,     port,        mediaPort,      dataDir,   accountSid,
                  authToken, apiKey,   apiSecret,   twilioToken,    services,  ttl,
                  maxSize,   html413,  contentMode, absoluteUrls,   utcDates,  withAccountSid,
                  emptyBody, throttle, fault,       exitWithParent, parentPid, quiet});

    if (!p.parse(args)) {
        message = p.errorText();
        return ParseOutcome::Error;
    }
    if (p.isSet(help)) {
        message = p.helpText() + QString::fromLatin1(kFaultHelp);
        return ParseOutcome::Help;
    }
    if (p.isSet(version)) {
        message = u"mediadesk-emulator " MEDIADESK_VERSION ""_s;
        return ParseOutcome::Version;
    }
    if (!p.positionalArguments().isEmpty()) {
        message = u"unexpected argument: %1"_s.arg(p.positionalArguments().constFirst());
        return ParseOutcome::Error;
    }

    Options o;
    auto number = [&](const QCommandLineOption &opt, int64_t min, int64_t max, int64_t &out) {
        if (!p.isSet(opt))
            return true;
        bool ok = false;
        const int64_t value = p.value(opt).toLongLong(&ok);
        if (!ok || value < min || value > max) {
            message = u"--%1: expected a number from %2 to %3"_s.arg(opt.names().constLast())
                          .arg(qint64(min))
                          .arg(qint64(max));
            return false;
        }
        out = value;
        return true;
    };
    int64_t n = 0;
    if (p.isSet(host))
        o.host = p.value(host).toStdString();
    n = o.port;
    if (!number(port, 0, 65535, n))
        return ParseOutcome::Error;
    o.port = int(n);
    n = o.mediaPort;
    if (!number(mediaPort, 0, 65535, n))
        return ParseOutcome::Error;
    o.mediaPort = int(n);
    n = o.services;
    if (!number(services, 0, 100000, n))
        return ParseOutcome::Error;
    o.services = int(n);
    n = o.conversations;
    if (!number(conversations, 0, 100000, n))
        return ParseOutcome::Error;
    o.conversations = int(n);
    if (!number(unattachedTtl, 0, int64_t(100) * 365 * 86400, o.settings.unattachedTtl))
        return ParseOutcome::Error;
    if (!number(ttl, 0, int64_t(100) * 365 * 86400, o.settings.ttlSeconds))
        return ParseOutcome::Error;
    if (!number(maxSize, 0, std::numeric_limits<int64_t>::max(), o.settings.maxSize))
        return ParseOutcome::Error;
    if (!number(throttle, 0, std::numeric_limits<int64_t>::max(), o.settings.throttle))
        return ParseOutcome::Error;
    if (p.isSet(contentMode) && !parseContentMode(p.value(contentMode), o.settings.contentMode)) {
        message = u"--content-mode: expected 302, 307 or 200"_s;
        return ParseOutcome::Error;
    }
    if (p.isSet(emptyBody) && !parseEmptyBody(p.value(emptyBody), o.settings.acceptEmptyBody)) {
        message = u"--empty-body: expected accept or reject"_s;
        return ParseOutcome::Error;
    }
    o.settings.html413 = p.isSet(html413);
    o.settings.absoluteUrls = p.isSet(absoluteUrls);
    o.settings.utcDates = p.isSet(utcDates);
    o.settings.withAccountSid = p.isSet(withAccountSid);
    o.exitWithParent = p.isSet(exitWithParent);
    o.parentPid = p.value(parentPid).toLongLong();
    o.quiet = p.isSet(quiet);
    if (p.isSet(tlsCert) != p.isSet(tlsKey)) {
        message = u"--tls-cert and --tls-key go together"_s;
        return ParseOutcome::Error;
    }
    o.tlsCert = p.value(tlsCert).toStdString();
    o.tlsKey = p.value(tlsKey).toStdString();
    if (p.isSet(mediaOrigin)) {
        const QString origin = p.value(mediaOrigin);
        if (!validOrigin(origin)) {
            message = u"--media-origin: expected scheme://host:port (with a port, without a path)"_s;
            return ParseOutcome::Error;
        }
        o.settings.mediaOrigin = origin.toStdString();
    }
    if (p.isSet(dataDir))
        o.dataDir = p.value(dataDir);
    if (p.isSet(accountSid))
        o.credentials.accountSid = p.value(accountSid).toStdString();
    // Secrets are better passed in the environment (only the same user can read /proc/PID/environ;
    // anyone can read a command line): the sandbox sets a random auth token this way.
    if (p.isSet(authToken))
        o.credentials.authToken = p.value(authToken).toStdString();
    else if (const QByteArray token = qgetenv("MEDIADESK_EMULATOR_AUTH_TOKEN"); !token.isEmpty())
        o.credentials.authToken = token.toStdString();
    o.adminToken = qgetenv("MEDIADESK_EMULATOR_ADMIN_TOKEN").toStdString();
    if (p.isSet(apiKey))
        o.credentials.apiKey = p.value(apiKey).toStdString();
    if (p.isSet(apiSecret))
        o.credentials.apiSecret = p.value(apiSecret).toStdString();
    if (p.isSet(twilioToken))
        o.credentials.twilioToken = p.value(twilioToken).toStdString();
    const QStringList specs = p.values(fault);
    for (const QString &spec : specs) {
        const mediadesk::Result<FaultRule> rule = faultFromSpec(spec);
        if (!rule) {
            message = u"--fault %1: %2"_s.arg(spec, rule.problem());
            return ParseOutcome::Error;
        }
        o.faults.push_back(*rule);
    }
    options = o;
    return ParseOutcome::Run;
}

} // namespace mdemu
