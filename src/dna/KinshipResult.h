#pragma once
// KinshipResult: the outcome of one kinship calculation, per locus and combined, with everything
// needed to report or store it (the options used and the rule applied).
// Thread safety: plain value type.
#include <optional>
#include <string>
#include <vector>

#include "dna/ConclusionRule.h"
#include "dna/KinshipHypothesis.h"
#include "dna/MutationModel.h"

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

struct SkippedLocus {
    std::string marker;
    std::string reason;
};

struct KinshipResult {
    KinshipHypothesis hypothesis = KinshipHypothesis::Duo;
    std::vector<LocusResult> loci;
    std::vector<SkippedLocus> skipped;
    double combinedLr = 1.0;
    double log10CombinedLr = 0.0;
    double prior = 0.5;
    double probability = 0.5;  // W = CPI*prior / (CPI*prior + 1 - prior)
    int inconsistentLoci = 0;
    std::optional<double> powerOfExclusion;  // cumulative over the loci computed; parentage only
    Conclusion conclusion = Conclusion::Inconclusive;
    std::string conclusionReason;
    std::string rule;
    // Options as applied.
    double theta = 0.0;
    MutationModelKind mutationModel = MutationModelKind::Stepwise;
    double mutationRate = 0.002;
    std::string minimumFrequencyRule;
    std::string frequencyTable;
};

}  // namespace reunite::dna
