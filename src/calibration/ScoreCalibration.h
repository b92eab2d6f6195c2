#pragma once
// ScoreCalibration: maps one comparison score (a distance, a similarity) to a likelihood ratio.
// Fitted by pool-adjacent-violators (isotonic regression) on mate and non-mate scores, each class
// weighing half: the PAV blocks become knots (the block's weighted mean score, its log10 LR), and
// scores between knots are interpolated linearly; beyond the first and last knot the end value
// holds. So the map is monotone and continuous, and follows the data in the tails, where a
// logistic fit on the raw score overstated the age-invariant LRs (LAG, cross-validated).
// A block's LR is (mates in it + 1/2) / (all mates + 1) over (non-mates in it + 1/2) / (all
// non-mates + 1): a block holding only mates gets a large but finite LR, growing with its size.
// Every LR is then clamped to [1/m, n] (m mates, n non-mates seen): no LR is infinite or larger
// than the calibration data could ever support.
// Direction: found from the data (distances: smaller is more mate-like; similarities: larger).
// Thread safety: immutable value; share freely.
#include <vector>

#include "domain/Result.h"

namespace reunite {

class ScoreCalibration {
public:
    struct Knot {
        double score = 0;
        double log10 = 0;
    };

    ScoreCalibration() = default;
    // Knots in ascending score with monotone values; fails (InvalidArgument) otherwise.
    static Result<ScoreCalibration> fromKnots(std::vector<Knot> knots, double minLog10, double maxLog10);
    // Fails (InvalidArgument) unless both lists hold at least two finite scores.
    static Result<ScoreCalibration> fit(const std::vector<double>& mateScores, const std::vector<double>& nonMateScores);

    // 0 (LR 1) for every score when empty (a default-constructed calibration).
    double log10LikelihoodRatio(double score) const;
    bool empty() const { return knots_.empty(); }

    const std::vector<Knot>& knots() const { return knots_; }
    double minLog10() const { return minLog10_; }
    double maxLog10() const { return maxLog10_; }

private:
    ScoreCalibration(std::vector<Knot> knots, double minLog10, double maxLog10)
        : knots_(std::move(knots)), minLog10_(minLog10), maxLog10_(maxLog10) {}

    std::vector<Knot> knots_;
    double minLog10_ = 0;
    double maxLog10_ = 0;
};

// Bounds from the calibration data's size: [-log10(mates), +log10(nonMates)], at least +-1.
double upperLog10Bound(std::size_t nonMates);
double lowerLog10Bound(std::size_t mates);

}  // namespace reunite
