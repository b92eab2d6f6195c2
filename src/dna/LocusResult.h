#pragma once
// LocusResult: the outcome of a kinship calculation at one marker: the likelihood ratio, whether
// the genotypes obey Mendel's rules, the marker's exclusion power and the genotypes by role.
// Thread safety: plain value type.
#include <optional>
#include <string>
#include <vector>

namespace reunite::dna {

struct RoleGenotype {
    std::string role;      // "candidate", "mother", "father", "sibling", "half_sibling"
    std::string genotype;  // "12/14"
};

struct LocusResult {
    std::string marker;  // canonical name
    double lr = 1.0;     // > 0
    bool consistent = true;        // false: Mendelian inconsistency (parentage hypotheses only)
    bool mutationModelUsed = false;  // lr comes from the mutation model (only when !consistent)
    std::optional<double> exclusionPower;  // mean PE of the marker (parentage hypotheses only)
    std::vector<RoleGenotype> genotypes;
    std::vector<std::string> notes;  // e.g. an allele absent from the table and the frequency used
};

}  // namespace reunite::dna
