#pragma once
// Conversions between the engine's plain Image and dlib / OpenCV rasters. Private to reunite_core.
#include <dlib/image_processing/generic_image.h>
#include <dlib/matrix.h>
#include <dlib/pixel.h>
#include <opencv2/core.hpp>

#include "core/image/Image.h"

namespace reunite::internal {

dlib::matrix<dlib::rgb_pixel> toDlibRgb(const Image& image);
Image fromDlibRgb(const dlib::matrix<dlib::rgb_pixel>& image);

// A cv::Mat (CV_8UC3, RGB order) viewing the image's pixels without copying.
cv::Mat viewAsMat(const Image& image);
// Copies an RGB CV_8UC3 Mat into an Image.
Image fromRgbMat(const cv::Mat& rgb);

}  // namespace reunite::internal
