#include "calibration/ScoreCalibration.h"

#include <algorithm>
#include <cmath>
#include <iterator>
#include <limits>
#include <numeric>

#include "calibration/PoolAdjacentViolators.h"

namespace reunite {

double upperLog10Bound(std::size_t nonMates) { return std::max(1.0, std::log10(static_cast<double>(std::max<std::size_t>(nonMates, 1)))); }
double lowerLog10Bound(std::size_t mates) { return -std::max(1.0, std::log10(static_cast<double>(std::max<std::size_t>(mates, 1)))); }

Result<ScoreCalibration> ScoreCalibration::fromKnots(std::vector<Knot> knots, double minLog10, double maxLog10) {
    if (knots.empty() || !(minLog10 <= maxLog10)) return makeError(ErrorCode::InvalidArgument, "calibration without knots or bounds");
    bool rising = true, falling = true;
    for (std::size_t i = 0; i < knots.size(); ++i) {
        if (!std::isfinite(knots[i].score) || !std::isfinite(knots[i].log10)) {
            return makeError(ErrorCode::InvalidArgument, "calibration knot is not finite");
        }
        if (i == 0) continue;
        if (knots[i].score <= knots[i - 1].score) return makeError(ErrorCode::InvalidArgument, "calibration knots out of order");
        rising = rising && knots[i].log10 >= knots[i - 1].log10;
        falling = falling && knots[i].log10 <= knots[i - 1].log10;
    }
    if (!rising && !falling) return makeError(ErrorCode::InvalidArgument, "calibration knots are not monotone");
    return ScoreCalibration(std::move(knots), minLog10, maxLog10);
}

Result<ScoreCalibration> ScoreCalibration::fit(const std::vector<double>& mateScores,
                                               const std::vector<double>& nonMateScores) {
    std::vector<double> mates, nonMates;
    std::copy_if(mateScores.begin(), mateScores.end(), std::back_inserter(mates), [](double s) { return std::isfinite(s); });
    std::copy_if(nonMateScores.begin(), nonMateScores.end(), std::back_inserter(nonMates), [](double s) { return std::isfinite(s); });
    if (mates.size() < 2 || nonMates.size() < 2) {
        return makeError(ErrorCode::InvalidArgument, "calibration needs at least two mate and two non-mate scores");
    }
    const double mateMean = std::accumulate(mates.begin(), mates.end(), 0.0) / mates.size();
    const double nonMateMean = std::accumulate(nonMates.begin(), nonMates.end(), 0.0) / nonMates.size();
    const double sign = mateMean >= nonMateMean ? 1.0 : -1.0;  // PAV works on "larger is more mate-like"
    std::vector<double> scores;
    std::vector<std::uint8_t> labels;
    for (double s : mates) {
        scores.push_back(sign * s);
        labels.push_back(1);
    }
    for (double s : nonMates) {
        scores.push_back(sign * s);
        labels.push_back(0);
    }
    const PavFit pav = poolAdjacentViolators(scores, labels);
    const double lower = lowerLog10Bound(mates.size()), upper = upperLog10Bound(nonMates.size());
    std::vector<Knot> knots;
    double previous = -std::numeric_limits<double>::infinity();
    for (const PavBlock& b : pav.blocks) {
        double log10Lr = std::log10((b.mates + 0.5) / (pav.allMates + 1)) - std::log10((b.nonMates + 0.5) / (pav.allNonMates + 1));
        log10Lr = std::clamp(std::max(log10Lr, previous), lower, upper);  // the half counts must not undo PAV's order
        previous = log10Lr;
        knots.push_back({sign * b.meanScore, log10Lr});
    }
    if (sign < 0) std::reverse(knots.begin(), knots.end());
    return fromKnots(std::move(knots), lower, upper);
}

double ScoreCalibration::log10LikelihoodRatio(double score) const {
    if (knots_.empty() || std::isnan(score)) return 0.0;
    if (score <= knots_.front().score) return std::clamp(knots_.front().log10, minLog10_, maxLog10_);
    if (score >= knots_.back().score) return std::clamp(knots_.back().log10, minLog10_, maxLog10_);
    const auto upper = std::upper_bound(knots_.begin(), knots_.end(), score,
                                        [](double s, const Knot& k) { return s < k.score; });
    const Knot& b = *upper;
    const Knot& a = *(upper - 1);
    const double t = (score - a.score) / (b.score - a.score);
    return std::clamp(a.log10 + t * (b.log10 - a.log10), minLog10_, maxLog10_);
}

}  // namespace reunite
