#pragma once
// KinshipOptions: everything a kinship calculation depends on besides the genotypes and the
// frequency table; stored with an analysis so it can be reproduced.
// Defaults: Hardy-Weinberg (theta 0), prior 0.5, stepwise mutation model with mu = 0.002 per
// meiosis at every marker (markerMutationRates overrides it per canonical marker name),
// step ratio 0.1, minimum frequency = smallest listed at the marker, SF/Z JD0105001-2016 /
// GB/T 37223-2018 conclusion rule.
// Thread safety: plain value type.
#include <map>
#include <string>

#include "dna/ConclusionRule.h"
#include "dna/MinimumFrequencyRule.h"
#include "dna/MutationModel.h"

namespace reunite::dna {

struct KinshipOptions {
    double theta = 0.0;  // in [0, 0.5)
    double prior = 0.5;  // in (0, 1)
    MutationModelKind mutationModel = MutationModelKind::Stepwise;
    double mutationRate = 0.002;                    // per meiosis, > 0
    std::map<std::string, double> markerMutationRates;  // canonical marker name -> rate
    double stepRatio = 0.1;                          // stepwise model: each further step r times as likely
    MinimumFrequencyRule minimumFrequency;
    ConclusionRule conclusionRule;

    double mutationRateFor(const std::string& canonicalMarker) const {
        const auto it = markerMutationRates.find(canonicalMarker);
        return it == markerMutationRates.end() ? mutationRate : it->second;
    }
};

}  // namespace reunite::dna
