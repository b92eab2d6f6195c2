#pragma once
// toRgbImage: a picture tests and benchmarks drew or read with OpenCV (8-bit BGR) as the
// engine's RGB Image (a deep copy). Header-only; pure function.
#include <algorithm>
#include <cstdint>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "core/image/Image.h"

namespace reunite::test {

inline Image toRgbImage(const cv::Mat& bgr) {
    cv::Mat rgb;
    cv::cvtColor(bgr, rgb, cv::COLOR_BGR2RGB);
    Image image = Image::blank(rgb.cols, rgb.rows);
    for (int y = 0; y < rgb.rows; ++y) std::copy_n(rgb.ptr<std::uint8_t>(y), rgb.cols * 3, image.pixel(0, y));
    return image;
}

}  // namespace reunite::test
