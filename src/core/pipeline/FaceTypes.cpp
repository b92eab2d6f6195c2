#include "core/pipeline/FaceTypes.h"

#include <algorithm>
#include <cmath>

namespace reunite {

RectF boundingBox(std::span<const PointF> points) {
    if (points.empty()) return RectF{};
    double minX = points[0].x, maxX = points[0].x, minY = points[0].y, maxY = points[0].y;
    for (const PointF& p : points) {
        minX = std::min(minX, p.x);
        maxX = std::max(maxX, p.x);
        minY = std::min(minY, p.y);
        maxY = std::max(maxY, p.y);
    }
    return RectF{minX, minY, maxX - minX, maxY - minY};
}

PointF meanPoint(std::span<const PointF> points) {
    if (points.empty()) return PointF{};
    PointF sum;
    for (const PointF& p : points) {
        sum.x += p.x;
        sum.y += p.y;
    }
    const double n = static_cast<double>(points.size());
    return PointF{sum.x / n, sum.y / n};
}

PointF meanOfLandmarks(const Landmarks& landmarks, int first, int last) {
    return meanPoint(std::span<const PointF>(landmarks).subspan(first, last - first + 1));
}

std::vector<std::string> qualityFlagNames(std::uint32_t flags) {
    std::vector<std::string> names;
    if (flags & QualitySmallFace) names.emplace_back("small-face");
    if (flags & QualityBlurred) names.emplace_back("blurred");
    if (flags & QualityTurnedAway) names.emplace_back("turned-away");
    if (flags & QualityFallbackBox) names.emplace_back("fallback-box");
    if (flags & QualityPossiblyChild) names.emplace_back("possibly-child");
    if (flags & QualityDamagedImage) names.emplace_back("damaged-image-data");
    if (flags & QualityReducedImage) names.emplace_back("reduced-resolution");
    if (flags & QualityManualBox) names.emplace_back("manual-box");
    return names;
}

float euclideanDistance(const Embedding& a, const Embedding& b) {
    float sum = 0;
    for (int i = 0; i < kEmbeddingSize; ++i) {
        const float d = a[i] - b[i];
        sum += d * d;
    }
    return std::sqrt(sum);
}

}  // namespace reunite
