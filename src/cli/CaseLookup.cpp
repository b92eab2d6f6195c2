#include "cli/CaseLookup.h"

#include "workflows/cases/CaseActions.h"

namespace reunite::cli {

Result<db::CaseRecord> caseNamed(workflows::Session& session, const std::optional<std::string>& caseNumber) {
    if (!caseNumber) return makeError(ErrorCode::InvalidArgument, "--case NUMBER is required");
    Result<db::CaseRecord> found = workflows::CaseActions(session).findByNumber(*caseNumber);
    if (!found && found.error().code == ErrorCode::NotFound) return makeError(ErrorCode::InvalidArgument, found.error().message);
    return found;
}

}  // namespace reunite::cli
