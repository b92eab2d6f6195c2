// The age estimator (issue 16): on synthetic faces whose embedding carries the age along one bent
// direction plus noise, cross-validation by person recovers ages to within a few years, band
// experts and quadratic features each follow the bend, a face's "plus or minus" is its band's measured error, the
// JSON round-trips exactly and a damaged file is refused; the error table counts every band.
#include <catch2/catch.hpp>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <random>

#include "age/estimation/AgeEstimatorTrainer.h"
#include "eval/AgeErrorTable.h"
#include "TestData.h"

using namespace reunite;

namespace {

// Age along dimension 0, piecewise linear (a child's face changes faster), identity elsewhere.
std::vector<AgeTrainingFace> syntheticFaces(int count, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> age(1, 80);
    std::normal_distribution<float> identity(0.0f, 0.08f), noise(0.0f, 0.01f);
    std::vector<AgeTrainingFace> faces;
    for (int i = 0; i < count; ++i) {
        AgeTrainingFace f;
        f.age = std::round(age(rng));
        for (float& v : f.embedding) v = identity(rng);
        f.embedding[0] = static_cast<float>(f.age < 13 ? 0.02 * f.age : 0.26 + 0.004 * (f.age - 13)) + noise(rng);
        f.group = "person" + std::to_string(i);
        faces.push_back(f);
    }
    return faces;
}

std::vector<double> agesOf(const std::vector<AgeTrainingFace>& faces) {
    std::vector<double> ages;
    for (const AgeTrainingFace& f : faces) ages.push_back(f.age);
    return ages;
}

double rowOf(const std::vector<AgeBandError>& table, const std::string& band) {
    for (const AgeBandError& row : table)
        if (row.band == band) return row.meanAbsoluteError;
    FAIL("no band " << band);
    return 0;
}

}  // namespace

namespace {

double childhoodErrorOf(const std::vector<AgeTrainingFace>& faces, const AgeEstimatorOptions& options) {
    auto estimates = crossValidateAgeEstimator(faces, 5, options);
    REQUIRE(estimates.ok());
    std::vector<double> years;
    for (const AgeEstimate& e : estimates.value()) years.push_back(e.years);
    return rowOf(ageErrorTable(agesOf(faces), years), "0-12");
}

}  // namespace

TEST_CASE("cross-validation by person recovers synthetic ages", "[age][estimator]") {
    const std::vector<AgeTrainingFace> faces = syntheticFaces(1500, 7);
    auto estimates = crossValidateAgeEstimator(faces, 5, {});
    REQUIRE(estimates.ok());
    std::vector<double> years;
    for (const AgeEstimate& e : estimates.value()) {
        CHECK(e.years >= 0);
        CHECK(e.years <= kMaximumEstimatedAge);
        CHECK(e.plusMinus > 0);
        years.push_back(e.years);
    }
    const std::vector<AgeBandError> table = ageErrorTable(agesOf(faces), years);
    CHECK(rowOf(table, "all") < 6);
    CHECK(rowOf(table, "0-12") < 2.5);
    CHECK_FALSE(crossValidateAgeEstimator(faces, 1, {}).ok());
    CHECK_FALSE(crossValidateAgeEstimator(syntheticFaces(100, 3), 5, {}).ok());  // too few faces
}

// The synthetic age direction bends at 13: a linear model cannot follow it; either the band
// experts or the quadratic features can.
TEST_CASE("band experts and quadratic features both follow a bent age direction", "[age][estimator]") {
    const std::vector<AgeTrainingFace> faces = syntheticFaces(1500, 7);
    AgeEstimatorOptions linear;
    linear.principalComponents = 0;
    linear.bandEdges = {0, 101};
    AgeEstimatorOptions experts = linear;
    experts.bandEdges = {0, 13, 25, 45, 101};
    experts.margin = 4;
    AgeEstimatorOptions quadratic = linear;
    quadratic.principalComponents = 12;
    const double linearError = childhoodErrorOf(faces, linear);
    CHECK(childhoodErrorOf(faces, experts) < linearError);
    CHECK(childhoodErrorOf(faces, quadratic) < linearError);
}

TEST_CASE("a trained estimator round-trips through its file and refuses a damaged one", "[age][estimator]") {
    const std::vector<AgeTrainingFace> faces = syntheticFaces(1200, 11);
    auto trained = trainAgeEstimator(faces, {}, "synthetic test faces");
    REQUIRE(trained.ok());
    REQUIRE(trained.value().experts().size() == 4);
    for (const AgeExpert& expert : trained.value().experts()) CHECK(expert.meanAbsoluteError > 0);
    const AgeEstimate child = trained.value().estimate(faces.front().embedding, faces.front().landmarks);
    CHECK(child.plusMinus > 0);

    reunite::test::TempFolder folder;
    const std::filesystem::path file = folder.file("age_estimator.json");
    REQUIRE(trained.value().save(file, R"({"faces": 1200})").ok());
    auto loaded = AgeEstimator::load(file);
    REQUIRE(loaded.ok());
    CHECK(loaded.value().provenance() == "synthetic test faces");
    for (const AgeTrainingFace& f : faces) {
        CHECK(loaded.value().estimate(f.embedding, f.landmarks).years == Approx(trained.value().estimate(f.embedding, f.landmarks).years).margin(1e-9));
    }

    folder.write("short.json", R"({"format": "reunite-age-estimator-3", "general": {"bias": 1, "weights": [1, 2]}, "experts": []})");
    auto damaged = AgeEstimator::load(folder.file("short.json"));
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().code == ErrorCode::ModelCorrupt);
    CHECK(damaged.error().message.find("short.json") != std::string::npos);
    CHECK(AgeEstimator::load(folder.file("missing.json")).error().code == ErrorCode::ModelMissing);
}

namespace {

// A face whose proportions carry the age: the lower face lengthens through childhood (jaw and
// mouth points move down, relative to the eyes), seen at any position, size and tilt.
Landmarks grownShape(double age, double shift, double size, double tilt, std::mt19937& rng) {
    std::normal_distribution<double> jitter(0, 0.02);
    Landmarks shape{};
    for (int i = 0; i < kLandmarkCount; ++i) shape[i] = {std::cos(i * 0.7) * 1.5, std::sin(i * 1.3) * 0.5 + 1.0};
    for (int i = 36; i < 42; ++i) shape[i] = {-1 + 0.2 * std::cos(i), 0.1 * std::sin(i)};
    for (int i = 42; i < 48; ++i) shape[i] = {1 + 0.2 * std::cos(i), 0.1 * std::sin(i)};
    const double growth = 1 + 0.03 * std::min(age, 18.0);
    for (int i : {5, 6, 7, 8, 9, 10, 11, 57, 62, 66}) shape[i].y *= growth;
    for (PointF& p : shape) {
        const double x = p.x + jitter(rng), y = p.y + jitter(rng);
        p = {shift + size * (std::cos(tilt) * x - std::sin(tilt) * y), shift + size * (std::sin(tilt) * x + std::cos(tilt) * y)};
    }
    return shape;
}

}  // namespace

TEST_CASE("a face's proportions are read in the frame of its eyes", "[age][estimator]") {
    std::mt19937 rng(3);
    std::mt19937 same(3);
    const std::vector<double> a = AgeFeatures::proportions(grownShape(6, 0, 1, 0, rng));
    const std::vector<double> b = AgeFeatures::proportions(grownShape(6, 240, 57, 0.4, same));
    REQUIRE(a.size() == 136);
    for (std::size_t i = 0; i < a.size(); ++i) CHECK(a[i] == Approx(b[i]).margin(1e-9));
    const std::vector<double> none = AgeFeatures::proportions(Landmarks{});
    CHECK(std::all_of(none.begin(), none.end(), [](double v) { return v == 0; }));
}

TEST_CASE("the face's proportions tell a child's age the descriptor does not carry", "[age][estimator]") {
    std::mt19937 rng(5);
    std::uniform_real_distribution<double> age(1, 17), where(0, 500), size(40, 300), tilt(-0.3, 0.3);
    std::normal_distribution<float> identity(0.0f, 0.08f);
    std::vector<AgeTrainingFace> faces;
    for (int i = 0; i < 900; ++i) {
        AgeTrainingFace f;
        f.age = std::round(age(rng));
        for (float& v : f.embedding) v = identity(rng);  // no age in the descriptor at all
        f.landmarks = grownShape(f.age, where(rng), size(rng), tilt(rng), rng);
        f.group = "child" + std::to_string(i);
        faces.push_back(f);
    }
    AgeEstimatorOptions withShape, withoutShape;
    withShape.bandEdges = withoutShape.bandEdges = {0, 101};
    withoutShape.shapeScale = 0;
    const double without = childhoodErrorOf(faces, withoutShape), with = childhoodErrorOf(faces, withShape);
    CHECK(with < 2.0);
    CHECK(with < 0.6 * without);
}

TEST_CASE("the age error table counts every band", "[age][estimator]") {
    const std::vector<AgeBandError> table = ageErrorTable({2, 5, 10, 30, 70}, {4, 5, 4, 30, 60});
    REQUIRE(table.size() == 11);
    CHECK(table[0].band == "all");
    CHECK(table[0].faces == 5);
    CHECK(table[0].meanAbsoluteError == Approx((2 + 0 + 6 + 0 + 10) / 5.0));
    CHECK(table[0].withinFiveYears == Approx(3 / 5.0));
    CHECK(rowOf(table, "0-12") == Approx(8 / 3.0));
    CHECK(rowOf(table, "13-17") == 0);
    CHECK(table[5].faces == 0);
    CHECK(table[0].withinMargin < 0);
    // With a margin per face: errors 2, 0, 6, 0, 10 against margins 1, 1, 6, 1, 9.
    const std::vector<AgeBandError> margined = ageErrorTable({2, 5, 10, 30, 70}, {4, 5, 4, 30, 60}, {1, 1, 6, 1, 9});
    CHECK(margined[0].withinMargin == Approx(3 / 5.0));
    CHECK(margined.back().withinMargin == Approx(0));
}
