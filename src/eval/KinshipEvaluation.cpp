#include "eval/KinshipEvaluation.h"

#include <cmath>
#include <functional>
#include <set>

#include "calibration/CrossValidationFolds.h"
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

}  // namespace

Result<KinshipFoldModels> KinshipFoldModels::train(const std::vector<KinshipPair>& related, int folds,
                                                   const KinshipTrainingOptions& options) {
    KinshipFoldModels out;
    out.folds_ = folds;
    for (int fold = 0; fold < folds; ++fold) {
        std::vector<KinshipPair> training;
        for (const KinshipPair& p : related)
            if (crossValidationFold(p.elderFamily, folds) != fold) training.push_back(p);
        auto model = trainKinshipModel(training, options);
        if (!model) return model.error();
        out.models_.push_back(std::move(model).value());
    }
    return out;
}

KinshipFoldModels KinshipFoldModels::fixed(const KinshipModel& model, int folds) {
    KinshipFoldModels out;
    out.folds_ = folds;
    out.models_.push_back(model);
    return out;
}

const KinshipModel& KinshipFoldModels::forFamily(const std::string& family) const {
    return models_.size() == 1 ? models_.front() : models_[static_cast<std::size_t>(crossValidationFold(family, folds_))];
}

std::vector<KinshipPair> relatedKinshipPairs(const KinshipDataset& dataset,
                                             const std::vector<std::optional<Embedding>>& embeddings) {
    std::vector<KinshipPair> related;
    for (const KinshipPhotoPair& pair : dataset.relatedPairs()) {
        if (pair.parent >= embeddings.size() || pair.child >= embeddings.size()) continue;
        if (!embeddings[pair.parent] || !embeddings[pair.child]) continue;
        const KinshipPhoto& parent = dataset.photos[pair.parent];
        const KinshipPhoto& child = dataset.photos[pair.child];
        related.push_back(KinshipPair{*embeddings[pair.parent], parent.role, parent.family, *embeddings[pair.child],
                                      child.role, child.family, true, parent.file.string(), child.file.string()});
    }
    return related;
}

Result<KinshipEvaluation> evaluateKinship(const KinshipDataset& dataset,
                                          const std::vector<std::optional<Embedding>>& embeddings,
                                          const KinshipEvaluationOptions& options) {
    if (options.folds < 2) return makeError(ErrorCode::InvalidArgument, "cross-validation needs at least 2 folds");
    KinshipEvaluation out;
    out.photos = dataset.photos.size();
    for (const auto& e : embeddings) out.photosWithoutFace += e ? 0 : 1;
    out.related = relatedKinshipPairs(dataset, embeddings);
    out.relatedPairs = out.related.size();
    auto models = options.fixedModel ? Result<KinshipFoldModels>(KinshipFoldModels::fixed(*options.fixedModel, options.folds))
                                     : KinshipFoldModels::train(out.related, options.folds, options.training);
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
    for (int fold = 0; fold < options.folds; ++fold) {
        std::vector<KinshipPair> training, test;
        for (const KinshipPair& p : out.related)
            (crossValidationFold(p.elderFamily, options.folds) == fold ? test : training).push_back(p);
        if (test.empty()) continue;
        auto plainCalibration = fitPlainCalibration(training);
        if (!plainCalibration) return plainCalibration.error();
        const KinshipModel& model = out.models->forFamily(test.front().elderFamily);
        std::vector<KinshipPair> scored = test;
        const std::vector<KinshipPair> unrelated = makeUnrelatedPairs(test, 1);
        scored.insert(scored.end(), unrelated.begin(), unrelated.end());
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
        for (const KinshipPair& probe : test) {
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
