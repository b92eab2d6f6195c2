// The identity calibration on synthetic cross-age people: mates get higher fused LRs than
// non-mates out of fold, the fused LR is no worse than the direct one, and missing components
// fall back to the right fusion rule.
#include <random>

#include <catch2/catch.hpp>

#include "calibration/IdentityCalibrationTrainer.h"

using namespace reunite;

namespace {

// 150 people; young = identity + common shift + strong wander in 8 dimensions; adult = identity + noise.
std::vector<CrossAgeSample> makePeople(unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> identity(0.0f, 0.03f), noise(0.0f, 0.012f), wander(0.0f, 0.15f);
    std::vector<CrossAgeSample> samples;
    for (int person = 0; person < 150; ++person) {
        Embedding id{};
        for (float& v : id) v = identity(rng);
        CrossAgeSample young{"p" + std::to_string(person), true, id, std::nullopt}, adult{young.subject, false, id, std::nullopt};
        for (int i = 0; i < kEmbeddingSize; ++i) {
            young.embedding[i] += (i < 8 ? wander(rng) : noise(rng)) + (i == 20 ? 0.2f : 0.0f);
            adult.embedding[i] += noise(rng);
        }
        if (person % 2 == 0) {
            Embedding progressed = young.embedding;
            for (int i = 0; i < kEmbeddingSize; ++i) progressed[i] += noise(rng);
            young.progressed = progressed;
        }
        samples.push_back(young);
        samples.push_back(adult);
    }
    return samples;
}

double mean(const std::vector<double>& v) {
    double s = 0;
    for (double x : v) s += x;
    return v.empty() ? 0 : s / v.size();
}

}  // namespace

TEST_CASE("identity calibration by cross-validation on synthetic people", "[calibration][identity]") {
    auto study = studyIdentityCalibration(makePeople(7));
    REQUIRE(study.ok());
    const auto& oof = study.value().outOfFold;
    REQUIRE(oof.count("direct"));
    REQUIRE(oof.count("fused direct+age_invariant"));
    REQUIRE(oof.count("progressed"));
    const CalibrationEvidence& direct = oof.at("direct");
    const CalibrationEvidence& fused = oof.at("fused direct+age_invariant");
    CHECK(direct.mateLog10.size() == 150);
    CHECK(oof.at("progressed").mateLog10.size() == 75);
    CHECK(mean(fused.mateLog10) > mean(fused.nonMateLog10) + 1);
    CHECK(cllr(fused.mateLog10, fused.nonMateLog10) < 1);
    CHECK(cllr(fused.mateLog10, fused.nonMateLog10) <= cllr(direct.mateLog10, direct.nonMateLog10) + 0.05);
    REQUIRE(study.value().fusedLog10.size() == study.value().probes.size() * study.value().gallery.size());

    const IdentityCalibration& c = study.value().calibration;
    CHECK(c.fusion().size() == 4);
    const IdentityLikelihoods onlyDirect = c.likelihoods({0.3, std::nullopt, std::nullopt});
    REQUIRE(onlyDirect.fusedLog10);
    CHECK_FALSE(onlyDirect.ageInvariantLog10);
    const IdentityLikelihoods none = c.likelihoods({std::nullopt, 0.5, std::nullopt});
    CHECK_FALSE(none.fusedLog10);
    CHECK(c.likelihoods({0.1, 0.5, std::nullopt}).directLog10 > c.likelihoods({0.9, 0.5, std::nullopt}).directLog10);
}

TEST_CASE("identity calibration without progressed probes leaves that component out", "[calibration][identity]") {
    std::vector<CrossAgeSample> samples = makePeople(8);
    for (CrossAgeSample& s : samples) s.progressed.reset();
    auto study = studyIdentityCalibration(samples);
    REQUIRE(study.ok());
    const IdentityCalibration& c = study.value().calibration;
    CHECK(c.progressed().empty());
    CHECK(c.fusion().size() == 2);
    const IdentityLikelihoods lr = c.likelihoods({0.3, 0.5, 0.2});
    CHECK_FALSE(lr.progressedLog10);
    REQUIRE(lr.fusedLog10);
    CHECK(*lr.fusedLog10 == Approx(*c.likelihoods({0.3, 0.5, std::nullopt}).fusedLog10));
    CHECK(study.value().outOfFold.count("progressed") == 0);
}
