#pragma once
// LeadEvidence: the likelihood ratios of a case search's matches, and the ranking they give when
// the case has relatives' photos.
// assessMatches(): for each match, the identity LR from its components' distances ("photo" ->
// direct, "age_invariant", "progressed") through the shipped calibration, and, when relatives'
// faces are given, the kinship LR of the candidate's gallery faces against them
// (KinshipModel::assess), combined as CandidateLikelihood states (log10 LRs added, independence
// assumed), with words for the order of magnitude and the lead caveat. A relative whose face is
// closer to one of the candidate's faces than kSameAsRelativeDistance (plain dlib space) is taken
// to be the candidate himself or herself (e.g. a mother whose photo is also in the gallery): that
// relative's resemblance says nothing about kinship and is left out for this candidate (listed in
// sameAsRelative).
// rankByEvidence(): orders the matches by combined log10 LR, best first (equal LRs: the closer
// fused distance first), and keeps the first topK. Only used with relatives' faces: a case without
// them keeps the distance ranking unchanged.
// evidenceJson(): the "likelihood" object of a result's stored breakdown.
// Thread safety: pure functions; the gallery is only read.
#include <cstdint>
#include <optional>
#include <vector>

#include <nlohmann/json_fwd.hpp>

#include "kinship/CandidateLikelihood.h"
#include "kinship/LikelihoodModels.h"
#include "search/GalleryIndex.h"

namespace reunite {

inline constexpr float kSameAsRelativeDistance = 0.4f;

struct LeadEvidence {
    IdentityLikelihoods identity;
    std::optional<KinshipAssessment> kinship;  // absent without relatives' faces (or all left out)
    std::vector<std::int64_t> sameAsRelative;  // relatives taken to be the candidate, left out
    CandidateLikelihood combined;
};

std::vector<LeadEvidence> assessMatches(const std::vector<CandidateMatch>& matches, const GalleryIndex& gallery,
                                        const LikelihoodModels& models, const std::vector<RelativeFaces>& relatives);

void rankByEvidence(std::vector<CandidateMatch>& matches, std::vector<LeadEvidence>& evidence, std::size_t topK);

nlohmann::json evidenceJson(const LeadEvidence& evidence);

// How many candidates a search with relatives' faces ranks by distance before it re-ranks them by
// the combined LR: a candidate further down the distance ranking cannot be reached by kinship.
inline constexpr std::size_t kKinshipShortlist = 1000;

// How many candidates a search by relatives' photos alone (no childhood photo) compares by
// kinship: the nearest to the relatives' faces by plain distance. Galleries up to this many
// candidates are compared in full (about 0.8 s of kinship comparisons on 2 cores).
inline constexpr std::size_t kRelativesOnlyShortlist = 20000;

}  // namespace reunite
