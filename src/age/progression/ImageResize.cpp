#include "age/progression/ImageResize.h"

#include <opencv2/imgproc.hpp>

#include "age/geometry/internal/MatViews.h"

namespace reunite {

Image resizedImage(const Image& image, int width, int height) {
    if (image.empty() || width <= 0 || height <= 0) return Image::blank(std::max(0, width), std::max(0, height));
    const bool enlarging = width * height > image.width * image.height;
    cv::Mat out;
    cv::resize(internal::viewAsMat(image), out, cv::Size(width, height), 0, 0, enlarging ? cv::INTER_CUBIC : cv::INTER_AREA);
    return internal::imageFromMat(out);
}

Landmarks resizedLandmarks(const Landmarks& shape, int fromWidth, int fromHeight, int toWidth, int toHeight) {
    const double sx = static_cast<double>(toWidth) / fromWidth, sy = static_cast<double>(toHeight) / fromHeight;
    Landmarks out;
    for (int i = 0; i < kLandmarkCount; ++i) out[i] = {(shape[i].x + 0.5) * sx - 0.5, (shape[i].y + 0.5) * sy - 0.5};
    return out;
}

}  // namespace reunite
