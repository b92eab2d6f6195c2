#pragma once
// Timestamps as stored in the database: ISO-8601 UTC text with milliseconds, e.g.
// "2024-05-01T12:34:56.789Z"; they sort lexically in time order. Dates are checked with
// domain/IsoDateTime.h isIsoDate.
// Guarantees: pure functions, never throw (the parsing and formatting live in domain/IsoDateTime.h).
// Thread safety: safe from any thread.
#include <string>
#include <string_view>

namespace reunite::db {

// The current time as an ISO-8601 UTC timestamp with millisecond precision.
std::string currentUtcTimestamp();

}  // namespace reunite::db
