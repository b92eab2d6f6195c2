// The age-invariant space on synthetic people whose embeddings move with age along known
// directions: training recovers the shift, shrinks the age directions, and the gallery index's
// projected matrix ranks the right adult first where the plain space does not.
#include <cmath>
#include <random>

#include <catch2/catch.hpp>

#include "crossage/AgeInvariantTrainer.h"
#include "search/GalleryIndex.h"
#include "TestData.h"

using namespace reunite;

namespace {

// 120 people; a person's young embedding = identity + a common shift + a large personal wander in
// the first 8 dimensions (growing up), adult = identity + small noise.
struct Population {
    std::vector<LabelledEmbedding> samples;
    std::vector<Embedding> young, adult;
};

Population makePopulation(unsigned seed) {
    std::mt19937 rng(seed);
    std::normal_distribution<float> identity(0.0f, 0.02f), noise(0.0f, 0.01f), ageWander(0.0f, 0.3f);
    Population p;
    for (int person = 0; person < 120; ++person) {
        Embedding id{};
        for (float& v : id) v = identity(rng);
        Embedding y = id, a = id;
        for (int i = 0; i < kEmbeddingSize; ++i) {
            y[i] += (i < 8 ? ageWander(rng) : noise(rng)) + (i == 20 ? 0.3f : 0.0f);
            a[i] += noise(rng);
        }
        p.young.push_back(y);
        p.adult.push_back(a);
        p.samples.push_back({"p" + std::to_string(person), true, y});
        p.samples.push_back({"p" + std::to_string(person), false, a});
    }
    return p;
}

int rankOfMate(const GalleryIndex& index, const Probe& probe, std::int64_t mate) {
    SearchQuery query;
    query.probes = {probe};
    query.topK = 1000;
    auto outcome = index.search(query);
    REQUIRE(outcome.ok());
    for (std::size_t i = 0; i < outcome.value().matches.size(); ++i)
        if (outcome.value().matches[i].candidateId == mate) return static_cast<int>(i) + 1;
    return 0;
}

}  // namespace

TEST_CASE("training recovers the age shift and ranks mates better than the plain space", "[crossage]") {
    const Population population = makePopulation(3);
    auto transform = trainAgeInvariantTransform(population.samples);
    REQUIRE(transform.ok());
    CHECK(transform.value().youngMean()[20] - transform.value().adultMean()[20] == Approx(0.3).margin(0.03));

    GalleryIndex index;
    for (int person = 0; person < 120; ++person) {
        index.upsertCandidate(GalleryCandidate{person + 1, reunite::Sex::Unknown, 0, 0, "", "test"});
        REQUIRE(index.addFace(1000 + person, person + 1, population.adult[person]).ok());
    }
    index.setAgeInvariantTransform(std::make_shared<AgeInvariantTransform>(transform.value()));
    REQUIRE(index.hasAgeInvariantSpace());

    // A held-out population (new people, same kind of ageing) must also benefit.
    const Population fresh = makePopulation(99);
    GalleryIndex freshIndex;
    for (int person = 0; person < 120; ++person) {
        freshIndex.upsertCandidate(GalleryCandidate{person + 1, reunite::Sex::Unknown, 0, 0, "", "test"});
        REQUIRE(freshIndex.addFace(2000 + person, person + 1, fresh.adult[person]).ok());
    }
    freshIndex.setAgeInvariantTransform(std::make_shared<AgeInvariantTransform>(transform.value()));
    int directTop1 = 0, invariantTop1 = 0;
    for (int person = 0; person < 120; ++person) {
        directTop1 += rankOfMate(freshIndex, Probe{0, "photo", fresh.young[person], EmbeddingSpace::Direct}, person + 1) == 1;
        const Embedding projected = transform.value().projectProbe(fresh.young[person]);
        invariantTop1 += rankOfMate(freshIndex, Probe{0, "age_invariant", projected, EmbeddingSpace::AgeInvariant}, person + 1) == 1;
    }
    INFO("direct top-1 " << directTop1 << ", age-invariant top-1 " << invariantTop1 << " of 120");
    CHECK(invariantTop1 > directTop1 + 20);
}

TEST_CASE("gallery projections match the one-by-one projection and survive later adds", "[crossage]") {
    const Population population = makePopulation(5);
    auto transform = trainAgeInvariantTransform(population.samples);
    REQUIRE(transform.ok());
    auto shared = std::make_shared<AgeInvariantTransform>(transform.value());
    GalleryIndex index;
    index.upsertCandidate(GalleryCandidate{1, reunite::Sex::Unknown, 0, 0, "", "test"});
    index.upsertCandidate(GalleryCandidate{2, reunite::Sex::Unknown, 0, 0, "", "test"});
    REQUIRE(index.addFace(10, 1, population.adult[0]).ok());
    index.setAgeInvariantTransform(shared);
    REQUIRE(index.addFaces({{11, 2, population.adult[1]}}).ok());  // added after the transform

    for (int person : {0, 1}) {
        const Embedding projected = shared->projectGallery(population.adult[person]);
        double norm = 0;
        for (float v : projected) norm += v * v;
        CHECK(norm == Approx(1.0).epsilon(1e-5));
        SearchQuery query;
        query.probes = {Probe{0, "age_invariant", projected, EmbeddingSpace::AgeInvariant}};
        auto outcome = index.search(query);
        REQUIRE(outcome.ok());
        CHECK(outcome.value().matches.front().candidateId == person + 1);
        CHECK(outcome.value().matches.front().distance == Approx(0.0).margin(1e-3));
    }
}

TEST_CASE("fusion weights and scales combine the components as documented", "[crossage]") {
    GalleryIndex index;
    index.upsertCandidate(GalleryCandidate{1, reunite::Sex::Unknown, 0, 0, "", "test"});
    Embedding face{}, probeA{}, probeB{};
    face[0] = 1.0f;
    probeA[0] = 0.7f;  // distance 0.3
    probeB[0] = 0.2f;  // distance 0.8
    REQUIRE(index.addFace(1, 1, face).ok());
    SearchQuery query;
    query.probes = {Probe{1, "a", probeA}, Probe{2, "b", probeB}};
    query.weighting = {{"a", {3.0, 0.5}}, {"b", {1.0, 2.0}}};
    auto outcome = index.search(query);
    REQUIRE(outcome.ok());
    CHECK(outcome.value().matches[0].distance == Approx((3.0 * 0.3 / 0.5 + 1.0 * 0.8 / 2.0) / 4.0).epsilon(1e-5));
    query.weighting["b"].scale = 0;
    CHECK_FALSE(index.search(query).ok());
    SearchQuery invariantWithoutSpace;
    invariantWithoutSpace.probes = {Probe{1, "x", probeA, EmbeddingSpace::AgeInvariant}};
    CHECK(index.search(invariantWithoutSpace).error().code == ErrorCode::InvalidArgument);
}

TEST_CASE("a damaged transform file is refused, a saved one loads back exactly", "[crossage][errors]") {
    reunite::test::TempFolder folder;
    auto transform = trainAgeInvariantTransform(makePopulation(7).samples);
    REQUIRE(transform.ok());
    REQUIRE(transform.value().save(folder.file("t.json")).ok());
    auto loaded = AgeInvariantTransform::load(folder.file("t.json"));
    REQUIRE(loaded.ok());
    const Population p = makePopulation(8);
    CHECK(loaded.value().projectProbe(p.young[3]) == transform.value().projectProbe(p.young[3]));
    folder.write("bad.json", "{\"young_mean\": [1, 2, 3]}");
    auto bad = AgeInvariantTransform::load(folder.file("bad.json"));
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().code == ErrorCode::ModelCorrupt);
    CHECK(AgeInvariantTransform::load(folder.file("missing.json")).error().code == ErrorCode::ModelMissing);
    std::vector<LabelledEmbedding> tooFew{{"a", true, {}}, {"a", false, {}}};
    CHECK_FALSE(trainAgeInvariantTransform(tooFew).ok());
}
