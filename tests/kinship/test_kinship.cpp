// The kinship model on synthetic families: related pairs, built to be close, get higher and
// positive log LRs, unrelated pairs lower ones; LRs are bounded; both parents add up; siblings
// are flagged and half siblings count half; unrelated pairs never mix families.
#include <algorithm>

#include <catch2/catch.hpp>

#include "kinship/CandidateLikelihood.h"
#include "kinship/KinshipTrainer.h"
#include "SyntheticFamilies.h"

using namespace reunite;
using namespace reunite::test;

namespace {

const KinshipModel& trainedModel() {
    static const KinshipModel model = [] {
        auto trained = trainKinshipModel(relatedPairsOf(makeFamilies(240, 11, "train")));
        REQUIRE(trained.ok());
        return trained.value();
    }();
    return model;
}

double log10Of(const KinshipModel& model, const KinshipPair& p) {
    return model.log10LikelihoodRatio(p.elder, p.elderRole, p.younger, p.youngerRole);
}

}  // namespace

TEST_CASE("unrelated pairs pair a parent with another family's child of the same relation type", "[kinship]") {
    const std::vector<KinshipPair> related = relatedPairsOf(makeFamilies(40, 1, "f"));
    const std::vector<KinshipPair> unrelated = makeUnrelatedPairs(related, 3);
    CHECK(unrelated.size() == 3 * related.size());
    for (const KinshipPair& p : unrelated) {
        CHECK_FALSE(p.related);
        CHECK(p.elderFamily != p.youngerFamily);
        const std::string type = relationTypeOf(p);
        const auto sameType = std::count_if(related.begin(), related.end(), [&](const KinshipPair& r) {
            return r.youngerFamily == p.youngerFamily && relationTypeOf(r) == type;
        });
        CHECK(sameType == 1);
    }
    CHECK(makeUnrelatedPairs(related, 3).front().youngerFile == unrelated.front().youngerFile);  // deterministic
}

TEST_CASE("related synthetic pairs score higher than unrelated ones", "[kinship]") {
    const KinshipModel& model = trainedModel();
    const std::vector<KinshipPair> related = relatedPairsOf(makeFamilies(120, 99, "fresh"));
    const std::vector<KinshipPair> unrelated = makeUnrelatedPairs(related, 1);
    int positive = 0, negative = 0;
    double relatedSum = 0, unrelatedSum = 0;
    for (const KinshipPair& p : related) {
        const double l = log10Of(model, p);
        relatedSum += l;
        positive += l > 0 ? 1 : 0;
        CHECK(l <= model.fusion().maxLog10);
    }
    for (const KinshipPair& p : unrelated) {
        const double l = log10Of(model, p);
        unrelatedSum += l;
        negative += l < 0 ? 1 : 0;
        CHECK(l >= model.fusion().minLog10);
    }
    CHECK(relatedSum / related.size() > unrelatedSum / unrelated.size() + 1);
    CHECK(positive > 0.85 * related.size());
    CHECK(negative > 0.85 * unrelated.size());
    // Both scores of the space are higher for the related pair.
    const KinshipScores own = model.space().score(related[0].elder, related[0].elderRole, related[0].younger, related[0].youngerRole);
    const KinshipScores other = model.space().score(unrelated[0].elder, unrelated[0].elderRole, unrelated[0].younger,
                                                    unrelated[0].youngerRole);
    CHECK(own.whitenedCosine > other.whitenedCosine);
    CHECK(own.jointBayesian > other.jointBayesian);
}

TEST_CASE("training refuses too few pairs", "[kinship]") {
    CHECK_FALSE(trainKinshipModel(relatedPairsOf(makeFamilies(20, 3, "few"))).ok());
}

TEST_CASE("assessing a candidate against a case's relatives", "[kinship]") {
    const KinshipModel& model = trainedModel();
    const std::vector<SyntheticFamily> families = makeFamilies(2, 5, "case");
    const SyntheticFamily& own = families[0];
    const std::vector<RelativeFaces> parents{{1, KinRelation::Father, 'M', {own.father}},
                                             {2, KinRelation::Mother, 'F', {own.mother}}};
    const KinshipAssessment child = model.assess(parents, {own.son}, 'M');
    REQUIRE(child.combinedLog10);
    REQUIRE(child.relatives.size() == 2);
    CHECK(child.relatives[0].relativeId == 1);
    CHECK(child.relatives[0].validated);
    CHECK(*child.combinedLog10 == Approx(child.relatives[0].log10LikelihoodRatio + child.relatives[1].log10LikelihoodRatio));
    CHECK(child.combination.find("independent") != std::string::npos);
    const KinshipAssessment stranger = model.assess(parents, {families[1].son}, 'M');
    REQUIRE(stranger.combinedLog10);
    CHECK(*child.combinedLog10 > *stranger.combinedLog10);

    // Several photos of one relative are averaged, not multiplied.
    const KinshipAssessment twoPhotos = model.assess({{1, KinRelation::Father, 'M', {own.father, own.father}}}, {own.son}, 'M');
    CHECK(twoPhotos.relatives[0].comparisons == 2);
    CHECK(*twoPhotos.combinedLog10 == Approx(child.relatives[0].log10LikelihoodRatio));

    // Siblings: not validated, counted only without parents; a half sibling counts half.
    const RelativeFaces full{3, KinRelation::FullSibling, 'F', {own.daughter}};
    RelativeFaces half = full;
    half.relation = KinRelation::HalfSibling;
    const KinshipAssessment fullSibling = model.assess({full}, {own.son}, 'M');
    const KinshipAssessment halfSibling = model.assess({half}, {own.son}, 'M');
    REQUIRE(fullSibling.combinedLog10);
    CHECK_FALSE(fullSibling.relatives[0].validated);
    CHECK(*halfSibling.combinedLog10 == Approx(0.5 * *fullSibling.combinedLog10));
    const KinshipAssessment mixed = model.assess({parents[0], full}, {own.son}, 'M');
    CHECK(mixed.relatives[1].counted == false);
    CHECK(*mixed.combinedLog10 == Approx(child.relatives[0].log10LikelihoodRatio));

    CHECK_FALSE(model.assess(parents, {}, 'M').combinedLog10);
    CHECK_FALSE(model.assess({{4, KinRelation::Mother, 'F', {}}}, {own.son}, 'M').combinedLog10);
}

TEST_CASE("identity and kinship evidence are added under a stated assumption", "[kinship]") {
    IdentityLikelihoods identity;
    identity.fusedLog10 = 1.5;
    KinshipAssessment kinship;
    kinship.combinedLog10 = 0.75;
    kinship.combination = "one parent";
    const CandidateLikelihood both = combineCandidateEvidence(identity, kinship);
    REQUIRE(both.combinedLog10);
    CHECK(*both.combinedLog10 == Approx(2.25));
    CHECK(both.words.strength == VerbalStrength::ModeratelyStrong);
    CHECK(both.assumption.find("independent") != std::string::npos);
    CHECK_FALSE(both.caveat.empty());
    const CandidateLikelihood identityOnly = combineCandidateEvidence(identity, std::nullopt);
    CHECK(*identityOnly.combinedLog10 == Approx(1.5));
    CHECK_FALSE(identityOnly.kinshipLog10);
    const CandidateLikelihood nothing = combineCandidateEvidence(IdentityLikelihoods{}, std::nullopt);
    CHECK_FALSE(nothing.combinedLog10);
    CHECK(nothing.words.strength == VerbalStrength::None);
}

TEST_CASE("projected faces give the same LRs as embeddings", "[kinship]") {
    const KinshipModel& model = trainedModel();
    const std::vector<KinshipPair> pairs = relatedPairsOf(makeFamilies(8, 17, "p"));
    for (const KinshipPair& p : pairs) {
        const KinshipProjection elder = model.space().project(p.elder, p.elderRole);
        const KinshipProjection younger = model.space().project(p.younger, p.youngerRole);
        CHECK(model.log10LikelihoodRatio(elder, younger) ==
              Approx(model.log10LikelihoodRatio(p.elder, p.elderRole, p.younger, p.youngerRole)).margin(1e-9));
        double norm = 0;
        for (float v : elder.whitened) norm += static_cast<double>(v) * v;
        CHECK(norm == Approx(1.0).margin(1e-5));
        // A child's role changes its centring and so its scores (the LR may sit at its bound).
        CHECK(model.space().score(p.elder, p.elderRole, p.younger, KinRole::Child).whitenedCosine !=
              Approx(model.space().score(p.elder, p.elderRole, p.younger, p.youngerRole).whitenedCosine).margin(1e-6));
    }
}
