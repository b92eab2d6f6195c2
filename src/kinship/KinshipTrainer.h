#pragma once
// KinshipTrainer: fits a KinshipModel from related parent-child pairs.
//  1. role means (father, mother, son, daughter) from the pairs' faces;
//  2. whitening by the within-family covariance of the role-centred pairs, shrunk towards a
//     multiple of the identity (shrinkage 0.5: KinFaceW-I has about 500 pairs for 128 dimensions);
//  3. the joint-Bayesian two-covariance model in the leading principal directions;
//  4. the fusion of both scores into a log10 LR: prior-weighted logistic regression on the scores
//     the space gives pairs of families it was NOT fitted on (inner k-fold split by family), with
//     unrelated pairs built inside each inner fold (makeUnrelatedPairs); bounds from the counts.
// Deterministic: the same pairs in the same order give the same numbers. Fails (InvalidArgument)
// with fewer related pairs than the space needs or a fold without pairs of both kinds.
// Thread safety: pure function.
#include <string>
#include <vector>

#include "domain/Result.h"
#include "kinship/KinshipModel.h"
#include "kinship/KinshipPairs.h"

namespace reunite {

struct KinshipTrainingOptions {
    double whiteningShrinkage = 0.5;
    double regularisation = 1e-3;       // added to the whitening covariance's diagonal
    std::size_t bayesianDimension = 32;
    double bayesianRegularisation = 1e-4;
    int innerFolds = 5;
    int negativesPerPositive = 3;       // unrelated pairs per related pair for the fusion
};

// Only the space (steps 1-3), for callers that calibrate themselves.
Result<KinshipSpace> fitKinshipSpace(const std::vector<KinshipPair>& related, const KinshipTrainingOptions& options = {});

Result<KinshipModel> trainKinshipModel(const std::vector<KinshipPair>& related, const KinshipTrainingOptions& options = {});

}  // namespace reunite
