#include "workflows/report/KinshipColumns.h"

namespace reunite::workflows {
namespace {

constexpr const char* kRoles[] = {"candidate", "mother", "father", "sibling", "half_sibling"};

}  // namespace

std::vector<std::string> kinshipRolesIn(const nlohmann::json& byRole) {
    std::vector<std::string> roles;
    if (!byRole.is_object()) return roles;
    for (const char* role : kRoles) {
        if (byRole.contains(role)) roles.emplace_back(role);
    }
    return roles;
}

std::string reportRoleKey(std::string_view role) { return role == "sibling" ? "full_sibling" : std::string(role); }

std::vector<std::string> genotypesByRole(const nlohmann::json& genotypes, const std::vector<std::string>& roles) {
    std::vector<std::string> shown;
    for (const std::string& role : roles) {
        const bool known = genotypes.is_object() && genotypes.contains(role) && genotypes[role].is_string();
        shown.push_back(known ? genotypes[role].get<std::string>() : "-");
    }
    return shown;
}

}  // namespace reunite::workflows
