// Family sets and the kinship evaluation: both index.csv layouts load, every parent-child pair of
// a family is listed, verification metrics behave at their extremes, and cross-validation on
// synthetic families finds the related pairs with the learned model better than by chance.
#include <catch2/catch.hpp>

#include <algorithm>
#include <random>

#include "eval/ChildhoodKinshipRanking.h"
#include "eval/KinshipEvaluation.h"
#include "kinship/KinshipTrainer.h"
#include "eval/VerificationMetrics.h"
#include "SyntheticFamilies.h"
#include "SyntheticFamilySet.h"
#include "TestData.h"

using namespace reunite;
using namespace reunite::test;

TEST_CASE("family sets load in both index layouts", "[kinship][dataset]") {
    TempFolder folder;
    folder.write("index.csv",
                 "file,family,role,relation,generation\n"
                 "a/fd_1_1.jpg,F1,father,fd,parent\n"
                 "a/fd_1_2.jpg,F1,daughter,fd,child\n"
                 "b/x.jpg,F2,mother,,\n"
                 "b/y.jpg,F2,father,,\n"
                 "b/z.jpg,F2,son,,\n"
                 "b/w.jpg,F2,daughter,,\n"
                 "b/g.jpg,F2,grandfather,,\n"
                 "c/lonely.jpg,F3,son,,\n");
    auto dataset = KinshipDataset::load(folder.path());
    REQUIRE(dataset.ok());
    CHECK(dataset.value().photos.size() == 7);
    CHECK(dataset.value().skippedRows == 1);
    CHECK(dataset.value().photos[0].file == folder.path() / "a/fd_1_1.jpg");
    CHECK(dataset.value().photos[1].role == KinRole::Daughter);
    CHECK(dataset.value().relatedPairs().size() == 1 + 4);  // F1: 1; F2: 2 parents x 2 children; F3: none

    TempFolder minimal;
    minimal.write("index.csv", "file,family,role\np.jpg,A,mother\nc.jpg,A,son\n");
    auto small = KinshipDataset::load(minimal.path());
    REQUIRE(small.ok());
    CHECK(small.value().relatedPairs().size() == 1);

    TempFolder wrong;
    wrong.write("index.csv", "file,subject,age_group\np.jpg,A,young\n");
    CHECK_FALSE(KinshipDataset::load(wrong.path()).ok());
}

TEST_CASE("verification metrics at their extremes", "[kinship][metrics]") {
    CHECK(areaUnderCurve({3, 4, 5}, {0, 1, 2}) == Approx(1.0));
    CHECK(areaUnderCurve({1, 1}, {1, 1}) == Approx(0.5));
    CHECK(areaUnderCurve({0, 1}, {2, 3}) == Approx(0.0));
    CHECK(trueAcceptRateAt({3, 4, 5}, {0, 1, 2}, 0.01) == Approx(1.0));
    CHECK(trueAcceptRateAt({1, 2, 3}, {10, 0, 0, 0}, 0.25) == Approx(1.0));   // the 10 may be passed
    CHECK(trueAcceptRateAt({1, 2, 3}, {10, 2, 0, 0}, 0.25) == Approx(1.0 / 3));
    CHECK(accuracyAtThreshold({1, 2}, {-1, 3}, 0) == Approx(0.75));
}

TEST_CASE("cross-validation by family on synthetic families", "[kinship][evaluation]") {
    const std::vector<SyntheticFamily> families = makeFamilies(200, 31, "fam");
    auto [dataset, embeddings] = familySetOf(families);
    dataset.photos.push_back({"fam0/extra", "fam0", KinRole::Son});
    embeddings.push_back(std::nullopt);  // a photo without a face is left out
    auto evaluation = evaluateKinship(dataset, embeddings);
    REQUIRE(evaluation.ok());
    const KinshipEvaluation& e = evaluation.value();
    CHECK(e.relatedPairs == 200);
    CHECK(e.photosWithoutFace == 1);
    CHECK(e.kinship.overall.related == 200);
    CHECK(e.kinship.overall.unrelated == 200);
    CHECK(e.kinship.overall.accuracy > 0.8);
    CHECK(e.kinship.overall.auc > 0.9);
    CHECK(e.kinship.overall.calibration.cllr < 0.7);
    CHECK(e.kinship.byRelation.size() == 4);
    CHECK(e.rankingProbes == 200);
    CHECK(e.kinship.rankRates.at(30) >= e.kinship.rankRates.at(1));
    CHECK_FALSE(evaluateKinship(dataset, embeddings, {1}).ok());
}

// Issue 14: the weight of the kinship LR in the synthetic childhood-photo + parent ranking is
// chosen by cross-validation over the cases; where every fold chooses 1, the ranks are those of
// the plain sum.
TEST_CASE("the kinship weight of the synthetic ranking is chosen per fold", "[kinship][ranking]") {
    constexpr std::size_t kCases = 40;
    const std::vector<SyntheticFamily> families = makeFamilies(static_cast<int>(kCases), 17, "rank");
    std::vector<KinshipPair> related = relatedPairsOf(families);
    std::mt19937 blur(5);
    std::normal_distribution<float> blurNoise(0.0f, 0.12f);
    for (KinshipPair& pair : related)
        for (float& v : pair.younger) v += blurNoise(blur);  // weak kinship evidence, as in real photos
    auto trained = trainKinshipModel(relatedPairsOf(makeFamilies(240, 11, "train")));
    REQUIRE(trained.ok());
    const KinshipFoldModels kinship = KinshipFoldModels::fixed(trained.value(), FamilyFolds(5));

    std::vector<CrossAgeSample> crossAge;
    IdentityCalibrationStudy identity;
    std::mt19937 random(3);
    std::normal_distribution<float> noise(0.0f, 1.0f);
    for (std::size_t i = 0; i < kCases; ++i) {
        const std::string subject = "s" + std::to_string(100 + i);
        identity.probes.push_back(crossAge.size());
        crossAge.push_back(CrossAgeSample{subject, true, {}, std::nullopt});
        identity.gallery.push_back(crossAge.size());
        crossAge.push_back(CrossAgeSample{subject, false, {}, std::nullopt});
    }
    for (std::size_t y = 0; y < kCases; ++y)
        for (std::size_t a = 0; a < kCases; ++a) identity.fusedLog10.push_back(noise(random) + (y == a ? 1.0f : 0.0f));

    auto ranked = rankChildhoodPhotoWithParents(crossAge, identity, related, kinship);
    REQUIRE(ranked.ok());
    REQUIRE(ranked.value().chosenWeights.size() == 5);
    for (double w : ranked.value().chosenWeights) {
        CHECK(std::find(kKinshipWeightGrid.begin(), kKinshipWeightGrid.end(), w) != kKinshipWeightGrid.end());
    }
    CHECK(ranked.value().meanReciprocalRank.size() == kKinshipWeightGrid.size());
    CHECK(ranked.value().meanReciprocalRank.at(1.0) > ranked.value().meanReciprocalRank.at(0.0));  // kinship helps
    const bool allOne = std::all_of(ranked.value().chosenWeights.begin(), ranked.value().chosenWeights.end(),
                                    [](double w) { return w == 1.0; });
    if (allOne) CHECK(ranked.value().combinedWeighted == ranked.value().combined);
    CHECK(ranked.value().combinedWeighted.at(5) > ranked.value().identityOnly.at(5));
}
