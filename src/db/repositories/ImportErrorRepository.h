#pragma once
// ImportErrorRepository: the problems an import met (table `import_errors`), each a child of its
// import run. The file and the message may name a person (a folder "Xiaoming Li", a CSV row's
// name): an encrypted database seals them with the notice (db/repositories/RecordTable.h).
// Inputs: an existing run id, a message that is not blank, row numbers from 1.
// Guarantees: unknown run -> ErrorCode::NotFound; bad input -> ErrorCode::InvalidArgument; a locked
// encrypted database -> ErrorCode::AccessDenied; SQLite failures -> ErrorCode::Database.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <vector>

#include "db/records/ImportErrorRecord.h"
#include "db/repositories/TableRepository.h"
#include "domain/Result.h"

namespace reunite::db {

class ImportErrorRepository : public TableRepository<ImportErrorRecord> {
public:
    explicit ImportErrorRepository(Database& database);

    // Stores `error` (its id and recordedAt are chosen here); returns it as stored.
    Result<ImportErrorRecord> add(const ImportErrorRecord& error);
    // The errors of one run, in the order they were recorded.
    Result<std::vector<ImportErrorRecord>> listForRun(std::int64_t runId);
};

}  // namespace reunite::db
