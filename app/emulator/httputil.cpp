#include "httputil.h"

#include "jsonwriter.h"

#include <QByteArray>
#include <algorithm>
#include <arpa/inet.h>
#include <cctype>
#include <cerrno>
#include <chrono>
#include <cstdlib>
#include <dirent.h>
#include <netinet/in.h>
#include <sys/socket.h>
#include <sys/time.h>
#include <unistd.h>

namespace mdemu {

std::string twilioErrorJson(int code, std::string_view message, int status)
{
    JsonWriter w;
    w.beginObject();
    w.key("code").num(code);
    w.key("message").str(message);
    w.key("more_info").str("https://www.twilio.com/docs/errors/" + std::to_string(code));
    w.key("status").num(status);
    w.endObject();
    return w.take();
}

void setJson(httplib::Response &res, int status, std::string body)
{
    res.status = status;
    res.set_content(std::move(body), "application/json");
}

void setTwilioError(httplib::Response &res, int status, int code, std::string_view message)
{
    setJson(res, status, twilioErrorJson(code, message, status));
}

void setUnauthorized(httplib::Response &res)
{
    res.set_header("WWW-Authenticate", "Basic realm=\"Twilio API\"");
    setJson(
        res, 401,
        "{\"code\":20003,\"detail\":\"\",\"message\":\"Authenticate\",\"more_info\":\"https://www.twilio.com/"
        "docs/errors/20003\",\"status\":401}");
}

void setXmlError(httplib::Response &res, int status, std::string_view code, std::string_view message)
{
    res.status = status;
    std::string body = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<Error><Code>";
    body.append(code);
    body += "</Code><Message>";
    body.append(message);
    body += "</Message></Error>";
    res.set_content(std::move(body), "text/xml");
}

const char *reasonPhrase(int status)
{
    switch (status) {
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 405:
        return "Not Allowed";
    case 408:
        return "Request Time-out";
    case 413:
        return "Request Entity Too Large";
    case 429:
        return "Too Many Requests";
    case 500:
        return "Internal Server Error";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Temporarily Unavailable";
    case 504:
        return "Gateway Time-out";
    default:
        return status >= 500 ? "Server Error" : "Error";
    }
}

std::string htmlErrorPage(int status)
{
    const std::string title = std::to_string(status) + " " + reasonPhrase(status);
    return "<html>\r\n<head><title>" + title + "</title></head>\r\n<body>\r\n<center><h1>" + title +
           "</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n";
}

std::string percentDecode(std::string_view text, bool plusIsSpace)
{
    auto hexValue = [](char c) -> int {
        if (c >= '0' && c <= '9')
            return c - '0';
        if (c >= 'a' && c <= 'f')
            return c - 'a' + 10;
        if (c >= 'A' && c <= 'F')
            return c - 'A' + 10;
        return -1;
    };
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '+' && plusIsSpace) {
            out.push_back(' ');
        } else if (c == '%' && i + 2 < text.size() && hexValue(text[i + 1]) >= 0 &&
                   hexValue(text[i + 2]) >= 0) {
            out.push_back(static_cast<char>(hexValue(text[i + 1]) * 16 + hexValue(text[i + 2])));
            i += 2;
        } else {
            out.push_back(c);
        }
    }
    return out;
}

std::multimap<std::string, std::string> parseForm(std::string_view body)
{
    std::multimap<std::string, std::string> out;
    size_t pos = 0;
    while (pos <= body.size()) {
        size_t amp = body.find('&', pos);
        if (amp == std::string_view::npos)
            amp = body.size();
        const std::string_view pair = body.substr(pos, amp - pos);
        if (!pair.empty()) {
            const size_t eq = pair.find('=');
            const std::string_view k = pair.substr(0, eq);
            const std::string_view v =
                eq == std::string_view::npos ? std::string_view() : pair.substr(eq + 1);
            out.emplace(percentDecode(k, true), percentDecode(v, true));
        }
        pos = amp + 1;
    }
    return out;
}

std::optional<std::pair<std::string, std::string>> parseBasicAuth(const std::string &header)
{
    if (header.size() < 6)
        return std::nullopt;
    std::string scheme = header.substr(0, 6);
    for (char &c : scheme)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    if (scheme != "basic ")
        return std::nullopt;
    std::string encoded = header.substr(6);
    while (!encoded.empty() && encoded.front() == ' ')
        encoded.erase(0, 1);
    const auto decoded = QByteArray::fromBase64Encoding(QByteArray::fromStdString(encoded),
                                                        QByteArray::AbortOnBase64DecodingErrors);
    if (decoded.decodingStatus != QByteArray::Base64DecodingStatus::Ok)
        return std::nullopt;
    const std::string text = decoded.decoded.toStdString();
    const size_t colon = text.find(':');
    if (colon == std::string::npos)
        return std::nullopt;
    return std::make_pair(text.substr(0, colon), text.substr(colon + 1));
}

std::vector<std::string> splitPath(const std::string &path)
{
    std::vector<std::string> out;
    size_t pos = 0;
    if (!path.empty() && path[0] == '/')
        pos = 1;
    while (pos <= path.size()) {
        size_t slash = path.find('/', pos);
        if (slash == std::string::npos)
            slash = path.size();
        out.push_back(path.substr(pos, slash - pos));
        pos = slash + 1;
    }
    return out;
}

std::optional<uint64_t> declaredLength(const httplib::Request &req)
{
    if (!req.has_header("Content-Length"))
        return std::nullopt;
    const std::string v = req.get_header_value("Content-Length");
    if (v.empty() || v.find_first_not_of("0123456789") != std::string::npos)
        return std::nullopt;
    return std::strtoull(v.c_str(), nullptr, 10);
}

bool isChunked(const httplib::Request &req)
{
    std::string te = req.get_header_value("Transfer-Encoding");
    for (char &c : te)
        c = char(std::tolower(static_cast<unsigned char>(c)));
    return te.find("chunked") != std::string::npos;
}

bool hasBody(const httplib::Request &req)
{
    if (isChunked(req))
        return true;
    const auto len = declaredLength(req);
    return len && *len > 0;
}

namespace {

int port(const sockaddr_storage &ss)
{
    if (ss.ss_family == AF_INET)
        return ntohs(reinterpret_cast<const sockaddr_in &>(ss).sin_port);
    if (ss.ss_family == AF_INET6)
        return ntohs(reinterpret_cast<const sockaddr_in6 &>(ss).sin6_port);
    return -1;
}

// Calls fn(fd, localPort, peerPort) for every connected socket of this process until it returns true.
template<typename Fn> int forEachConnectedSocket(Fn fn)
{
    DIR *dir = opendir("/proc/self/fd");
    if (!dir)
        return -1;
    int found = -1;
    while (dirent *entry = readdir(dir)) {
        char *end = nullptr;
        const long fd = std::strtol(entry->d_name, &end, 10);
        if (end == entry->d_name || *end != '\0' || fd == dirfd(dir))
            continue;
        sockaddr_storage local{};
        sockaddr_storage peer{};
        socklen_t len = sizeof local;
        if (getsockname(int(fd), reinterpret_cast<sockaddr *>(&local), &len) != 0)
            continue;
        len = sizeof peer;
        if (getpeername(int(fd), reinterpret_cast<sockaddr *>(&peer), &len) != 0)
            continue;
        if (fn(int(fd), port(local), port(peer))) {
            found = int(fd);
            break;
        }
    }
    closedir(dir);
    return found;
}

// cpp-httplib 0.11 does not hand the socket to handlers, so find it by its two endpoints.
int findSocket(const httplib::Request &req)
{
    return forEachConnectedSocket(
        [&req](int, int local, int peer) { return local == req.local_port && peer == req.remote_port; });
}

} // namespace

bool dropConnection(const httplib::Request &req)
{
    const int fd = findSocket(req);
    if (fd < 0)
        return false;
    // Reset rather than a graceful FIN: the client sees the connection die.
    linger lg{1, 0};
    setsockopt(fd, SOL_SOCKET, SO_LINGER, &lg, sizeof lg);
    shutdown(fd, SHUT_RDWR);
    return true;
}

void shutdownConnections(int port1, int port2)
{
    forEachConnectedSocket([=](int fd, int local, int) {
        if (local == port1 || local == port2)
            shutdown(fd, SHUT_RDWR);
        return false;
    });
}

void lingeringClose(const httplib::Request &req)
{
    const int fd = findSocket(req);
    if (fd < 0)
        return;
    shutdown(fd, SHUT_WR);
    timeval tv{0, 200 * 1000};
    setsockopt(fd, SOL_SOCKET, SO_RCVTIMEO, &tv, sizeof tv);
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(2);
    char buf[16384];
    while (std::chrono::steady_clock::now() < deadline) {
        const ssize_t n = recv(fd, buf, sizeof buf, 0);
        if (n == 0)
            break;
        if (n < 0 && errno != EAGAIN && errno != EWOULDBLOCK && errno != EINTR)
            break;
    }
    shutdown(fd, SHUT_RD);
}

bool sameSecret(std::string_view given, std::string_view expected)
{
    unsigned char difference = given.size() == expected.size() ? 0 : 1;
    for (size_t i = 0; i < given.size(); ++i)
        difference |=
            static_cast<unsigned char>(given[i] ^ expected[i % std::max<size_t>(1, expected.size())]);
    return difference == 0 && !expected.empty();
}

bool isLoopbackHost(std::string_view host)
{
    if (host.size() > 2 && host.front() == '[' && host.back() == ']')
        host = host.substr(1, host.size() - 2);
    if (host == "::1")
        return true;
    std::string lower(host);
    std::transform(lower.begin(), lower.end(), lower.begin(),
                   [](unsigned char c) { return std::tolower(c); });
    if (lower == "localhost" || lower == "localhost.")
        return true;
    // 127.a.b.c, dotted decimal only
    if (lower.rfind("127.", 0) != 0)
        return false;
    int parts = 0;
    size_t start = 0;
    while (start <= lower.size()) {
        const size_t dot = lower.find('.', start);
        const std::string_view part =
            std::string_view(lower).substr(start, dot == std::string::npos ? dot : dot - start);
        if (part.empty() || part.size() > 3 || !std::all_of(part.begin(), part.end(), ::isdigit) ||
            std::stoi(std::string(part)) > 255)
            return false;
        ++parts;
        if (dot == std::string::npos)
            break;
        start = dot + 1;
    }
    return parts == 4;
}

bool isLoopbackHostHeader(std::string_view header)
{
    std::string_view host = header;
    if (!host.empty() && host.front() == '[') {
        const size_t close = host.find(']');
        if (close == std::string_view::npos)
            return false;
        const std::string_view rest = host.substr(close + 1);
        if (!rest.empty() && (rest.front() != ':' || !std::all_of(rest.begin() + 1, rest.end(), ::isdigit)))
            return false;
        return isLoopbackHost(host.substr(0, close + 1));
    }
    if (const size_t colon = host.find(':'); colon != std::string_view::npos) {
        const std::string_view port = host.substr(colon + 1);
        if (!std::all_of(port.begin(), port.end(), ::isdigit))
            return false;
        host = host.substr(0, colon);
    }
    return isLoopbackHost(host);
}

} // namespace mdemu
