#pragma once
// ScoreCalibration: maps one comparison score (a distance, a similarity, a fused score) to a
// likelihood ratio, log10 LR = offset + slope * score, clamped to [minLog10, maxLog10].
// Fitted by prior-weighted logistic regression on mate and non-mate scores (same person vs
// different people, or related vs unrelated), so the map is monotone. The bounds keep every LR
// finite and no larger than the calibration data can support: with n non-mate scores seen, an LR
// above n (below 1/m with m mate scores) would claim more than the data ever showed.
// Thread safety: immutable value; share freely.
#include <string>
#include <vector>

#include "domain/Result.h"

namespace reunite {

class ScoreCalibration {
public:
    ScoreCalibration() = default;
    ScoreCalibration(double slope, double offset, double minLog10, double maxLog10);

    // Fails (InvalidArgument) unless both lists hold at least two scores.
    static Result<ScoreCalibration> fit(const std::vector<double>& mateScores, const std::vector<double>& nonMateScores);

    double log10LikelihoodRatio(double score) const;

    double slope() const { return slope_; }
    double offset() const { return offset_; }
    double minLog10() const { return minLog10_; }
    double maxLog10() const { return maxLog10_; }

private:
    double slope_ = 0;
    double offset_ = 0;
    double minLog10_ = 0;
    double maxLog10_ = 0;
};

// Bounds from the calibration data's size: [-log10(mates), +log10(nonMates)], at least +-1.
double upperLog10Bound(std::size_t nonMates);
double lowerLog10Bound(std::size_t mates);

}  // namespace reunite
