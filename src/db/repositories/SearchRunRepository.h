#pragma once
// SearchRunRepository: stores a finished gallery search with its ranked results and loads it back
// (tables `search_runs` and `search_results`).
// Inputs: a SearchRunRecord whose results have distinct ranks >= 1 and distinct candidates, valid
// JSON in parametersJson / breakdownJson (checked here), and the acting user's name (not blank).
// Guarantees: store() writes the run and all its results in one transaction (a savepoint when the
// caller already has one): either everything is stored or nothing. Loaded results are in
// ascending rank. Invalid input -> ErrorCode::InvalidArgument; unknown case, candidate or face ->
// ErrorCode::Database; unknown run id -> ErrorCode::NotFound. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/repositories/TableRepository.h"
#include "domain/Result.h"
#include "db/records/SearchRunRecord.h"

namespace reunite::db {

class SearchRunRepository : public TableRepository<SearchRunRecord> {
public:
    explicit SearchRunRepository(Database& database);

    // Returns the stored run as loaded back (id, runAt, runBy set; results in rank order).
    Result<SearchRunRecord> store(const SearchRunRecord& run, std::string_view userName);
    // The run with its results (hides TableRepository::get, which reads the run alone).
    Result<SearchRunRecord> get(std::int64_t runId);
    // Runs of a case, newest first, without their results (call get() for those).
    Result<std::vector<SearchRunRecord>> listForCase(std::int64_t caseId);

private:
    // The run with its ranked results read in (one query).
    Result<SearchRunRecord> withResults(SearchRunRecord run);
};

}  // namespace reunite::db
