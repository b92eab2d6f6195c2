#include "kinship/CandidateLikelihood.h"

namespace reunite {

CandidateLikelihood combineCandidateEvidence(const IdentityLikelihoods& identity,
                                             const std::optional<KinshipAssessment>& kinship) {
    CandidateLikelihood out;
    out.identityLog10 = identity.fusedLog10;
    if (kinship) out.kinshipLog10 = kinship->combinedLog10;
    if (out.identityLog10 || out.kinshipLog10) out.combinedLog10 = out.identityLog10.value_or(0) + out.kinshipLog10.value_or(0);
    if (out.identityLog10 && out.kinshipLog10) {
        out.assumption = "identity and kinship log10 LRs added, assuming the case photos and the relatives' photos "
                         "give independent evidence about the candidate (both use the candidate's photos, so the sum "
                         "may overstate the evidence)";
    } else if (out.kinshipLog10) {
        out.assumption = "kinship only: " + kinship->combination;
    } else if (out.identityLog10) {
        out.assumption = "identity only (learned fusion of the comparison components)";
    }
    out.words = verbalEquivalent(out.combinedLog10.value_or(0), "the candidate being the missing child",
                                 "the candidate being an unrelated person");
    out.caveat = leadCaveat();
    return out;
}

}  // namespace reunite
