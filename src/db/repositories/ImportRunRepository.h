#pragma once
// ImportRunRepository: bookkeeping of bulk imports (table `import_runs`) and, through
// ImportErrorRepository, the errors they met. An encrypted database seals a run's source path and
// the reason it ended (a folder may be named after a person).
// Inputs: source path and acting user's name (not blank); counts are never negative.
// Guarantees: a run starts as Running and is finished exactly once with Finished, Cancelled or
// Failed (finishing twice -> ErrorCode::InvalidArgument); unknown run id -> ErrorCode::NotFound;
// SQLite failures -> ErrorCode::Database. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <functional>
#include <optional>
#include <string_view>
#include <vector>

#include "db/records/ImportErrorRecord.h"
#include "db/records/ImportRunRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Notice.h"
#include "domain/Result.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class ImportRunRepository : public TableRepository<ImportRunRecord> {
public:
    explicit ImportRunRepository(Database& database);

    Result<ImportRunRecord> start(std::string_view sourcePath, std::string_view userName);
    // Progress while running.
    Status updateCounts(std::int64_t runId, const ImportCounts& counts);
    // Stores the notice and its English text (domain/Notice.h); its text arguments are made UTF-8.
    Result<ImportErrorRecord> recordError(std::int64_t runId, std::string_view file,
                                          std::optional<std::int64_t> rowNumber, const Notice& notice);
    // status must be Finished, Cancelled or Failed; failureReason explains the latter two.
    Result<ImportRunRecord> finish(std::int64_t runId, ImportRunStatus status, const ImportCounts& counts,
                                   std::string_view failureReason = {});
    // Marks runs left Running by a program that stopped abruptly as Failed; returns how many.
    // `isAbandoned(runId)` tells a run whose program still works on it (false) from one whose
    // program has gone (true); without it every running run counts as abandoned.
    Result<std::int64_t> failAbandonedRuns(std::string_view reason,
                                           const std::function<bool(std::int64_t runId)>& isAbandoned = {});

    // Newest first; only the runs of `importedBy` when given (the limit counts those).
    Result<std::vector<ImportRunRecord>> listRecent(int limit = 50, const std::optional<std::string>& importedBy = std::nullopt);
    // In the order they were recorded.
    Result<std::vector<ImportErrorRecord>> errors(std::int64_t runId);

private:
    // In an encrypted database the reason a run ended is sealed with its source path: written
    // into the row's sealed value after the UPDATE that ended it, in the same transaction.
    Status sealFailureReason(std::int64_t runId, std::string_view reason);
};

}  // namespace reunite::db
