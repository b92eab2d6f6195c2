#pragma once
// KinshipModel: the likelihood ratio that a gallery candidate is the child of (or a sibling of) a
// case's relative, from their face embeddings:
//   LR = P(faces | related as stated) / P(faces | unrelated),
// log10 LR = fusion of the KinshipSpace scores (whitened cosine, joint-Bayesian), learned by
// prior-weighted logistic regression on out-of-fold scores of parent-child and unrelated pairs,
// clamped to the bounds the training data supports.
//
// assess() combines a case's relatives:
//  - one relative with several photos: the mean log10 LR over all (relative photo, candidate
//    photo) pairs (photos of one person are not independent evidence, so they are not multiplied);
//  - father and mother: their log10 LRs are added. Assumption, stated with the result: given that
//    the candidate is (or is not) the child, the resemblance to the father and the resemblance to
//    the mother are independent (the parents are unrelated, and each passes on half of the genome).
//    It is not tested: the training set (KinFaceW-I) holds parent-child pairs, no trios; both
//    comparisons share the candidate's photo, so the sum may overstate the evidence somewhat;
//  - siblings are compared as a parent-child pair would be (both faces centred on the child means),
//    which no data validated; a half sibling's log10 LR is halved (a quarter instead of a half of the
//    genome shared). Siblings count only when no parent photo is available, as the mean over siblings.
// Ages are not used: the training set gives none.
// Thread safety: immutable; share freely.
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "calibration/IdentityCalibration.h"
#include "kinship/KinshipSpace.h"

namespace reunite {

struct RelativeFaces {
    std::int64_t relativeId = 0;  // the caller's id, returned unchanged
    KinRelation relation = KinRelation::Father;
    char sex = 'U';               // 'F', 'M' or 'U' as the gallery stores it; used for siblings
                                  // (a parent's sex follows from the relation)
    std::vector<Embedding> faces;
};

struct RelativeLikelihood {
    std::int64_t relativeId = 0;
    KinRelation relation = KinRelation::Father;
    double log10LikelihoodRatio = 0;
    std::size_t comparisons = 0;  // relative photos x candidate photos
    bool validated = false;       // true for parents (measured relation), false for siblings
    bool counted = false;         // part of the combined LR
};

struct KinshipAssessment {
    std::vector<RelativeLikelihood> relatives;  // only relatives with faces
    std::optional<double> combinedLog10;        // absent without any relative face or candidate face
    std::string combination;                    // how the combined LR was formed, with its assumption
};

class KinshipModel {
public:
    KinshipModel() = default;
    KinshipModel(KinshipSpace space, LikelihoodFusionRule fusion);

    // One pair of faces: the relative's (role of the elder side for parents) and the candidate's.
    double log10LikelihoodRatio(const Embedding& relative, KinRole relativeRole, const Embedding& candidate,
                                KinRole candidateRole) const;
    // The same from projections (KinshipSpace::project), for scanning many candidates: project each
    // relative photo once (its role) and each candidate face once (childRoleOf its sex).
    double log10LikelihoodRatio(const KinshipProjection& relative, const KinshipProjection& candidate) const;
    // candidateSex: 'F', 'M' or 'U' (GalleryCandidate::sex).
    KinshipAssessment assess(const std::vector<RelativeFaces>& relatives, const std::vector<Embedding>& candidateFaces,
                             char candidateSex) const;

    const KinshipSpace& space() const { return space_; }
    const LikelihoodFusionRule& fusion() const { return fusion_; }

private:
    RelativeLikelihood assessRelative(const RelativeFaces& relative, const std::vector<Embedding>& candidateFaces,
                                      char candidateSex) const;

    KinshipSpace space_;
    LikelihoodFusionRule fusion_;  // weights for (whitened cosine, joint-Bayesian)
};

}  // namespace reunite
