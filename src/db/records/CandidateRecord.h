#pragma once
// CandidateRecord: one person in the search gallery (row of table `candidates`), identified by
// (source, externalRef). Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <optional>
#include <string>

#include "db/records/RecordEnums.h"
#include "domain/PersonName.h"

namespace reunite::db {

struct CandidateRecord {
    std::int64_t id = 0;  // set by the repository
    CandidateSource source = CandidateSource::NationalDatabase;
    std::string externalRef;  // the source's own identifier; unique per source, not blank
    std::string givenNames;
    std::string familyName;
    Sex sex = Sex::Unknown;
    std::optional<std::string> birthDate;  // "YYYY-MM-DD" when known exactly
    std::optional<int> birthYear;          // when only the year is known or estimated
    bool birthYearIsEstimate = false;
    std::string region;
    std::string contact;
    std::string notes;
    std::optional<std::int64_t> importRunId;  // the import that created it, if any
    // Set: an unnamed face from a group photo of that record (not the named person, or not
    // chosen as them); the record's names never apply to it.
    std::optional<std::int64_t> groupPhotoOf;
    std::string createdAt;  // set by the repository
    std::string createdBy;  // set by the repository
};

// The name as shown everywhere (domain/PersonName.h): "Alex Sample", "王小明"; empty when unknown.
inline std::string candidateDisplayName(const CandidateRecord& c) { return personDisplayName(c.givenNames, c.familyName); }

}  // namespace reunite::db
