#pragma once
// DnaSampleRepository: samples registered for DNA requests (table `dna_samples`).
// Inputs: a sample with request, unique non-blank code, collector and a collection time
// ("YYYY-MM-DD" or a date with a time); the acting user's name (not blank).
// Guarantees: invalid input -> ErrorCode::InvalidArgument naming the field; a code already used
// -> ErrorCode::Database naming it; unknown request or relative -> ErrorCode::Database; unknown
// id -> ErrorCode::NotFound. Returned records are re-read. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/records/DnaSampleRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class DnaSampleRepository : public TableRepository<DnaSampleRecord> {
public:
    explicit DnaSampleRepository(Database& database);

    Result<DnaSampleRecord> create(const DnaSampleRecord& sample, std::string_view userName);
    Result<std::optional<DnaSampleRecord>> findByCode(std::string_view sampleCode);
    // In order of registration.
    Result<std::vector<DnaSampleRecord>> listForRequest(std::int64_t requestId);
};

}  // namespace reunite::db
