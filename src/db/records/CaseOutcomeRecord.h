#pragma once
// CaseOutcomeRecord: the closing decision on a DNA request (table `dna_case_outcomes`,
// append-only): confirmed (the case is reunited and closed), excluded (the candidate is rejected
// with the DNA reason) or more loci requested (inconclusive), with the analysis it rests on and
// the required note. Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/DnaEnums.h"

namespace reunite::db {

struct CaseOutcomeRecord {
    std::int64_t id = 0;  // set by the repository
    std::int64_t caseId = 0;
    std::int64_t requestId = 0;
    std::optional<std::int64_t> analysisId;
    DnaOutcome outcome = DnaOutcome::MoreLociRequested;
    std::string note;  // required
    std::string decidedBy;  // set by the repository
    std::string decidedAt;  // set by the repository
};

}  // namespace reunite::db
