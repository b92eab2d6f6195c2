#pragma once
// RelativeRepository: relatives of a missing child (table `relatives`); they are deleted with
// their case, and their photos with them.
// Inputs: records as in RelativeRecord.h and the name of the acting user (not blank).
// Guarantees: invalid input -> ErrorCode::InvalidArgument; an unknown case -> ErrorCode::Database
// ("case N does not exist"); an unknown relative id -> ErrorCode::NotFound; other SQLite failures
// -> ErrorCode::Database. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <string_view>
#include <vector>

#include "db/records/RelativeRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class RelativeRepository : public TableRepository<RelativeRecord> {
public:
    explicit RelativeRepository(Database& database);

    Result<RelativeRecord> add(const RelativeRecord& record, std::string_view userName);
    // Ordered by id (the order they were added).
    Result<std::vector<RelativeRecord>> listForCase(std::int64_t caseId);
    // Replaces the editable fields of relative record.id; the case it belongs to cannot change.
    Result<RelativeRecord> update(const RelativeRecord& record, std::string_view userName);
    // Deletes the relative and, through the schema, its photos and their faces.
    Status remove(std::int64_t relativeId);
};

}  // namespace reunite::db
