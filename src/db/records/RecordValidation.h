#pragma once
// Checks that repositories apply to caller input before writing, so that mistakes come back as
// ErrorCode::InvalidArgument with a message naming the field (the schema's CHECK constraints
// enforce the same rules again in the database).
// Guarantees: pure functions, never throw.
// Thread safety: safe from any thread.
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "domain/Result.h"

namespace reunite::db {

// True if the text is empty or only spaces, tabs and line breaks.
bool isBlank(std::string_view text);

Status requireNotBlank(std::string_view value, std::string_view fieldName);
Status requireIsoDateOrAbsent(const std::optional<std::string>& value, std::string_view fieldName);
// A date YYYY-MM-DD or a date with a UTC time (domain/IsoDateTime.h isUtcIsoDateOrTimestamp); the message names the field.
Status requireEventTime(std::string_view value, std::string_view fieldName);
// 64 lowercase hexadecimal digits; the message names `whose` ("the source file's").
Status requireSha256Hex(std::string_view value, std::string_view whose);

// Returns the first error among the given statuses, or Ok.
Status firstFailure(std::initializer_list<Status> statuses);

}  // namespace reunite::db
