// Family sets and the kinship evaluation: both index.csv layouts load, every parent-child pair of
// a family is listed, verification metrics behave at their extremes, and cross-validation on
// synthetic families finds the related pairs with the learned model better than by chance.
#include <catch2/catch.hpp>

#include "eval/KinshipEvaluation.h"
#include "eval/VerificationMetrics.h"
#include "SyntheticFamilies.h"
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
    KinshipDataset dataset;
    std::vector<std::optional<Embedding>> embeddings;
    for (const KinshipPair& p : relatedPairsOf(families)) {
        dataset.photos.push_back({p.elderFile, p.elderFamily, p.elderRole});
        embeddings.push_back(p.elder);
        dataset.photos.push_back({p.youngerFile, p.youngerFamily, p.youngerRole});
        embeddings.push_back(p.younger);
    }
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
