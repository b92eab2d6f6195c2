#pragma once
// FrequencyTableRepository: allele-frequency tables stored with their full text (table
// `str_frequency_tables`), so an analysis can always be recomputed from what it used.
// Inputs: a table with a name, its SHA-256 (64 lowercase hex), its text and marker count; the
// acting user's name (not blank).
// Guarantees: store() keeps one row per distinct text: storing the same text again returns the
// stored row unchanged; invalid input -> ErrorCode::InvalidArgument; unknown id ->
// ErrorCode::NotFound; other SQLite failures -> ErrorCode::Database. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/records/FrequencyTableRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class FrequencyTableRepository : public TableRepository<FrequencyTableRecord> {
public:
    explicit FrequencyTableRepository(Database& database);

    Result<FrequencyTableRecord> store(const FrequencyTableRecord& table, std::string_view userName);
    Result<std::optional<FrequencyTableRecord>> findBySha256(std::string_view sha256);
    // Every table without its text (content empty), oldest first.
    Result<std::vector<FrequencyTableRecord>> list();
};

}  // namespace reunite::db
