#include "kinship/KinshipTypes.h"

#include <cctype>
#include <string>

namespace reunite {

const char* kinRoleName(KinRole role) {
    switch (role) {
    case KinRole::Father: return "father";
    case KinRole::Mother: return "mother";
    case KinRole::Parent: return "parent";
    case KinRole::Son: return "son";
    case KinRole::Daughter: return "daughter";
    case KinRole::Child: return "child";
    }
    return "child";
}

std::optional<KinRole> parseKinRole(std::string_view text) {
    std::string lower;
    for (char c : text)
        if (!std::isspace(static_cast<unsigned char>(c))) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (KinRole role : {KinRole::Father, KinRole::Mother, KinRole::Parent, KinRole::Son, KinRole::Daughter, KinRole::Child})
        if (lower == kinRoleName(role)) return role;
    return std::nullopt;
}

const char* kinRelationName(KinRelation relation) {
    switch (relation) {
    case KinRelation::Father: return "father";
    case KinRelation::Mother: return "mother";
    case KinRelation::FullSibling: return "full_sibling";
    case KinRelation::HalfSibling: return "half_sibling";
    }
    return "full_sibling";
}

bool isParentRole(KinRole role) { return role == KinRole::Father || role == KinRole::Mother || role == KinRole::Parent; }

KinRole childRoleOf(char sexCode) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(sexCode)));
    return c == 'M' ? KinRole::Son : c == 'F' ? KinRole::Daughter : KinRole::Child;
}

KinRole parentRoleOf(char sexCode) {
    const char c = static_cast<char>(std::toupper(static_cast<unsigned char>(sexCode)));
    return c == 'M' ? KinRole::Father : c == 'F' ? KinRole::Mother : KinRole::Parent;
}

}  // namespace reunite
