#include "core/quality/FaceQualityAssessor.h"

#include <algorithm>
#include <cmath>

#include <opencv2/imgproc.hpp>

#include "core/image/internal/ImageConversion.h"

namespace reunite {
namespace {

constexpr double kPi = 3.14159265358979323846;

double distance(const PointF& a, const PointF& b) { return std::hypot(a.x - b.x, a.y - b.y); }

double laplacianVariance(const Image& chip) {
    if (chip.empty()) return 0;
    cv::Mat gray;
    cv::cvtColor(internal::viewAsMat(chip), gray, cv::COLOR_RGB2GRAY);
    cv::Mat laplacian;
    cv::Laplacian(gray, laplacian, CV_64F);
    cv::Scalar mean, stddev;
    cv::meanStdDev(laplacian, mean, stddev);
    return stddev[0] * stddev[0];
}

// Yaw from the nose tip's position between the two jaw extremes (iBUG points 0, 16, 30).
double estimateYawDegrees(const Landmarks& l) {
    const double toLeft = distance(l[30], l[0]);
    const double toRight = distance(l[30], l[16]);
    const double total = toLeft + toRight;
    if (total <= 0) return 0;
    const double asymmetry = std::clamp((toLeft - toRight) / total, -1.0, 1.0);
    return std::asin(asymmetry) * 180.0 / kPi;
}

// Children have large eyes set low in a short face: the eye distance relative to the
// eye-to-chin height is larger. The logistic centre and slope are rough; it only warns.
double estimateChildLikelihood(const Landmarks& l) {
    const PointF leftEye = meanOfLandmarks(l, 36, 41);
    const PointF rightEye = meanOfLandmarks(l, 42, 47);
    const PointF eyes{(leftEye.x + rightEye.x) / 2, (leftEye.y + rightEye.y) / 2};
    const double eyeToChin = distance(eyes, l[8]);
    if (eyeToChin <= 0) return 0;
    const double ratio = distance(leftEye, rightEye) / eyeToChin;
    constexpr double kCentre = 0.64;
    constexpr double kSlope = 30.0;
    return 1.0 / (1.0 + std::exp(-kSlope * (ratio - kCentre)));
}

}  // namespace

FaceQuality assessFaceQuality(const FaceDetection& detection, const Landmarks& landmarks, const Image& chip,
                              const QualityThresholds& thresholds) {
    FaceQuality quality;
    quality.faceSizePx = distance(landmarks[0], landmarks[16]);
    quality.sharpness = laplacianVariance(chip);
    quality.yawDegrees = estimateYawDegrees(landmarks);
    quality.childLikelihood = estimateChildLikelihood(landmarks);
    if (quality.faceSizePx < thresholds.minFaceSizePx) quality.flags |= QualitySmallFace;
    if (quality.sharpness < thresholds.minSharpness) quality.flags |= QualityBlurred;
    if (std::abs(quality.yawDegrees) > thresholds.maxAbsYawDegrees) quality.flags |= QualityTurnedAway;
    if (detection.fallback) quality.flags |= QualityFallbackBox;
    if (quality.childLikelihood >= thresholds.childWarningLikelihood) quality.flags |= QualityPossiblyChild;
    return quality;
}

}  // namespace reunite
