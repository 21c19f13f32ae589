// Hand-written JSON output for mediadesk-emulator. The key order of every response must match
// the captured Twilio fixtures, so nothing here sorts keys (unlike QJsonObject).
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace mdemu {

class JsonWriter
{
public:
    JsonWriter &beginObject();
    JsonWriter &endObject();
    JsonWriter &beginArray();
    JsonWriter &endArray();

    JsonWriter &key(std::string_view name);

    JsonWriter &str(std::string_view value);
    JsonWriter &strOrNull(const std::optional<std::string> &value);
    JsonWriter &num(long long value);
    JsonWriter &boolean(bool value);
    JsonWriter &null();
    // An already serialised JSON value (for nesting documents built elsewhere).
    JsonWriter &raw(std::string_view json);

    const std::string &text() const { return m_out; }
    std::string take() { return std::move(m_out); }

    // A JSON string literal for `value`: UTF-8 kept as is, control characters, quotes and
    // backslashes escaped, invalid UTF-8 replaced by U+FFFD, U+2028/U+2029 escaped.
    static std::string quote(std::string_view value);

private:
    void beforeValue();

    std::string m_out;
    std::vector<bool> m_first; // per open container: no element written yet
    bool m_afterKey = false;
};

} // namespace mdemu
