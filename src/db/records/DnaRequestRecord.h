#pragma once
// DnaRequestRecord: a request to confirm (or exclude) by DNA that a gallery candidate is the
// missing child of a case (table `dna_requests`). Created by "Request DNA…" in the review, or
// directly. Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/DnaEnums.h"

namespace reunite::db {

struct DnaRequestRecord {
    std::int64_t id = 0;  // set by the repository
    std::int64_t caseId = 0;
    std::int64_t candidateId = 0;
    std::string reason;  // required: why DNA is requested
    DnaRequestStatus status = DnaRequestStatus::Requested;
    std::optional<std::int64_t> reviewDecisionId;  // the "DNA requested" review decision, if any
    std::string requestedBy;  // set by the repository
    std::string requestedAt;  // set by the repository
    std::string updatedAt;    // set by the repository
};

}  // namespace reunite::db
