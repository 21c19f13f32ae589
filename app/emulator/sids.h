// Twilio SIDs: two upper-case letters and 32 hex digits.
#pragma once

#include <string>
#include <string_view>

namespace mdemu {

std::string randomSid(std::string_view prefix);
// prefix + lower-case hex MD5 of seed (deterministic seeded objects).
std::string md5Sid(std::string_view prefix, std::string_view seed);
bool isSid(std::string_view value, std::string_view prefix);
// n random upper-case letters and digits.
std::string randomAlnum(int n);

} // namespace mdemu
