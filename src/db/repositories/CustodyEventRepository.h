#pragma once
// CustodyEventRepository: the chain-of-custody timeline of DNA samples (table
// `dna_custody_events`, append-only: the schema refuses edits).
// Inputs: an event with sample, kind, a time ("YYYY-MM-DD" or a date with a time) and the person
// who handled the sample; the acting user's name (not blank).
// Guarantees: invalid input -> ErrorCode::InvalidArgument naming the field; unknown sample ->
// ErrorCode::Database; other SQLite failures -> ErrorCode::Database. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <string_view>
#include <vector>

#include "db/records/CustodyEventRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class CustodyEventRepository : public TableRepository<CustodyEventRecord> {
public:
    explicit CustodyEventRepository(Database& database);

    Result<CustodyEventRecord> record(const CustodyEventRecord& event, std::string_view userName);
    // The sample's timeline: by time of the event, then order of recording.
    Result<std::vector<CustodyEventRecord>> timeline(std::int64_t sampleId);
};

}  // namespace reunite::db
