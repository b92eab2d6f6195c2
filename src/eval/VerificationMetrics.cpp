#include "eval/VerificationMetrics.h"

#include <algorithm>
#include <cmath>
#include <limits>

namespace reunite {
namespace {
constexpr double kNaN = std::numeric_limits<double>::quiet_NaN();
}

double areaUnderCurve(const std::vector<double>& mateScores, const std::vector<double>& nonMateScores) {
    if (mateScores.empty() || nonMateScores.empty()) return kNaN;
    std::vector<double> nonMates = nonMateScores;
    std::sort(nonMates.begin(), nonMates.end());
    double wins = 0;
    for (double m : mateScores) {
        const auto below = std::lower_bound(nonMates.begin(), nonMates.end(), m) - nonMates.begin();
        const auto notAbove = std::upper_bound(nonMates.begin(), nonMates.end(), m) - nonMates.begin();
        wins += static_cast<double>(below) + 0.5 * static_cast<double>(notAbove - below);
    }
    return wins / (static_cast<double>(mateScores.size()) * nonMates.size());
}

double trueAcceptRateAt(const std::vector<double>& mateScores, const std::vector<double>& nonMateScores, double far) {
    if (mateScores.empty() || nonMateScores.empty()) return kNaN;
    std::vector<double> nonMates = nonMateScores;
    std::sort(nonMates.begin(), nonMates.end(), std::greater<>());
    const auto allowed = static_cast<std::size_t>(std::floor(far * nonMates.size()));
    // Accept scores strictly above the (allowed+1)-th highest non-mate score.
    const double threshold = allowed < nonMates.size() ? nonMates[allowed] : -std::numeric_limits<double>::infinity();
    const auto accepted = std::count_if(mateScores.begin(), mateScores.end(), [&](double s) { return s > threshold; });
    return static_cast<double>(accepted) / mateScores.size();
}

double accuracyAtThreshold(const std::vector<double>& mateScores, const std::vector<double>& nonMateScores,
                           double threshold) {
    if (mateScores.empty() || nonMateScores.empty()) return kNaN;
    const auto mates = std::count_if(mateScores.begin(), mateScores.end(), [&](double s) { return s >= threshold; });
    const auto nonMates = std::count_if(nonMateScores.begin(), nonMateScores.end(), [&](double s) { return s < threshold; });
    return static_cast<double>(mates + nonMates) / (mateScores.size() + nonMateScores.size());
}

}  // namespace reunite
