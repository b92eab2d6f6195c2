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
// Thread safety: pure function.
#include <map>
#include <vector>

#include "calibration/IdentityCalibrationTrainer.h"
#include "domain/Result.h"
#include "eval/KinshipEvaluation.h"

namespace reunite {

struct ChildhoodKinshipRanking {
    std::size_t cases = 0;  // = candidates in the gallery
    std::map<int, double> identityOnly, kinshipOnly, combined;
};

Result<ChildhoodKinshipRanking> rankChildhoodPhotoWithParents(const std::vector<CrossAgeSample>& crossAge,
                                                              const IdentityCalibrationStudy& identity,
                                                              const std::vector<KinshipPair>& related,
                                                              const KinshipFoldModels& kinship);

}  // namespace reunite
