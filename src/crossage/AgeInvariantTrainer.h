#pragma once
// AgeInvariantTrainer: fits an AgeInvariantTransform from labelled embeddings of people photographed
// young and as adults. Deterministic: the same samples in the same order give the same numbers.
// Subjects with a single photo still count for the means but not for the within-person covariance.
// Thread safety: pure function.
#include <string>
#include <vector>

#include "crossage/AgeInvariantTransform.h"
#include "core/pipeline/FaceTypes.h"
#include "domain/Result.h"

namespace reunite {

struct LabelledEmbedding {
    std::string subject;
    bool young = false;
    Embedding embedding{};
};

struct AgeInvariantTrainingOptions {
    double regularisation = 1e-3;  // added to the covariance's diagonal before whitening
    FusionWeights fusion;
    std::string provenance;
};

Result<AgeInvariantTransform> trainAgeInvariantTransform(const std::vector<LabelledEmbedding>& samples,
                                                         const AgeInvariantTrainingOptions& options = {});

}  // namespace reunite
