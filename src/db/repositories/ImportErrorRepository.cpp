#include "db/repositories/ImportErrorRepository.h"

#include "db/records/RecordValidation.h"

namespace reunite::db {

ImportErrorRepository::ImportErrorRepository(Database& database)
    : TableRepository(database, "import error", "import_errors", {
        column<&ImportErrorRecord::id>("id", ColumnUse::Key),
        column<&ImportErrorRecord::importRunId>("import_run_id", ColumnUse::Fixed),
        sealedColumn<&ImportErrorRecord::file>("file", SealAs::Empty, {}, ColumnUse::Fixed),
        column<&ImportErrorRecord::rowNumber>("row_number", ColumnUse::Fixed),
        sealedColumn<&ImportErrorRecord::message>("message", SealAs::Placeholder, {}, ColumnUse::Fixed),
        sealedColumn<&ImportErrorRecord::notice>("notice", SealAs::Empty, {}, ColumnUse::Fixed),
        column<&ImportErrorRecord::recordedAt>("recorded_at", ColumnUse::CreatedAt),
    }) {}

Result<ImportErrorRecord> ImportErrorRepository::add(const ImportErrorRecord& error) {
    if (Status valid = requireNotBlank(error.message, "import error message"); !valid) return valid.error();
    if (error.rowNumber && *error.rowNumber < 1) return invalidArgument("import error row numbers start at 1");
    const std::string missingRun = "import run " + std::to_string(error.importRunId) + " does not exist";
    Result<std::int64_t> run = database_.prepare("SELECT id FROM import_runs WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, error.importRunId);
        return statement.readOne<std::int64_t>([](const Statement& row) { return row.columnInt64(0); }, missingRun);
    });
    if (!run) return run.error();
    return insertRecord(error, {}, {"record an import error", {}, missingRun});
}

Result<std::vector<ImportErrorRecord>> ImportErrorRepository::listForRun(std::int64_t runId) {
    return selectAll("WHERE import_run_id = ? ORDER BY id", runId);
}

}  // namespace reunite::db
