#include "db/repositories/ReviewDecisionRepository.h"

#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/records/RecordValidation.h"
#include "db/sqlite/Statement.h"
#include "db/records/Timestamps.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectDecision =
    "SELECT d.id, d.case_id, d.candidate_id, d.decision, d.note, d.search_run_id, d.decided_by, d.decided_at "
    "FROM review_decisions d ";

// Keeps only the latest decision of each (case, candidate) pair.
constexpr std::string_view kIsCurrent =
    "d.id = (SELECT max(latest.id) FROM review_decisions latest "
    "WHERE latest.case_id = d.case_id AND latest.candidate_id = d.candidate_id) ";

ReviewDecisionRecord readDecision(const Statement& row) {
    ReviewDecisionRecord record;
    record.id = row.columnInt64(0);
    record.caseId = row.columnInt64(1);
    record.candidateId = row.columnInt64(2);
    record.decision = parseReviewDecision(row.columnTextView(3)).value_or(ReviewDecision::Kept);
    record.note = row.columnText(4);
    record.searchRunId = row.columnOptionalInt64(5);
    record.decidedBy = row.columnText(6);
    record.decidedAt = row.columnText(7);
    return record;
}

}  // namespace

Result<ReviewDecisionRecord> ReviewDecisionRepository::record(const ReviewDecisionRecord& decision,
                                                              std::string_view userName) {
    if (isBlank(decision.note)) {
        return invalidArgument("a review decision needs a note explaining it");
    }
    if (auto user = requireNotBlank(userName, "user name"); !user) return user.error();
    auto statement = database_.prepare(
        "INSERT INTO review_decisions (case_id, candidate_id, decision, note, decided_by, decided_at, search_run_id) "
        "VALUES (:case_id, :candidate_id, :decision, :note, :user, :now, :search_run_id)");
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    insert.bindInt64(":case_id", decision.caseId)
        .bindInt64(":candidate_id", decision.candidateId)
        .bindText(":decision", toDatabaseText(decision.decision))
        .bindText(":note", decision.note)
        .bindText(":user", userName)
        .bindText(":now", currentUtcTimestamp())
        .bindOptionalInt64(":search_run_id", decision.searchRunId);
    if (auto inserted = insert.run(); !inserted) {
        if (insert.failedOnForeignKey()) {
            return databaseError("cannot record decision: case " + std::to_string(decision.caseId) + ", candidate " +
                                 std::to_string(decision.candidateId) + " or the search run does not exist");
        }
        return databaseError("could not record decision: " + inserted.error().message);
    }
    const std::int64_t id = database_.lastInsertRowId();
    return database_.prepare(std::string(kSelectDecision) + "WHERE d.id = ?").andThen([&](Statement& stored) {
        stored.bindInt64(1, id);
        return stored.readOne<ReviewDecisionRecord>(readDecision, "the recorded decision could not be read back");
    });
}

Result<std::optional<ReviewDecisionRecord>> ReviewDecisionRepository::currentDecision(std::int64_t caseId,
                                                                                    std::int64_t candidateId) {
    return database_
        .prepare(std::string(kSelectDecision) + "WHERE d.case_id = ? AND d.candidate_id = ? ORDER BY d.id DESC LIMIT 1")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, caseId).bindInt64(2, candidateId);
            return statement.readOptional<ReviewDecisionRecord>(readDecision);
        });
}

Result<std::vector<ReviewDecisionRecord>> ReviewDecisionRepository::currentDecisionsForCase(std::int64_t caseId) {
    return database_
        .prepare(std::string(kSelectDecision) + "WHERE d.case_id = ? AND " + std::string(kIsCurrent) + "ORDER BY d.candidate_id")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, caseId);
            return statement.readAll<ReviewDecisionRecord>(readDecision);
        });
}

Result<std::vector<ReviewDecisionRecord>> ReviewDecisionRepository::history(std::int64_t caseId,
                                                                            std::int64_t candidateId) {
    return database_.prepare(std::string(kSelectDecision) + "WHERE d.case_id = ? AND d.candidate_id = ? ORDER BY d.id")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, caseId).bindInt64(2, candidateId);
            return statement.readAll<ReviewDecisionRecord>(readDecision);
        });
}

Result<std::vector<std::int64_t>> ReviewDecisionRepository::rejectedCandidateIds(std::int64_t caseId) {
    return database_
        .prepare("SELECT d.candidate_id FROM review_decisions d WHERE d.case_id = ? AND " + std::string(kIsCurrent) +
                 "AND d.decision = 'rejected' ORDER BY d.candidate_id")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, caseId);
            return statement.readAll<std::int64_t>([](const Statement& row) { return row.columnInt64(0); });
        });
}

}  // namespace reunite::db
