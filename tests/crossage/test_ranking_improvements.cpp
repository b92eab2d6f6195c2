// The ranking improvements of issue 15 on synthetic embeddings with known answers: probe fusion
// (closest vs mean), gallery normalisation (hub penalty), mirror augmentation, covariance
// shrinkage, cohort centroids that identify nobody, the shipped-file round trip, the evaluation's
// per-case ranking and a cross-age index with an age column.
#include <cmath>
#include <fstream>
#include <iterator>
#include <random>

#include <catch2/catch.hpp>

#include "crossage/AgeInvariantTrainer.h"
#include "crossage/MirrorAugmentation.h"
#include "eval/CrossAgeDataset.h"
#include "eval/CrossAgeRanker.h"
#include "search/CrossAgeQuery.h"
#include "search/GalleryIndex.h"
#include "TestData.h"

using namespace reunite;

namespace {

Embedding axis(int i, float value = 1.0f) {
    Embedding e{};
    e[i] = value;
    return e;
}

Embedding mix(std::initializer_list<std::pair<int, float>> parts) {
    Embedding e{};
    for (const auto& [i, v] : parts) e[i] = v;
    return e;
}

// An identity transform (zero means, identity whitening): the age-invariant space is the unit sphere.
std::shared_ptr<AgeInvariantTransform> identityTransform(GalleryNormalisation normalisation = {}) {
    std::vector<float> identity(kEmbeddingSize * kEmbeddingSize, 0.0f);
    for (int i = 0; i < kEmbeddingSize; ++i) identity[i * kEmbeddingSize + i] = 1.0f;
    auto transform = std::make_shared<AgeInvariantTransform>(Embedding{}, Embedding{}, identity, FusionWeights{}, "test");
    transform->setGalleryNormalisation(std::move(normalisation));
    return transform;
}

std::vector<std::int64_t> rankedIds(const GalleryIndex& index, const SearchQuery& query) {
    auto outcome = index.search(query);
    REQUIRE(outcome.ok());
    std::vector<std::int64_t> ids;
    for (const CandidateMatch& m : outcome.value().matches) ids.push_back(m.candidateId);
    return ids;
}

}  // namespace

TEST_CASE("several probes of one kind: closest takes the best photo, mean lets every photo count", "[search][fusion]") {
    GalleryIndex index;
    index.upsertCandidate(GalleryCandidate{1, Sex::Unknown, 0, 0, "", "t"});
    index.upsertCandidate(GalleryCandidate{2, Sex::Unknown, 0, 0, "", "t"});
    // Probes at x = 0 and x = 1 (axis 0). Candidate 1 sits just beside the first probe (0.1 and
    // 1.1 away), candidate 2 between them (0.45 and 0.55 away).
    REQUIRE(index.addFace(11, 1, axis(0, -0.1f)).ok());
    REQUIRE(index.addFace(21, 2, axis(0, 0.45f)).ok());
    SearchQuery query;
    query.probes = {Probe{101, "photo", axis(0, 0.0f)}, Probe{102, "photo", axis(0, 1.0f)}};
    CHECK(rankedIds(index, query) == std::vector<std::int64_t>{1, 2});
    query.probeFusion = ProbeFusion::Mean;
    auto outcome = index.search(query);
    REQUIRE(outcome.ok());
    REQUIRE(outcome.value().matches.size() == 2);
    CHECK(outcome.value().matches[0].candidateId == 2);
    CHECK(outcome.value().matches[0].distance == Approx(0.5).epsilon(1e-5));
    CHECK(outcome.value().matches[1].distance == Approx(0.5 * (0.1 + 1.1)).epsilon(1e-5));
    // The component names the closer probe and its face.
    CHECK(outcome.value().matches[0].components.front().probeFaceId == 101);
    CHECK(outcome.value().matches[0].bestFaceId == 21);
}

TEST_CASE("gallery normalisation penalises faces near the childhood cohort by 2 w max<g, c>", "[crossage][normalisation]") {
    const Embedding centroid = axis(5);
    auto transform = identityTransform(GalleryNormalisation{0.5, {centroid, axis(6)}});
    const Embedding hub = mix({{0, 0.6f}, {5, 0.8f}});    // close to the cohort
    const Embedding plain = mix({{0, 0.6f}, {7, 0.8f}});  // as far from the probe, away from the cohort
    float penalties[2];
    std::vector<float> rows(hub.begin(), hub.end());
    rows.insert(rows.end(), plain.begin(), plain.end());
    transform->galleryPenalties(rows.data(), 2, penalties);
    CHECK(penalties[0] == Approx(2 * 0.5 * 0.8).epsilon(1e-5));
    CHECK(penalties[1] == Approx(0.0).margin(1e-6));

    GalleryIndex index;
    index.upsertCandidate(GalleryCandidate{1, Sex::Unknown, 0, 0, "", "t"});
    index.upsertCandidate(GalleryCandidate{2, Sex::Unknown, 0, 0, "", "t"});
    REQUIRE(index.addFace(1, 1, mix({{0, 0.62f}, {5, 0.78f}})).ok());  // a hub, slightly closer to the probe
    REQUIRE(index.addFace(2, 2, plain).ok());
    SearchQuery query;
    query.probes = {Probe{0, "age_invariant", axis(0), EmbeddingSpace::AgeInvariant}};
    index.setAgeInvariantTransform(identityTransform());
    CHECK(rankedIds(index, query) == std::vector<std::int64_t>{1, 2});
    index.setAgeInvariantTransform(transform);
    CHECK(rankedIds(index, query) == std::vector<std::int64_t>{2, 1});
    // The penalty follows faces added after the transform.
    index.upsertCandidate(GalleryCandidate{3, Sex::Unknown, 0, 0, "", "t"});
    REQUIRE(index.addFace(3, 3, mix({{0, 0.61f}, {6, 0.79f}})).ok());
    CHECK(rankedIds(index, query).back() == 3);
}

TEST_CASE("a mirrored chip is the chip read right to left; augmentation averages", "[crossage][augmentation]") {
    Image chip = Image::blank(3, 2);
    for (std::size_t i = 0; i < chip.pixels.size(); ++i) chip.pixels[i] = static_cast<std::uint8_t>(i);
    const Image mirrored = mirroredLeftRight(chip);
    CHECK(mirrored.pixel(0, 1)[2] == chip.pixel(2, 1)[2]);
    CHECK(mirrored.pixel(2, 0)[0] == chip.pixel(0, 0)[0]);
    CHECK(mirroredLeftRight(mirrored).pixels == chip.pixels);
    const Embedding mean = averagedEmbedding(axis(0, 1.0f), axis(1, 1.0f));
    CHECK(mean[0] == Approx(0.5f));
    CHECK(mean[1] == Approx(0.5f));
}

TEST_CASE("full shrinkage whitens nothing; cohort centroids average enough people or are dropped", "[crossage][training]") {
    std::mt19937 rng(4);
    std::normal_distribution<float> noise(0.0f, 0.1f);
    std::vector<LabelledEmbedding> samples;
    for (int person = 0; person < 200; ++person) {
        Embedding id{};
        for (float& v : id) v = noise(rng);
        for (bool young : {true, false}) {
            Embedding e = id;
            for (int i = 0; i < 4; ++i) e[i] += 5 * noise(rng);  // strong within-person wander
            samples.push_back({"p" + std::to_string(person), young, e});
        }
    }
    AgeInvariantTrainingOptions sphere;
    sphere.shrinkage = 1.0;
    auto flat = trainAgeInvariantTransform(samples, sphere);
    REQUIRE(flat.ok());
    // With S' a multiple of I the projection is the centred vector scaled to unit length.
    const Embedding x = samples[0].embedding;
    Embedding centred{};
    double norm = 0;
    for (int i = 0; i < kEmbeddingSize; ++i) {
        centred[i] = x[i] - flat.value().youngMean()[i];
        norm += centred[i] * centred[i];
    }
    const Embedding projected = flat.value().projectProbe(x);
    for (int i : {0, 7, 100}) CHECK(projected[i] == Approx(centred[i] / std::sqrt(norm)).margin(1e-4));

    AgeInvariantTrainingOptions withCohort;
    withCohort.cohortCentroids = 4;
    withCohort.minimumPeople = 10;
    auto fitted = trainAgeInvariantTransform(samples, withCohort);
    REQUIRE(fitted.ok());
    CHECK(fitted.value().galleryNormalisation().cohortWeight == Approx(0.5));
    CHECK(fitted.value().galleryNormalisation().cohort.size() == 4);
    withCohort.minimumPeople = 201;  // more people than there are: every centroid is dropped
    CHECK(trainAgeInvariantTransform(samples, withCohort).value().galleryNormalisation().cohort.empty());
    AgeInvariantTrainingOptions badShrinkage;
    badShrinkage.shrinkage = 1.5;
    CHECK_FALSE(trainAgeInvariantTransform(samples, badShrinkage).ok());
}

TEST_CASE("the shipped settings survive save and load; old files load with the old behaviour", "[crossage][errors]") {
    reunite::test::TempFolder folder;
    auto transform = identityTransform(GalleryNormalisation{0.25, {axis(3)}});
    FusionWeights weights;
    weights.direct = 0.05;
    weights.probeFusion = ProbeFusion::Mean;
    transform->setWeights(weights);
    transform->setAugmentation(EmbeddingAugmentation::Mirror);
    REQUIRE(transform->save(folder.file("t.json")).ok());
    auto loaded = AgeInvariantTransform::load(folder.file("t.json"));
    REQUIRE(loaded.ok());
    CHECK(loaded.value().weights().direct == Approx(0.05));
    CHECK(loaded.value().weights().probeFusion == ProbeFusion::Mean);
    CHECK(loaded.value().augmentation() == EmbeddingAugmentation::Mirror);
    REQUIRE(loaded.value().galleryNormalisation().cohort.size() == 1);
    CHECK(loaded.value().galleryNormalisation().cohort[0][3] == Approx(1.0f));
    SearchQuery query;
    applyCrossAgeFusion(query, loaded.value());
    CHECK(query.probeFusion == ProbeFusion::Mean);

    auto plain = identityTransform();
    REQUIRE(plain->save(folder.file("plain.json")).ok());
    auto old = AgeInvariantTransform::load(folder.file("plain.json"));
    REQUIRE(old.ok());
    CHECK(old.value().weights().probeFusion == ProbeFusion::Closest);
    CHECK(old.value().augmentation() == EmbeddingAugmentation::None);
    CHECK(old.value().galleryNormalisation().cohort.empty());
    std::ifstream in(folder.file("plain.json"));
    std::string text((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    const auto at = text.find("\"none\"");
    REQUIRE(at != std::string::npos);
    folder.write("odd.json", text.replace(at, 6, "\"blur\""));
    CHECK(AgeInvariantTransform::load(folder.file("odd.json")).error().code == ErrorCode::ModelCorrupt);
}

TEST_CASE("the evaluation ranks every photo and every person once, leaving out excluded candidates", "[eval]") {
    GalleryIndex index;
    for (std::int64_t c = 1; c <= 3; ++c) index.upsertCandidate(GalleryCandidate{c, Sex::Unknown, 0, 0, "", "t"});
    REQUIRE(index.addFace(1, 1, axis(0)).ok());
    REQUIRE(index.addFace(2, 2, axis(1)).ok());
    REQUIRE(index.addFace(3, 3, mix({{0, 0.9f}, {1, 0.1f}})).ok());  // a look-alike of person a
    const CandidateOfSubject candidates{{"a", 1}, {"b", 2}, {"x", 3}};
    std::vector<EvalProbe> probes{{"a1.png", "a", std::nullopt, axis(0), std::nullopt},
                                  {"a2.png", "a", std::nullopt, mix({{0, 0.85f}, {1, 0.15f}}), std::nullopt},
                                  {"b1.png", "b", std::nullopt, axis(1), std::nullopt},
                                  {"c1.png", "c", std::nullopt, axis(2), std::nullopt},
                                  {"d1.png", "b", std::nullopt, std::nullopt, std::nullopt}};
    RankingTally photos, cases;
    const RankingSettings settings{RankingMethod::Direct, nullptr, 0, nullptr};
    REQUIRE(rankPhotos(index, probes, {0, 1, 2, 3, 4}, candidates, settings, photos).ok());
    CHECK(photos.trueRanks == std::vector<int>{1, 2, 1});
    CHECK(photos.withoutMate == 1);
    CHECK(photos.withoutFace == 1);
    REQUIRE(rankCases(index, probes, {0, 1, 2, 3}, candidates, settings, cases).ok());
    CHECK(cases.trueRanks.size() == 2);  // a and b; c has no adult photo
    const std::set<std::int64_t> lookAlike{3};
    RankingTally withoutLookAlike;
    REQUIRE(rankPhotos(index, probes, {1}, candidates, RankingSettings{RankingMethod::Direct, nullptr, 0, &lookAlike},
                       withoutLookAlike)
                .ok());
    CHECK(withoutLookAlike.trueRanks == std::vector<int>{1});
}

TEST_CASE("a cross-age index may give each photo's age", "[eval]") {
    reunite::test::TempFolder folder;
    folder.write("index.csv", "file,subject,age_group,age\na.png,a,young,7\nb.png,a,adult,\n");
    auto set = CrossAgeDataset::load(folder.path());
    REQUIRE(set.ok());
    REQUIRE(set.value().entries.size() == 2);
    REQUIRE(set.value().entries[0].age.has_value());
    CHECK(*set.value().entries[0].age == Approx(7.0));
    CHECK_FALSE(set.value().entries[1].age.has_value());
    folder.write("index.csv", "file,subject,age_group,age\na.png,a,young,seven\n");
    auto bad = CrossAgeDataset::load(folder.path());
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.error().message.find("row 1") != std::string::npos);
}
