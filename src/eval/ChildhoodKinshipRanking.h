#pragma once
// ChildhoodKinshipRanking: what the parents' photos add to a search with a childhood photo.
// No research set holds a child's childhood photo, adult photo and parents together, so this is a
// SYNTHETIC setup: synthetic case i joins cross-age subject i (young photo = the childhood photo,
// adult photos = the grown-up child in the gallery) with kinship family i (its parent photo = the
// case's relative, its child photo = the same grown-up child's face for the kinship comparison).
// Candidate j is scored with
//   identity: the out-of-fold fused identity log10 LR (best over subject j's adult photos),
//   kinship:  the out-of-fold kinship log10 LR of parent i and child j (model without family i),
//   combined: their sum (the independence assumption of CandidateLikelihood).
// The two kinds of evidence come from different people and are independent by construction, so
// this measures what the kinship LR adds under that assumption; it cannot test the assumption.
// Subjects and families are paired in sorted order (deterministic); ties count against the mate.
// The kinship weight: combinedWeighted ranks by identity + w x kinship with w chosen by 5-fold
// cross-validation over the cases (each case is one subject and one family, so the folds split
// both): on the other folds' cases, the w of kKinshipWeightGrid with the best mean reciprocal rank
// (ties: the w closest to 1); chosenWeights lists each fold's choice.
// Thread safety: pure function.
#include <map>
#include <vector>

#include "calibration/IdentityCalibrationTrainer.h"
#include "domain/Result.h"
#include "eval/KinshipEvaluation.h"

namespace reunite {

inline const std::vector<double> kKinshipWeightGrid{0, 0.25, 0.5, 0.75, 1, 1.25, 1.5, 2, 3};

struct ChildhoodKinshipRanking {
    std::size_t cases = 0;  // = candidates in the gallery
    std::map<int, double> identityOnly, kinshipOnly, combined, combinedWeighted;
    std::vector<double> chosenWeights;           // one per fold
    std::map<double, double> meanReciprocalRank;  // weight -> over all cases (for the table)
};

Result<ChildhoodKinshipRanking> rankChildhoodPhotoWithParents(const std::vector<CrossAgeSample>& crossAge,
                                                              const IdentityCalibrationStudy& identity,
                                                              const std::vector<KinshipPair>& related,
                                                              const KinshipFoldModels& kinship);

}  // namespace reunite
