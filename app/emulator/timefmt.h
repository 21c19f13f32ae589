// Date formats on the wire: MCS uses microseconds and a US-Pacific offset
// ("2022-03-14T13:10:38.897143-07:00"), Conversations uses UTC seconds ("2015-12-16T22:18:37Z").
#pragma once

#include <cstdint>
#include <string>

namespace mdemu {

int64_t nowMicros();
int64_t nowSeconds();

// MCS style. utc = true gives "…T20:10:38.897143Z" instead of the Pacific offset.
std::string mcsDate(int64_t epochMicros, bool utc);
// Conversations style, always UTC without a fraction.
std::string conversationsDate(int64_t epochSeconds);
// HTTP style (RFC 9110 §5.6.7 IMF-fixdate), e.g. "Sun, 06 Nov 1994 08:49:37 GMT".
std::string httpDate(int64_t epochSeconds);
// Offset of US Pacific time (PST/PDT) at that instant, in seconds east of UTC.
int pacificOffsetSeconds(int64_t epochSeconds);

} // namespace mdemu
