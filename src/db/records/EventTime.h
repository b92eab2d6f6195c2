#pragma once
// When something happened to a DNA sample, as written by a person: a calendar date "YYYY-MM-DD"
// or a date with a time "YYYY-MM-DDTHH:MM[:SS[.mmm]][Z]" (a space instead of the T is accepted).
// Guarantees: pure function, never throws.
// Thread safety: safe from any thread.
#include <string_view>

namespace reunite::db {

bool isEventTime(std::string_view text);

}  // namespace reunite::db
