#include "domain/AccountRole.h"

namespace reunite {

const char* roleName(Role role) {
    switch (role) {
    case Role::Volunteer: return "volunteer";
    case Role::Analyst: return "analyst";
    case Role::Supervisor: return "supervisor";
    }
    return "volunteer";
}

std::optional<Role> parseRole(std::string_view text) {
    for (Role role : {Role::Volunteer, Role::Analyst, Role::Supervisor}) {
        if (text == roleName(role)) return role;
    }
    return std::nullopt;
}

}  // namespace reunite
