#include "faults.h"

#include "jsonwriter.h"

#include <QByteArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStringList>

using namespace Qt::StringLiterals;

namespace mdemu {

namespace {

bool readInt(const QJsonValue &v, qint64 &out)
{
    if (v.isDouble()) {
        out = v.toInteger();
        return true;
    }
    if (v.isString()) {
        bool ok = false;
        out = v.toString().toLongLong(&ok);
        return ok;
    }
    return false;
}

bool readBool(const QJsonValue &v, bool &out)
{
    if (v.isBool()) {
        out = v.toBool();
        return true;
    }
    if (v.isString()) {
        const QString s = v.toString().toLower();
        if (s == "true"_L1 || s == "1"_L1 || s == "yes"_L1) {
            out = true;
            return true;
        }
        if (s == "false"_L1 || s == "0"_L1 || s == "no"_L1) {
            out = false;
            return true;
        }
    }
    return false;
}

} // namespace

mediadesk::Result<FaultRule> faultFromJson(const QJsonObject &object)
{
    FaultRule r;
    for (auto it = object.begin(); it != object.end(); ++it) {
        const QString k = it.key();
        const QJsonValue v = it.value();
        qint64 n = 0;
        bool b = false;
        if (k == "method"_L1 && v.isString()) {
            r.method = v.toString().toUpper().toStdString();
        } else if (k == "path_prefix"_L1 && v.isString()) {
            r.pathPrefix = v.toString().toStdString();
        } else if (k == "origin"_L1 && v.isString()) {
            r.origin = v.toString().toLower().toStdString();
            if (r.origin != "api" && r.origin != "media") {
                return mediadesk::Failure(u"origin must be \"api\" or \"media\""_s);
            }
        } else if (k == "status"_L1 && readInt(v, n)) {
            if (n != 0 && (n < 100 || n > 599)) {
                return mediadesk::Failure(u"status must be an HTTP status code"_s);
            }
            r.status = int(n);
        } else if (k == "count"_L1 && readInt(v, n)) {
            r.count = n < 0 ? -1 : int(n);
        } else if (k == "retry_after"_L1 && (v.isString() || v.isDouble())) {
            r.retryAfter = v.isString() ? v.toString().toStdString() : std::to_string(v.toInteger());
        } else if (k == "html"_L1 && readBool(v, b)) {
            r.html = b;
        } else if (k == "drop"_L1 && readBool(v, b)) {
            r.drop = b;
        } else if (k == "drop_after_bytes"_L1 && readInt(v, n) && n >= 0) {
            r.dropAfterBytes = n;
        } else if (k == "delay_ms"_L1 && readInt(v, n) && n >= 0) {
            r.delayMs = int(n);
        } else if (k == "cut_reply"_L1 && readBool(v, b)) {
            r.cutReply = b;
        } else if (k == "cut_after_bytes"_L1 && readInt(v, n) && n > 0) {
            r.cutAfterBytes = n;
        } else if (k == "change_content"_L1 && readBool(v, b)) {
            r.changeContent = b;
        } else if (k == "code"_L1 && readInt(v, n) && n > 0) {
            r.code = int(n);
        } else if (k == "probability"_L1 && v.isDouble() && v.toDouble() > 0 && v.toDouble() <= 1) {
            r.probability = v.toDouble();
        } else if (k == "message"_L1 && v.isString()) {
            r.message = v.toString().toStdString();
        } else {
            return mediadesk::Failure(u"bad or unknown fault field \"%1\""_s.arg(k));
        }
    }
    if (r.status == 0 && !r.drop && r.delayMs == 0 && !r.cutReply && !r.changeContent &&
        r.cutAfterBytes == 0) {
        return mediadesk::Failure(
            u"a fault needs status, drop, delay_ms, cut_reply, cut_after_bytes or change_content"_s);
    }
    if (r.count == 0) {
        return mediadesk::Failure(u"count must be positive (or -1 for unlimited)"_s);
    }
    return r;
}

mediadesk::Result<FaultRule> faultFromSpec(const QString &spec)
{
    const QString trimmed = spec.trimmed();
    if (trimmed.startsWith(u'{')) {
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8(), &pe);
        if (!doc.isObject()) {
            return mediadesk::Failure(u"fault JSON: %1"_s.arg(pe.errorString()));
        }
        return faultFromJson(doc.object());
    }
    QJsonObject object;
    const QStringList pairs = trimmed.split(u',', Qt::SkipEmptyParts);
    for (const QString &pair : pairs) {
        const qsizetype eq = pair.indexOf(u'=');
        const QString key = (eq < 0 ? pair : pair.left(eq)).trimmed();
        const QString value = eq < 0 ? u"true"_s : pair.mid(eq + 1).trimmed();
        object.insert(key, value);
    }
    return faultFromJson(object);
}

std::string faultToJson(const FaultRule &rule)
{
    JsonWriter w;
    w.beginObject();
    w.key("method").str(rule.method);
    w.key("path_prefix").str(rule.pathPrefix);
    w.key("origin").str(rule.origin);
    w.key("status").num(rule.status);
    w.key("count").num(rule.count);
    w.key("retry_after").strOrNull(rule.retryAfter);
    w.key("html").boolean(rule.html);
    w.key("drop").boolean(rule.drop);
    w.key("drop_after_bytes").num(rule.dropAfterBytes);
    w.key("delay_ms").num(rule.delayMs);
    w.key("cut_reply").boolean(rule.cutReply);
    w.key("change_content").boolean(rule.changeContent);
    w.key("cut_after_bytes").num(rule.cutAfterBytes);
    w.key("code").num(rule.code);
    w.key("message").strOrNull(rule.message);
    w.key("probability").raw(QByteArray::number(rule.probability, 'g', 6).toStdString());
    w.endObject();
    return w.take();
}

void FaultTable::add(const FaultRule &rule)
{
    std::lock_guard lock(m_mutex);
    m_rules.push_back(rule);
}

void FaultTable::clear()
{
    std::lock_guard lock(m_mutex);
    m_rules.clear();
}

bool FaultTable::ruleMatches(const FaultRule &rule, const std::string &origin, const std::string &method,
                             const std::string &path)
{
    if (rule.origin != origin)
        return false;
    if (rule.method != "*" && rule.method != method && !(rule.method == "GET" && method == "HEAD"))
        return false;
    return path.compare(0, rule.pathPrefix.size(), rule.pathPrefix) == 0;
}

std::optional<FaultRule> FaultTable::take(const std::string &origin, const std::string &method,
                                          const std::string &path)
{
    std::lock_guard lock(m_mutex);
    for (auto it = m_rules.begin(); it != m_rules.end(); ++it) {
        if (!ruleMatches(*it, origin, method, path))
            continue;
        if (it->probability < 1.0 &&
            std::uniform_real_distribution<double>(0.0, 1.0)(m_random) >= it->probability)
            continue; // not this time: a later rule may still apply
        FaultRule hit = *it;
        if (it->count > 0 && --it->count == 0)
            m_rules.erase(it);
        return hit;
    }
    return std::nullopt;
}

bool FaultTable::matches(const std::string &origin, const std::string &method, const std::string &path) const
{
    std::lock_guard lock(m_mutex);
    for (const FaultRule &r : m_rules) {
        if (ruleMatches(r, origin, method, path))
            return true;
    }
    return false;
}

int FaultTable::pending() const
{
    std::lock_guard lock(m_mutex);
    int n = 0;
    for (const FaultRule &r : m_rules)
        n += r.count < 0 ? 1 : r.count;
    return n;
}

std::vector<FaultRule> FaultTable::rules() const
{
    std::lock_guard lock(m_mutex);
    return m_rules;
}

} // namespace mdemu
