#pragma once
// PageComponents: the connected components of a mask of a page (8-connected), with their boxes
// and areas, as the OCR preprocessing and the line finder look at them. Internal to reunite_ocr
// (OpenCV types). darkComponents(): the components of what Otsu's threshold calls dark.
// Thread safety: plain values and pure functions.
#include <opencv2/core.hpp>
#include <opencv2/imgproc.hpp>

namespace reunite::ocr {

struct PageComponents {
    cv::Mat labels;  // CV_32S, 0 = background, i = component i
    cv::Mat stats;
    int count = 0;   // including the background

    cv::Rect box(int i) const {
        return {stats.at<int>(i, cv::CC_STAT_LEFT), stats.at<int>(i, cv::CC_STAT_TOP), stats.at<int>(i, cv::CC_STAT_WIDTH),
                stats.at<int>(i, cv::CC_STAT_HEIGHT)};
    }
    int area(int i) const { return stats.at<int>(i, cv::CC_STAT_AREA); }
};

PageComponents componentsOf(const cv::Mat& mask);
PageComponents darkComponents(const cv::Mat& grey);

}  // namespace reunite::ocr
