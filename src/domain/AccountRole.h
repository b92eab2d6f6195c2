#pragma once
// Role: what an account may do — the one role type of the program (accounts table, access
// policy, CLI and GUI).
// volunteer: imports flyers and gallery records and sees its own imports; analyst: cases assigned
// to it, searches, review, DNA requests, reports; supervisor: everything, plus DNA conclusions,
// accounts, the audit log and retention.
// Spellings: roleName() "volunteer"/"analyst"/"supervisor" (database, CLI, JSON); parseRole()
// accepts exactly those.
// Thread safety: plain values and pure functions.
#include <optional>
#include <string_view>

namespace reunite {

enum class Role { Volunteer, Analyst, Supervisor };

const char* roleName(Role role);
std::optional<Role> parseRole(std::string_view text);

}  // namespace reunite
