#pragma once
// ReliabilityPlot: a PNG of how well stated likelihood ratios match what the data shows. For each
// method, the out-of-fold comparisons are binned by stated log10 LR (bins of 0.5); each bin with at
// least 5 mates and 5 non-mates is drawn at (mean stated log10 LR, empirical log10 LR), where the
// empirical LR is (share of all mates in the bin) / (share of all non-mates in the bin). A
// well-calibrated method lies on the diagonal. Figures only; never faces.
// Thread safety: pure function (writes the file).
#include <filesystem>
#include <string>
#include <utility>
#include <vector>

#include "calibration/CalibrationMetrics.h"
#include "domain/Result.h"

namespace reunite {

Status writeReliabilityPlot(const std::vector<std::pair<std::string, CalibrationEvidence>>& methods,
                            const std::filesystem::path& file, const std::string& title);

}  // namespace reunite
