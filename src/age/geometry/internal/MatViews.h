#pragma once
// OpenCV helpers private to reunite_age: Image <-> cv::Mat views and remapping by a
// PiecewiseAffineWarp. Never included from a public header.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/image/Image.h"
#include "age/geometry/PiecewiseAffineWarp.h"

namespace reunite::internal {

// CV_8UC3 view (RGB order) of the image's pixels, no copy. The image must outlive the view.
inline cv::Mat viewAsMat(Image& image) { return cv::Mat(image.height, image.width, CV_8UC3, image.pixels.data()); }
inline cv::Mat viewAsMat(const Image& image) {
    return cv::Mat(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.pixels.data()));
}

// Copies an RGB CV_8UC3 Mat (any stride) into an Image.
inline Image imageFromMat(const cv::Mat& rgb) {
    Image image = Image::blank(rgb.cols, rgb.rows);
    cv::Mat target = viewAsMat(image);
    rgb.copyTo(target);
    return image;
}

// CV_32FC3 copy of an image, values 0..255.
inline cv::Mat toFloatMat(const Image& image) {
    cv::Mat out;
    viewAsMat(image).convertTo(out, CV_32FC3);
    return out;
}

// Rounds and saturates a CV_32FC3 Mat into an Image.
inline Image imageFromFloatMat(const cv::Mat& values) {
    Image image = Image::blank(values.cols, values.rows);
    cv::Mat target = viewAsMat(image);
    values.convertTo(target, CV_8UC3);
    return image;
}

// Region-sized result of sampling `source` at the warp's source positions (bilinear).
inline cv::Mat remapWithWarp(const cv::Mat& source, const PiecewiseAffineWarp& warp, int borderMode,
                             const cv::Scalar& borderValue = cv::Scalar()) {
    const PixelRect& region = warp.region();
    if (region.width == 0 || region.height == 0) return cv::Mat(region.height, region.width, source.type());
    const cv::Mat mapX(region.height, region.width, CV_32FC1, const_cast<float*>(warp.sourceX().data()));
    const cv::Mat mapY(region.height, region.width, CV_32FC1, const_cast<float*>(warp.sourceY().data()));
    cv::Mat out;
    cv::remap(source, out, mapX, mapY, cv::INTER_LINEAR, borderMode, borderValue);
    return out;
}

// CV_8UC1 view of the warp's coverage (1 = inside some triangle).
inline cv::Mat coverageMat(const PiecewiseAffineWarp& warp) {
    const PixelRect& region = warp.region();
    return cv::Mat(region.height, region.width, CV_8UC1, const_cast<std::uint8_t*>(warp.coverage().data()));
}

}  // namespace reunite::internal
