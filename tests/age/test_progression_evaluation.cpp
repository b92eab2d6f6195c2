// eval progression's figures on synthetic embeddings with known answers.
#include <cmath>
#include <random>

#include <catch2/catch.hpp>

#include "eval/ProgressionEvaluation.h"

using namespace reunite;

namespace {

// A random vector of this length in the first 4 dimensions only: 200 people crowd there, so
// rankings are far from perfect and a better probe shows.
Embedding randomUnit(std::mt19937& rng, double scale) {
    std::normal_distribution<float> normal(0, 1);
    Embedding e{};
    double norm = 0;
    for (int i = 0; i < 4; ++i) {
        e[i] = normal(rng);
        norm += e[i] * e[i];
    }
    for (float& v : e) v = static_cast<float>(v / std::sqrt(norm) * scale);
    return e;
}

Embedding plus(const Embedding& a, const Embedding& b) {
    Embedding out{};
    for (int i = 0; i < kEmbeddingSize; ++i) out[i] = a[i] + b[i];
    return out;
}

// 200 people: an adult photo, a childhood photo far from it, and a progressed probe that is
// `progressedNoise` from the adult (informative when small), or unrelated to them.
struct World {
    std::vector<ProgressionPhoto> photos;
    std::vector<ProgressedSearchProbe> probes;
    std::vector<ProgressedPair> pairs;
};

World makeWorld(double progressedNoise) {
    std::mt19937 rng(7);
    World w;
    for (int s = 0; s < 200; ++s) {
        const Embedding adult = randomUnit(rng, 1.0);
        const std::string subject = "s" + std::to_string(s);
        w.photos.push_back({subject, false, 30, adult});
        w.photos.push_back({subject, true, 5, plus(adult, randomUnit(rng, 0.6))});
        // progressedNoise < 0: a probe unrelated to the person.
        const Embedding progressed = progressedNoise < 0 ? randomUnit(rng, 1.0) : plus(adult, randomUnit(rng, progressedNoise));
        w.probes.push_back({w.photos.size() - 1, progressed});
        w.pairs.push_back({w.photos.size() - 1, w.photos.size() - 2, 30, s % 4 == 0 ? 40.0 : 28.0, progressed});
    }
    return w;
}

std::vector<double> grid() { return {0, 0.25, 0.5, 0.75, 1}; }

}  // namespace

TEST_CASE("progressed faces: age within 5 years and distance to the real adult", "[age][progression-eval]") {
    const World w = makeWorld(0.15);
    const ProgressionAgeFigures f = progressionAgeFigures(w.photos, w.pairs);
    CHECK(f.pairs == 200);
    CHECK(f.withinFiveYears == Approx(0.75));
    CHECK(f.meanAbsoluteError == Approx(0.25 * 10 + 0.75 * 2));
    CHECK(f.medianTargetAge == 30);
    CHECK(f.medianDistanceProgressed < f.medianDistanceOriginal);
    CHECK(f.closerShare > 0.9);
}

TEST_CASE("an informative progressed probe earns a weight and lifts the ranking", "[age][progression-eval]") {
    const World w = makeWorld(0.15);
    const ProgressionRanking r = progressionRanking(w.photos, w.probes, ProgressionSpace{"plain"}, 5, grid());
    REQUIRE(r.original.probes == 200);
    CHECK(r.progressed.rank1 > r.original.rank1);
    CHECK(r.fused.rank10 >= r.original.rank10);
    REQUIRE(r.chosenWeights.size() == 5);
    for (double weight : r.chosenWeights) CHECK(weight > 0);
}

TEST_CASE("a useless progressed probe is given weight zero by cross-validation", "[age][progression-eval]") {
    const World w = makeWorld(-1);
    const ProgressionRanking r = progressionRanking(w.photos, w.probes, ProgressionSpace{"plain"}, 5, grid());
    CHECK(r.progressed.rank10 < r.original.rank10);
    for (double weight : r.chosenWeights) CHECK(weight == 0);
    CHECK(r.fused.rank10 == Approx(r.original.rank10));
}

TEST_CASE("probes whose person has no adult photo are left out of the ranking", "[age][progression-eval]") {
    World w = makeWorld(0.15);
    w.photos[0].young = true;  // s0's only adult photo becomes a childhood photo
    const ProgressionRanking r = progressionRanking(w.photos, w.probes, ProgressionSpace{"plain"}, 5, grid());
    CHECK(r.original.probes == 199);
}
