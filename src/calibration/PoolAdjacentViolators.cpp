#include "calibration/PoolAdjacentViolators.h"

#include <algorithm>
#include <numeric>

namespace reunite {
namespace {

struct Pool {
    double mates = 0, nonMates = 0, weight = 0, weightedScore = 0;
    std::size_t begin = 0, end = 0;
};

double mateShare(const Pool& p, double allMates, double allNonMates) {
    const double m = p.mates / allMates, n = p.nonMates / allNonMates;
    return m / (m + n);
}

}  // namespace

PavFit poolAdjacentViolators(const std::vector<double>& scores, const std::vector<std::uint8_t>& labels) {
    PavFit fit;
    for (std::uint8_t label : labels) (label ? fit.allMates : fit.allNonMates) += 1;
    if (fit.allMates == 0 || fit.allNonMates == 0 || scores.size() != labels.size()) return fit;
    fit.order.resize(scores.size());
    std::iota(fit.order.begin(), fit.order.end(), 0);
    std::sort(fit.order.begin(), fit.order.end(), [&](std::size_t a, std::size_t b) { return scores[a] < scores[b]; });
    std::vector<Pool> pools;
    for (std::size_t k = 0; k < fit.order.size();) {
        Pool tied;
        tied.begin = k;
        const double value = scores[fit.order[k]];
        for (; k < fit.order.size() && scores[fit.order[k]] == value; ++k) {
            const bool mate = labels[fit.order[k]] != 0;
            const double w = mate ? 0.5 / fit.allMates : 0.5 / fit.allNonMates;
            (mate ? tied.mates : tied.nonMates) += 1;
            tied.weight += w;
            tied.weightedScore += w * value;
        }
        tied.end = k;
        pools.push_back(tied);
        while (pools.size() > 1 &&
               mateShare(pools[pools.size() - 2], fit.allMates, fit.allNonMates) >= mateShare(pools.back(), fit.allMates, fit.allNonMates)) {
            const Pool last = pools.back();
            pools.pop_back();
            Pool& merged = pools.back();
            merged.mates += last.mates;
            merged.nonMates += last.nonMates;
            merged.weight += last.weight;
            merged.weightedScore += last.weightedScore;
            merged.end = last.end;
        }
    }
    for (const Pool& p : pools) fit.blocks.push_back({p.mates, p.nonMates, p.weightedScore / p.weight, p.begin, p.end});
    return fit;
}

}  // namespace reunite
