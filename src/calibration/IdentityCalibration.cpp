#include "calibration/IdentityCalibration.h"

#include <algorithm>

namespace reunite {

double LikelihoodFusionRule::apply(const std::vector<double>& componentLog10) const {
    double sum = offset;
    for (std::size_t k = 0; k < weights.size() && k < componentLog10.size(); ++k) sum += weights[k] * componentLog10[k];
    return std::clamp(sum, minLog10, maxLog10);
}

IdentityCalibration::IdentityCalibration(ScoreCalibration direct, ScoreCalibration ageInvariant,
                                         ScoreCalibration progressed, std::map<std::string, LikelihoodFusionRule> fusion)
    : direct_(direct), ageInvariant_(ageInvariant), progressed_(progressed), fusion_(std::move(fusion)) {}

std::string IdentityCalibration::fusionKey(bool ageInvariant, bool progressed) {
    return std::string("direct") + (ageInvariant ? "+age_invariant" : "") + (progressed ? "+progressed" : "");
}

IdentityLikelihoods IdentityCalibration::likelihoods(const IdentityDistances& distances) const {
    IdentityLikelihoods out;
    std::vector<double> present;
    if (distances.direct) {
        out.directLog10 = direct_.log10LikelihoodRatio(*distances.direct);
        present.push_back(*out.directLog10);
    }
    if (distances.ageInvariant && !ageInvariant_.empty()) {
        out.ageInvariantLog10 = ageInvariant_.log10LikelihoodRatio(*distances.ageInvariant);
        present.push_back(*out.ageInvariantLog10);
    }
    if (distances.progressed && !progressed_.empty()) {
        out.progressedLog10 = progressed_.log10LikelihoodRatio(*distances.progressed);
        present.push_back(*out.progressedLog10);
    }
    if (!distances.direct) return out;
    const auto rule = fusion_.find(fusionKey(out.ageInvariantLog10.has_value(), out.progressedLog10.has_value()));
    out.fusedLog10 = rule != fusion_.end() ? rule->second.apply(present) : *out.directLog10;
    return out;
}

}  // namespace reunite
