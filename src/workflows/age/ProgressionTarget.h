#pragma once
// progressionTargetAge: the one rule for the age a childhood photo's face is progressed to on a
// given date, shared by the search (its "progressed" probes, on today's date) and the case report
// and poster (on the document's date), so that a report shows the image the search compared.
// Rule: the case's age on `onDate` from its date of birth, else the age at the photo plus the
// years since the photo's capture date; in fractional years (days / 365.2425, not rounded).
// Nothing when the photo's age is unknown, it shows an adult (18 or older), the dates are missing
// or malformed, or the child would not be MORE than one year older than in the photo.
// Why this boundary: it is the rule the search path applied when progressed probes were built for
// the ranking evaluations (strictly more than a year, fractional years); the report's former rule
// (whole years, at least a year) was never used for ranking and printed other ages than the
// search had compared.
// Thread safety: pure function.
#include <optional>
#include <string_view>

#include "db/records/CaseRecord.h"
#include "db/records/PhotoRecord.h"

namespace reunite::workflows {

inline constexpr double kChildhoodEnds = 18;  // photos at this age or older are not progressed

// `onDate`: "YYYY-MM-DD" or a timestamp starting with it.
std::optional<double> progressionTargetAge(const db::CaseRecord& theCase, const db::PhotoRecord& photo, std::string_view onDate);

}  // namespace reunite::workflows
