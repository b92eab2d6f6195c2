#pragma once
// AccessPolicy: decides whether an actor may perform an action needing a permission, and whether
// it may work on a given case.
// The matrix (roleAllows): volunteers import gallery records and flyers and see their own import
// reports; analysts also view, edit, search, review, render progressions and handle DNA for the
// cases assigned to them, and browse and edit the gallery; supervisors may do everything, including DNA
// conclusions, case assignment, maintenance and accounts.
// Guarantees: an actor without a name or account is always refused (every action must be
// attributable); refusals are AccessDenied naming the role and the action. The matrix is applied
// here and nowhere else.
// Thread safety: pure functions.
#include <cstdint>
#include <optional>

#include "domain/Result.h"
#include "workflows/session/Actor.h"
#include "workflows/session/Permission.h"

namespace reunite::workflows {

bool roleAllows(Role role, Permission permission);
Status authorize(const Actor& actor, Permission permission);
// Only the assignment: supervisors work on every case, everybody else on the cases assigned to
// their account.
Status authorizeAssignment(const Actor& actor, std::optional<std::int64_t> caseAssignedTo);
// authorize(), then authorizeAssignment().
Status authorizeForCase(const Actor& actor, Permission permission, std::optional<std::int64_t> caseAssignedTo);

}  // namespace reunite::workflows
