#include "core/detection/internal/WholeImageFallback.h"

#include <algorithm>

#include <opencv2/imgproc.hpp>

#include "core/image/internal/ImageConversion.h"

namespace reunite::internal {
namespace {

double greyContrast(const cv::Mat& rgb) {
    cv::Mat grey;
    cv::cvtColor(rgb, grey, cv::COLOR_RGB2GRAY);
    cv::Scalar mean, stddev;
    cv::meanStdDev(grey, mean, stddev);
    return stddev[0];
}

}  // namespace

std::optional<FaceDetection> wholeImageFallback(const Image& image, const FaceDetectorOptions& options) {
    if (!options.fallbackToWholeImage || image.empty()) return std::nullopt;
    const double aspect = static_cast<double>(std::max(image.width, image.height)) / std::max(1, std::min(image.width, image.height));
    if (aspect > options.fallbackMaxAspect || std::max(image.width, image.height) > options.fallbackMaxSide) return std::nullopt;
    if (greyContrast(viewAsMat(image)) < options.fallbackMinContrast) return std::nullopt;
    FaceDetection whole;
    whole.box = RectF{0, 0, static_cast<double>(image.width), static_cast<double>(image.height)};
    whole.fallback = true;
    return whole;
}

}  // namespace reunite::internal
