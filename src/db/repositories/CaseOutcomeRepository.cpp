#include "db/repositories/CaseOutcomeRepository.h"

#include "db/records/RecordValidation.h"
#include "db/records/Timestamps.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/sqlite/Statement.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectOutcome =
    "SELECT id, case_id, request_id, analysis_id, outcome, note, decided_by, decided_at FROM dna_case_outcomes ";

CaseOutcomeRecord readOutcome(const Statement& row) {
    CaseOutcomeRecord record;
    record.id = row.columnInt64(0);
    record.caseId = row.columnInt64(1);
    record.requestId = row.columnInt64(2);
    record.analysisId = row.columnOptionalInt64(3);
    record.outcome = parseDnaOutcome(row.columnTextView(4)).value_or(DnaOutcome::MoreLociRequested);
    record.note = row.columnText(5);
    record.decidedBy = row.columnText(6);
    record.decidedAt = row.columnText(7);
    return record;
}

}  // namespace

Result<CaseOutcomeRecord> CaseOutcomeRepository::record(const CaseOutcomeRecord& outcome, std::string_view userName) {
    if (isBlank(outcome.note)) return invalidArgument("a DNA outcome needs a note explaining it");
    if (Status user = requireNotBlank(userName, "user name"); !user) return user.error();
    auto statement = database_.prepare(
        "INSERT INTO dna_case_outcomes (case_id, request_id, analysis_id, outcome, note, decided_by, decided_at) "
        "VALUES (?, ?, ?, ?, ?, ?, ?)");
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    insert.bindInt64(1, outcome.caseId)
        .bindInt64(2, outcome.requestId)
        .bindOptionalInt64(3, outcome.analysisId)
        .bindText(4, toDatabaseText(outcome.outcome))
        .bindText(5, outcome.note)
        .bindText(6, userName)
        .bindText(7, currentUtcTimestamp());
    if (Status inserted = insert.run(); !inserted) {
        if (insert.failedOnForeignKey()) return databaseError("cannot record the outcome: the case, request or analysis does not exist");
        return databaseError("could not record the outcome: " + inserted.error().message);
    }
    const std::int64_t id = database_.lastInsertRowId();
    return database_.prepare(std::string(kSelectOutcome) + "WHERE id = ?").andThen([&](Statement& stored) {
        stored.bindInt64(1, id);
        return stored.readOne<CaseOutcomeRecord>(readOutcome, "the outcome could not be read back");
    });
}

Result<std::vector<CaseOutcomeRecord>> CaseOutcomeRepository::listForCase(std::int64_t caseId) {
    return database_.prepare(std::string(kSelectOutcome) + "WHERE case_id = ? ORDER BY id").andThen([&](Statement& statement) {
        statement.bindInt64(1, caseId);
        return statement.readAll<CaseOutcomeRecord>(readOutcome);
    });
}

}  // namespace reunite::db
