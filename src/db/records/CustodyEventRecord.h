#pragma once
// CustodyEventRecord: one step of a sample's chain of custody (table `dna_custody_events`,
// append-only): collected, sealed, sent, received by the lab, analysed — when, by whom, a note.
// Plain data; "set by the repository" fields are ignored on input.
// Thread safety: plain value type, no shared state.
#include <cstdint>
#include <string>

#include "db/records/DnaEnums.h"

namespace reunite::db {

struct CustodyEventRecord {
    std::int64_t id = 0;  // set by the repository
    std::int64_t sampleId = 0;
    CustodyEventKind event = CustodyEventKind::Collected;
    std::string occurredAt;  // "YYYY-MM-DD" or an ISO-8601 timestamp
    std::string person;      // who handled the sample; not blank
    std::string note;
    std::string recordedBy;  // set by the repository
    std::string recordedAt;  // set by the repository
};

}  // namespace reunite::db
