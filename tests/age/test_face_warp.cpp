#include <catch2/catch.hpp>

#include <cmath>

#include "age/geometry/DelaunayTriangulation.h"
#include "age/geometry/FaceShapeWarper.h"
#include "age/geometry/PiecewiseAffineWarp.h"
#include "SyntheticFace.h"

using namespace reunite;

namespace {

bool isMarked(const Image& image, int x, int y) {
    const std::uint8_t* p = image.pixel(x, y);
    return p[0] > 200 && p[1] < 60 && p[2] < 60;
}

}  // namespace

TEST_CASE("the warp mesh covers every pixel of the image", "[age][warp]") {
    const FaceShapeWarper warper;
    struct Case {
        int width, height;
        double cx, cy, r;
    };
    // Centred, near a corner, larger than the image (ring and landmarks outside).
    for (const Case& c : {Case{200, 160, 100, 80, 40}, Case{200, 160, 30, 25, 25}, Case{100, 100, 50, 50, 55}}) {
        const Landmarks from = test::syntheticFaceLandmarks(c.cx, c.cy, c.r);
        Landmarks to = from;
        for (int i = 4; i <= 12; ++i) to[i].y += 0.1 * c.r;
        const std::vector<PointF> anchors = warper.anchorPoints(from, to, c.width, c.height);
        std::vector<PointF> source(from.begin(), from.end()), destination(to.begin(), to.end());
        source.insert(source.end(), anchors.begin(), anchors.end());
        destination.insert(destination.end(), anchors.begin(), anchors.end());
        const std::vector<Triangle> triangles = delaunayTriangles(destination);
        CHECK(triangles.size() > 100);
        const PiecewiseAffineWarp map(source, destination, triangles, PixelRect{0, 0, c.width, c.height});
        CHECK(map.uncoveredPixels() == 0);
        CHECK(map.foldedTriangles() == 0);
        const FaceWarpResult warped = warper.warp(test::patternedImage(c.width, c.height), from, to);
        CHECK(warped.uncoveredPixels == 0);
        CHECK(warped.foldedTriangles == 0);
    }
}

TEST_CASE("warping to the same landmarks returns the input image", "[age][warp]") {
    const Image image = test::patternedImage(180, 200);
    const Landmarks face = test::syntheticFaceLandmarks(90.3, 95.7, 45.2);
    const FaceWarpResult warped = FaceShapeWarper().warp(image, face, face);
    REQUIRE(warped.image.width == 180);
    REQUIRE(warped.image.height == 200);
    int maxDifference = 0;
    for (std::size_t i = 0; i < image.pixels.size(); ++i) {
        maxDifference = std::max(maxDifference, std::abs(int(image.pixels[i]) - int(warped.image.pixels[i])));
    }
    CHECK(maxDifference <= 1);
}

TEST_CASE("moving the chin points moves a marked chin dot with them", "[age][warp]") {
    Image image = test::uniformImage(200, 220, 128);
    const Landmarks from = test::syntheticFaceLandmarks(100, 90, 50);
    const int dotX = static_cast<int>(std::lround(from[8].x)), dotY = static_cast<int>(std::lround(from[8].y));
    Landmarks face = from;
    face[8] = {static_cast<double>(dotX), static_cast<double>(dotY)};  // dot exactly on the chin point
    for (int y = dotY - 1; y <= dotY + 1; ++y) {
        for (int x = dotX - 1; x <= dotX + 1; ++x) {
            std::uint8_t* p = image.pixel(x, y);
            p[0] = 255, p[1] = 0, p[2] = 0;
        }
    }
    Landmarks to = face;
    for (int i = 6; i <= 10; ++i) to[i].y += 10;  // chin points down by 10 px

    const FaceWarpResult warped = FaceShapeWarper().warp(image, face, to);
    CHECK(warped.foldedTriangles == 0);
    CHECK(isMarked(warped.image, dotX, dotY + 10));
    CHECK_FALSE(isMarked(warped.image, dotX, dotY - 1));
    double sumX = 0, sumY = 0;
    int marked = 0;
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            if (!isMarked(warped.image, x, y)) continue;
            sumX += x, sumY += y, ++marked;
        }
    }
    REQUIRE(marked > 0);
    CHECK(sumX / marked == Approx(dotX).margin(0.75));
    CHECK(sumY / marked == Approx(dotY + 10).margin(0.75));

    // Far from the face (outside the ring) nothing changes.
    CHECK(std::equal(image.pixel(0, 0), image.pixel(0, 0) + 3, warped.image.pixel(0, 0)));
    const std::uint8_t* forehead = warped.image.pixel(100, 10);
    CHECK(forehead[0] == 128);
}
