#pragma once
// DnaSampleRecord: one biological sample taken for a DNA request (table `dna_samples`): whose it
// is (the candidate or a relative of the missing child), its code on the tube or card (unique:
// lab files name samples by it), its type, and when, where and by whom it was collected.
// Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/DnaEnums.h"

namespace reunite::db {

struct DnaSampleRecord {
    std::int64_t id = 0;  // set by the repository
    std::int64_t requestId = 0;
    std::string sampleCode;  // unique, not blank; the sample name in lab files
    DonorRole donorRole = DonorRole::Candidate;
    std::optional<std::int64_t> relativeId;  // the case's relative who gave it, if recorded
    std::string donorName;
    SampleType sampleType = SampleType::BuccalSwab;
    std::string collectedAt;  // "YYYY-MM-DD" or an ISO-8601 timestamp
    std::string collectedPlace;
    std::string collectedBy;  // not blank
    std::string note;
    std::string registeredBy;  // set by the repository
    std::string registeredAt;  // set by the repository
};

}  // namespace reunite::db
