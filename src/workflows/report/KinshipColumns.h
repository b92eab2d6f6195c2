#pragma once
// KinshipColumns: the sample columns of a kinship analysis as the report shows them, from the
// kinship calculator's per-role JSON (`reunite-cli dna kinship --json` files and the stored
// analyses' per-locus genotypes alike): which roles are present, in column order (candidate,
// mother, father, sibling, half_sibling), the report's DnaWhose key of each role (the
// calculator's "sibling" is the stored donor role "full_sibling"), and one genotype per column.
// Thread safety: pure functions.
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace reunite::workflows {

// The roles that are keys of `byRole` (a JSON object; anything else has none), in column order.
std::vector<std::string> kinshipRolesIn(const nlohmann::json& byRole);
// The report's DnaWhose key (= the stored donor role text) of a calculator role.
std::string reportRoleKey(std::string_view role);
// The genotype text of each role in `genotypes` ({"candidate": "12/14", ...}); "-" where it has none.
std::vector<std::string> genotypesByRole(const nlohmann::json& genotypes, const std::vector<std::string>& roles);

}  // namespace reunite::workflows
