#include "db/repositories/ImportRunRepository.h"

#include "db/records/RecordValidation.h"
#include "db/records/Timestamps.h"
#include "db/repositories/ImportErrorRepository.h"
#include "db/sqlite/Transaction.h"
#include "domain/Utf8Text.h"

namespace reunite::db {

namespace {

using Run = ImportRunRecord;
using Counts = ImportCounts;

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

}  // namespace

ImportRunRepository::ImportRunRepository(Database& database)
    : TableRepository(database, "import run", "import_runs", {
        column<&Run::id>("id", ColumnUse::Key),
        sealedColumn<&Run::sourcePath>("source_path", SealAs::Placeholder, {}, ColumnUse::Fixed),
        column<&Run::importedBy>("imported_by", ColumnUse::CreatedBy),
        column<&Run::startedAt>("started_at", ColumnUse::CreatedAt), column<&Run::finishedAt>("finished_at"),
        column<&Run::status>("status"), column<&Run::counts, &Counts::itemsSeen>("items_seen"),
        column<&Run::counts, &Counts::itemsImported>("items_imported"),
        column<&Run::counts, &Counts::itemsSkipped>("items_skipped"),
        column<&Run::counts, &Counts::itemsFailed>("items_failed"),
        column<&Run::counts, &Counts::photosAdded>("photos_added"),
        column<&Run::counts, &Counts::facesAdded>("faces_added"), sealedColumn<&Run::failureReason>("failure_reason"),
    }) {}

Result<ImportRunRecord> ImportRunRepository::start(std::string_view sourcePath, std::string_view userName) {
    if (auto valid = firstFailure({requireNotBlank(sourcePath, "import source path"), requireNotBlank(userName, "user name")});
        !valid) {
        return valid.error();
    }
    ImportRunRecord run;
    run.sourcePath = escapeInvalidUtf8(sourcePath);  // a description of what was imported, from any input
    return insertRecord(run, userName, {"record the start of an import"});
}

Status ImportRunRepository::updateCounts(std::int64_t runId, const ImportCounts& counts) {
    if (auto valid = validate(counts); !valid) return valid;
    return database_.prepare("UPDATE import_runs SET " + std::string(kSetCounts) + "WHERE id = :id").andThen([&](Statement& statement) {
        bindCounts(statement, counts);
        statement.bindInt64(":id", runId);
        return database_.runChangingRows(statement, "update import run " + std::to_string(runId), missing(runId));
    });
}

Result<ImportErrorRecord> ImportRunRepository::recordError(std::int64_t runId, std::string_view file,
                                                           std::optional<std::int64_t> rowNumber,
                                                           const Notice& notice) {
    Notice readable = notice;  // diagnostics describe bad input, which may carry any bytes
    for (std::string& arg : readable.args) arg = escapeInvalidUtf8(arg);
    ImportErrorRecord record;
    record.importRunId = runId;
    record.file = escapeInvalidUtf8(file);
    record.rowNumber = rowNumber;
    record.message = noticeText(readable);
    record.notice = encodeNotice(readable);
    return ImportErrorRepository(database_).add(record);
}

Result<ImportRunRecord> ImportRunRepository::finish(std::int64_t runId, ImportRunStatus status,
                                                    const ImportCounts& counts, std::string_view failureReason) {
    if (status == ImportRunStatus::Running) return invalidArgument("an import run cannot finish as 'running'");
    if (auto valid = validate(counts); !valid) return valid.error();
    Result<Transaction> transaction = Transaction::begin(database_);
    if (!transaction) return transaction.error();
    auto statement = database_.prepare("UPDATE import_runs SET " + std::string(kSetCounts) +
                                       ", status = :status, finished_at = :now, failure_reason = :reason "
                                       "WHERE id = :id AND status = 'running'");
    if (!statement) return statement.error();
    bindCounts(statement.value(), counts);
    statement.value()
        .bindText(":status", toDatabaseText(status))
        .bindText(":now", currentUtcTimestamp())
        .bindText(":reason", database_.isEncrypted() ? std::string_view() : failureReason)
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
    if (Status kept = sealFailureReason(runId, failureReason); !kept) return kept.error();
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    return get(runId);
}

Result<std::int64_t> ImportRunRepository::failAbandonedRuns(std::string_view reason,
                                                            const std::function<bool(std::int64_t runId)>& isAbandoned) {
    Result<std::vector<ImportRunRecord>> running = selectAll("WHERE status = 'running'");
    if (!running) return running.error();
    Result<Transaction> transaction = Transaction::begin(database_);
    if (!transaction) return transaction.error();
    auto statement = database_.prepare(
        "UPDATE import_runs SET status = 'failed', finished_at = ?, failure_reason = ? WHERE id = ? AND status = 'running'");
    if (!statement) return statement.error();
    const std::string now = currentUtcTimestamp();
    std::int64_t failed = 0;
    for (const ImportRunRecord& run : running.value()) {
        if (isAbandoned && !isAbandoned(run.id)) continue;
        statement.value().reset();
        statement.value().bindText(1, now).bindText(2, database_.isEncrypted() ? std::string_view() : reason).bindInt64(3, run.id);
        if (auto updated = statement.value().run(); !updated) {
            return databaseError("could not close abandoned import run " + std::to_string(run.id) + ": " + updated.error().message);
        }
        failed += database_.changes();
        if (Status kept = sealFailureReason(run.id, reason); !kept) return kept.error();
    }
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    return failed;
}

Status ImportRunRepository::sealFailureReason(std::int64_t runId, std::string_view reason) {
    if (!database_.isEncrypted()) return Ok{};
    Result<ImportRunRecord> run = get(runId);
    if (!run) return run.error();
    run.value().failureReason = std::string(reason);
    return resealRecord(run.value());
}

Result<std::vector<ImportRunRecord>> ImportRunRepository::listRecent(int limit, const std::optional<std::string>& importedBy) {
    if (limit <= 0) return invalidArgument("the number of import runs to list must be positive");
    if (importedBy) return selectAll("WHERE imported_by = ? ORDER BY started_at DESC, id DESC LIMIT ?", *importedBy, limit);
    return selectAll("ORDER BY started_at DESC, id DESC LIMIT ?", limit);
}

Result<std::vector<ImportErrorRecord>> ImportRunRepository::errors(std::int64_t runId) {
    return ImportErrorRepository(database_).listForRun(runId);
}

}  // namespace reunite::db
