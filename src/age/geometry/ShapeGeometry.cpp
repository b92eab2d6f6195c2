#include "age/geometry/ShapeGeometry.h"

#include <array>
#include <cmath>

namespace reunite {
namespace {

// iBUG 68: index of the symmetric partner of each point.
constexpr std::array<int, kLandmarkCount> kMirrorPartner{
    16, 15, 14, 13, 12, 11, 10, 9,  8,  7,  6,  5,  4,  3,  2,  1,  0,   // jaw
    26, 25, 24, 23, 22, 21, 20, 19, 18, 17,                              // brows
    27, 28, 29, 30,                                                      // nose bridge
    35, 34, 33, 32, 31,                                                  // nostrils
    45, 44, 43, 42, 47, 46, 39, 38, 37, 36, 41, 40,                      // eyes
    54, 53, 52, 51, 50, 49, 48, 59, 58, 57, 56, 55,                      // outer lips
    64, 63, 62, 61, 60, 67, 66, 65,                                      // inner lips
};

std::span<const int> allPoints() {
    static const std::array<int, kLandmarkCount> kPoints = [] {
        std::array<int, kLandmarkCount> points{};
        for (int i = 0; i < kLandmarkCount; ++i) points[i] = i;
        return points;
    }();
    return kPoints;
}

}  // namespace

PointF shapeCentroid(const Landmarks& shape) { return meanOfLandmarks(shape, 0, kLandmarkCount - 1); }

SimilarityTransform fitSimilarity(const Landmarks& from, const Landmarks& to, std::span<const int> points) {
    PointF cf, ct;
    for (const int i : points) {
        cf.x += from[i].x, cf.y += from[i].y;
        ct.x += to[i].x, ct.y += to[i].y;
    }
    const double n = points.empty() ? 1.0 : static_cast<double>(points.size());
    cf = {cf.x / n, cf.y / n};
    ct = {ct.x / n, ct.y / n};
    double numReal = 0, numImag = 0, denom = 0;
    for (const int i : points) {
        const double fx = from[i].x - cf.x, fy = from[i].y - cf.y;
        const double tx = to[i].x - ct.x, ty = to[i].y - ct.y;
        // conj(f) * t
        numReal += fx * tx + fy * ty;
        numImag += fx * ty - fy * tx;
        denom += fx * fx + fy * fy;
    }
    if (denom <= 0) return SimilarityTransform(1, 0, ct.x - cf.x, ct.y - cf.y);
    const double ar = numReal / denom, ai = numImag / denom;
    return SimilarityTransform(ar, ai, ct.x - (ar * cf.x - ai * cf.y), ct.y - (ai * cf.x + ar * cf.y));
}

SimilarityTransform fitSimilarity(const Landmarks& from, const Landmarks& to) {
    return fitSimilarity(from, to, allPoints());
}

std::span<const int> eyeRegionPoints() {
    static constexpr std::array<int, 14> kPoints{27, 28, 36, 37, 38, 39, 40, 41, 42, 43, 44, 45, 46, 47};
    return kPoints;
}

Landmarks canonicalShape(const Landmarks& shape) {
    const PointF c = shapeCentroid(shape);
    double sumSq = 0;
    for (const PointF& p : shape) sumSq += (p.x - c.x) * (p.x - c.x) + (p.y - c.y) * (p.y - c.y);
    const double rms = std::sqrt(sumSq / kLandmarkCount);
    const PointF leftEye = meanOfLandmarks(shape, 36, 41);
    const PointF rightEye = meanOfLandmarks(shape, 42, 47);
    const double angle = std::atan2(rightEye.y - leftEye.y, rightEye.x - leftEye.x);
    const double scale = rms > 0 ? 1.0 / rms : 1.0;
    // rotate by -angle, scale, centre
    const double ar = scale * std::cos(-angle), ai = scale * std::sin(-angle);
    const SimilarityTransform toCanonical(ar, ai, -(ar * c.x - ai * c.y), -(ai * c.x + ar * c.y));
    return toCanonical.apply(shape);
}

Landmarks procrustesMeanShape(const std::vector<Landmarks>& shapes, int iterations) {
    Landmarks mean{};
    if (shapes.empty()) return mean;
    Landmarks reference = canonicalShape(shapes.front());
    for (int iteration = 0; iteration < iterations; ++iteration) {
        std::array<PointF, kLandmarkCount> sum{};
        for (const Landmarks& shape : shapes) {
            const Landmarks aligned = fitSimilarity(shape, reference).apply(shape);
            for (int i = 0; i < kLandmarkCount; ++i) {
                sum[i].x += aligned[i].x;
                sum[i].y += aligned[i].y;
            }
        }
        for (int i = 0; i < kLandmarkCount; ++i) mean[i] = {sum[i].x / shapes.size(), sum[i].y / shapes.size()};
        reference = canonicalShape(mean);
    }
    return reference;
}

double procrustesResidual(const Landmarks& shape, const Landmarks& reference) {
    const Landmarks aligned = fitSimilarity(shape, reference).apply(shape);
    double sumSq = 0;
    for (int i = 0; i < kLandmarkCount; ++i) {
        sumSq += (aligned[i].x - reference[i].x) * (aligned[i].x - reference[i].x) +
                 (aligned[i].y - reference[i].y) * (aligned[i].y - reference[i].y);
    }
    return std::sqrt(sumSq / kLandmarkCount);
}

Landmarks mirroredLandmarks(const Landmarks& shape, int imageWidth) {
    Landmarks out;
    for (int i = 0; i < kLandmarkCount; ++i) {
        const PointF& p = shape[kMirrorPartner[i]];
        out[i] = {imageWidth - 1 - p.x, p.y};
    }
    return out;
}

}  // namespace reunite
