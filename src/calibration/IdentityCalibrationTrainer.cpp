#include "calibration/IdentityCalibrationTrainer.h"

#include <algorithm>
#include <cmath>
#include <functional>
#include <limits>

#include "calibration/CrossValidationFolds.h"
#include "calibration/LogisticRegression.h"

namespace reunite {
namespace {

constexpr double kMissing = std::numeric_limits<double>::quiet_NaN();
enum Component { Direct = 0, AgeInvariant = 1, Progressed = 2, ComponentCount = 3 };
const char* const kComponentNames[ComponentCount] = {"direct", "age_invariant", "progressed"};

// Young photos (rows) and adult photos (columns) with the outer and inner fold of their subject.
struct Layout {
    std::vector<std::size_t> young, adult;
    std::vector<int> youngFold, adultFold, youngInner, adultInner;
    std::vector<std::uint8_t> sameSubject;  // young x adult
};

Layout makeLayout(const std::vector<CrossAgeSample>& samples, int folds) {
    Layout l;
    for (std::size_t i = 0; i < samples.size(); ++i) {
        const int fold = crossValidationFold(samples[i].subject, folds);
        const int inner = innerCrossValidationFold(samples[i].subject, folds);
        if (samples[i].young) {
            l.young.push_back(i);
            l.youngFold.push_back(fold);
            l.youngInner.push_back(inner);
        } else {
            l.adult.push_back(i);
            l.adultFold.push_back(fold);
            l.adultInner.push_back(inner);
        }
    }
    l.sameSubject.resize(l.young.size() * l.adult.size());
    for (std::size_t y = 0; y < l.young.size(); ++y)
        for (std::size_t a = 0; a < l.adult.size(); ++a)
            l.sameSubject[y * l.adult.size() + a] = samples[l.young[y]].subject == samples[l.adult[a]].subject;
    return l;
}

// Pairs with their label and the three component distances (NaN when not available).
struct PairTable {
    std::vector<std::uint8_t> labels;
    std::vector<double> distances[ComponentCount];

    void add(bool mate, double direct, double ageInvariant, double progressed) {
        labels.push_back(mate ? 1 : 0);
        distances[Direct].push_back(direct);
        distances[AgeInvariant].push_back(ageInvariant);
        distances[Progressed].push_back(progressed);
    }
};

// Assignment of every young and adult photo to a block of subjects (-1: left out).
struct Blocks {
    std::vector<int> young, adult;
};

Blocks blocksOf(const Layout& l, const std::function<int(int fold, int inner)>& blockOf) {
    Blocks b;
    for (std::size_t y = 0; y < l.young.size(); ++y) b.young.push_back(blockOf(l.youngFold[y], l.youngInner[y]));
    for (std::size_t a = 0; a < l.adult.size(); ++a) b.adult.push_back(blockOf(l.adultFold[a], l.adultInner[a]));
    return b;
}

Result<AgeInvariantTransform> fitTransform(const std::vector<CrossAgeSample>& samples, const Layout& l, const Blocks& b,
                                           const std::function<bool(int)>& use, const AgeInvariantTrainingOptions& options) {
    std::vector<LabelledEmbedding> training;
    for (std::size_t y = 0; y < l.young.size(); ++y)
        if (use(b.young[y])) training.push_back({samples[l.young[y]].subject, true, samples[l.young[y]].embedding});
    for (std::size_t a = 0; a < l.adult.size(); ++a)
        if (use(b.adult[a])) training.push_back({samples[l.adult[a]].subject, false, samples[l.adult[a]].embedding});
    return trainAgeInvariantTransform(training, options);
}

// Calls visit(young row, adult column, direct, age-invariant, progressed distance) for every pair
// of a young photo passing `useYoung` and an adult photo passing `useAdult`. The age-invariant
// distance is the one a search computes (GalleryIndex): the adult's gallery normalisation
// penalty, when the transform has one, is added to the squared distance.
void forEachPair(const std::vector<CrossAgeSample>& samples, const Layout& l, const AgeInvariantTransform& transform,
                 const std::function<bool(std::size_t)>& useYoung, const std::function<bool(std::size_t)>& useAdult,
                 const std::function<void(std::size_t, std::size_t, double, double, double)>& visit) {
    std::vector<Embedding> projectedAdults(l.adult.size());
    std::vector<float> penalties(l.adult.size(), 0.0f);
    for (std::size_t a = 0; a < l.adult.size(); ++a) {
        if (!useAdult(a)) continue;
        projectedAdults[a] = transform.projectGallery(samples[l.adult[a]].embedding);
        transform.galleryPenalties(projectedAdults[a].data(), 1, &penalties[a]);
    }
    const auto invariantDistance = [&](const Embedding& projected, std::size_t a) {
        const double d = euclideanDistance(projected, projectedAdults[a]);
        return std::sqrt(std::max(0.0, d * d + penalties[a]));
    };
    for (std::size_t y = 0; y < l.young.size(); ++y) {
        if (!useYoung(y)) continue;
        const CrossAgeSample& probe = samples[l.young[y]];
        const Embedding projected = transform.projectProbe(probe.embedding);
        for (std::size_t a = 0; a < l.adult.size(); ++a) {
            if (!useAdult(a)) continue;
            const Embedding& adult = samples[l.adult[a]].embedding;
            visit(y, a, euclideanDistance(probe.embedding, adult), invariantDistance(projected, a),
                  probe.progressed ? euclideanDistance(*probe.progressed, adult) : kMissing);
        }
    }
}

Result<ScoreCalibration> fitComponent(const PairTable& table, Component c) {
    std::vector<double> mates, nonMates;
    for (std::size_t i = 0; i < table.labels.size(); ++i) {
        const double d = table.distances[c][i];
        if (std::isnan(d)) continue;
        (table.labels[i] ? mates : nonMates).push_back(d);
    }
    return ScoreCalibration::fit(mates, nonMates);
}

std::vector<Component> componentsOf(bool ageInvariant, bool progressed) {
    std::vector<Component> used{Direct};
    if (ageInvariant) used.push_back(AgeInvariant);
    if (progressed) used.push_back(Progressed);
    return used;
}

Result<LikelihoodFusionRule> fitFusion(const PairTable& table, const std::vector<ScoreCalibration>& calibrations,
                                       const std::vector<Component>& used) {
    std::vector<double> rows;
    std::vector<std::uint8_t> labels;
    std::size_t mates = 0;
    for (std::size_t i = 0; i < table.labels.size(); ++i) {
        bool complete = true;
        for (Component c : used) complete = complete && !std::isnan(table.distances[c][i]);
        if (!complete) continue;
        for (Component c : used) rows.push_back(calibrations[c].log10LikelihoodRatio(table.distances[c][i]));
        labels.push_back(table.labels[i]);
        mates += table.labels[i];
    }
    auto model = fitLogisticRegression(rows, used.size(), labels);
    if (!model) return model.error();
    return LikelihoodFusionRule::fromLogistic(model.value(), mates, labels.size() - mates);
}

// The calibration learned from the photos in blocks 0..count-1: the distances it is fitted on are
// those within each block, the age-invariant ones with a transform fitted on the other blocks.
Result<IdentityCalibration> fitCalibration(const std::vector<CrossAgeSample>& samples, const Layout& l, const Blocks& b,
                                           int count, const IdentityCalibrationOptions& options) {
    PairTable table;
    for (int g = 0; g < count; ++g) {
        auto transform = fitTransform(samples, l, b, [g](int block) { return block >= 0 && block != g; }, options.ageInvariant);
        if (!transform) return transform.error();
        forEachPair(samples, l, transform.value(), [&](std::size_t y) { return b.young[y] == g; },
                    [&](std::size_t a) { return b.adult[a] == g; },
                    [&](std::size_t y, std::size_t a, double direct, double invariant, double progressed) {
                        table.add(l.sameSubject[y * l.adult.size() + a], direct, invariant, progressed);
                    });
    }
    std::vector<ScoreCalibration> calibrations;
    for (int c = 0; c < ComponentCount; ++c) {
        auto fitted = fitComponent(table, static_cast<Component>(c));
        if (!fitted && c != Progressed) {
            return makeError(fitted.error().code, std::string(kComponentNames[c]) + " calibration: " + fitted.error().message);
        }
        calibrations.push_back(fitted ? fitted.value() : ScoreCalibration());  // no progressed probes: left empty
    }
    std::map<std::string, LikelihoodFusionRule> fusion;
    for (bool invariant : {false, true}) {
        for (bool progressed : {false, true}) {
            if (progressed && calibrations[Progressed].empty()) continue;
            auto rule = fitFusion(table, calibrations, componentsOf(invariant, progressed));
            if (!rule) return rule.error();
            fusion[IdentityCalibration::fusionKey(invariant, progressed)] = rule.value();
        }
    }
    return IdentityCalibration(calibrations[Direct], calibrations[AgeInvariant], calibrations[Progressed], std::move(fusion));
}

void addEvidence(CalibrationEvidence& evidence, bool mate, double score, double log10Lr) {
    (mate ? evidence.mateScores : evidence.nonMateScores).push_back(score);
    (mate ? evidence.mateLog10 : evidence.nonMateLog10).push_back(log10Lr);
}

// Out-of-fold evidence of the test fold's pairs (young and adult photo both of test subjects) and
// the fused LRs of its young photos against every adult photo.
void recordTestFold(const std::vector<CrossAgeSample>& samples, const Layout& l, int fold,
                    const AgeInvariantTransform& transform, const IdentityCalibration& calibration,
                    IdentityCalibrationStudy& study) {
    forEachPair(samples, l, transform, [&](std::size_t y) { return l.youngFold[y] == fold; },
                [](std::size_t) { return true; },
                [&](std::size_t y, std::size_t a, double direct, double invariant, double progressed) {
                    const bool hasProgressed = !std::isnan(progressed);
                    const IdentityLikelihoods lr = calibration.likelihoods(
                        {direct, invariant, hasProgressed ? std::optional<double>(progressed) : std::nullopt});
                    const IdentityLikelihoods searchLr = calibration.likelihoods({direct, invariant, std::nullopt});
                    study.fusedLog10[y * l.adult.size() + a] = static_cast<float>(*searchLr.fusedLog10);
                    if (l.adultFold[a] != fold) return;
                    const bool mate = l.sameSubject[y * l.adult.size() + a];
                    addEvidence(study.outOfFold["direct"], mate, -direct, *lr.directLog10);
                    addEvidence(study.outOfFold["age_invariant"], mate, -invariant, *lr.ageInvariantLog10);
                    const double independentSum = *lr.directLog10 + *lr.ageInvariantLog10;
                    addEvidence(study.outOfFold["independent sum direct+age_invariant"], mate, independentSum, independentSum);
                    for (bool withInvariant : {false, true}) {
                        const IdentityLikelihoods subset = calibration.likelihoods(
                            {direct, withInvariant ? std::optional<double>(invariant) : std::nullopt, std::nullopt});
                        const std::string key = "fused " + IdentityCalibration::fusionKey(withInvariant, false);
                        addEvidence(study.outOfFold[key], mate, *subset.fusedLog10, *subset.fusedLog10);
                    }
                    if (!hasProgressed) return;
                    addEvidence(study.outOfFold["progressed"], mate, -progressed, *lr.progressedLog10);
                    const double allSum = independentSum + *lr.progressedLog10;
                    addEvidence(study.outOfFold["independent sum direct+age_invariant+progressed"], mate, allSum, allSum);
                    for (bool withInvariant : {false, true}) {
                        const IdentityLikelihoods subset = calibration.likelihoods(
                            {direct, withInvariant ? std::optional<double>(invariant) : std::nullopt, progressed});
                        const std::string key = "fused " + IdentityCalibration::fusionKey(withInvariant, true);
                        addEvidence(study.outOfFold[key], mate, *subset.fusedLog10, *subset.fusedLog10);
                    }
                });
}

}  // namespace

Result<IdentityCalibrationStudy> studyIdentityCalibration(const std::vector<CrossAgeSample>& samples,
                                                          const IdentityCalibrationOptions& options) {
    if (options.folds < 2) return makeError(ErrorCode::InvalidArgument, "cross-validation needs at least 2 folds");
    const Layout l = makeLayout(samples, options.folds);
    IdentityCalibrationStudy study;
    study.probes = l.young;
    study.gallery = l.adult;
    study.fusedLog10.assign(l.young.size() * l.adult.size(), 0.0f);
    for (int fold = 0; fold < options.folds; ++fold) {
        const Blocks inner = blocksOf(l, [fold](int f, int i) { return f == fold ? -1 : i; });
        auto calibration = fitCalibration(samples, l, inner, options.folds, options);
        if (!calibration) return calibration.error();
        auto transform = fitTransform(samples, l, inner, [](int block) { return block >= 0; }, options.ageInvariant);
        if (!transform) return transform.error();
        recordTestFold(samples, l, fold, transform.value(), calibration.value(), study);
    }
    const Blocks outer = blocksOf(l, [](int f, int) { return f; });
    auto shipped = fitCalibration(samples, l, outer, options.folds, options);
    if (!shipped) return shipped.error();
    study.calibration = std::move(shipped).value();
    return study;
}

}  // namespace reunite
