#pragma once
// CandidateLikelihood: the combined likelihood ratio of one gallery candidate for a case, from the
// identity evidence (the case's photos of the child against the candidate's photos: the learned
// fusion of direct, age-invariant and progressed comparisons, IdentityCalibration) and the kinship
// evidence (the relatives' photos against the candidate's photos, KinshipModel::assess).
//   combined log10 LR = identity log10 LR + kinship log10 LR
// Assumption, stated with every result: given whether the candidate is the missing child, what the
// child's photos and what the relatives' photos say about the candidate's face are independent.
// Both look at the candidate's photos, so the sum may overstate the evidence somewhat; no data
// set holds childhood photos, adult photos and parents of the same people to learn a fusion.
// With words for the LR (VerbalScale) and the caveat that it is a lead.
// Thread safety: pure function.
#include <optional>
#include <string>

#include "calibration/IdentityCalibration.h"
#include "calibration/VerbalScale.h"
#include "kinship/KinshipModel.h"

namespace reunite {

struct CandidateLikelihood {
    std::optional<double> identityLog10;  // fused identity LR (absent without a case photo comparison)
    std::optional<double> kinshipLog10;   // combined over relatives (absent without relatives' faces)
    std::optional<double> combinedLog10;  // sum of the present parts
    VerbalEquivalent words;               // for the combined LR
    std::string assumption;               // how the parts were combined
    std::string caveat;                   // leadCaveat()
};

CandidateLikelihood combineCandidateEvidence(const IdentityLikelihoods& identity,
                                             const std::optional<KinshipAssessment>& kinship);

}  // namespace reunite
