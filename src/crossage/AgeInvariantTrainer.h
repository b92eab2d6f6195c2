#pragma once
// AgeInvariantTrainer: fits an AgeInvariantTransform from labelled embeddings of people photographed
// young and as adults. Deterministic: the same samples in the same order give the same numbers.
// Subjects with a single photo still count for the means but not for the within-person covariance.
// With cohort centroids asked for, the projected young photos are clustered (k-means, fixed seed)
// and every centroid that averages fewer than minimumPeople different people is dropped, so the
// stored centroids identify nobody.
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
    // Shrinkage of the within-person covariance towards its mean variance (0: none, 1: a sphere):
    // S' = (1 - shrinkage) S + shrinkage * trace(S) / 128 * I. Guards against over-whitening the
    // directions that a few hundred people estimate poorly.
    double shrinkage = 0.0;
    FusionWeights fusion;
    int cohortCentroids = 0;      // gallery normalisation cohort (0: none)
    double cohortWeight = 0.5;
    int minimumPeople = 10;       // per centroid
    std::string provenance;
};

Result<AgeInvariantTransform> trainAgeInvariantTransform(const std::vector<LabelledEmbedding>& samples,
                                                         const AgeInvariantTrainingOptions& options = {});

}  // namespace reunite
