#pragma once
// Timestamps and dates as stored in the database.
// Timestamps: ISO-8601 UTC text with milliseconds, e.g. "2024-05-01T12:34:56.789Z"; they sort
// lexically in time order. Dates: ISO calendar dates "YYYY-MM-DD".
// Guarantees: pure functions, never throw (the parsing and formatting live in domain/IsoDateTime.h).
// Thread safety: safe from any thread.
#include <string>
#include <string_view>

namespace reunite::db {

// The current time as an ISO-8601 UTC timestamp with millisecond precision.
std::string currentUtcTimestamp();

// True for a real calendar date written as "YYYY-MM-DD" (checks month lengths and leap years).
bool isIsoDate(std::string_view text);

}  // namespace reunite::db
