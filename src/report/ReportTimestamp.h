#pragma once
// ReportTimestamp: the generation time of a report or poster. Given on the command line
// (--timestamp) it makes the output reproducible; otherwise it is the current time.
// Accepted: the timestamps of domain/IsoDateTime.h: "YYYY-MM-DD", "YYYY-MM-DDTHH:MM[:SS[.fff]]"
// followed by "Z" or "+HH:MM"/"-HH:MM" (no zone: UTC). Normalised to UTC "YYYY-MM-DDTHH:MM:SSZ"
// (fractions dropped).
// Errors: InvalidArgument naming the expected form (invalid dates such as 2023-02-30 too).
// Thread safety: pure functions (currentReportTimestamp reads the clock).
#include <string>
#include <string_view>

#include "domain/Result.h"

namespace reunite::report {

Result<std::string> normaliseReportTimestamp(std::string_view text);
std::string currentReportTimestamp();

}  // namespace reunite::report
