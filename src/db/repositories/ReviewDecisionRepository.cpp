#include "db/repositories/ReviewDecisionRepository.h"

#include "db/records/RecordValidation.h"

namespace reunite::db {

namespace {

// Keeps only the latest decision of each (case, candidate) pair.
constexpr std::string_view kIsCurrent =
    "id = (SELECT max(latest.id) FROM review_decisions latest WHERE latest.case_id = review_decisions.case_id "
    "AND latest.candidate_id = review_decisions.candidate_id) ";

}  // namespace

ReviewDecisionRepository::ReviewDecisionRepository(Database& database)
    : TableRepository(database, "review decision", "review_decisions", {
        column<&ReviewDecisionRecord::id>("id", ColumnUse::Key), column<&ReviewDecisionRecord::caseId>("case_id"),
        column<&ReviewDecisionRecord::candidateId>("candidate_id"),
        column<&ReviewDecisionRecord::decision>("decision"), sealedColumn<&ReviewDecisionRecord::note>("note", SealAs::Placeholder),
        column<&ReviewDecisionRecord::searchRunId>("search_run_id"),
        column<&ReviewDecisionRecord::decidedBy>("decided_by", ColumnUse::CreatedBy),
        column<&ReviewDecisionRecord::decidedAt>("decided_at", ColumnUse::CreatedAt),
    }) {}

Result<ReviewDecisionRecord> ReviewDecisionRepository::record(const ReviewDecisionRecord& decision,
                                                              std::string_view userName) {
    if (isBlank(decision.note)) return invalidArgument("a review decision needs a note explaining it");
    if (auto user = requireNotBlank(userName, "user name"); !user) return user.error();
    return insertRecord(decision, userName, {"record decision", {},
                                 "cannot record decision: case " + std::to_string(decision.caseId) + ", candidate " +
                                     std::to_string(decision.candidateId) + " or the search run does not exist"});
}

Result<std::optional<ReviewDecisionRecord>> ReviewDecisionRepository::currentDecision(std::int64_t caseId,
                                                                                    std::int64_t candidateId) {
    return selectOptional("WHERE case_id = ? AND candidate_id = ? ORDER BY id DESC LIMIT 1", caseId, candidateId);
}

Result<std::vector<ReviewDecisionRecord>> ReviewDecisionRepository::currentDecisionsForCase(std::int64_t caseId) {
    return selectAll("WHERE case_id = ? AND " + std::string(kIsCurrent) + "ORDER BY candidate_id", caseId);
}

Result<std::vector<ReviewDecisionRecord>> ReviewDecisionRepository::history(std::int64_t caseId,
                                                                            std::int64_t candidateId) {
    return selectAll("WHERE case_id = ? AND candidate_id = ? ORDER BY id", caseId, candidateId);
}

Result<std::vector<ReviewDecisionRecord>> ReviewDecisionRepository::historyForCase(std::int64_t caseId) {
    return selectAll("WHERE case_id = ? ORDER BY decided_at, id", caseId);
}

Result<std::vector<std::int64_t>> ReviewDecisionRepository::rejectedCandidateIds(std::int64_t caseId) {
    return database_
        .prepare("SELECT candidate_id FROM review_decisions WHERE case_id = ? AND " + std::string(kIsCurrent) +
                 "AND decision = 'rejected' ORDER BY candidate_id")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, caseId);
            return statement.readAll<std::int64_t>([](const Statement& row) { return row.columnInt64(0); });
        });
}

}  // namespace reunite::db
