#pragma once
// AgeEstimate: an estimated age in years with its uncertainty: the mean absolute error that
// cross-validation measured for estimates in the same age band (so "31 ± 6" says how far such
// estimates were off on faces the estimator never saw).
// Thread safety: plain value.

namespace reunite {

struct AgeEstimate {
    double years = 0;
    double plusMinus = 0;
};

}  // namespace reunite
