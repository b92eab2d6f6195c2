#pragma once
// LogisticRegression: weighted, ridge-regularised logistic regression fitted by Newton-Raphson
// with step halving. Used to calibrate scores into likelihood ratios and to fuse several log-LRs.
// Inputs: `rows` holds samples x dimension features (row-major), `labels` 1 for mates (same person,
// related) and 0 for non-mates. With balanceClasses, each class carries half the total weight, so
// the fitted log-odds are a natural-log likelihood ratio (the prior is taken out).
// Guarantees: deterministic; the intercept is never penalised; fails (InvalidArgument) without
// samples of both classes or with mismatched sizes.
// Thread safety: pure functions.
#include <cstdint>
#include <vector>

#include "domain/Result.h"

namespace reunite {

struct LogisticOptions {
    double ridge = 1e-6;          // L2 penalty on the weights (not the intercept), per unit total weight
    bool balanceClasses = true;   // each class weighs half
    int maxIterations = 100;
    double tolerance = 1e-10;     // stop when the loss improves less than this
};

struct LogisticModel {
    std::vector<double> weights;  // one per feature
    double intercept = 0;

    // Natural-log odds for one feature row of weights.size() numbers.
    double logOdds(const double* features) const;
};

Result<LogisticModel> fitLogisticRegression(const std::vector<double>& rows, std::size_t dimension,
                                            const std::vector<std::uint8_t>& labels, const LogisticOptions& options = {});

}  // namespace reunite
