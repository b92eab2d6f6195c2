#pragma once
// The case a command names with --case NUMBER. A number that names no case is a usage error
// (exit 2: the argument is wrong), not a missing input file.
// Thread safety: uses the Session from the calling thread.
#include <optional>
#include <string>

#include "db/records/CaseRecord.h"
#include "domain/Result.h"
#include "workflows/session/Session.h"

namespace reunite::cli {

Result<db::CaseRecord> caseNamed(workflows::Session& session, const std::optional<std::string>& caseNumber);

}  // namespace reunite::cli
