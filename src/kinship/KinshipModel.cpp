#include "kinship/KinshipModel.h"

#include <algorithm>

namespace reunite {
namespace {

KinRole relativeRoleOf(const RelativeFaces& relative) {
    switch (relative.relation) {
    case KinRelation::Father: return KinRole::Father;
    case KinRelation::Mother: return KinRole::Mother;
    case KinRelation::FullSibling:
    case KinRelation::HalfSibling: return childRoleOf(relative.sex);
    }
    return KinRole::Child;
}

bool isParent(KinRelation relation) { return relation == KinRelation::Father || relation == KinRelation::Mother; }

double mean(const std::vector<double>& values) {
    double sum = 0;
    for (double v : values) sum += v;
    return values.empty() ? 0.0 : sum / values.size();
}

}  // namespace

KinshipModel::KinshipModel(KinshipSpace space, LikelihoodFusionRule fusion) : space_(std::move(space)), fusion_(std::move(fusion)) {}

double KinshipModel::log10LikelihoodRatio(const Embedding& relative, KinRole relativeRole, const Embedding& candidate,
                                          KinRole candidateRole) const {
    return log10LikelihoodRatio(space_.project(relative, relativeRole), space_.project(candidate, candidateRole));
}

double KinshipModel::log10LikelihoodRatio(const KinshipProjection& relative, const KinshipProjection& candidate) const {
    const KinshipScores s = space_.score(relative, candidate);
    return fusion_.apply({s.whitenedCosine, s.jointBayesian});
}

RelativeLikelihood KinshipModel::assessRelative(const RelativeFaces& relative, const std::vector<Embedding>& candidateFaces,
                                                char candidateSex) const {
    RelativeLikelihood r;
    r.relativeId = relative.relativeId;
    r.relation = relative.relation;
    r.validated = isParent(relative.relation);
    std::vector<KinshipProjection> candidates;
    for (const Embedding& candidate : candidateFaces) candidates.push_back(space_.project(candidate, childRoleOf(candidateSex)));
    double sum = 0;
    for (const Embedding& face : relative.faces) {
        const KinshipProjection projected = space_.project(face, relativeRoleOf(relative));
        for (const KinshipProjection& candidate : candidates) {
            sum += log10LikelihoodRatio(projected, candidate);
            ++r.comparisons;
        }
    }
    r.log10LikelihoodRatio = r.comparisons ? sum / r.comparisons : 0.0;
    if (relative.relation == KinRelation::HalfSibling) r.log10LikelihoodRatio *= 0.5;
    return r;
}

KinshipAssessment KinshipModel::assess(const std::vector<RelativeFaces>& relatives, const std::vector<Embedding>& candidateFaces,
                                       char candidateSex) const {
    KinshipAssessment out;
    if (candidateFaces.empty()) return out;
    std::vector<double> fathers, mothers, siblings;
    for (const RelativeFaces& relative : relatives) {
        if (relative.faces.empty()) continue;
        out.relatives.push_back(assessRelative(relative, candidateFaces, candidateSex));
        const double l = out.relatives.back().log10LikelihoodRatio;
        (relative.relation == KinRelation::Father ? fathers : relative.relation == KinRelation::Mother ? mothers : siblings).push_back(l);
    }
    const bool parents = !fathers.empty() || !mothers.empty();
    for (RelativeLikelihood& r : out.relatives) r.counted = parents ? isParent(r.relation) : true;
    if (parents) {
        out.combinedLog10 = mean(fathers) + mean(mothers);
        out.combination = !fathers.empty() && !mothers.empty()
                              ? "father and mother added (log10), assuming the two resemblances are independent given "
                                "whether the candidate is their child; not tested (no trios in the training data)"
                              : "one parent";
    } else if (!siblings.empty()) {
        out.combinedLog10 = mean(siblings);
        out.combination = "mean over siblings, compared as parent-child pairs are (not validated on sibling data)";
    }
    if (out.combinedLog10) {
        *out.combinedLog10 = std::clamp(*out.combinedLog10, 2 * fusion_.minLog10, 2 * fusion_.maxLog10);
    }
    return out;
}

}  // namespace reunite
