#include "db/repositories/CaseClosureRepository.h"

#include "db/sqlite/DatabaseError.h"

namespace reunite::db {

namespace {

constexpr std::string_view kColumns = "SELECT case_id, closed_at, purged_at, purged_by FROM case_closures ";

CaseClosureRecord readClosure(const Statement& row) {
    return CaseClosureRecord{row.columnInt64(0), std::string(row.columnTextView(1)), row.columnOptionalText(2), row.columnOptionalText(3)};
}

}  // namespace

Status CaseClosureRepository::follow(std::int64_t caseId, bool closed, std::string_view at) {
    Result<Statement> statement =
        closed ? database_.prepare("INSERT INTO case_closures (case_id, closed_at) VALUES (?, ?) ON CONFLICT (case_id) DO NOTHING")
               : database_.prepare("DELETE FROM case_closures WHERE case_id = ?");
    if (!statement) return statement.error();
    statement.value().bindInt64(1, caseId);
    if (closed) statement.value().bindText(2, at);
    return statement.value().run();
}

Result<std::optional<CaseClosureRecord>> CaseClosureRepository::get(std::int64_t caseId) {
    return database_.prepare(std::string(kColumns) + "WHERE case_id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, caseId);
        return statement.readOptional<CaseClosureRecord>(readClosure);
    });
}

Result<std::vector<CaseClosureRecord>> CaseClosureRepository::dueBefore(std::string_view cutoff) {
    return database_.prepare(std::string(kColumns) + "WHERE purged_at IS NULL AND closed_at < ? ORDER BY closed_at, case_id")
        .andThen([&](Statement& statement) {
            statement.bindText(1, cutoff);
            return statement.readAll<CaseClosureRecord>(readClosure);
        });
}

Status CaseClosureRepository::markPurged(std::int64_t caseId, std::string_view at, std::string_view userName) {
    Result<Statement> statement = database_.prepare("UPDATE case_closures SET purged_at = ?, purged_by = ? WHERE case_id = ?");
    if (!statement) return statement.error();
    statement.value().bindText(1, at).bindText(2, userName).bindInt64(3, caseId);
    return database_.runChangingRows(statement.value(), "mark case " + std::to_string(caseId) + " purged",
                                     "case " + std::to_string(caseId) + " is not closed");
}

}  // namespace reunite::db
