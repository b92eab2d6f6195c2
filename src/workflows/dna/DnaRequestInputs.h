#pragma once
// What the DNA actions (DnaActions.h) take as input, one struct per action.
// Thread safety: plain value types.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>

#include "db/records/DnaEnums.h"
#include "db/records/CustodyEventRecord.h"
#include "db/records/DnaSampleRecord.h"
#include "dna/KinshipHypothesis.h"
#include "dna/KinshipOptions.h"

namespace reunite::workflows {

struct DnaRequestInput {
    std::int64_t caseId = 0;
    std::int64_t candidateId = 0;
    std::string reason;  // required
    std::optional<std::int64_t> reviewDecisionId;
};

// A sample to register: the record's fields but id and registeredBy/At, which the repository sets.
using SampleRegistration = db::DnaSampleRecord;

// A custody event to record: the record's fields but id and recordedBy/At, set by the repository.
using CustodyEventInput = db::CustodyEventRecord;

struct LabFileImportRequest {
    std::int64_t requestId = 0;
    std::filesystem::path file;
    std::string kit;          // e.g. "GlobalFiler", "PowerPlex Fusion"
    std::string lab;
    std::string labReportId;
};

struct FrequencyTableImportRequest {
    std::filesystem::path file;
    std::string name;  // empty: the file name
};

struct KinshipAnalysisRequest {
    std::int64_t requestId = 0;
    // Empty: chosen from the samples typed (both parents, one parent, a full or a half sibling).
    std::optional<dna::KinshipHypothesis> hypothesis;
    // Empty: the shipped East Asian table (stored in the database on first use).
    std::optional<std::int64_t> frequencyTableId;
    dna::KinshipOptions options;
};

struct DnaClosingInput {
    std::int64_t requestId = 0;
    db::DnaOutcome outcome = db::DnaOutcome::MoreLociRequested;
    std::string note;  // required
};

}  // namespace reunite::workflows
