#include "eval/KinshipEvaluation.h"

#include <cmath>
#include <functional>
#include <set>

#include "calibration/ScoreCalibration.h"
#include "eval/IdentificationMetrics.h"
#include "eval/VerificationMetrics.h"

namespace reunite {
namespace {

const std::vector<int> kRanks{1, 5, 10, 30};

// Score (higher = more related) and log10 LR of one pair under one method of one fold.
struct FoldMethods {
    const KinshipModel* model = nullptr;
    ScoreCalibration plainCalibration;
};

double plainScore(const KinshipPair& p) { return -euclideanDistance(p.elder, p.younger); }

double kinshipLog10(const KinshipModel& model, const KinshipPair& p) {
    return model.log10LikelihoodRatio(p.elder, p.elderRole, p.younger, p.youngerRole);
}

Result<ScoreCalibration> fitPlainCalibration(const std::vector<KinshipPair>& trainingRelated) {
    std::vector<double> mates, nonMates;
    for (const KinshipPair& p : trainingRelated) mates.push_back(plainScore(p));
    for (const KinshipPair& p : makeUnrelatedPairs(trainingRelated, 3)) nonMates.push_back(plainScore(p));
    return ScoreCalibration::fit(mates, nonMates);
}

void addEvidence(CalibrationEvidence& e, bool mate, double score, double log10Lr) {
    (mate ? e.mateScores : e.nonMateScores).push_back(score);
    (mate ? e.mateLog10 : e.nonMateLog10).push_back(log10Lr);
}

VerificationFigures describe(const CalibrationEvidence& e) {
    VerificationFigures f;
    f.related = e.mateScores.size();
    f.unrelated = e.nonMateScores.size();
    f.accuracy = accuracyAtThreshold(e.mateLog10, e.nonMateLog10, 0.0);
    f.auc = areaUnderCurve(e.mateScores, e.nonMateScores);
    f.tarAtFar1 = trueAcceptRateAt(e.mateScores, e.nonMateScores, 0.01);
    f.calibration = describeCalibration(e);
    return f;
}

// Rank of the own child among the gallery children of the same role (ties against it).
int rankOfChild(const KinshipPair& probe, const std::vector<KinshipPair>& gallery,
                const std::function<double(std::size_t)>& scoreOfGalleryChild, double own) {
    int rank = 1;
    for (std::size_t j = 0; j < gallery.size(); ++j) {
        const KinshipPair& candidate = gallery[j];
        if (candidate.youngerRole != probe.youngerRole || candidate.youngerFamily == probe.elderFamily) continue;
        if (scoreOfGalleryChild(j) >= own) ++rank;
    }
    return rank;
}

// The pair of two listed photos when both have a face.
std::optional<KinshipPair> pairOfPhotos(const KinshipDataset& dataset, const std::vector<std::optional<Embedding>>& embeddings,
                                        std::size_t parentIndex, std::size_t childIndex, bool related) {
    if (parentIndex >= embeddings.size() || childIndex >= embeddings.size()) return std::nullopt;
    if (!embeddings[parentIndex] || !embeddings[childIndex]) return std::nullopt;
    const KinshipPhoto& parent = dataset.photos[parentIndex];
    const KinshipPhoto& child = dataset.photos[childIndex];
    return KinshipPair{*embeddings[parentIndex], parent.role, parent.family, *embeddings[childIndex],
                       child.role, child.family, related, parent.file.string(), child.file.string()};
}

// The protocol's folds: each family of a listed related pair takes that pair's fold.
FamilyFolds protocolFolds(const KinshipDataset& dataset) {
    std::map<std::string, int> assigned;
    for (const KinshipProtocolPair& pair : dataset.protocol.pairs) {
        if (!pair.related) continue;
        assigned.emplace(dataset.photos[pair.first].family, pair.fold);
        assigned.emplace(dataset.photos[pair.second].family, pair.fold);
    }
    return FamilyFolds(dataset.protocol.folds, std::move(assigned));
}

std::vector<KinshipPair> protocolPairsOfFold(const KinshipDataset& dataset,
                                             const std::vector<std::optional<Embedding>>& embeddings, int fold) {
    std::vector<KinshipPair> pairs;
    for (const KinshipProtocolPair& listed : dataset.protocol.pairs) {
        if (listed.fold != fold) continue;
        if (auto p = pairOfPhotos(dataset, embeddings, listed.first, listed.second, listed.related)) pairs.push_back(std::move(*p));
    }
    return pairs;
}

// The fold's related pairs and as many unrelated pairs built among them.
std::vector<KinshipPair> hashedPairsOfFold(const std::vector<KinshipPair>& related, const FamilyFolds& folds, int fold) {
    std::vector<KinshipPair> pairs;
    for (const KinshipPair& p : related)
        if (folds.of(p.elderFamily) == fold) pairs.push_back(p);
    const std::vector<KinshipPair> unrelated = makeUnrelatedPairs(pairs, 1);
    pairs.insert(pairs.end(), unrelated.begin(), unrelated.end());
    return pairs;
}

}  // namespace

Result<KinshipFoldModels> KinshipFoldModels::train(const std::vector<KinshipPair>& related, const FamilyFolds& folds,
                                                   const KinshipTrainingOptions& options) {
    KinshipFoldModels out(folds);
    for (int fold = 0; fold < folds.folds(); ++fold) {
        std::vector<KinshipPair> training;
        for (const KinshipPair& p : related)
            if (folds.of(p.elderFamily) != fold) training.push_back(p);
        auto model = trainKinshipModel(training, options);
        if (!model) return model.error();
        out.models_.push_back(std::move(model).value());
    }
    return out;
}

KinshipFoldModels KinshipFoldModels::fixed(const KinshipModel& model, const FamilyFolds& folds) {
    KinshipFoldModels out(folds);
    out.models_.push_back(model);
    return out;
}

const KinshipModel& KinshipFoldModels::forFold(int fold) const {
    return models_.size() == 1 ? models_.front() : models_.at(static_cast<std::size_t>(fold));
}

std::vector<KinshipPair> relatedKinshipPairs(const KinshipDataset& dataset,
                                             const std::vector<std::optional<Embedding>>& embeddings) {
    std::vector<KinshipPair> related;
    for (const KinshipPhotoPair& pair : dataset.relatedPairs())
        if (auto p = pairOfPhotos(dataset, embeddings, pair.parent, pair.child, true)) related.push_back(std::move(*p));
    return related;
}

Result<KinshipEvaluation> evaluateKinship(const KinshipDataset& dataset,
                                          const std::vector<std::optional<Embedding>>& embeddings,
                                          const KinshipEvaluationOptions& options) {
    if (options.folds < 2) return makeError(ErrorCode::InvalidArgument, "cross-validation needs at least 2 folds");
    KinshipEvaluation out;
    const bool protocol = options.useProtocol && dataset.protocol.folds >= 2;
    const FamilyFolds folds = protocol ? protocolFolds(dataset) : FamilyFolds(options.folds);
    out.folds = folds.folds();
    out.split = protocol ? "the set's own folds and pairs (" + std::to_string(dataset.protocol.lists.size()) + " pair lists)"
                         : "families split by a hash of their name; as many unrelated pairs built inside each fold";
    out.protocolPairsUnmatched = protocol ? dataset.protocol.unmatchedPairs : 0;
    out.photos = dataset.photos.size();
    for (const auto& e : embeddings) out.photosWithoutFace += e ? 0 : 1;
    out.related = relatedKinshipPairs(dataset, embeddings);
    out.relatedPairs = out.related.size();
    auto models = options.fixedModel ? Result<KinshipFoldModels>(KinshipFoldModels::fixed(*options.fixedModel, folds))
                                     : KinshipFoldModels::train(out.related, folds, options.training);
    if (!models) return models.error();
    out.models = std::move(models).value();

    // The ranking gallery: every child photo once.
    std::vector<KinshipPair> children;
    std::set<std::string> seen;
    for (const KinshipPair& p : out.related)
        if (seen.insert(p.youngerFile).second) children.push_back(p);

    std::map<std::string, CalibrationEvidence> plainByRelation, kinshipByRelation;
    std::vector<int> plainRanks, kinshipRanks;
    double gallerySum = 0;
    for (int fold = 0; fold < folds.folds(); ++fold) {
        std::vector<KinshipPair> training;
        for (const KinshipPair& p : out.related)
            if (folds.of(p.elderFamily) != fold) training.push_back(p);
        const std::vector<KinshipPair> scored = protocol ? protocolPairsOfFold(dataset, embeddings, fold)
                                                         : hashedPairsOfFold(out.related, folds, fold);
        if (scored.empty()) continue;
        auto plainCalibration = fitPlainCalibration(training);
        if (!plainCalibration) return plainCalibration.error();
        const KinshipModel& model = out.models->forFold(fold);
        for (const KinshipPair& p : scored) {
            const double plain = plainScore(p), kin = kinshipLog10(model, p);
            const double plainLr = plainCalibration.value().log10LikelihoodRatio(plain);
            addEvidence(out.plain.evidence, p.related, plain, plainLr);
            addEvidence(plainByRelation[relationTypeOf(p)], p.related, plain, plainLr);
            addEvidence(out.kinship.evidence, p.related, kin, kin);
            addEvidence(kinshipByRelation[relationTypeOf(p)], p.related, kin, kin);
        }
        std::vector<KinshipProjection> projectedChildren;
        for (const KinshipPair& child : children) projectedChildren.push_back(model.space().project(child.younger, child.youngerRole));
        for (const KinshipPair& probe : scored) {
            if (!probe.related) continue;
            const KinshipProjection parent = model.space().project(probe.elder, probe.elderRole);
            plainRanks.push_back(rankOfChild(
                probe, children, [&](std::size_t j) { return -euclideanDistance(probe.elder, children[j].younger); }, plainScore(probe)));
            kinshipRanks.push_back(rankOfChild(
                probe, children, [&](std::size_t j) { return model.log10LikelihoodRatio(parent, projectedChildren[j]); },
                kinshipLog10(model, probe)));
            for (const KinshipPair& candidate : children)
                gallerySum += candidate.youngerRole == probe.youngerRole ? 1 : 0;
        }
    }
    out.rankingProbes = kinshipRanks.size();
    out.meanGallerySize = out.rankingProbes ? gallerySum / out.rankingProbes : 0;
    out.plain.overall = describe(out.plain.evidence);
    out.kinship.overall = describe(out.kinship.evidence);
    for (const auto& [relation, evidence] : plainByRelation) out.plain.byRelation[relation] = describe(evidence);
    for (const auto& [relation, evidence] : kinshipByRelation) out.kinship.byRelation[relation] = describe(evidence);
    out.plain.rankRates = rankRates(plainRanks, kRanks);
    out.kinship.rankRates = rankRates(kinshipRanks, kRanks);
    return out;
}

}  // namespace reunite
