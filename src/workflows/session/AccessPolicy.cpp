#include "workflows/session/AccessPolicy.h"

#include <algorithm>
#include <cctype>

namespace reunite::workflows {

const char* permissionName(Permission permission) {
    switch (permission) {
    case Permission::ViewCases: return "view cases";
    case Permission::EditCases: return "edit cases";
    case Permission::BrowseGallery: return "browse the photo database";
    case Permission::ImportGallery: return "import gallery photos";
    case Permission::ImportFlyers: return "import flyers";
    case Permission::EditGallery: return "edit the photo database";
    case Permission::SearchCases: return "search for candidates";
    case Permission::ReviewCandidates: return "review candidates";
    case Permission::RenderProgressions: return "render age progressions";
    case Permission::Maintain: return "maintain the database";
    case Permission::HandleDna: return "handle DNA evidence";
    case Permission::ConcludeDna: return "conclude DNA requests";
    }
    return "act";
}

Status authorize(const Actor& actor, Permission permission) {
    const bool blank = std::all_of(actor.name.begin(), actor.name.end(), [](unsigned char c) { return std::isspace(c); });
    if (blank) {
        return makeError(ErrorCode::InvalidArgument,
                         std::string("an unnamed user may not ") + permissionName(permission) + ": sign in or give a user name");
    }
    return Ok{};
}

}  // namespace reunite::workflows
