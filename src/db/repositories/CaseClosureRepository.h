#pragma once
// CaseClosureRepository: when cases were closed and purged (table `case_closures`).
// Inputs: case ids; ISO-8601 UTC times as db/records/Timestamps.h writes them.
// Guarantees: follow() keeps the first closing time while a case stays closed and forgets it
// when the case is reopened; dueBefore() lists cases closed before a time and not purged yet,
// oldest closure first. Errors: Database (an unknown case -> Database, foreign key). Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/records/CaseClosureRecord.h"
#include "db/sqlite/Database.h"
#include "domain/Result.h"

namespace reunite::db {

class CaseClosureRepository {
public:
    explicit CaseClosureRepository(Database& database) : database_(database) {}

    // Records that the case is closed (`closed`) as of `at`, or open again.
    Status follow(std::int64_t caseId, bool closed, std::string_view at);
    Result<std::optional<CaseClosureRecord>> get(std::int64_t caseId);
    Result<std::vector<CaseClosureRecord>> dueBefore(std::string_view cutoff);
    Status markPurged(std::int64_t caseId, std::string_view at, std::string_view userName);

private:
    Database& database_;
};

}  // namespace reunite::db
