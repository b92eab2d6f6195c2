#include "db/repositories/ImportRunRepository.h"

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/records/RecordValidation.h"
#include "db/sqlite/Statement.h"
#include "db/records/Timestamps.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectRun =
    "SELECT id, source_path, imported_by, started_at, finished_at, status, items_seen, items_imported, "
    "items_skipped, items_failed, photos_added, faces_added, failure_reason FROM import_runs ";

ImportRunRecord readRun(const Statement& row) {
    ImportRunRecord run;
    run.id = row.columnInt64(0);
    run.sourcePath = row.columnText(1);
    run.importedBy = row.columnText(2);
    run.startedAt = row.columnText(3);
    run.finishedAt = row.columnOptionalText(4);
    run.status = parseImportRunStatus(row.columnTextView(5)).value_or(ImportRunStatus::Failed);
    run.counts.itemsSeen = row.columnInt64(6);
    run.counts.itemsImported = row.columnInt64(7);
    run.counts.itemsSkipped = row.columnInt64(8);
    run.counts.itemsFailed = row.columnInt64(9);
    run.counts.photosAdded = row.columnInt64(10);
    run.counts.facesAdded = row.columnInt64(11);
    run.failureReason = row.columnText(12);
    return run;
}

Status validate(const ImportCounts& counts) {
    for (const std::int64_t count : {counts.itemsSeen, counts.itemsImported, counts.itemsSkipped, counts.itemsFailed,
                                     counts.photosAdded, counts.facesAdded}) {
        if (count < 0) return invalidArgument("import counts must not be negative");
    }
    return Ok{};
}

void bindCounts(Statement& statement, const ImportCounts& counts) {
    statement.bindInt64(":items_seen", counts.itemsSeen)
        .bindInt64(":items_imported", counts.itemsImported)
        .bindInt64(":items_skipped", counts.itemsSkipped)
        .bindInt64(":items_failed", counts.itemsFailed)
        .bindInt64(":photos_added", counts.photosAdded)
        .bindInt64(":faces_added", counts.facesAdded);
}

constexpr std::string_view kSetCounts =
    "items_seen = :items_seen, items_imported = :items_imported, items_skipped = :items_skipped, "
    "items_failed = :items_failed, photos_added = :photos_added, faces_added = :faces_added ";

ImportErrorRecord readImportError(const Statement& row) {
    ImportErrorRecord record;
    record.id = row.columnInt64(0);
    record.importRunId = row.columnInt64(1);
    record.file = row.columnText(2);
    record.rowNumber = row.columnOptionalInt64(3);
    record.message = row.columnText(4);
    record.recordedAt = row.columnText(5);
    return record;
}

}  // namespace

Result<ImportRunRecord> ImportRunRepository::start(std::string_view sourcePath, std::string_view userName) {
    if (auto valid = firstFailure({requireNotBlank(sourcePath, "import source path"), requireNotBlank(userName, "user name")});
        !valid) {
        return valid.error();
    }
    auto statement = database_.prepare(
        "INSERT INTO import_runs (source_path, imported_by, started_at, status) VALUES (?, ?, ?, 'running')");
    if (!statement) return statement.error();
    statement.value().bindText(1, sourcePath).bindText(2, userName).bindText(3, currentUtcTimestamp());
    if (auto inserted = statement.value().run(); !inserted) {
        return databaseError("could not record the start of an import: " + inserted.error().message);
    }
    return get(database_.lastInsertRowId());
}

Status ImportRunRepository::updateCounts(std::int64_t runId, const ImportCounts& counts) {
    if (auto valid = validate(counts); !valid) return valid;
    auto statement = database_.prepare("UPDATE import_runs SET " + std::string(kSetCounts) + "WHERE id = :id");
    if (!statement) return statement.error();
    bindCounts(statement.value(), counts);
    statement.value().bindInt64(":id", runId);
    if (auto updated = statement.value().run(); !updated) {
        return databaseError("could not update import run " + std::to_string(runId) + ": " + updated.error().message);
    }
    if (database_.changes() == 0) return notFound("import run " + std::to_string(runId) + " does not exist");
    return Ok{};
}

Result<ImportErrorRecord> ImportRunRepository::recordError(std::int64_t runId, std::string_view file,
                                                           std::optional<std::int64_t> rowNumber,
                                                           std::string_view message) {
    if (auto valid = requireNotBlank(message, "import error message"); !valid) return valid.error();
    if (rowNumber && *rowNumber < 1) return invalidArgument("import error row numbers start at 1");
    ImportErrorRecord record;
    record.importRunId = runId;
    record.file = std::string(file);
    record.rowNumber = rowNumber;
    record.message = std::string(message);
    record.recordedAt = currentUtcTimestamp();
    auto statement = database_.prepare(
        "INSERT INTO import_errors (import_run_id, file, row_number, message, recorded_at) VALUES (?, ?, ?, ?, ?)");
    if (!statement) return statement.error();
    statement.value()
        .bindInt64(1, runId)
        .bindText(2, record.file)
        .bindOptionalInt64(3, record.rowNumber)
        .bindText(4, record.message)
        .bindText(5, record.recordedAt);
    if (auto inserted = statement.value().run(); !inserted) {
        if (statement.value().failedOnForeignKey()) {
            return notFound("import run " + std::to_string(runId) + " does not exist");
        }
        return databaseError("could not record an import error: " + inserted.error().message);
    }
    record.id = database_.lastInsertRowId();
    return record;
}

Result<ImportRunRecord> ImportRunRepository::finish(std::int64_t runId, ImportRunStatus status,
                                                    const ImportCounts& counts, std::string_view failureReason) {
    if (status == ImportRunStatus::Running) return invalidArgument("an import run cannot finish as 'running'");
    if (auto valid = validate(counts); !valid) return valid.error();
    auto statement = database_.prepare("UPDATE import_runs SET " + std::string(kSetCounts) +
                                       ", status = :status, finished_at = :now, failure_reason = :reason "
                                       "WHERE id = :id AND status = 'running'");
    if (!statement) return statement.error();
    bindCounts(statement.value(), counts);
    statement.value()
        .bindText(":status", toDatabaseText(status))
        .bindText(":now", currentUtcTimestamp())
        .bindText(":reason", failureReason)
        .bindInt64(":id", runId);
    if (auto updated = statement.value().run(); !updated) {
        return databaseError("could not finish import run " + std::to_string(runId) + ": " + updated.error().message);
    }
    if (database_.changes() == 0) {
        auto existing = get(runId);
        if (!existing) return existing.error();
        return invalidArgument("import run " + std::to_string(runId) + " has already ended as '" +
                               std::string(toDatabaseText(existing.value().status)) + "'");
    }
    return get(runId);
}

Result<std::int64_t> ImportRunRepository::failAbandonedRuns(std::string_view reason) {
    auto statement = database_.prepare(
        "UPDATE import_runs SET status = 'failed', finished_at = ?, failure_reason = ? WHERE status = 'running'");
    if (!statement) return statement.error();
    statement.value().bindText(1, currentUtcTimestamp()).bindText(2, reason);
    if (auto updated = statement.value().run(); !updated) {
        return databaseError("could not close abandoned import runs: " + updated.error().message);
    }
    return database_.changes();
}

Result<ImportRunRecord> ImportRunRepository::get(std::int64_t runId) {
    return database_.prepare(std::string(kSelectRun) + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, runId);
        return statement.readOne<ImportRunRecord>(readRun, "import run " + std::to_string(runId) + " does not exist");
    });
}

Result<std::vector<ImportRunRecord>> ImportRunRepository::listRecent(int limit) {
    if (limit <= 0) return invalidArgument("the number of import runs to list must be positive");
    return database_.prepare(std::string(kSelectRun) + "ORDER BY started_at DESC, id DESC LIMIT ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, limit);
        return statement.readAll<ImportRunRecord>(readRun);
    });
}

Result<std::vector<ImportErrorRecord>> ImportRunRepository::errors(std::int64_t runId) {
    return database_
        .prepare("SELECT id, import_run_id, file, row_number, message, recorded_at FROM import_errors "
                 "WHERE import_run_id = ? ORDER BY id")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, runId);
            return statement.readAll<ImportErrorRecord>(readImportError);
        });
}

}  // namespace reunite::db
