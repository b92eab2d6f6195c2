#include <catch2/catch.hpp>

#include <cmath>

#include "age/model/AgeDatasetIndex.h"
#include "age/geometry/ShapeGeometry.h"
#include "SyntheticFace.h"
#include "TestData.h"

using namespace reunite;

TEST_CASE("fitSimilarity recovers a known similarity", "[age][shape]") {
    const Landmarks shape = test::syntheticFaceLandmarks(50, 60, 30);
    const SimilarityTransform known(1.3 * std::cos(0.4), 1.3 * std::sin(0.4), 17, -9);
    const SimilarityTransform fitted = fitSimilarity(shape, known.apply(shape));
    CHECK(fitted.scale() == Approx(1.3));
    CHECK(fitted.angleRadians() == Approx(0.4));
    CHECK(fitted.tx() == Approx(17));
    CHECK(fitted.ty() == Approx(-9));
    const PointF back = fitted.inverse().apply(fitted.apply(PointF{3, 4}));
    CHECK(back.x == Approx(3));
    CHECK(back.y == Approx(4));
}

TEST_CASE("canonical shapes: centred, unit RMS radius, eyes level, chin down", "[age][shape]") {
    const Landmarks face = test::syntheticFaceLandmarks(200, 150, 80);
    const SimilarityTransform tilt(0.7 * std::cos(-0.3), 0.7 * std::sin(-0.3), 5, 5);
    const Landmarks canonical = canonicalShape(tilt.apply(face));
    const PointF c = shapeCentroid(canonical);
    CHECK(c.x == Approx(0).margin(1e-9));
    CHECK(c.y == Approx(0).margin(1e-9));
    double sumSq = 0;
    for (const PointF& p : canonical) sumSq += p.x * p.x + p.y * p.y;
    CHECK(std::sqrt(sumSq / kLandmarkCount) == Approx(1));
    CHECK(canonical[36].y == Approx(canonical[45].y).margin(1e-9));
    CHECK(canonical[8].y > canonical[27].y);
    CHECK(procrustesResidual(tilt.apply(face), canonicalShape(face)) == Approx(0).margin(1e-9));
}

TEST_CASE("mirroring swaps the sides and twice is the identity", "[age][shape]") {
    const Landmarks face = test::syntheticFaceLandmarks(40, 50, 20);
    const Landmarks mirrored = mirroredLandmarks(face, 100);
    CHECK(mirrored[0].x == Approx(99 - face[16].x));
    CHECK(mirrored[36].x < mirrored[45].x);  // outer corner of the image-left eye stays on the left
    CHECK(mirrored[48].x < mirrored[54].x);
    const Landmarks twice = mirroredLandmarks(mirrored, 100);
    for (int i = 0; i < kLandmarkCount; ++i) {
        CHECK(twice[i].x == Approx(face[i].x));
        CHECK(twice[i].y == Approx(face[i].y));
    }
}

TEST_CASE("dataset indexes decode the reversed gender codes of aaf and utkface", "[age][data]") {
    test::TempFolder folder("reunite-age-index");
    std::filesystem::create_directories(folder.path() / "aaf");
    std::filesystem::create_directories(folder.path() / "utk");
    folder.write("aaf/index.csv", "file,age,gender,keypoints_file,person_id\nb.jpg,30,1,k/b.txt,2\na.jpg,4,0,k/a.txt,1\n");
    folder.write("utk/index.csv", "file,age,gender,race\nx.jpg,10,0,0\ny.jpg,11,1,2\nz.jpg,61,,\n");

    Result<std::vector<AgeSample>> aaf = readAafIndex(folder.path() / "aaf");
    REQUIRE(aaf.ok());
    REQUIRE(aaf.value().size() == 2);
    CHECK(aaf.value()[0].path.filename() == "a.jpg");  // sorted
    CHECK(aaf.value()[0].sex == Sex::Female);
    CHECK(aaf.value()[0].age == 4);
    CHECK(aaf.value()[1].sex == Sex::Male);

    Result<std::vector<AgeSample>> utk = readUtkFaceIndex(folder.path() / "utk");
    REQUIRE(utk.ok());
    CHECK(utk.value()[0].sex == Sex::Male);
    CHECK(utk.value()[1].sex == Sex::Female);
    REQUIRE(utk.value().size() == 3);
    CHECK(utk.value()[2].sex == Sex::Unknown);  // the set leaves a few genders empty

    folder.write("utk/index.csv", "file,age,gender,race\nx.jpg,ten,0,0\n");
    Result<std::vector<AgeSample>> bad = readUtkFaceIndex(folder.path() / "utk");
    REQUIRE_FALSE(bad.ok());
    CHECK_THAT(bad.error().message, Catch::Contains("line 2"));
}
