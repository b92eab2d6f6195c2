#pragma once
// StoredDnaSection: the DNA part of a case report from what the DNA workflow stored for the case
// (requests, samples with their custody timeline, every kinship analysis with its per-locus table,
// and the outcomes), through DnaActions. No DNA work yet gives no section.
// Thread safety: uses the session's database; one thread.
#include <cstdint>
#include <optional>

#include "domain/Result.h"
#include "report/CaseReportModel.h"
#include "workflows/session/Session.h"

namespace reunite::workflows {

Result<std::optional<report::DnaSection>> storedDnaSection(Session& session, std::int64_t caseId);

}  // namespace reunite::workflows
