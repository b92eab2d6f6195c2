#include "db/repositories/DnaRequestRepository.h"

#include "db/records/RecordValidation.h"
#include "db/records/Timestamps.h"
#include "db/sqlite/Database.h"
#include "db/sqlite/DatabaseError.h"
#include "db/sqlite/Statement.h"

namespace reunite::db {

namespace {

constexpr std::string_view kSelectRequest =
    "SELECT id, case_id, candidate_id, reason, status, review_decision_id, requested_by, requested_at, updated_at "
    "FROM dna_requests ";

DnaRequestRecord readRequest(const Statement& row) {
    DnaRequestRecord record;
    record.id = row.columnInt64(0);
    record.caseId = row.columnInt64(1);
    record.candidateId = row.columnInt64(2);
    record.reason = row.columnText(3);
    record.status = parseDnaRequestStatus(row.columnTextView(4)).value_or(DnaRequestStatus::Requested);
    record.reviewDecisionId = row.columnOptionalInt64(5);
    record.requestedBy = row.columnText(6);
    record.requestedAt = row.columnText(7);
    record.updatedAt = row.columnText(8);
    return record;
}

}  // namespace

Result<DnaRequestRecord> DnaRequestRepository::create(const DnaRequestRecord& request, std::string_view userName) {
    if (isBlank(request.reason)) return invalidArgument("a DNA request needs a reason");
    if (Status user = requireNotBlank(userName, "user name"); !user) return user.error();
    auto statement = database_.prepare(
        "INSERT INTO dna_requests (case_id, candidate_id, reason, status, review_decision_id, requested_by, requested_at, updated_at) "
        "VALUES (:case_id, :candidate_id, :reason, :status, :decision, :user, :now, :now)");
    if (!statement) return statement.error();
    Statement& insert = statement.value();
    insert.bindInt64(":case_id", request.caseId)
        .bindInt64(":candidate_id", request.candidateId)
        .bindText(":reason", request.reason)
        .bindText(":status", toDatabaseText(request.status))
        .bindOptionalInt64(":decision", request.reviewDecisionId)
        .bindText(":user", userName)
        .bindText(":now", currentUtcTimestamp());
    if (Status inserted = insert.run(); !inserted) {
        if (insert.failedOnForeignKey()) {
            return databaseError("cannot request DNA: case " + std::to_string(request.caseId) + ", candidate " +
                                 std::to_string(request.candidateId) + " or the review decision does not exist");
        }
        return databaseError("could not store the DNA request: " + inserted.error().message);
    }
    return get(database_.lastInsertRowId());
}

Result<DnaRequestRecord> DnaRequestRepository::get(std::int64_t requestId) {
    return database_.prepare(std::string(kSelectRequest) + "WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindInt64(1, requestId);
        return statement.readOne<DnaRequestRecord>(readRequest, "no DNA request " + std::to_string(requestId));
    });
}

Result<std::vector<DnaRequestRecord>> DnaRequestRepository::listForCase(std::int64_t caseId) {
    return database_.prepare(std::string(kSelectRequest) + "WHERE case_id = ? ORDER BY id").andThen([&](Statement& statement) {
        statement.bindInt64(1, caseId);
        return statement.readAll<DnaRequestRecord>(readRequest);
    });
}

Result<std::optional<DnaRequestRecord>> DnaRequestRepository::openRequest(std::int64_t caseId, std::int64_t candidateId) {
    return database_
        .prepare(std::string(kSelectRequest) +
                 "WHERE case_id = ? AND candidate_id = ? AND status NOT IN ('confirmed', 'excluded') ORDER BY id DESC LIMIT 1")
        .andThen([&](Statement& statement) {
            statement.bindInt64(1, caseId).bindInt64(2, candidateId);
            return statement.readOptional<DnaRequestRecord>(readRequest);
        });
}

Status DnaRequestRepository::setStatus(std::int64_t requestId, DnaRequestStatus status) {
    return database_.prepare("UPDATE dna_requests SET status = ?, updated_at = ? WHERE id = ?").andThen([&](Statement& statement) {
        statement.bindText(1, toDatabaseText(status)).bindText(2, currentUtcTimestamp()).bindInt64(3, requestId);
        return database_.runChangingRows(statement, "update the DNA request", "no DNA request " + std::to_string(requestId));
    });
}

}  // namespace reunite::db
