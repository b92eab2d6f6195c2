// Flyer OCR field accuracy on synthetic flyers rendered by the test itself (SyntheticFlyer.h:
// English and Chinese, several fonts, sizes, colours and layouts, rotation, blur, noise, JPEG).
// Guards the accuracy measured in docs/benchmarks.md (reunite-bench-ocr, on other flyers) with
// some margin: every measured field right on at least 85 % of the flyers, and a wrong value
// without a mark for checking on at most 10 %. Prints the per-field table.
#include <catch2/catch.hpp>

#include <cstdio>
#include <memory>
#include <string>

#include <opencv2/imgcodecs.hpp>

#include "FlyerFieldScore.h"
#include "OpenCvImage.h"
#include "SyntheticFlyer.h"
#include "TestData.h"
#include "ocr/FlyerReadingParser.h"
#include "ocr/FlyerTextRecognizer.h"

using namespace reunite;
using namespace reunite::test;

namespace {

constexpr int kFlyersPerLanguage = 40;

struct FieldCounts {
    int right = 0;
    int silentlyWrong = 0;
};

std::array<FieldCounts, kMeasuredFlyerFields.size()> measure(ocr::FlyerTextRecognizer& recognizer, FlyerLanguage language) {
    const cv::Mat photo = cv::imread(samplePhoto("astronaut.png").string(), cv::IMREAD_COLOR);
    REQUIRE_FALSE(photo.empty());
    const cv::Mat face = photo(cv::Rect(130, 20, 300, 300)).clone();
    std::array<FieldCounts, kMeasuredFlyerFields.size()> counts{};
    for (int index = 0; index < kFlyersPerLanguage; ++index) {
        const SyntheticFlyerSpec spec = syntheticFlyerSpec(index, language);
        Result<ocr::OcrReading> reading = recognizer.recognize(toRgbImage(renderSyntheticFlyer(spec, face)));
        INFO(spec.describe());
        REQUIRE(reading);
        ocr::FlyerParseOptions parsing;
        parsing.currentYear = 2026;
        const FlyerFieldScore score = scoreFlyerFields(spec.truth, ocr::parseFlyerReading(reading.value(), parsing));
        for (std::size_t f = 0; f < kMeasuredFlyerFields.size(); ++f) {
            counts[f].right += score.verdicts[f] == FieldVerdict::Right || score.verdicts[f] == FieldVerdict::RightFlagged;
            counts[f].silentlyWrong += score.verdicts[f] == FieldVerdict::WrongSilent;
        }
    }
    return counts;
}

void checkLanguage(FlyerLanguage language, const char* name) {
    static std::unique_ptr<ocr::FlyerTextRecognizer> recognizer = [] {
        auto created = ocr::FlyerTextRecognizer::create();
        INFO((created ? std::string() : created.error().message));
        REQUIRE(created);
        return std::move(created).value();
    }();
    const auto counts = measure(*recognizer, language);
    for (std::size_t f = 0; f < kMeasuredFlyerFields.size(); ++f) {
        std::printf("[flyer OCR accuracy] %s %s: right %d/%d, wrong without a mark %d\n", name,
                    flyerFieldLabel(kMeasuredFlyerFields[f]), counts[f].right, kFlyersPerLanguage, counts[f].silentlyWrong);
        INFO(name << " " << flyerFieldLabel(kMeasuredFlyerFields[f]));
        CHECK(counts[f].right * 100 >= kFlyersPerLanguage * 85);
        CHECK(counts[f].silentlyWrong * 10 <= kFlyersPerLanguage);
    }
}

}  // namespace

TEST_CASE("the fonts of the synthetic flyers are installed", "[ocr][accuracy]") {
    const std::vector<std::string> missing = missingFlyerFontPackages();
    std::string packages;
    for (const std::string& package : missing) packages += " " + package;
    INFO("install with apt-get install" << packages << " (scripts/setup.sh does)");
    CHECK(missing.empty());
}

TEST_CASE("English flyers are read into their fields", "[ocr][accuracy][english]") {
    checkLanguage(FlyerLanguage::English, "English");
}

TEST_CASE("Chinese flyers are read into their fields", "[ocr][accuracy][chinese]") {
    checkLanguage(FlyerLanguage::Chinese, "Chinese");
}
