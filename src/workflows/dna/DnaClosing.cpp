#include "workflows/dna/DnaClosing.h"

#include <cstdio>

#include "db/records/RecordValidation.h"
#include "db/repositories/CaseOutcomeRepository.h"
#include "db/repositories/CaseRepository.h"
#include "db/repositories/DnaRequestRepository.h"
#include "db/repositories/KinshipAnalysisRepository.h"
#include "db/repositories/ReviewDecisionRepository.h"
#include "db/sqlite/Transaction.h"

namespace reunite::workflows {

namespace {

Error refused(std::string message) { return makeError(ErrorCode::InvalidArgument, std::move(message)); }

// The analysis the outcome rests on, checked against the outcome.
Result<std::optional<db::KinshipAnalysisRecord>> supportingAnalysis(db::Database& database, const DnaClosingInput& input) {
    Result<std::optional<db::KinshipAnalysisRecord>> latest = db::KinshipAnalysisRepository(database).latestForRequest(input.requestId);
    if (!latest) return latest.error();
    if (input.outcome == db::DnaOutcome::MoreLociRequested) return latest;
    const char* needed = input.outcome == db::DnaOutcome::Confirmed ? "supported" : "excluded";
    if (!latest.value()) return refused("run a kinship analysis first: there is none for this request");
    if (latest.value()->conclusion != needed) {
        return refused(std::string("the latest analysis concludes \"") + latest.value()->conclusion + "\", not \"" + needed +
                       "\"; the request cannot be " + (input.outcome == db::DnaOutcome::Confirmed ? "confirmed" : "excluded"));
    }
    return latest;
}

std::string exclusionNote(const db::KinshipAnalysisRecord& analysis, const std::string& note) {
    char summary[160];
    std::snprintf(summary, sizeof summary, "DNA exclusion (analysis %lld: %d inconsistent loci, combined index %.3g): ",
                  static_cast<long long>(analysis.id), analysis.inconsistentLoci, analysis.combinedLr);
    return summary + note;
}

db::DnaRequestStatus statusAfter(db::DnaOutcome outcome) {
    switch (outcome) {
    case db::DnaOutcome::Confirmed: return db::DnaRequestStatus::Confirmed;
    case db::DnaOutcome::Excluded: return db::DnaRequestStatus::Excluded;
    case db::DnaOutcome::MoreLociRequested: return db::DnaRequestStatus::MoreLociRequested;
    }
    return db::DnaRequestStatus::MoreLociRequested;
}

Status applyConsequence(db::Database& database, const db::DnaRequestRecord& request, const DnaClosingInput& input,
                        const std::optional<db::KinshipAnalysisRecord>& analysis, std::string_view userName, ClosedDnaRequest& closed) {
    if (input.outcome == db::DnaOutcome::Confirmed) {
        Result<db::CaseRecord> theCase = db::CaseRepository(database).get(request.caseId);
        if (!theCase) return theCase.error();
        theCase.value().status = db::CaseStatus::Closed;
        Result<db::CaseRecord> updated = db::CaseRepository(database).update(theCase.value(), userName);
        if (!updated) return updated.error();
        closed.closedCase = std::move(updated).value();
    } else if (input.outcome == db::DnaOutcome::Excluded) {
        db::ReviewDecisionRecord rejection;
        rejection.caseId = request.caseId;
        rejection.candidateId = request.candidateId;
        rejection.decision = db::ReviewDecision::Rejected;
        rejection.note = exclusionNote(*analysis, input.note);
        Result<db::ReviewDecisionRecord> stored = db::ReviewDecisionRepository(database).record(rejection, userName);
        if (!stored) return stored.error();
        closed.rejection = std::move(stored).value();
    }
    return Ok{};
}

}  // namespace

Result<ClosedDnaRequest> closeDnaRequest(db::Database& database, const DnaClosingInput& input, std::string_view userName) {
    if (db::isBlank(input.note)) return refused("closing a DNA request needs a note");
    Result<db::Transaction> transaction = db::Transaction::begin(database);
    if (!transaction) return transaction.error();
    db::DnaRequestRepository requests(database);
    Result<db::DnaRequestRecord> request = requests.get(input.requestId);
    if (!request) return request.error();
    if (db::isFinal(request.value().status)) {
        return refused("DNA request " + std::to_string(input.requestId) + " is already " + std::string(toDatabaseText(request.value().status)));
    }
    Result<std::optional<db::KinshipAnalysisRecord>> analysis = supportingAnalysis(database, input);
    if (!analysis) return analysis.error();
    ClosedDnaRequest closed;
    db::CaseOutcomeRecord outcome;
    outcome.caseId = request.value().caseId;
    outcome.requestId = input.requestId;
    if (analysis.value()) outcome.analysisId = analysis.value()->id;
    outcome.outcome = input.outcome;
    outcome.note = input.note;
    Result<db::CaseOutcomeRecord> recorded = db::CaseOutcomeRepository(database).record(outcome, userName);
    if (!recorded) return recorded.error();
    closed.outcome = std::move(recorded).value();
    if (Status status = requests.setStatus(input.requestId, statusAfter(input.outcome)); !status) return status.error();
    if (Status consequence = applyConsequence(database, request.value(), input, analysis.value(), userName, closed); !consequence) {
        return consequence.error();
    }
    if (Status committed = transaction.value().commit(); !committed) return committed.error();
    Result<db::DnaRequestRecord> updated = requests.get(input.requestId);
    if (!updated) return updated.error();
    closed.request = std::move(updated).value();
    return closed;
}

}  // namespace reunite::workflows
