#pragma once
// IsoDateTime: ISO 8601 calendar dates and UTC timestamps written as text, parsed and formatted
// in one place for every layer (stored records, reports, age rules).
// Dates: "YYYY-MM-DD", real calendar dates only (month lengths and leap years checked).
// Timestamps read: a date alone (midnight UTC) or "YYYY-MM-DDTHH:MM[:SS[.fff]]" (a space may
// replace the T) followed by nothing or "Z" (UTC) or "+HH:MM"/"-HH:MM"; fractions of a second are
// dropped. Timestamps written: UTC "YYYY-MM-DDTHH:MM:SSZ", or "YYYY-MM-DDTHH:MM:SS.fffZ".
// Ages: from one date to another (each may be the date part of a timestamp).
// Guarantees: pure functions (currentUtcSeconds reads the clock); malformed text gives nothing;
// never throw.
// Thread safety: safe from any thread.
#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace reunite {

// The calendar date "YYYY-MM-DD" that `text` starts with (a date or a timestamp).
std::optional<std::chrono::year_month_day> leadingIsoDate(std::string_view text);
// True for exactly a real calendar date "YYYY-MM-DD".
bool isIsoDate(std::string_view text);
// The UTC instant of a timestamp in one of the forms above (whole seconds).
std::optional<std::chrono::sys_seconds> parseIsoTimestamp(std::string_view text);
// True for a date alone or a timestamp in UTC (no zone or "Z"; no "+HH:MM"/"-HH:MM" offset), as
// people write when something happened ("2024-05-01", "2024-05-01 14:30", "2024-05-01T14:30:05Z").
bool isUtcIsoDateOrTimestamp(std::string_view text);

std::string formatUtcSeconds(std::chrono::sys_seconds time);            // "2024-05-01T12:34:56Z"
std::string formatUtcMilliseconds(std::chrono::sys_time<std::chrono::milliseconds> time);  // "...:56.789Z"
std::string currentUtcSeconds();

// Completed years from the date `from` to the date `to` (a birthday counts on its day).
std::optional<int> wholeYearsBetween(std::string_view from, std::string_view to);
// Years from the date `from` to the date `to` as days / 365.2425 (the mean Gregorian year).
std::optional<double> yearsBetween(std::string_view from, std::string_view to);

}  // namespace reunite
