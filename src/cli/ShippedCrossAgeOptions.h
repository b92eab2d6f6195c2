#pragma once
// shippedTrainingOptions: the age-invariant training configuration that ships
// (build-cross-age-model), chosen on LAG by 5-fold cross-validation with the AAF adult distractors
// in the gallery (docs/benchmarks.md, "Cross-age ranking variants"). The likelihood study fits its
// per-fold transforms with it, so that the calibrated age-invariant distance is the one a search
// computes. Thread safety: pure function.
#include "crossage/AgeInvariantTrainer.h"

namespace reunite::cli {

AgeInvariantTrainingOptions shippedTrainingOptions();

}  // namespace reunite::cli
