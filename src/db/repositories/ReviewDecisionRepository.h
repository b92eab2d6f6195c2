#pragma once
// ReviewDecisionRepository: analysts' decisions about candidates for a case (table
// `review_decisions`). History is kept: record() always appends, and the most recently recorded
// decision for a (case, candidate) pair is the current one. The schema refuses edits of past decisions.
// Inputs: a decision with a non-blank note (why), and the acting user's name (not blank).
// Guarantees: blank note or user -> ErrorCode::InvalidArgument (the schema enforces the note
// again); unknown case, candidate or search run -> ErrorCode::Database; other SQLite failures ->
// ErrorCode::Database. Never throws.
// Thread safety: uses its Database; a Database connection is used by one thread at a time.
#include <cstdint>
#include <optional>
#include <string_view>
#include <vector>

#include "db/repositories/TableRepository.h"
#include "domain/Result.h"
#include "db/records/ReviewDecisionRecord.h"

namespace reunite::db {

// get(id) comes from TableRepository.
class ReviewDecisionRepository : public TableRepository<ReviewDecisionRecord> {
public:
    explicit ReviewDecisionRepository(Database& database);

    Result<ReviewDecisionRecord> record(const ReviewDecisionRecord& decision, std::string_view userName);
    Result<std::optional<ReviewDecisionRecord>> currentDecision(std::int64_t caseId, std::int64_t candidateId);
    // The current decision for every candidate reviewed in the case, ordered by candidate id.
    Result<std::vector<ReviewDecisionRecord>> currentDecisionsForCase(std::int64_t caseId);
    // Every decision about the candidate in the case, oldest first.
    Result<std::vector<ReviewDecisionRecord>> history(std::int64_t caseId, std::int64_t candidateId);
    // Every decision about every candidate in the case, oldest first (then in the order recorded).
    Result<std::vector<ReviewDecisionRecord>> historyForCase(std::int64_t caseId);
    // Candidates whose current decision is "rejected", ascending (a search can hide them).
    Result<std::vector<std::int64_t>> rejectedCandidateIds(std::int64_t caseId);
};

}  // namespace reunite::db
