// Page layout for line-wise OCR: a photo beside the text is blanked (its parts never join a line),
// a white-on-red banner is turned dark-on-light, lines come in reading order, and two fields on
// one line stay one line. Pages are drawn by the test with OpenCV's own fonts and the sample
// face photo.
#include <catch2/catch.hpp>

#include <cstring>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "OpenCvImage.h"
#include "TestData.h"

#include "ocr/OcrPreprocessor.h"
#include "ocr/TextLineFinder.h"

using reunite::ocr::GreyImage;
using reunite::ocr::PageLayout;
using reunite::PixelRect;

namespace {

void write(cv::Mat& page, const char* text, int x, int baseline, const cv::Scalar& colour = cv::Scalar(0, 0, 0)) {
    cv::putText(page, text, cv::Point(x, baseline), cv::FONT_HERSHEY_DUPLEX, 1.2, colour, 2, cv::LINE_AA);
}

// The sample face photo, scaled into the page.
void drawPhoto(cv::Mat& page, const cv::Rect& where) {
    const cv::Mat photo = cv::imread(reunite::test::samplePhoto("astronaut.png").string(), cv::IMREAD_COLOR);
    REQUIRE_FALSE(photo.empty());
    cv::Mat scaled;
    cv::resize(photo(cv::Rect(130, 20, 300, 300)), scaled, where.size(), 0, 0, cv::INTER_AREA);
    scaled.copyTo(page(where));
}

GreyImage prepared(const cv::Mat& page) {
    reunite::ocr::PreprocessOptions options;
    options.binarize = false;
    return reunite::ocr::preprocessForOcr(reunite::test::toRgbImage(page), options);
}

}  // namespace

TEST_CASE("a photo beside the text is blanked and never joins a line", "[ocr][layout]") {
    cv::Mat page(700, 900, CV_8UC3, cv::Scalar(255, 255, 255));
    const cv::Rect photo(40, 60, 260, 300);
    drawPhoto(page, photo);
    const char* lines[] = {"Name: Emily Zhang", "Sex: Female", "DOB: 2004-05-06", "Missing since: 2010"};
    for (int i = 0; i < 4; ++i) write(page, lines[i], 320, 100 + i * 70);
    write(page, "Please call 555-0134", 40, 450);

    GreyImage grey = prepared(page);
    const PageLayout layout = findTextLines(grey);

    CHECK(layout.photosRemoved >= 1);
    for (const PixelRect& line : layout.lines) UNSCOPED_INFO(line.x << "," << line.y << " " << line.width << "x" << line.height);
    UNSCOPED_INFO("scale " << grey.scale);
    REQUIRE(layout.lines.size() == 5);
    for (std::size_t i = 0; i + 1 < layout.lines.size(); ++i) CHECK(layout.lines[i].y < layout.lines[i + 1].y);
    for (std::size_t i = 0; i < 4; ++i) CHECK(layout.lines[i].x >= static_cast<int>(300 * grey.scale));
    const cv::Mat binary(grey.height, grey.width, CV_8UC1, grey.pixels.data());
    const cv::Rect photoArea(static_cast<int>(photo.x * grey.scale) + 10, static_cast<int>(photo.y * grey.scale) + 10,
                             static_cast<int>(photo.width * grey.scale) - 20, static_cast<int>(photo.height * grey.scale) - 20);
    CHECK(cv::countNonZero(binary(photoArea) < 128) == 0);
}

TEST_CASE("two fields on one line stay one line, separate rows are read top to bottom", "[ocr][layout]") {
    cv::Mat page(400, 900, CV_8UC3, cv::Scalar(255, 255, 255));
    write(page, "Name: Emily Zhang", 40, 100);
    write(page, "Sex: Female", 420, 100);
    write(page, "Height: 4 ft 2 in", 40, 200);
    GreyImage grey = prepared(page);
    const PageLayout layout = findTextLines(grey);
    REQUIRE(layout.lines.size() == 2);
    CHECK(layout.lines[0].width > static_cast<int>(600 * grey.scale));
    CHECK(layout.lines[0].y < layout.lines[1].y);
}

TEST_CASE("a white heading on a red banner becomes dark text on light", "[ocr][layout][banner]") {
    cv::Mat page(500, 900, CV_8UC3, cv::Scalar(255, 255, 255));
    cv::rectangle(page, cv::Rect(0, 20, 900, 130), cv::Scalar(30, 30, 200), cv::FILLED);
    cv::putText(page, "MISSING", cv::Point(250, 120), cv::FONT_HERSHEY_DUPLEX, 3.0, cv::Scalar(255, 255, 255), 6, cv::LINE_AA);
    write(page, "Name: Emily Zhang", 40, 250);
    write(page, "Sex: Female", 40, 320);

    GreyImage grey = prepared(page);
    CHECK(grey.bannersInverted == 1);
    const PageLayout layout = findTextLines(grey);
    REQUIRE(layout.lines.size() == 3);
    const PixelRect& heading = layout.lines.front();
    CHECK(heading.y < static_cast<int>(150 * grey.scale));
    CHECK(heading.x > static_cast<int>(200 * grey.scale));
    CHECK(heading.x + heading.width < static_cast<int>(720 * grey.scale));
    const cv::Mat binary(grey.height, grey.width, CV_8UC1, grey.pixels.data());
    const cv::Rect bannerCorner(0, static_cast<int>(30 * grey.scale), static_cast<int>(150 * grey.scale), static_cast<int>(100 * grey.scale));
    CHECK(cv::countNonZero(binary(bannerCorner) < 128) == 0);
}

TEST_CASE("an empty or blank page has no lines", "[ocr][layout]") {
    GreyImage empty;
    CHECK(findTextLines(empty).lines.empty());
    cv::Mat blank(300, 400, CV_8UC3, cv::Scalar(255, 255, 255));
    GreyImage grey = prepared(blank);
    CHECK(findTextLines(grey).lines.empty());
}
