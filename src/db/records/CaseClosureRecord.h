#pragma once
// CaseClosureRecord: when a case stopped being open, and whether its photos and faces were purged
// under the retention policy since (row of table `case_closures`). Plain data.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

namespace reunite::db {

struct CaseClosureRecord {
    std::int64_t caseId = 0;
    std::string closedAt;                  // ISO-8601 UTC: the first time the case left "open"
    std::optional<std::string> purgedAt;   // ISO-8601 UTC, when its photos and faces were purged
    std::optional<std::string> purgedBy;   // the account that purged them
};

}  // namespace reunite::db
