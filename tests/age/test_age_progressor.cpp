#include <catch2/catch.hpp>

#include <cmath>

#include "age/model/AgeModel.h"
#include "age/progression/AgeProgressor.h"
#include "SyntheticFace.h"

using namespace reunite;

namespace {

AgeModel committedModel() {
    const std::filesystem::path folder = std::filesystem::path(REUNITE_SOURCE_DIR) / "resources" / "age_model";
    Result<AgeModel> model = AgeModel::load(folder);
    INFO("the committed age model in " << folder << " does not load: run reunite-cli build-age-model");
    REQUIRE(model.ok());
    return model.value();
}

AgeModel syntheticModel(const Landmarks& young, const Landmarks& old, std::uint8_t youngGrey, std::uint8_t oldGrey) {
    AgeModelData data = test::twoBandModel(young, old, youngGrey, oldGrey);
    data.referenceShape = young;
    Result<AgeModel> model = AgeModel::fromData(data);
    REQUIRE(model.ok());
    return model.value();
}

int maxDifference(const Image& a, const Image& b) {
    int worst = 0;
    for (std::size_t i = 0; i < a.pixels.size(); ++i) worst = std::max(worst, std::abs(int(a.pixels[i]) - int(b.pixels[i])));
    return worst;
}

}  // namespace

TEST_CASE("a zero age gap returns the input image and landmarks", "[age][progress]") {
    const AgeProgressor progressor(committedModel());
    const FacePhoto face{test::patternedImage(240, 260), test::syntheticFaceLandmarks(118.4, 121.9, 60), 9};
    for (const Sex sex : {Sex::Female, Sex::Male, Sex::Unknown}) {
        Result<ProgressionResult> result = progressor.progress(face, {9, sex, 0.3});
        REQUIRE(result.ok());
        CHECK(maxDifference(result.value().image, face.image) <= 1);
        for (int i = 0; i < kLandmarkCount; ++i) {
            CHECK(result.value().landmarks[i].x == face.landmarks[i].x);
            CHECK(result.value().landmarks[i].y == face.landmarks[i].y);
        }
        CHECK(result.value().record.sourceAge == 9);
        CHECK(result.value().record.targetAge == 9);
        CHECK(result.value().record.modelId == progressor.model().id());
    }
}

TEST_CASE("the shape step moves landmarks by the mean-shape difference in the face's own frame", "[age][progress]") {
    const Landmarks young = canonicalShape(test::syntheticFaceLandmarks(0, 0, 1));
    Landmarks old = young;
    for (int i = 5; i <= 11; ++i) old[i].y += 0.1;  // the lower jaw 0.1 units lower
    const AgeProgressor progressor(syntheticModel(young, old, 100, 100));

    // The photo: the reference face rotated by 30 degrees, scaled by 80 px per unit, moved.
    const double angle = std::numbers::pi / 6, scale = 80;
    const SimilarityTransform toPhoto(scale * std::cos(angle), scale * std::sin(angle), 150, 140);
    const Landmarks own = toPhoto.apply(young);
    const Landmarks moved = progressor.targetLandmarks(own, 7, 35, Sex::Unknown);
    for (int i = 0; i < kLandmarkCount; ++i) {
        const bool jaw = i >= 5 && i <= 11;
        // 0.1 units "down" in the face frame is 8 px along the rotated face axis.
        CHECK(moved[i].x - own[i].x == Approx(jaw ? -8 * std::sin(angle) : 0).margin(1e-6));
        CHECK(moved[i].y - own[i].y == Approx(jaw ? 8 * std::cos(angle) : 0).margin(1e-6));
    }
    // Halfway in age, halfway in shape.
    const Landmarks halfway = progressor.targetLandmarks(own, 7, 21, Sex::Female);
    CHECK(halfway[8].y - own[8].y == Approx(4 * std::cos(angle)).margin(1e-6));
}

TEST_CASE("the texture step adds the mean-texture difference inside the face only", "[age][progress]") {
    const Landmarks shape = canonicalShape(test::syntheticFaceLandmarks(0, 0, 1));
    const AgeProgressor progressor(syntheticModel(shape, shape, 100, 120));  // older mean 20 brighter
    // Patterned photo; the face itself (a disc larger than the landmarks) has one grey level.
    for (const int skin : {100, 50}) {
        FacePhoto face{test::patternedImage(300, 300), test::syntheticFaceLandmarks(150, 140, 70), 7};
        for (int y = 0; y < 300; ++y) {
            for (int x = 0; x < 300; ++x) {
                if (std::hypot((x - 150) / 85.0, (y - 140) / 90.0) <= 1) std::fill(face.image.pixel(x, y), face.image.pixel(x, y) + 3, skin);
            }
        }
        Result<ProgressionResult> result = progressor.progress(face, {35, Sex::Unknown, 0.3});
        REQUIRE(result.ok());
        const Image& out = result.value().image;

        // Same mean shapes: the landmarks stay.
        for (int i = 0; i < kLandmarkCount; ++i) CHECK(result.value().landmarks[i].x == Approx(face.landmarks[i].x));
        // Deep inside the face (cheeks, nose, between the eyes): +20 for a face as bright as the
        // model's mean (100), in proportion for a darker one (50 -> +10).
        const int expected = 20 * skin / 100;
        for (const auto& [x, y] : {std::pair{150, 150}, std::pair{120, 160}, std::pair{180, 160}, std::pair{150, 120}}) {
            for (int c = 0; c < 3; ++c) CHECK(out.pixel(x, y)[c] - skin == Approx(expected).margin(1));
        }
        // Outside the face hull nothing changes: the border, the corners, above the brows.
        int changedOutside = 0;
        for (int y = 0; y < 300; ++y) {
            for (int x = 0; x < 300; ++x) {
                const bool outsideFace = y < 90 || y > 215 || x < 75 || x > 225;
                if (outsideFace && !std::equal(face.image.pixel(x, y), face.image.pixel(x, y) + 3, out.pixel(x, y))) ++changedOutside;
            }
        }
        CHECK(changedOutside == 0);
    }
}

TEST_CASE("a parent face is blended in with its weight inside the mask", "[age][progress]") {
    const Landmarks shape = canonicalShape(test::syntheticFaceLandmarks(0, 0, 1));
    const AgeProgressor progressor(syntheticModel(shape, shape, 100, 100));
    const FacePhoto child{test::uniformImage(200, 200, 100), test::syntheticFaceLandmarks(100, 95, 50), 7};
    // The parent: a larger photo, face elsewhere, grey 150 with a dark vertical stripe on the nose line.
    FacePhoto parent{test::uniformImage(320, 300, 150), test::syntheticFaceLandmarks(170, 140, 80), 40};
    for (int y = 0; y < 300; ++y) {
        for (int x = 165; x <= 175; ++x) std::fill(parent.image.pixel(x, y), parent.image.pixel(x, y) + 3, 50);
    }
    auto contrast = [&](double weight) {
        Result<ProgressionResult> result = progressor.progress(child, {7, Sex::Unknown, weight}, &parent);
        REQUIRE(result.ok());
        CHECK(result.value().record.parentUsed);
        // Nose line (the stripe mapped onto the child's face) against the cheek.
        return double(result.value().image.pixel(125, 110)[0]) - double(result.value().image.pixel(100, 110)[0]);
    };
    const double full = contrast(1.0);
    CHECK(full > 60);  // the stripe is there, colour-matched to the child
    CHECK(contrast(0.3) == Approx(0.3 * full).margin(2));
    CHECK(contrast(0.0) == 0);
}

TEST_CASE("bad progression requests are refused", "[age][progress]") {
    const Landmarks shape = canonicalShape(test::syntheticFaceLandmarks(0, 0, 1));
    const AgeProgressor progressor(syntheticModel(shape, shape, 100, 120));
    const FacePhoto face{test::uniformImage(100, 100, 90), test::syntheticFaceLandmarks(50, 50, 25), 7};
    CHECK_FALSE(progressor.progress(face, {-1, Sex::Unknown, 0.3}).ok());
    CHECK_FALSE(progressor.progress(face, {200, Sex::Unknown, 0.3}).ok());
    FacePhoto offImage = face;
    offImage.landmarks = test::syntheticFaceLandmarks(500, 50, 25);
    CHECK_FALSE(progressor.progress(offImage, {20, Sex::Unknown, 0.3}).ok());
    CHECK_FALSE(progressor.progress(face, {20, Sex::Unknown, 1.5}, &face).ok());
    CHECK_FALSE(progressor.progress(FacePhoto{}, {20, Sex::Unknown, 0.3}).ok());
}

TEST_CASE("progression with the built model lengthens a child's lower face", "[age][progress]") {
    const AgeProgressor progressor(committedModel());
    const FacePhoto face{test::patternedImage(300, 300), test::syntheticFaceLandmarks(150, 140, 70), 6};
    auto lowerFaceRatio = [](const Landmarks& p) {
        const double eyeY = (p[36].y + p[45].y) / 2;
        return (p[8].y - eyeY) / (p[45].x - p[36].x);
    };
    double previous = lowerFaceRatio(face.landmarks);
    for (const double target : {12.0, 18.0, 30.0}) {
        Result<ProgressionResult> result = progressor.progress(face, {target, Sex::Unknown, 0.3});
        REQUIRE(result.ok());
        CHECK(result.value().foldedTriangles == 0);
        const double ratio = lowerFaceRatio(result.value().landmarks);
        CHECK(ratio > previous);
        previous = ratio;
        // Pixels far from the face are untouched.
        CHECK(std::equal(face.image.pixel(2, 2), face.image.pixel(2, 2) + 3, result.value().image.pixel(2, 2)));
    }
}
