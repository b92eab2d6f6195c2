#pragma once
// DnaCaseFile: everything about the DNA work of one case, as the status command and the DNA
// screen show it: each request with its candidate, samples (custody timeline, latest profile),
// analyses and outcomes.
// Thread safety: plain value types.
#include <optional>
#include <vector>

#include "db/records/CandidateRecord.h"
#include "db/records/CaseOutcomeRecord.h"
#include "db/records/CustodyEventRecord.h"
#include "db/records/DnaRequestRecord.h"
#include "db/records/DnaSampleRecord.h"
#include "db/records/KinshipAnalysisRecord.h"
#include "db/records/StrProfileRecord.h"

namespace reunite::workflows {

struct DnaSampleFile {
    db::DnaSampleRecord sample;
    std::vector<db::CustodyEventRecord> timeline;
    std::optional<db::StrProfileRecord> latestProfile;
};

struct DnaRequestFile {
    db::DnaRequestRecord request;
    db::CandidateRecord candidate;
    std::vector<DnaSampleFile> samples;
    std::vector<db::KinshipAnalysisRecord> analyses;  // oldest first
    std::vector<db::CaseOutcomeRecord> outcomes;      // oldest first

    const db::KinshipAnalysisRecord* latestAnalysis() const { return analyses.empty() ? nullptr : &analyses.back(); }
};

struct DnaCaseFile {
    std::int64_t caseId = 0;
    std::vector<DnaRequestFile> requests;  // oldest first
};

}  // namespace reunite::workflows
