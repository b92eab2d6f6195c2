#include "age/geometry/FaceShapeWarper.h"

#include <algorithm>
#include <cmath>
#include <numbers>

#include "age/geometry/DelaunayTriangulation.h"
#include "age/geometry/PiecewiseAffineWarp.h"
#include "age/geometry/internal/MatViews.h"

namespace reunite {
namespace {

constexpr double kMinAnchorSpacingPx = 3.0;

bool farFromAll(const PointF& p, const std::vector<PointF>& others) {
    for (const PointF& o : others) {
        if (std::hypot(p.x - o.x, p.y - o.y) < kMinAnchorSpacingPx) return false;
    }
    return true;
}

}  // namespace

std::vector<PointF> FaceShapeWarper::anchorPoints(const Landmarks& from, const Landmarks& to, int width,
                                                  int height) const {
    double minX = from[0].x, maxX = from[0].x, minY = from[0].y, maxY = from[0].y;
    for (const Landmarks* shape : {&from, &to}) {
        for (const PointF& p : *shape) {
            minX = std::min(minX, p.x);
            maxX = std::max(maxX, p.x);
            minY = std::min(minY, p.y);
            maxY = std::max(maxY, p.y);
        }
    }
    const PointF centre{(minX + maxX) / 2, (minY + maxY) / 2};
    const double halfExtent = std::max(maxX - minX, maxY - minY) / 2;
    const double radiusX = options_.ringScale * std::max((maxX - minX) / 2, 0.75 * halfExtent);
    const double radiusY = options_.ringScale * std::max((maxY - minY) / 2, 0.75 * halfExtent);

    std::vector<PointF> occupied(from.begin(), from.end());
    occupied.insert(occupied.end(), to.begin(), to.end());
    std::vector<PointF> anchors;
    auto add = [&](const PointF& p) {
        if (!farFromAll(p, occupied)) return;
        anchors.push_back(p);
        occupied.push_back(p);
    };
    const double right = width - 1, bottom = height - 1;
    for (const PointF& p : {PointF{0, 0}, PointF{right, 0}, PointF{0, bottom}, PointF{right, bottom},
                            PointF{right / 2, 0}, PointF{right / 2, bottom}, PointF{0, bottom / 2},
                            PointF{right, bottom / 2}}) {
        add(p);
    }
    for (int k = 0; k < options_.ringPoints; ++k) {
        const double angle = 2 * std::numbers::pi * k / options_.ringPoints;
        add({centre.x + radiusX * std::cos(angle), centre.y + radiusY * std::sin(angle)});
    }
    return anchors;
}

FaceWarpResult FaceShapeWarper::warp(const Image& image, const Landmarks& from, const Landmarks& to) const {
    FaceWarpResult result;
    if (image.empty()) return result;
    const std::vector<PointF> anchors = anchorPoints(from, to, image.width, image.height);
    std::vector<PointF> source(from.begin(), from.end());
    std::vector<PointF> destination(to.begin(), to.end());
    source.insert(source.end(), anchors.begin(), anchors.end());
    destination.insert(destination.end(), anchors.begin(), anchors.end());
    const std::vector<Triangle> triangles = delaunayTriangles(destination);

    // Only triangles with a moving corner change pixels: resample just their bounding box; every
    // other triangle maps by the identity.
    double minX = image.width, maxX = -1, minY = image.height, maxY = -1;
    for (const Triangle& t : triangles) {
        bool moves = false;
        for (const int i : {t.a, t.b, t.c}) moves = moves || source[i].x != destination[i].x || source[i].y != destination[i].y;
        if (!moves) continue;
        for (const int i : {t.a, t.b, t.c}) {
            for (const PointF& p : {source[i], destination[i]}) {
                minX = std::min(minX, p.x);
                maxX = std::max(maxX, p.x);
                minY = std::min(minY, p.y);
                maxY = std::max(maxY, p.y);
            }
        }
    }
    const int x0 = std::clamp(static_cast<int>(std::floor(minX)) - 1, 0, image.width);
    const int y0 = std::clamp(static_cast<int>(std::floor(minY)) - 1, 0, image.height);
    const int x1 = std::clamp(static_cast<int>(std::ceil(maxX)) + 2, 0, image.width);
    const int y1 = std::clamp(static_cast<int>(std::ceil(maxY)) + 2, 0, image.height);
    const PiecewiseAffineWarp map(source, destination, triangles, PixelRect{x0, y0, x1 - x0, y1 - y0});

    result.image = image;
    if (maxX >= minX && map.region().width > 0 && map.region().height > 0) {
        const cv::Mat warped = internal::remapWithWarp(internal::viewAsMat(image), map, cv::BORDER_REPLICATE);
        cv::Mat target = internal::viewAsMat(result.image)(cv::Rect(x0, y0, x1 - x0, y1 - y0));
        warped.copyTo(target);
    }
    result.triangleCount = triangles.size();
    result.uncoveredPixels = map.uncoveredPixels();
    result.foldedTriangles = map.foldedTriangles();
    return result;
}

}  // namespace reunite
