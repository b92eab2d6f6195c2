#include "workflows/session/Session.h"

#include "db/repositories/CaseRepository.h"

namespace reunite::workflows {

Status Session::authorizeCase(Permission permission, std::int64_t caseId) const {
    if (Status allowed = authorize(permission); !allowed) return allowed;
    if (actor_.role == Role::Supervisor) return Ok{};
    Result<db::CaseRecord> theCase = db::CaseRepository(database_).get(caseId);
    if (!theCase) return theCase.error();
    return authorizeAssignment(actor_, theCase.value().assignedTo);
}

}  // namespace reunite::workflows
