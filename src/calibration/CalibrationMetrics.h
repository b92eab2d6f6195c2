#pragma once
// CalibrationMetrics: how well log10 likelihood ratios of mates (same person / related) and
// non-mates (different people / unrelated) behave.
//  - cllr: log-likelihood-ratio cost in bits (0 perfect, 1 a system that always says LR = 1,
//    above 1 worse than saying nothing); each class weighs half.
//  - minimumCllr: the Cllr after the best monotone recalibration of the same scores (pool
//    adjacent violators), i.e. the discrimination alone; cllr - minimumCllr is the calibration loss.
//  - expectedCalibrationError: over equal-width bins of the equal-prior posterior LR / (1 + LR),
//    the weighted mean |mean posterior - share of mates|, mates and non-mates weighing half each.
//  - reliabilityBins / shareOfMatesAtOrAbove: the reliability table (empirical LR per bin of stated LR;
//    among comparisons given LR >= threshold, the observed share of mates against the share the
//    LRs predict at the set's own base rate).
// Inputs with an empty class give NaN where a figure needs both classes.
// Thread safety: pure functions.
#include <cstddef>
#include <vector>

namespace reunite {

// Out-of-fold evidence of one comparison method: the raw scores (higher = more mate-like, e.g.
// negated distances) and the log10 LRs a calibration fitted without those people gave them.
struct CalibrationEvidence {
    std::vector<double> mateScores, nonMateScores;
    std::vector<double> mateLog10, nonMateLog10;
};

double cllr(const std::vector<double>& mateLog10, const std::vector<double>& nonMateLog10);

// Scores: higher means more mate-like (negate distances before calling).
double minimumCllr(const std::vector<double>& mateScores, const std::vector<double>& nonMateScores);

double expectedCalibrationError(const std::vector<double>& mateLog10, const std::vector<double>& nonMateLog10,
                                int bins = 10);

struct ReliabilityBin {
    double lowerLog10 = 0;            // bin of stated log10 LR: [lower, upper)
    double upperLog10 = 0;
    std::size_t mates = 0;
    std::size_t nonMates = 0;
    double meanStatedLog10 = 0;       // mean stated log10 LR in the bin (NaN when empty)
    double empiricalLog10 = 0;        // log10((mates/allMates) / (nonMates/allNonMates)); +-inf when a class is absent
};

// Bins between consecutive edges; the first and last bins are open-ended.
std::vector<ReliabilityBin> reliabilityBins(const std::vector<double>& mateLog10, const std::vector<double>& nonMateLog10,
                                            const std::vector<double>& innerEdges);

struct HighLikelihoodReliability {
    double thresholdLog10 = 2;
    std::size_t comparisons = 0;  // comparisons given LR >= threshold
    std::size_t mates = 0;
    double observedShare = 0;     // mates / comparisons (NaN when none)
    double expectedShare = 0;     // mean of LR*O / (1 + LR*O), O = the set's mates/non-mates (NaN when none)
};

HighLikelihoodReliability shareOfMatesAtOrAbove(const std::vector<double>& mateLog10,
                                                const std::vector<double>& nonMateLog10, double thresholdLog10);

// Equal-prior log10 LRs from the pool-adjacent-violators fit of the scores (the Cllr-min map),
// in the order mates then non-mates; LRs are clamped to +-log10(count) so none is infinite.
std::vector<double> pavLog10LikelihoodRatios(const std::vector<double>& mateScores,
                                             const std::vector<double>& nonMateScores);

// All of the above for one method's evidence; reliability bins at log10 LR -2, -1, 0, 1, 2.
struct CalibrationFigures {
    std::size_t mates = 0, nonMates = 0;
    double cllr = 0, minimumCllr = 0, expectedCalibrationError = 0;
    std::vector<ReliabilityBin> bins;
    HighLikelihoodReliability atOrAbove100;
};

CalibrationFigures describeCalibration(const CalibrationEvidence& evidence);

}  // namespace reunite
