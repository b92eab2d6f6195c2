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
    const db::ReviewDecisionRecord& decision = stored.value();
    AuditFields objects{{"case", std::to_string(decision.caseId)}, {"candidate", std::to_string(decision.candidateId)},
                        {"decision", std::to_string(decision.id)}};
    if (dna.value()) objects.emplace_back("dna_request", std::to_string(dna.value()->request.id));
    if (Status recorded = session_.audit({"review.decide", decision.caseId, objects,
                                          {{"decision", std::string(db::toDatabaseText(decision.decision))}}});
        !recorded) {
        return recorded.error();
    }
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
    return session_.authorized(Permission::ViewCases, [&] {
        return session_.recorded(db::CandidateRepository(session_.database()).get(candidateId), [](const db::CandidateRecord& candidate) {
            return AuditEvent{"candidate.open", std::nullopt, {{"candidate", std::to_string(candidate.id)}}, {}};
        });
    });
}

}  // namespace reunite::workflows
