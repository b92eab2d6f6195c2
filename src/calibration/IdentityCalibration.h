#pragma once
// IdentityCalibration: likelihood ratios for the identity components of a case search (same
// person vs different people): the direct distance (plain dlib space), the age-invariant distance
// (AgeInvariantTransform space) and the progressed distance (age-progressed probe, plain space),
// each through its own ScoreCalibration, and their combination.
// The components compare the same two photos, so they are not independent: the combined LR is a
// learned fusion (prior-weighted logistic regression on the component log10 LRs, one rule per
// set of available components), never their product.
// A component whose calibration is empty (not fitted, e.g. no progressed probes) is ignored.
// Each LR is for one comparison of two photos. A search that keeps the best of many photo pairs
// selects its smallest distance; the LR of that distance then somewhat overstates the evidence.
// Thread safety: immutable value; share freely.
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "calibration/LogisticRegression.h"
#include "calibration/ScoreCalibration.h"

namespace reunite {

struct IdentityDistances {
    std::optional<double> direct;
    std::optional<double> ageInvariant;
    std::optional<double> progressed;
};

struct IdentityLikelihoods {
    std::optional<double> directLog10;
    std::optional<double> ageInvariantLog10;
    std::optional<double> progressedLog10;
    std::optional<double> fusedLog10;  // present whenever the direct distance is
};

// log10 LR = offset + sum(weights[k] * component log10 LR), clamped to [minLog10, maxLog10].
struct LikelihoodFusionRule {
    std::vector<double> weights;  // in the order direct, age-invariant, progressed (present ones only)
    double offset = 0;
    double minLog10 = -1;
    double maxLog10 = 1;

    double apply(const std::vector<double>& componentLog10) const;

    // The rule of a logistic fusion fitted on natural-log odds, bounded by the numbers of mates and
    // non-mates it was fitted on (see lowerLog10Bound/upperLog10Bound).
    static LikelihoodFusionRule fromLogistic(const LogisticModel& model, std::size_t mates, std::size_t nonMates);
};

class IdentityCalibration {
public:
    IdentityCalibration() = default;
    IdentityCalibration(ScoreCalibration direct, ScoreCalibration ageInvariant, ScoreCalibration progressed,
                        std::map<std::string, LikelihoodFusionRule> fusion);

    IdentityLikelihoods likelihoods(const IdentityDistances& distances) const;

    // Fusion keys: "direct", "direct+age_invariant", "direct+progressed", "direct+age_invariant+progressed".
    static std::string fusionKey(bool ageInvariant, bool progressed);

    const ScoreCalibration& direct() const { return direct_; }
    const ScoreCalibration& ageInvariant() const { return ageInvariant_; }
    const ScoreCalibration& progressed() const { return progressed_; }
    const std::map<std::string, LikelihoodFusionRule>& fusion() const { return fusion_; }

private:
    ScoreCalibration direct_;
    ScoreCalibration ageInvariant_;
    ScoreCalibration progressed_;
    std::map<std::string, LikelihoodFusionRule> fusion_;
};

}  // namespace reunite
