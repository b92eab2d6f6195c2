#pragma once
// caseSummaryOf: the case facts a report or poster prints, from the stored case record (one
// mapping for both builders).
// Thread safety: pure function.
#include "db/records/CaseRecord.h"
#include "report/CaseSummary.h"

namespace reunite::workflows {

report::CaseSummary caseSummaryOf(const db::CaseRecord& c);

}  // namespace reunite::workflows
