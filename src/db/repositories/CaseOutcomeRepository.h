#pragma once
// CaseOutcomeRepository: closing decisions on DNA requests (table `dna_case_outcomes`,
// append-only: the schema refuses edits; the latest outcome of a request is the current one).
// Inputs: an outcome with case, request, a non-blank note and optionally the analysis it rests
// on; the acting user's name (not blank).
// Guarantees: blank note or user -> ErrorCode::InvalidArgument; unknown case, request or analysis
// -> ErrorCode::Database; other SQLite failures -> ErrorCode::Database. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <string_view>
#include <vector>

#include "db/records/CaseOutcomeRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class CaseOutcomeRepository : public TableRepository<CaseOutcomeRecord> {
public:
    explicit CaseOutcomeRepository(Database& database);

    Result<CaseOutcomeRecord> record(const CaseOutcomeRecord& outcome, std::string_view userName);
    // Every outcome of the case, oldest first.
    Result<std::vector<CaseOutcomeRecord>> listForCase(std::int64_t caseId);
};

}  // namespace reunite::db
