#pragma once
// Actor: who performs an action — the account name and its role. Every entry point of the
// application layer takes the acting user as a value; decisions, runs and (later) audit entries
// carry its name.
// Roles: volunteer (imports flyers and gallery records), analyst (cases, searches, review, DNA
// requests, reports), supervisor (everything, plus DNA conclusions, accounts, audit).
// Thread safety: plain values and pure functions.
#include <optional>
#include <string>
#include <string_view>

namespace reunite::workflows {

enum class Role { Volunteer, Analyst, Supervisor };

struct Actor {
    std::string name;
    Role role = Role::Analyst;
};

const char* roleName(Role role);  // "volunteer", "analyst", "supervisor"
std::optional<Role> parseRole(std::string_view text);

}  // namespace reunite::workflows
