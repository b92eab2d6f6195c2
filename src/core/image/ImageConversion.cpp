#include "core/image/internal/ImageConversion.h"

#include <cstring>

namespace reunite::internal {

dlib::matrix<dlib::rgb_pixel> toDlibRgb(const Image& image) {
    dlib::matrix<dlib::rgb_pixel> out(image.height, image.width);
    for (int y = 0; y < image.height; ++y) {
        for (int x = 0; x < image.width; ++x) {
            const std::uint8_t* p = image.pixel(x, y);
            out(y, x) = dlib::rgb_pixel(p[0], p[1], p[2]);
        }
    }
    return out;
}

Image fromDlibRgb(const dlib::matrix<dlib::rgb_pixel>& image) {
    Image out = Image::blank(static_cast<int>(image.nc()), static_cast<int>(image.nr()));
    for (long y = 0; y < image.nr(); ++y) {
        for (long x = 0; x < image.nc(); ++x) {
            std::uint8_t* p = out.pixel(static_cast<int>(x), static_cast<int>(y));
            p[0] = image(y, x).red;
            p[1] = image(y, x).green;
            p[2] = image(y, x).blue;
        }
    }
    return out;
}

cv::Mat viewAsMat(const Image& image) {
    return cv::Mat(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.pixels.data()));
}

Image fromRgbMat(const cv::Mat& rgb) {
    CV_Assert(rgb.type() == CV_8UC3);
    Image out = Image::blank(rgb.cols, rgb.rows);
    for (int y = 0; y < rgb.rows; ++y) {
        std::memcpy(out.pixel(0, y), rgb.ptr<std::uint8_t>(y), static_cast<std::size_t>(rgb.cols) * 3);
    }
    return out;
}

}  // namespace reunite::internal
