#pragma once
// Turns a calculator result (dna::KinshipResult) and its inputs into the stored analysis record:
// every option, every per-locus result (genotypes by role, notes), the skipped loci, the combined
// index, the probability with its prior, the conclusion and the rule.
// Thread safety: pure function.
#include <cstdint>

#include "db/records/KinshipAnalysisRecord.h"
#include "dna/KinshipResult.h"
#include "workflows/dna/AnalysisInputs.h"

namespace reunite::workflows {

db::KinshipAnalysisRecord toAnalysisRecord(const dna::KinshipResult& result, const AnalysisInputs& inputs, std::int64_t requestId,
                                           std::int64_t frequencyTableId);

}  // namespace reunite::workflows
