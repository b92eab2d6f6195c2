#include "calibration/CalibrationMetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>
#include <numeric>

#include "calibration/PoolAdjacentViolators.h"
#include "calibration/ScoreCalibration.h"

namespace reunite {
namespace {

constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();

// log2(1 + 10^x) without overflow.
double log2OnePlusPow10(double x) {
    const double z = x * std::log(10.0);
    const double softplus = z > 0 ? z + std::log1p(std::exp(-z)) : std::log1p(std::exp(z));
    return softplus / std::log(2.0);
}

double equalPriorPosterior(double log10Lr) { return 1.0 / (1.0 + std::pow(10.0, -log10Lr)); }

}  // namespace

double cllr(const std::vector<double>& mateLog10, const std::vector<double>& nonMateLog10) {
    if (mateLog10.empty() || nonMateLog10.empty()) return kNaN;
    double mates = 0, nonMates = 0;
    for (double l : mateLog10) mates += log2OnePlusPow10(-l);
    for (double l : nonMateLog10) nonMates += log2OnePlusPow10(l);
    return 0.5 * (mates / mateLog10.size() + nonMates / nonMateLog10.size());
}

std::vector<double> pavLog10LikelihoodRatios(const std::vector<double>& mateScores,
                                             const std::vector<double>& nonMateScores) {
    std::vector<double> scores(mateScores);
    scores.insert(scores.end(), nonMateScores.begin(), nonMateScores.end());
    std::vector<std::uint8_t> labels(mateScores.size(), 1);
    labels.resize(scores.size(), 0);
    const PavFit pav = poolAdjacentViolators(scores, labels);
    const double upper = upperLog10Bound(nonMateScores.size()), lower = lowerLog10Bound(mateScores.size());
    std::vector<double> out(scores.size(), 0.0);
    for (const PavBlock& b : pav.blocks) {
        const double m = b.mates / pav.allMates, n = b.nonMates / pav.allNonMates;
        const double log10Lr = m <= 0 ? lower : n <= 0 ? upper : std::clamp(std::log10(m / n), lower, upper);
        for (std::size_t k = b.begin; k < b.end; ++k) out[pav.order[k]] = log10Lr;
    }
    return out;
}

double minimumCllr(const std::vector<double>& mateScores, const std::vector<double>& nonMateScores) {
    if (mateScores.empty() || nonMateScores.empty()) return kNaN;
    const std::vector<double> lrs = pavLog10LikelihoodRatios(mateScores, nonMateScores);
    const std::vector<double> mates(lrs.begin(), lrs.begin() + static_cast<std::ptrdiff_t>(mateScores.size()));
    const std::vector<double> nonMates(lrs.begin() + static_cast<std::ptrdiff_t>(mateScores.size()), lrs.end());
    return cllr(mates, nonMates);
}

double expectedCalibrationError(const std::vector<double>& mateLog10, const std::vector<double>& nonMateLog10, int bins) {
    if (mateLog10.empty() || nonMateLog10.empty() || bins < 1) return kNaN;
    std::vector<double> weight(bins, 0.0), mateWeight(bins, 0.0), posteriorSum(bins, 0.0);
    auto add = [&](double log10Lr, bool mate, double w) {
        const double p = equalPriorPosterior(log10Lr);
        const int b = std::min(bins - 1, static_cast<int>(p * bins));
        weight[b] += w;
        posteriorSum[b] += w * p;
        if (mate) mateWeight[b] += w;
    };
    for (double l : mateLog10) add(l, true, 0.5 / mateLog10.size());
    for (double l : nonMateLog10) add(l, false, 0.5 / nonMateLog10.size());
    double error = 0;
    for (int b = 0; b < bins; ++b) {
        if (weight[b] > 0) error += std::abs(posteriorSum[b] - mateWeight[b]);
    }
    return error;
}

std::vector<ReliabilityBin> reliabilityBins(const std::vector<double>& mateLog10, const std::vector<double>& nonMateLog10,
                                            const std::vector<double>& innerEdges) {
    std::vector<ReliabilityBin> bins(innerEdges.size() + 1);
    std::vector<double> statedSum(bins.size(), 0.0);
    for (std::size_t b = 0; b < bins.size(); ++b) {
        bins[b].lowerLog10 = b == 0 ? -std::numeric_limits<double>::infinity() : innerEdges[b - 1];
        bins[b].upperLog10 = b == innerEdges.size() ? std::numeric_limits<double>::infinity() : innerEdges[b];
    }
    auto binOf = [&](double l) {
        return static_cast<std::size_t>(std::upper_bound(innerEdges.begin(), innerEdges.end(), l) - innerEdges.begin());
    };
    for (double l : mateLog10) {
        ++bins[binOf(l)].mates;
        statedSum[binOf(l)] += l;
    }
    for (double l : nonMateLog10) {
        ++bins[binOf(l)].nonMates;
        statedSum[binOf(l)] += l;
    }
    for (std::size_t b = 0; b < bins.size(); ++b) {
        const std::size_t count = bins[b].mates + bins[b].nonMates;
        bins[b].meanStatedLog10 = count ? statedSum[b] / count : kNaN;
        const double mateRate = mateLog10.empty() ? kNaN : static_cast<double>(bins[b].mates) / mateLog10.size();
        const double nonMateRate = nonMateLog10.empty() ? kNaN : static_cast<double>(bins[b].nonMates) / nonMateLog10.size();
        bins[b].empiricalLog10 = count ? std::log10(mateRate) - std::log10(nonMateRate) : kNaN;
    }
    return bins;
}

HighLikelihoodReliability shareOfMatesAtOrAbove(const std::vector<double>& mateLog10,
                                                const std::vector<double>& nonMateLog10, double thresholdLog10) {
    HighLikelihoodReliability r;
    r.thresholdLog10 = thresholdLog10;
    const double priorOdds = nonMateLog10.empty() ? kNaN : static_cast<double>(mateLog10.size()) / nonMateLog10.size();
    double expected = 0;
    auto visit = [&](double l, bool mate) {
        if (l < thresholdLog10) return;
        ++r.comparisons;
        if (mate) ++r.mates;
        const double posteriorOdds = std::pow(10.0, l) * priorOdds;
        expected += posteriorOdds / (1 + posteriorOdds);
    };
    for (double l : mateLog10) visit(l, true);
    for (double l : nonMateLog10) visit(l, false);
    r.observedShare = r.comparisons ? static_cast<double>(r.mates) / r.comparisons : kNaN;
    r.expectedShare = r.comparisons ? expected / r.comparisons : kNaN;
    return r;
}

CalibrationFigures describeCalibration(const CalibrationEvidence& evidence) {
    CalibrationFigures f;
    f.mates = evidence.mateLog10.size();
    f.nonMates = evidence.nonMateLog10.size();
    f.cllr = cllr(evidence.mateLog10, evidence.nonMateLog10);
    f.minimumCllr = minimumCllr(evidence.mateScores, evidence.nonMateScores);
    f.expectedCalibrationError = expectedCalibrationError(evidence.mateLog10, evidence.nonMateLog10);
    f.bins = reliabilityBins(evidence.mateLog10, evidence.nonMateLog10, {-2, -1, 0, 1, 2});
    f.atOrAbove100 = shareOfMatesAtOrAbove(evidence.mateLog10, evidence.nonMateLog10, 2);
    return f;
}

}  // namespace reunite
