#pragma once
// VerificationMetrics: how well scores separate mates from non-mates (higher score = more
// mate-like). AUC (ties count half), the true-accept rate at a false-accept rate (the threshold
// is the smallest score that at most `far` of the non-mates reach), and the accuracy of a fixed
// decision threshold (score >= threshold means "mate"). NaN when a class is empty.
// Thread safety: pure functions.
#include <vector>

namespace reunite {

double areaUnderCurve(const std::vector<double>& mateScores, const std::vector<double>& nonMateScores);
double trueAcceptRateAt(const std::vector<double>& mateScores, const std::vector<double>& nonMateScores, double far);
double accuracyAtThreshold(const std::vector<double>& mateScores, const std::vector<double>& nonMateScores,
                           double threshold);

}  // namespace reunite
