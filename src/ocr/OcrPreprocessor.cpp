#include "ocr/OcrPreprocessor.h"

#include <algorithm>
#include <cmath>

#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

#include "ocr/PageComponents.h"

namespace reunite::ocr {
namespace {

// Median height of the dark blobs that have the proportions of letters.
double estimateTextHeight(const cv::Mat& grey) {
    const PageComponents dark = darkComponents(grey);
    std::vector<int> heights;
    const int maxHeight = std::max(8, grey.rows / 8);
    for (int i = 1; i < dark.count; ++i) {
        const int width = dark.box(i).width;
        const int height = dark.box(i).height;
        const int area = dark.area(i);
        if (height < 5 || height > maxHeight) continue;
        if (width > height * 3 || width * 8 < height) continue;
        const double fill = static_cast<double>(area) / (static_cast<double>(width) * height);
        if (fill < 0.1 || fill > 0.9) continue;
        heights.push_back(height);
    }
    if (heights.size() < 5) return 0;
    const auto middle = heights.begin() + static_cast<std::ptrdiff_t>(heights.size() / 2);
    std::nth_element(heights.begin(), middle, heights.end());
    return *middle;
}

// The rotation (degrees) that makes the text lines horizontal: the angle whose row profile of dark
// pixels is the most peaked (lines and gaps alternate), searched on a reduced copy.
double estimateSkewDegrees(const cv::Mat& grey, double maxDegrees) {
    cv::Mat small;
    const double shrink = std::min(1.0, 900.0 / std::max(grey.cols, grey.rows));
    cv::resize(grey, small, cv::Size(), shrink, shrink, cv::INTER_AREA);
    cv::Mat dark;
    cv::threshold(small, dark, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    const cv::Point2f centre(dark.cols / 2.0f, dark.rows / 2.0f);
    auto profileScore = [&](double degrees) {
        cv::Mat turned;
        cv::warpAffine(dark, turned, cv::getRotationMatrix2D(centre, degrees, 1.0), dark.size(), cv::INTER_NEAREST);
        cv::Mat rows;
        cv::reduce(turned, rows, 1, cv::REDUCE_SUM, CV_64F);
        double score = 0;
        for (int y = 1; y < rows.rows; ++y) {
            const double step = rows.at<double>(y) - rows.at<double>(y - 1);
            score += step * step;
        }
        return score;
    };
    double best = 0;
    double bestScore = profileScore(0);
    for (double degrees = -maxDegrees; degrees <= maxDegrees + 1e-9; degrees += 0.5) {
        const double score = profileScore(degrees);
        if (score > bestScore * 1.02) {
            bestScore = score;
            best = degrees;
        }
    }
    return best;
}

// A banner is one even colour: most of its pixels lie near their median grey.
bool isEvenColoured(const cv::Mat& grey, const cv::Mat& mask) {
    std::vector<std::uint8_t> values;
    for (int y = 0; y < grey.rows; ++y) {
        const std::uint8_t* g = grey.ptr<std::uint8_t>(y);
        const std::uint8_t* m = mask.ptr<std::uint8_t>(y);
        for (int x = 0; x < grey.cols; ++x) {
            if (m[x]) values.push_back(g[x]);
        }
    }
    if (values.empty()) return false;
    const auto middle = values.begin() + static_cast<std::ptrdiff_t>(values.size() / 2);
    std::nth_element(values.begin(), middle, values.end());
    const int median = *middle;
    const auto near = std::count_if(values.begin(), values.end(), [median](std::uint8_t v) { return std::abs(v - median) < 30; });
    return near * 10 >= static_cast<std::ptrdiff_t>(values.size()) * 7;
}

// Banners (a wide block of one dark colour with light text, e.g. a white heading on red) are
// inverted inside their outline, so that their text is dark on light like the rest of the page.
int invertBanners(cv::Mat& grey, double textHeight) {
    const PageComponents dark = darkComponents(grey);
    int inverted = 0;
    for (int i = 1; i < dark.count; ++i) {
        const cv::Rect box = dark.box(i);
        const bool shaped = box.height >= textHeight * 2 && box.width >= box.height * 3 && dark.area(i) * 2 >= box.area();
        if (!shaped) continue;
        const cv::Mat mask = dark.labels(box) == i;
        if (!isEvenColoured(grey(box), mask)) continue;
        std::vector<cv::Point> points;
        cv::findNonZero(mask, points);
        std::vector<cv::Point> hull;
        cv::convexHull(points, hull);
        cv::Mat outline = cv::Mat::zeros(box.size(), CV_8UC1);
        cv::fillConvexPoly(outline, hull, 255);
        cv::Mat flipped = 255 - grey(box);
        flipped.copyTo(grey(box), outline);
        // The banner's blurred rim would stay as a dark frame: it becomes paper.
        const int rim = std::max(3, static_cast<int>(textHeight / 8));
        const cv::Rect grown = (box + cv::Size(2 * rim, 2 * rim) - cv::Point(rim, rim)) & cv::Rect(0, 0, grey.cols, grey.rows);
        cv::Mat grownOutline = cv::Mat::zeros(grown.size(), CV_8UC1);
        outline.copyTo(grownOutline(cv::Rect(box.tl() - grown.tl(), box.size())));
        const cv::Mat kernel = cv::getStructuringElement(cv::MORPH_RECT, cv::Size(2 * rim + 1, 2 * rim + 1));
        cv::Mat outer;
        cv::Mat inner;
        cv::dilate(grownOutline, outer, kernel);
        cv::erode(grownOutline, inner, kernel);
        grey(grown).setTo(255, outer & ~inner);
        ++inverted;
    }
    return inverted;
}

}  // namespace

GreyImage preprocessForOcr(const Image& image, const PreprocessOptions& options) {
    GreyImage out;
    if (image.empty() || image.pixels.size() != static_cast<std::size_t>(image.width) * image.height * 3) return out;
    const cv::Mat rgb(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.pixels.data()));
    cv::Mat grey;
    cv::cvtColor(rgb, grey, cv::COLOR_RGB2GRAY);
    if (options.maxDeskewDegrees > 0) {
        out.skewDegrees = estimateSkewDegrees(grey, options.maxDeskewDegrees);
        if (out.skewDegrees != 0) {
            cv::Mat straight;
            const cv::Point2f centre(grey.cols / 2.0f, grey.rows / 2.0f);
            cv::warpAffine(grey, straight, cv::getRotationMatrix2D(centre, out.skewDegrees, 1.0), grey.size(), cv::INTER_CUBIC,
                           cv::BORDER_REPLICATE);
            grey = straight;
        }
    }

    out.estimatedTextHeightPx = estimateTextHeight(grey);
    double scale = 1;
    if (out.estimatedTextHeightPx > 0 && out.estimatedTextHeightPx < options.targetTextHeightPx * 0.75) {
        scale = std::min(options.maxUpscale, options.targetTextHeightPx / out.estimatedTextHeightPx);
    }
    const double pixels = static_cast<double>(image.width) * image.height;
    if (pixels * scale * scale > static_cast<double>(options.maxPixels)) {
        scale = std::sqrt(static_cast<double>(options.maxPixels) / pixels);
    }
    if (std::abs(scale - 1) > 0.05) {
        cv::Mat resized;
        cv::resize(grey, resized, cv::Size(), scale, scale, scale > 1 ? cv::INTER_CUBIC : cv::INTER_AREA);
        grey = resized;
    } else {
        scale = 1;
    }
    out.scale = scale;

    if (options.invertBanners) {
        const double textHeight = out.estimatedTextHeightPx > 0 ? out.estimatedTextHeightPx * scale : 30;
        out.bannersInverted = invertBanners(grey, textHeight);
    }
    if (options.flattenBackground) {
        // The background is what remains after closing away the (dark) text.
        const double textHeight = out.estimatedTextHeightPx > 0 ? out.estimatedTextHeightPx * scale : 30;
        const int kernelSide = std::clamp(static_cast<int>(textHeight * 2) | 1, 15, 201);
        cv::Mat small;
        const double shrink = std::min(1.0, 600.0 / std::max(grey.cols, grey.rows));
        cv::resize(grey, small, cv::Size(), shrink, shrink, cv::INTER_AREA);
        const int smallKernel = std::max(3, static_cast<int>(kernelSide * shrink) | 1);
        cv::Mat background;
        cv::morphologyEx(small, background, cv::MORPH_CLOSE,
                         cv::getStructuringElement(cv::MORPH_RECT, cv::Size(smallKernel, smallKernel)));
        cv::resize(background, background, grey.size(), 0, 0, cv::INTER_LINEAR);
        cv::Mat flat;
        cv::divide(grey, cv::max(background, 1), flat, 255.0);
        grey = flat;
    }
    if (options.binarize) {
        cv::Mat binary;
        cv::threshold(grey, binary, 0, 255, cv::THRESH_BINARY | cv::THRESH_OTSU);
        grey = binary;
    }
    out.width = grey.cols;
    out.height = grey.rows;
    out.pixels.assign(grey.datastart, grey.dataend);
    if (!grey.isContinuous()) {
        out.pixels.clear();
        for (int y = 0; y < grey.rows; ++y) out.pixels.insert(out.pixels.end(), grey.ptr<std::uint8_t>(y), grey.ptr<std::uint8_t>(y) + grey.cols);
    }
    return out;
}

}  // namespace reunite::ocr
