#include "ocr/PageComponents.h"

#include <opencv2/imgproc.hpp>

namespace reunite::ocr {

PageComponents componentsOf(const cv::Mat& mask) {
    PageComponents components;
    cv::Mat centroids;
    components.count = cv::connectedComponentsWithStats(mask, components.labels, components.stats, centroids, 8, CV_32S);
    return components;
}

PageComponents darkComponents(const cv::Mat& grey) {
    cv::Mat dark;
    cv::threshold(grey, dark, 0, 255, cv::THRESH_BINARY_INV | cv::THRESH_OTSU);
    return componentsOf(dark);
}

}  // namespace reunite::ocr
