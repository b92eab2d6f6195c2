#pragma once
// DnaRequestRepository: DNA requests of cases (table `dna_requests`).
// Inputs: a request with case, candidate and a non-blank reason; the acting user's name (not blank).
// Guarantees: blank reason or user -> ErrorCode::InvalidArgument; unknown case, candidate or
// review decision -> ErrorCode::Database naming them; unknown id -> ErrorCode::NotFound; other
// SQLite failures -> ErrorCode::Database. Returned records are re-read. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/records/DnaRequestRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class DnaRequestRepository : public TableRepository<DnaRequestRecord> {
public:
    explicit DnaRequestRepository(Database& database);

    Result<DnaRequestRecord> create(const DnaRequestRecord& request, std::string_view userName);
    // Oldest first.
    Result<std::vector<DnaRequestRecord>> listForCase(std::int64_t caseId);
    // The newest request for the pair that is neither confirmed nor excluded, if any.
    Result<std::optional<DnaRequestRecord>> openRequest(std::int64_t caseId, std::int64_t candidateId);
    Status setStatus(std::int64_t requestId, DnaRequestStatus status);
};

}  // namespace reunite::db
