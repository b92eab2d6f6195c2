#include "workflows/session/AccessPolicy.h"

#include <algorithm>
#include <cctype>

namespace reunite::workflows {

const char* permissionName(Permission permission) {
    switch (permission) {
    case Permission::ViewCases: return "view cases";
    case Permission::EditCases: return "edit cases";
    case Permission::AssignCases: return "assign cases";
    case Permission::BrowseGallery: return "browse the photo database";
    case Permission::ViewImports: return "view import reports";
    case Permission::ImportGallery: return "import gallery photos";
    case Permission::ImportFlyers: return "import flyers";
    case Permission::EditGallery: return "edit the photo database";
    case Permission::SearchCases: return "search for candidates";
    case Permission::ReviewCandidates: return "review candidates";
    case Permission::RenderProgressions: return "render age progressions";
    case Permission::Maintain: return "maintain the database";
    case Permission::HandleDna: return "handle DNA evidence";
    case Permission::ConcludeDna: return "conclude DNA requests";
    case Permission::ManageAccounts: return "manage accounts";
    case Permission::ViewAudit: return "read the audit trail";
    case Permission::ManageRetention: return "manage retention";
    case Permission::ManageEncryption: return "manage the database's encryption";
    }
    return "act";
}

bool roleAllows(Role role, Permission permission) {
    switch (role) {
    case Role::Supervisor: return true;
    case Role::Volunteer:
        return permission == Permission::ImportGallery || permission == Permission::ImportFlyers ||
               permission == Permission::ViewImports;
    case Role::Analyst:
        switch (permission) {
        case Permission::AssignCases:
        case Permission::Maintain:
        case Permission::ConcludeDna:
        case Permission::ManageAccounts:
        case Permission::ViewAudit:
        case Permission::ManageRetention:
        case Permission::ManageEncryption: return false;
        default: return true;
        }
    }
    return false;
}

Status authorize(const Actor& actor, Permission permission) {
    const bool blank = std::all_of(actor.name.begin(), actor.name.end(), [](unsigned char c) { return std::isspace(c); });
    if (blank || actor.accountId <= 0) {
        return makeError(ErrorCode::AccessDenied, std::string("sign in to ") + permissionName(permission));
    }
    if (!roleAllows(actor.role, permission)) {
        return makeError(ErrorCode::AccessDenied, std::string("a ") + roleName(actor.role) + " may not " + permissionName(permission));
    }
    return Ok{};
}

Status authorizeForCase(const Actor& actor, Permission permission, std::optional<std::int64_t> caseAssignedTo) {
    if (Status allowed = authorize(actor, permission); !allowed) return allowed;
    return authorizeAssignment(actor, caseAssignedTo);
}

Status authorizeAssignment(const Actor& actor, std::optional<std::int64_t> caseAssignedTo) {
    if (actor.role == Role::Supervisor || caseAssignedTo == actor.accountId) return Ok{};
    return makeError(ErrorCode::AccessDenied, std::string("this case is not assigned to ") + actor.name + ": a supervisor assigns cases");
}

}  // namespace reunite::workflows
