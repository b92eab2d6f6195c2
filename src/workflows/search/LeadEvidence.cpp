#include "workflows/search/LeadEvidence.h"

#include <algorithm>
#include <numeric>

#include <nlohmann/json.hpp>

#include "search/CrossAgeQuery.h"

namespace reunite {
namespace {

IdentityDistances identityDistancesOf(const CandidateMatch& match) {
    IdentityDistances distances;
    for (const ScoreComponent& component : match.components) {
        if (component.kind == kPhotoKind) distances.direct = component.distance;
        if (component.kind == kAgeInvariantKind) distances.ageInvariant = component.distance;
        if (component.kind == kProgressedKind) distances.progressed = component.distance;
    }
    return distances;
}

std::vector<std::int64_t> candidateIdsOf(const std::vector<CandidateMatch>& matches) {
    std::vector<std::int64_t> ids;
    ids.reserve(matches.size());
    for (const CandidateMatch& match : matches) ids.push_back(match.candidateId);
    return ids;
}

bool sameFaceAsRelative(const RelativeFaces& relative, const std::vector<Embedding>& candidateFaces) {
    for (const Embedding& theirs : relative.faces)
        for (const Embedding& candidate : candidateFaces)
            if (euclideanDistance(theirs, candidate) < kSameAsRelativeDistance) return true;
    return false;
}

// The relatives that count for this candidate; those taken to be the candidate go to sameAsRelative.
std::vector<RelativeFaces> relativesOtherThan(const std::vector<RelativeFaces>& relatives, const std::vector<Embedding>& candidateFaces,
                                              std::vector<std::int64_t>& sameAsRelative) {
    std::vector<RelativeFaces> others;
    for (const RelativeFaces& relative : relatives) {
        if (sameFaceAsRelative(relative, candidateFaces)) {
            sameAsRelative.push_back(relative.relativeId);
        } else {
            others.push_back(relative);
        }
    }
    return others;
}

nlohmann::json optionalNumber(const std::optional<double>& value) { return value ? nlohmann::json(*value) : nlohmann::json(); }

const char* supportedSide(const VerbalEquivalent& words) {
    if (words.strength == VerbalStrength::None) return "neither";
    return words.supportsProposition ? "candidate" : "alternative";
}

nlohmann::json relativesJson(const KinshipAssessment& kinship) {
    nlohmann::json out = nlohmann::json::array();
    for (const RelativeLikelihood& r : kinship.relatives) {
        out.push_back({{"relative_id", r.relativeId},
                       {"relation", kinRelationName(r.relation)},
                       {"log10", r.log10LikelihoodRatio},
                       {"comparisons", r.comparisons},
                       {"validated", r.validated},
                       {"counted", r.counted}});
    }
    return out;
}

}  // namespace

std::vector<LeadEvidence> assessMatches(const std::vector<CandidateMatch>& matches, const GalleryIndex& gallery,
                                        const LikelihoodModels& models, const std::vector<RelativeFaces>& relatives) {
    std::unordered_map<std::int64_t, GalleryIndex::CandidateFaces> faces;
    if (!relatives.empty()) faces = gallery.facesOf(candidateIdsOf(matches));
    std::vector<LeadEvidence> out;
    out.reserve(matches.size());
    for (const CandidateMatch& match : matches) {
        LeadEvidence evidence;
        evidence.identity = models.identity.likelihoods(identityDistancesOf(match));
        if (const auto it = faces.find(match.candidateId); it != faces.end() && !it->second.faces.empty()) {
            const std::vector<RelativeFaces> counted = relativesOtherThan(relatives, it->second.faces, evidence.sameAsRelative);
            if (!counted.empty()) evidence.kinship = models.kinship.assess(counted, it->second.faces, sexCode(it->second.sex));
        }
        evidence.combined = combineCandidateEvidence(evidence.identity, evidence.kinship);
        out.push_back(std::move(evidence));
    }
    return out;
}

void rankByEvidence(std::vector<CandidateMatch>& matches, std::vector<LeadEvidence>& evidence, std::size_t topK) {
    std::vector<std::size_t> order(matches.size());
    std::iota(order.begin(), order.end(), std::size_t{0});
    const auto combined = [&](std::size_t i) { return evidence[i].combined.combinedLog10.value_or(-1e9); };
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        if (combined(a) != combined(b)) return combined(a) > combined(b);
        return matches[a].distance < matches[b].distance;
    });
    order.resize(std::min(order.size(), topK));
    std::vector<CandidateMatch> rankedMatches;
    std::vector<LeadEvidence> rankedEvidence;
    for (std::size_t i : order) {
        rankedMatches.push_back(std::move(matches[i]));
        rankedEvidence.push_back(std::move(evidence[i]));
    }
    matches = std::move(rankedMatches);
    evidence = std::move(rankedEvidence);
}

nlohmann::json evidenceJson(const LeadEvidence& evidence) {
    const CandidateLikelihood& c = evidence.combined;
    nlohmann::json out = {{"direct_log10", optionalNumber(evidence.identity.directLog10)},
                          {"age_invariant_log10", optionalNumber(evidence.identity.ageInvariantLog10)},
                          {"progressed_log10", optionalNumber(evidence.identity.progressedLog10)},
                          {"identity_log10", optionalNumber(c.identityLog10)},
                          {"kinship_log10", optionalNumber(c.kinshipLog10)},
                          {"combined_log10", optionalNumber(c.combinedLog10)},
                          {"strength", verbalStrengthKey(c.words.strength)},
                          {"supports", supportedSide(c.words)},
                          {"statement", c.words.statement},
                          {"assumption", c.assumption},
                          {"caveat", c.caveat}};
    if (evidence.kinship) {
        out["relatives"] = relativesJson(*evidence.kinship);
        out["kinship_combination"] = evidence.kinship->combination;
    }
    if (!evidence.sameAsRelative.empty()) out["same_as_relative"] = evidence.sameAsRelative;
    return out;
}

}  // namespace reunite
