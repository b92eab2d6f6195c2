#include "workflows/review/ReviewActions.h"

#include "db/repositories/ReviewDecisionRepository.h"

namespace reunite::workflows {

Result<db::ReviewDecisionRecord> ReviewActions::decide(const ReviewRequest& request) {
    if (Status allowed = session_.authorize(Permission::ReviewCandidates); !allowed) return allowed.error();
    db::ReviewDecisionRecord record;
    record.caseId = request.caseId;
    record.candidateId = request.candidateId;
    record.decision = request.decision;
    record.note = request.note;
    record.searchRunId = request.searchRunId;
    Result<db::ReviewDecisionRecord> stored = db::ReviewDecisionRepository(session_.database()).record(record, session_.userName());
    if (stored) session_.changed(RecordKind::ReviewDecision, stored.value().id, request.caseId);
    return stored;
}

Result<std::vector<db::ReviewDecisionRecord>> ReviewActions::history(std::int64_t caseId, std::int64_t candidateId) {
    if (Status allowed = session_.authorize(Permission::ViewCases); !allowed) return allowed.error();
    return db::ReviewDecisionRepository(session_.database()).history(caseId, candidateId);
}

}  // namespace reunite::workflows
