// Small HTTP helpers on top of cpp-httplib: error bodies, form and auth parsing, and control of
// the underlying connection (drop it, or close it politely after the response).
#pragma once

#include <cstdint>
#include <httplib.h>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace mdemu {

// {"code":…,"message":…,"more_info":"https://www.twilio.com/docs/errors/<code>","status":…}
std::string twilioErrorJson(int code, std::string_view message, int status);
void setJson(httplib::Response &res, int status, std::string body);
void setTwilioError(httplib::Response &res, int status, int code, std::string_view message);
// The 401 Twilio sends for missing or bad credentials, with WWW-Authenticate.
void setUnauthorized(httplib::Response &res);
// A CloudFront-like XML error.
void setXmlError(httplib::Response &res, int status, std::string_view code, std::string_view message);
// An nginx-like HTML error page.
std::string htmlErrorPage(int status);
const char *reasonPhrase(int status);

std::string percentDecode(std::string_view text, bool plusIsSpace);
std::multimap<std::string, std::string> parseForm(std::string_view body);
// "Basic base64(user:password)" → (user, password)
std::optional<std::pair<std::string, std::string>> parseBasicAuth(const std::string &header);

// Compares a secret in time that does not depend on where the first difference is.
bool sameSecret(std::string_view given, std::string_view expected);
// 127.0.0.0/8, ::1 (bracketed or not) or "localhost" (any case): a host name without port.
bool isLoopbackHost(std::string_view host);
// A Host header ("host", "host:port", "[::1]:port") that names a loopback host. Browsers send the
// name they resolved, so a DNS-rebound page (evil.example → 127.0.0.1) is told apart by it.
bool isLoopbackHostHeader(std::string_view header);

std::vector<std::string> splitPath(const std::string &path);
std::optional<uint64_t> declaredLength(const httplib::Request &req);
bool isChunked(const httplib::Request &req);
bool hasBody(const httplib::Request &req);

// Closes the request's TCP connection now (both directions), so no response reaches the client.
bool dropConnection(const httplib::Request &req);
// Shuts down every accepted connection on these local ports (server shutdown: idle keep-alive
// connections would otherwise hold their worker threads for the keep-alive timeout).
void shutdownConnections(int port1, int port2);
// After a response was written on a connection whose request body was not read: stop sending,
// discard what the client still sends for a moment, then end the connection.
void lingeringClose(const httplib::Request &req);

} // namespace mdemu
