#include "db/records/RecordValidation.h"

#include "db/sqlite/DatabaseError.h"
#include "domain/IsoDateTime.h"

namespace reunite::db {

bool isBlank(std::string_view text) { return text.find_first_not_of(" \t\r\n") == std::string_view::npos; }

Status requireNotBlank(std::string_view value, std::string_view fieldName) {
    if (isBlank(value)) return invalidArgument(std::string(fieldName) + " must not be empty");
    return Ok{};
}

Status requireEventTime(std::string_view value, std::string_view fieldName) {
    if (isUtcIsoDateOrTimestamp(value)) return Ok{};
    return invalidArgument(std::string(fieldName) + " '" + std::string(value) +
                           "' is not a date YYYY-MM-DD or a date with a time");
}

Status requireSha256Hex(std::string_view value, std::string_view whose) {
    if (value.size() == 64 && value.find_first_not_of("0123456789abcdef") == std::string_view::npos) return Ok{};
    return invalidArgument(std::string(whose) + " SHA-256 must be 64 lowercase hex digits");
}

Status requireIsoDateOrAbsent(const std::optional<std::string>& value, std::string_view fieldName) {
    if (value && !isIsoDate(*value)) {
        return invalidArgument(std::string(fieldName) + " '" + *value + "' is not a calendar date written YYYY-MM-DD");
    }
    return Ok{};
}

Status firstFailure(std::initializer_list<Status> statuses) {
    for (const auto& status : statuses) {
        if (!status) return status;
    }
    return Ok{};
}

}  // namespace reunite::db
