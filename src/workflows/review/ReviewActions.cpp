#include "workflows/review/ReviewActions.h"

#include "db/repositories/CandidateRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/sqlite/Transaction.h"
#include "workflows/dna/DnaRequestOpening.h"

namespace reunite::workflows {

namespace {

// "DNA requested" opens a DNA request (or finds the open one) in the decision's transaction.
Result<std::optional<OpenedDnaRequest>> openDnaRequestFor(Session& session, const db::ReviewDecisionRecord& decision) {
    if (decision.decision != db::ReviewDecision::DnaRequested) return std::optional<OpenedDnaRequest>();
    DnaRequestInput input{decision.caseId, decision.candidateId, decision.note, decision.id};
    Result<OpenedDnaRequest> opened = openDnaRequest(session.database(), input, session.userName());
    if (!opened) return opened.error();
    return std::optional<OpenedDnaRequest>(std::move(opened).value());
}

}  // namespace

Result<db::ReviewDecisionRecord> ReviewActions::decide(const ReviewRequest& request) {
    if (Status allowed = session_.authorizeCase(Permission::ReviewCandidates, request.caseId); !allowed) return allowed.error();
    Result<db::Transaction> transaction = db::Transaction::begin(session_.database());
    if (!transaction) return transaction.error();
    Result<db::ReviewDecisionRecord> stored = db::ReviewDecisionRepository(session_.database()).record(request, session_.userName());
    if (!stored) return stored;
    Result<std::optional<OpenedDnaRequest>> dna = openDnaRequestFor(session_, stored.value());
    if (!dna) return dna.error();
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    session_.changed(RecordKind::ReviewDecision, stored.value().id, request.caseId);
    if (dna.value() && dna.value()->created) session_.changed(RecordKind::Dna, dna.value()->request.id, request.caseId);
    return stored;
}

Result<std::vector<db::ReviewDecisionRecord>> ReviewActions::history(std::int64_t caseId, std::int64_t candidateId) {
    return session_.authorizedForCase(Permission::ViewCases, caseId, [&] {
        return db::ReviewDecisionRepository(session_.database()).history(caseId, candidateId);
    });
}

Result<std::vector<db::ReviewDecisionRecord>> ReviewActions::historyForCase(std::int64_t caseId) {
    return session_.authorizedForCase(Permission::ViewCases, caseId, [&] {
        return db::ReviewDecisionRepository(session_.database()).historyForCase(caseId);
    });
}

Result<db::CandidateRecord> ReviewActions::candidateRecord(std::int64_t candidateId) {
    return session_.authorized(Permission::ViewCases, [&] { return db::CandidateRepository(session_.database()).get(candidateId); });
}

}  // namespace reunite::workflows
