#pragma once
// ReviewDecisionRecord: an analyst's decision about one candidate for one case (table
// `review_decisions`). Decisions are history: a new decision never overwrites an old one, the
// latest is the current one. Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/RecordEnums.h"

namespace reunite::db {

struct ReviewDecisionRecord {
    std::int64_t id = 0;  // set by the repository; increases with every decision
    std::int64_t caseId = 0;
    std::int64_t candidateId = 0;
    ReviewDecision decision = ReviewDecision::Kept;
    std::string note;  // required: why the analyst decided so
    std::optional<std::int64_t> searchRunId;  // the run whose results were reviewed, if any
    std::string decidedBy;  // set by the repository
    std::string decidedAt;  // set by the repository
};

}  // namespace reunite::db
