#include "calibration/IdentityCalibration.h"

#include <algorithm>
#include <cmath>

namespace reunite {

double LikelihoodFusionRule::apply(const std::vector<double>& componentLog10) const {
    double sum = offset;
    for (std::size_t k = 0; k < weights.size() && k < componentLog10.size(); ++k) sum += weights[k] * componentLog10[k];
    return std::clamp(sum, minLog10, maxLog10);
}

LikelihoodFusionRule LikelihoodFusionRule::fromLogistic(const LogisticModel& model, std::size_t mates, std::size_t nonMates) {
    LikelihoodFusionRule rule;
    const double toLog10 = 1.0 / std::log(10.0);
    for (double w : model.weights) rule.weights.push_back(w * toLog10);
    rule.offset = model.intercept * toLog10;
    rule.minLog10 = lowerLog10Bound(mates);
    rule.maxLog10 = upperLog10Bound(nonMates);
    return rule;
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
