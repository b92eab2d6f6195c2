#include "eval/IdentificationMetrics.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace reunite {

std::map<int, double> rankRates(const std::vector<int>& trueRanks, const std::vector<int>& ks) {
    std::map<int, double> rates;
    for (int k : ks) {
        const auto hits = std::count_if(trueRanks.begin(), trueRanks.end(), [k](int r) { return r >= 1 && r <= k; });
        rates[k] = trueRanks.empty() ? 0.0 : static_cast<double>(hits) / trueRanks.size();
    }
    return rates;
}

DistanceStatistics describeDistances(std::vector<double> distances, double threshold) {
    DistanceStatistics s;
    s.count = distances.size();
    if (distances.empty()) return s;
    std::sort(distances.begin(), distances.end());
    s.minimum = distances.front();
    s.maximum = distances.back();
    const std::size_t n = distances.size();
    s.median = n % 2 ? distances[n / 2] : (distances[n / 2 - 1] + distances[n / 2]) / 2;
    s.mean = std::accumulate(distances.begin(), distances.end(), 0.0) / n;
    double squares = 0;
    for (double d : distances) squares += (d - s.mean) * (d - s.mean);
    s.standardDeviation = std::sqrt(squares / n);
    s.fractionBelowThreshold =
        static_cast<double>(std::lower_bound(distances.begin(), distances.end(), threshold) - distances.begin()) / n;
    return s;
}

}  // namespace reunite
