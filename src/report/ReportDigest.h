#pragma once
// ReportDigest: the SHA-256 of a case report's canonical content data, printed in the report
// so that a reader (or a later signature) can tell whether two reports show the same content.
// Content: every field of the model except the generation time, the person who generated it, the
// language and the classification marking; images enter as width, height and the SHA-256 of
// their pixels. Canonical form: JSON with sorted keys, no spaces, numbers in shortest round-trip
// form (nlohmann::json dump()).
// Guarantees: the same model content gives the same digest on every run and machine.
// Thread safety: pure functions.
#include <string>

#include "report/CaseReportModel.h"

namespace reunite::report {

std::string contentDigest(const CaseReportModel& model);  // 64 lowercase hex digits

}  // namespace reunite::report
