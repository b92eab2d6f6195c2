#include "calibration/ScoreCalibration.h"

#include <algorithm>
#include <cmath>

#include "calibration/LogisticRegression.h"

namespace reunite {

ScoreCalibration::ScoreCalibration(double slope, double offset, double minLog10, double maxLog10)
    : slope_(slope), offset_(offset), minLog10_(minLog10), maxLog10_(maxLog10) {}

double upperLog10Bound(std::size_t nonMates) { return std::max(1.0, std::log10(static_cast<double>(std::max<std::size_t>(nonMates, 1)))); }
double lowerLog10Bound(std::size_t mates) { return -std::max(1.0, std::log10(static_cast<double>(std::max<std::size_t>(mates, 1)))); }

Result<ScoreCalibration> ScoreCalibration::fit(const std::vector<double>& mateScores,
                                               const std::vector<double>& nonMateScores) {
    if (mateScores.size() < 2 || nonMateScores.size() < 2) {
        return makeError(ErrorCode::InvalidArgument, "calibration needs at least two mate and two non-mate scores");
    }
    std::vector<double> rows;
    std::vector<std::uint8_t> labels;
    rows.reserve(mateScores.size() + nonMateScores.size());
    for (double s : mateScores) {
        rows.push_back(s);
        labels.push_back(1);
    }
    for (double s : nonMateScores) {
        rows.push_back(s);
        labels.push_back(0);
    }
    auto model = fitLogisticRegression(rows, 1, labels);
    if (!model) return model.error();
    const double toLog10 = 1.0 / std::log(10.0);
    return ScoreCalibration(model.value().weights[0] * toLog10, model.value().intercept * toLog10,
                            lowerLog10Bound(mateScores.size()), upperLog10Bound(nonMateScores.size()));
}

double ScoreCalibration::log10LikelihoodRatio(double score) const {
    const double raw = offset_ + slope_ * score;
    if (std::isnan(raw)) return 0.0;
    return std::clamp(raw, minLog10_, maxLog10_);
}

}  // namespace reunite
