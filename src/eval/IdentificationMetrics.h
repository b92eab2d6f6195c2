#pragma once
// IdentificationMetrics: closed-set identification rates from per-probe rankings.
// Input: for each probe, the rank (1-based) at which its true identity appeared, or 0 if absent
// from the ranking. Output: rank-k rates for the requested k.
// Thread safety: plain functions.
#include <map>
#include <vector>

namespace reunite {

struct DistanceStatistics {
    std::size_t count = 0;
    double mean = 0;
    double median = 0;
    double standardDeviation = 0;
    double minimum = 0;
    double maximum = 0;
    double fractionBelowThreshold = 0;
};

std::map<int, double> rankRates(const std::vector<int>& trueRanks, const std::vector<int>& ks);
DistanceStatistics describeDistances(std::vector<double> distances, double threshold);

}  // namespace reunite
