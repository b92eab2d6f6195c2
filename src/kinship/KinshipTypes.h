#pragma once
// Plain values of a kinship comparison: who a face belongs to within a family.
//  KinRole: the side of a parent-child comparison a face stands on, with its sex when known
//           (Parent / Child: sex unknown, the model then uses the average of both sexes).
//  KinRelation: how a case's relative is related to the missing child.
// Thread safety: plain values and pure functions.
#include <optional>
#include <string_view>

namespace reunite {

enum class KinRole { Father, Mother, Parent, Son, Daughter, Child };
enum class KinRelation { Father, Mother, FullSibling, HalfSibling };

const char* kinRoleName(KinRole role);                  // "father", "mother", "parent", "son", "daughter", "child"
std::optional<KinRole> parseKinRole(std::string_view text);
const char* kinRelationName(KinRelation relation);      // "father", "mother", "full_sibling", "half_sibling"
bool isParentRole(KinRole role);
// From a sex code as the gallery stores it ('M', 'F', anything else unknown; any case).
KinRole childRoleOf(char sexCode);   // Son, Daughter or Child
KinRole parentRoleOf(char sexCode);  // Father, Mother or Parent

}  // namespace reunite
