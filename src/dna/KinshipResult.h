#pragma once
// KinshipResult: the outcome of one kinship calculation, per locus and combined, with everything
// needed to report or store it (the options used and the rule applied).
// Thread safety: plain value type.
#include <optional>
#include <string>
#include <vector>

#include "dna/ConclusionRule.h"
#include "dna/KinshipHypothesis.h"
#include "dna/LocusResult.h"
#include "dna/MutationModel.h"

namespace reunite::dna {

enum class SkipKind { NotAutosomal, NotTyped, NotInTable, TriAllelic, OffLadder, Incomplete };

struct SkippedLocus {
    std::string marker;
    SkipKind kind = SkipKind::NotTyped;
    std::string role;    // the person concerned ("candidate", "father", ...), empty if nobody
    std::string reason;  // English description
};

struct KinshipResult {
    KinshipHypothesis hypothesis = KinshipHypothesis::Duo;
    std::vector<LocusResult> loci;
    std::vector<SkippedLocus> skipped;
    double combinedLr = 1.0;       // the product; may underflow to 0 below 1e-308 (log10 stays exact)
    double log10CombinedLr = 0.0;  // sum of the loci's log10 LR
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
