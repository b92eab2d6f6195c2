#include "db/repositories/DnaRequestRepository.h"

#include "db/records/RecordValidation.h"
#include "db/records/Timestamps.h"

namespace reunite::db {

DnaRequestRepository::DnaRequestRepository(Database& database)
    : TableRepository(database, "DNA request", "dna_requests", {
        column<&DnaRequestRecord::id>("id", ColumnUse::Key),
        column<&DnaRequestRecord::caseId>("case_id", ColumnUse::Fixed),
        column<&DnaRequestRecord::candidateId>("candidate_id", ColumnUse::Fixed),
        sealedColumn<&DnaRequestRecord::reason>("reason", SealAs::Placeholder, {}, ColumnUse::Fixed), column<&DnaRequestRecord::status>("status"),
        column<&DnaRequestRecord::reviewDecisionId>("review_decision_id", ColumnUse::Fixed),
        column<&DnaRequestRecord::requestedBy>("requested_by", ColumnUse::CreatedBy),
        column<&DnaRequestRecord::requestedAt>("requested_at", ColumnUse::CreatedAt),
        column<&DnaRequestRecord::updatedAt>("updated_at", ColumnUse::ChangedAt),
    }) {}

Result<DnaRequestRecord> DnaRequestRepository::create(const DnaRequestRecord& request, std::string_view userName) {
    if (isBlank(request.reason)) return invalidArgument("a DNA request needs a reason");
    if (Status user = requireNotBlank(userName, "user name"); !user) return user.error();
    return insertRecord(request, userName, {"store the DNA request", {},
                                 "cannot request DNA: case " + std::to_string(request.caseId) + ", candidate " +
                                     std::to_string(request.candidateId) + " or the review decision does not exist"});
}

Result<std::vector<DnaRequestRecord>> DnaRequestRepository::listForCase(std::int64_t caseId) {
    return selectAll("WHERE case_id = ? ORDER BY id", caseId);
}

Result<std::optional<DnaRequestRecord>> DnaRequestRepository::openRequest(std::int64_t caseId, std::int64_t candidateId) {
    return selectOptional(
        "WHERE case_id = ? AND candidate_id = ? AND status NOT IN ('confirmed', 'excluded') ORDER BY id DESC LIMIT 1",
        caseId, candidateId);
}

Status DnaRequestRepository::setStatus(std::int64_t requestId, DnaRequestStatus status) {
    return database_.prepare("UPDATE dna_requests SET status = ?, updated_at = ? WHERE id = ?").andThen([&](Statement& statement) {
        bindPositional(statement, 1, toDatabaseText(status), currentUtcTimestamp(), requestId);
        return database_.runChangingRows(statement, "update the DNA request", missing(requestId));
    });
}

}  // namespace reunite::db
