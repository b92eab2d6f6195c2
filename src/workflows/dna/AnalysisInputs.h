#pragma once
// The people of a kinship analysis of one DNA request: for each donor role, the latest typed
// sample (the most recently registered sample of that role with a profile) and its latest
// profile; and the hypothesis, given or chosen from the roles typed:
//   mother and father -> both parents alleged (reverse parentage), one parent -> duo,
//   a full sibling -> full-sibling, a half sibling -> half-sibling.
// A trio (undisputed mother, alleged father) must be asked for explicitly.
// Guarantees: InvalidArgument naming what is missing (no typed candidate, no typed relative, a
// role the hypothesis needs); never throws.
// Thread safety: uses the connection from the calling thread.
#include <optional>
#include <string>

#include "db/records/DnaSampleRecord.h"
#include "db/records/StrProfileRecord.h"
#include "dna/KinshipCase.h"
#include "dna/KinshipHypothesis.h"
#include "domain/Result.h"

namespace reunite::db {
class Database;
}

namespace reunite::workflows {

struct TypedSample {
    db::DnaSampleRecord sample;
    db::StrProfileRecord profile;
};

struct AnalysisInputs {
    dna::KinshipHypothesis hypothesis = dna::KinshipHypothesis::Duo;
    TypedSample candidate;
    std::optional<TypedSample> mother;
    std::optional<TypedSample> father;
    std::optional<TypedSample> relative;  // the full or half sibling

    // The calculator's case (profiles named by sample id).
    Result<dna::KinshipCase> kinshipCase() const;
};

Result<AnalysisInputs> gatherAnalysisInputs(db::Database& database, std::int64_t requestId,
                                            std::optional<dna::KinshipHypothesis> hypothesis);

}  // namespace reunite::workflows
