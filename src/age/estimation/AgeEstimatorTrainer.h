#pragma once
// AgeEstimatorTrainer: fits an AgeEstimator on faces of known age, and measures one by
// cross-validation.
//  - The features' principal directions are fitted on the training faces (AgeFeatures).
//  - Every ridge regression (on log(1 + age), centred, penalty lambda x n) chooses its lambda from
//    `ridgeGrid` by an inner k-fold split of its own training faces (smallest mean absolute error
//    in years), so no choice sees the faces it is measured on.
//  - The bands' mean absolute errors (the estimates' "plus or minus") come from an inner k-fold
//    split of the training faces as well: out-of-fold final estimates grouped by the band whose
//    expert made them.
//  - Folds are by `group` (a person: every face of one person falls in one fold), crossValidationFold.
// Deterministic. Fails (InvalidArgument) with fewer than 256 faces to train on, or fewer than 100
// in a band (its ages widened by the margin).
// Thread safety: pure functions.
#include <string>
#include <vector>

#include "age/estimation/AgeEstimator.h"

namespace reunite {

struct AgeTrainingFace {
    Embedding embedding{};
    Landmarks landmarks{};
    double age = 0;
    std::string group;  // the person (or the file, when every person has one photo)
};

struct AgeEstimatorOptions {
    std::vector<double> bandEdges{0, 13, 25, 45, 101};  // experts' bands of first-stage estimates ({0, 101}: one model)
    double margin = 8;                                   // years each expert sees beyond its band
    int principalComponents = 12;                        // AgeFeatures: quadratic terms of this many directions (0: none)
    double quadraticScale = 30;
    double shapeScale = 1;                               // AgeFeatures: weight of the face's proportions (0: none)
    double linearTargetFrom = 25;                        // bands from this age regress years, younger ones log(1 + years)
    std::vector<double> ridgeGrid{0.0003, 0.001, 0.003, 0.01, 0.03};
    int innerFolds = 3;
};

Result<AgeEstimator> trainAgeEstimator(const std::vector<AgeTrainingFace>& faces, const AgeEstimatorOptions& options,
                                       const std::string& provenance);

// Out-of-fold estimates, one per face in order, from estimators trained without the face's fold.
Result<std::vector<AgeEstimate>> crossValidateAgeEstimator(const std::vector<AgeTrainingFace>& faces, int folds,
                                                           const AgeEstimatorOptions& options);

}  // namespace reunite
