#pragma once
// Soft face masks, private to reunite_age.
#include <algorithm>
#include <cmath>
#include <vector>

#include <opencv2/imgproc.hpp>

#include "core/pipeline/FaceTypes.h"
#include "age/geometry/PiecewiseAffineWarp.h"

namespace reunite::internal {

// Region-sized CV_32FC1 mask: 1 well inside the convex hull of the landmarks, falling smoothly to
// 0 at the hull's edge (eroded by featherPx, then blurred with sigma featherPx / 2), 0 outside.
inline cv::Mat featheredHullMask(const Landmarks& shape, const PixelRect& region, double featherPx) {
    cv::Mat mask = cv::Mat::zeros(region.height, region.width, CV_32FC1);
    if (region.width == 0 || region.height == 0) return mask;
    constexpr int kShift = 4;  // sub-pixel polygon corners
    std::vector<cv::Point> points;
    for (const PointF& p : shape) {
        points.emplace_back(static_cast<int>(std::lround((p.x - region.x) * (1 << kShift))),
                            static_cast<int>(std::lround((p.y - region.y) * (1 << kShift))));
    }
    std::vector<cv::Point> hull;
    cv::convexHull(points, hull);
    cv::fillConvexPoly(mask, hull, cv::Scalar(1.0), cv::LINE_AA, kShift);
    const int radius = std::max(1, static_cast<int>(std::lround(featherPx)));
    cv::erode(mask, mask, cv::getStructuringElement(cv::MORPH_ELLIPSE, cv::Size(2 * radius + 1, 2 * radius + 1)));
    cv::GaussianBlur(mask, mask, cv::Size(), std::max(0.5, featherPx / 2), 0, cv::BORDER_REPLICATE);
    return mask;
}

// Smallest pixel region holding the landmarks (plus a margin), clipped to a width x height image.
inline PixelRect landmarkRegion(const Landmarks& shape, int width, int height, int margin) {
    const RectF box = boundingBox(shape);
    const int x0 = std::clamp(static_cast<int>(std::floor(box.x)) - margin, 0, width);
    const int y0 = std::clamp(static_cast<int>(std::floor(box.y)) - margin, 0, height);
    const int x1 = std::clamp(static_cast<int>(std::ceil(box.x + box.width)) + margin + 1, 0, width);
    const int y1 = std::clamp(static_cast<int>(std::ceil(box.y + box.height)) + margin + 1, 0, height);
    return PixelRect{x0, y0, x1 - x0, y1 - y0};
}

}  // namespace reunite::internal
