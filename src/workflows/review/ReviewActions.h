#pragma once
// ReviewActions: the analyst's decisions about a candidate of a case (rejected, kept, DNA
// requested), each with a note, and the full history of them. "DNA requested" also opens a DNA
// request for the case and candidate (workflows/dna), in the same transaction.
// Guarantees: ReviewCandidates is authorized; a decision without a note is refused
// (InvalidArgument); decisions are append-only and stamped with the acting user and time;
// listeners hear of each decision. Reading (history, candidateRecord) needs ViewCases.
// Thread safety: uses the Session from the calling thread.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "db/records/CandidateRecord.h"
#include "db/records/ReviewDecisionRecord.h"
#include "domain/Result.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

// A decision to record: the record's fields but id and decidedBy/At, which are stamped here.
using ReviewRequest = db::ReviewDecisionRecord;

class ReviewActions {
public:
    explicit ReviewActions(Session& session) : session_(session) {}

    Result<db::ReviewDecisionRecord> decide(const ReviewRequest& request);
    // Every decision about the candidate in the case, oldest first.
    Result<std::vector<db::ReviewDecisionRecord>> history(std::int64_t caseId, std::int64_t candidateId);
    // Every decision about every candidate in the case, in the order they were recorded (one query).
    Result<std::vector<db::ReviewDecisionRecord>> historyForCase(std::int64_t caseId);
    // The record alone (no photos or faces) of a candidate a decision names, e.g. to print its name.
    Result<db::CandidateRecord> candidateRecord(std::int64_t candidateId);

private:
    Session& session_;
};

}  // namespace reunite::workflows
