#pragma once
// Closing a DNA request, in ONE transaction, with the analyst's required note:
//   confirmed          -> outcome recorded, request confirmed, the case closed (reunited);
//   excluded           -> outcome recorded, request excluded, the candidate rejected in the review
//                         with the DNA reason (so later searches leave them out);
//   more loci requested -> outcome recorded, request waits for more loci (inconclusive).
// Confirming needs the latest analysis to conclude "supported", excluding needs "excluded";
// asking for more loci needs no particular conclusion. A confirmed or excluded request is final.
// Guarantees: blank note, missing or contrary analysis, final request -> InvalidArgument; unknown
// request -> NotFound; nothing is written unless everything is. Never throws.
// Thread safety: uses the connection from the calling thread.
#include <optional>
#include <string_view>

#include "db/records/CaseOutcomeRecord.h"
#include "db/records/CaseRecord.h"
#include "db/records/DnaRequestRecord.h"
#include "db/records/ReviewDecisionRecord.h"
#include "domain/Result.h"
#include "workflows/dna/DnaRequestInputs.h"

namespace reunite::db {
class Database;
}

namespace reunite::workflows {

struct ClosedDnaRequest {
    db::CaseOutcomeRecord outcome;
    db::DnaRequestRecord request;                         // as updated
    std::optional<db::CaseRecord> closedCase;             // confirmed
    std::optional<db::ReviewDecisionRecord> rejection;    // excluded
};

Result<ClosedDnaRequest> closeDnaRequest(db::Database& database, const DnaClosingInput& input, std::string_view userName);

}  // namespace reunite::workflows
