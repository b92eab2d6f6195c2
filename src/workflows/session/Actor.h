#pragma once
// Actor: who performs an action — the signed-in account (its id, name and role). Every entry
// point of the application layer takes the acting account as a value; decisions, runs and audit
// entries carry its name. Made by signing in (workflows/accounts/SignIn.h); tests may build one.
// Thread safety: plain value.
#include <cstdint>
#include <string>

#include "domain/AccountRole.h"

namespace reunite::workflows {

struct Actor {
    std::int64_t accountId = 0;
    std::string name;
    Role role = Role::Volunteer;
};

}  // namespace reunite::workflows
