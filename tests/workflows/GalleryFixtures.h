#pragma once
// Test galleries made at run time from the redistributable sample photos: distinct files (each a
// re-encoded, slightly different copy) so imports see different sha256 digests.
#include <filesystem>
#include <string>
#include <vector>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "TestData.h"

namespace reunite::test {

// Writes `count` distinct ~640x480 JPEGs built from the sample photos into folder/name-N.jpg.
inline std::vector<std::filesystem::path> writeDistinctPhotos(const std::filesystem::path& folder, const std::string& name,
                                                             int count) {
    const std::vector<std::string> sources{"astronaut.png", "faceapi-sample1.jpg", "faceapi-sample3.jpg",
                                           "faceapi-sample6.jpg"};
    std::vector<std::filesystem::path> files;
    for (int i = 0; i < count; ++i) {
        cv::Mat image = cv::imread(samplePhoto(sources[i % sources.size()]).string(), cv::IMREAD_COLOR);
        REQUIRE_FALSE(image.empty());
        const double scale = 640.0 / image.cols;
        cv::resize(image, image, cv::Size(), scale, scale, cv::INTER_AREA);
        cv::circle(image, cv::Point(5 + i % 50, 5), 2, cv::Scalar(i % 255, 40, 200), -1);  // makes every file distinct
        const std::filesystem::path file = folder / (name + "-" + std::to_string(i) + ".jpg");
        REQUIRE(cv::imwrite(file.string(), image, {cv::IMWRITE_JPEG_QUALITY, 90}));
        files.push_back(file);
    }
    return files;
}

}  // namespace reunite::test
