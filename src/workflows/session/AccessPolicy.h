#pragma once
// AccessPolicy: decides whether an actor may perform an action needing a permission.
// Guarantees: an actor without a name is always refused (every action must be attributable);
// the role matrix is applied here and nowhere else.
// Thread safety: pure function.
#include "domain/Result.h"
#include "workflows/session/Actor.h"
#include "workflows/session/Permission.h"

namespace reunite::workflows {

Status authorize(const Actor& actor, Permission permission);

}  // namespace reunite::workflows
