#pragma once
// SearchResultEntry: one ranked candidate of a case search as the GUI shows it: the stored result
// row, the raw match with its score components, the candidate's record and the case's current
// decision about the candidate, if any. Plain data.
// Thread safety: plain value type, no shared state.
#include <optional>

#include "db/records/CandidateRecord.h"
#include "db/records/ReviewDecisionRecord.h"
#include "db/records/SearchResultRow.h"
#include "search/SearchTypes.h"

namespace reunite::gui {

struct SearchResultEntry {
    db::SearchResultRow row;
    CandidateMatch match;
    db::CandidateRecord candidate;
    std::optional<db::ReviewDecisionRecord> decision;
};

}  // namespace reunite::gui
