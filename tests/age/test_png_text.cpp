#include <catch2/catch.hpp>

#include <fstream>
#include <iterator>
#include <opencv2/imgcodecs.hpp>

#include "age/progression/AgeProgressor.h"
#include "age/progression/PngTextChunks.h"
#include "age/progression/ProgressionMark.h"
#include "SyntheticFace.h"
#include "TestData.h"

using namespace reunite;

namespace {

std::vector<std::uint8_t> encodedPng(const Image& image) {
    std::vector<std::uint8_t> bytes;
    cv::imencode(".png", cv::Mat(image.height, image.width, CV_8UC3, const_cast<std::uint8_t*>(image.pixels.data())), bytes);
    return bytes;
}

}  // namespace

TEST_CASE("PNG CRC-32 matches the standard check value", "[age][png]") {
    const std::string check = "123456789";
    CHECK(pngCrc32({reinterpret_cast<const std::uint8_t*>(check.data()), check.size()}) == 0xCBF43926u);
    const std::string iend = "IEND";
    CHECK(pngCrc32({reinterpret_cast<const std::uint8_t*>(iend.data()), iend.size()}) == 0xAE426082u);
}

TEST_CASE("tEXt chunks round-trip and leave the pixels intact", "[age][png]") {
    const Image image = test::patternedImage(23, 17);
    const std::vector<std::uint8_t> png = encodedPng(image);
    const std::vector<PngTextEntry> entries{{"Title", "hello"}, {"Reunite-TargetAge", "18"}, {"Comment", ""}};
    Result<std::vector<std::uint8_t>> marked = insertPngTextChunks(png, entries);
    REQUIRE(marked.ok());
    CHECK(marked.value().size() > png.size());

    Result<std::vector<PngTextEntry>> read = readPngTextChunks(marked.value());
    REQUIRE(read.ok());
    REQUIRE(read.value().size() == 3);
    for (std::size_t i = 0; i < entries.size(); ++i) {
        CHECK(read.value()[i].keyword == entries[i].keyword);
        CHECK(read.value()[i].text == entries[i].text);
    }
    // A standard decoder still reads the file, pixel for pixel.
    const cv::Mat decoded = cv::imdecode(marked.value(), cv::IMREAD_UNCHANGED);
    REQUIRE(decoded.cols == 23);
    REQUIRE(decoded.rows == 17);
    CHECK(std::equal(image.pixels.begin(), image.pixels.end(), decoded.ptr<std::uint8_t>()));
}

TEST_CASE("tEXt reading refuses damaged files and writing refuses bad keywords", "[age][png]") {
    const std::vector<std::uint8_t> png = encodedPng(test::uniformImage(8, 8, 90));
    Result<std::vector<std::uint8_t>> marked = insertPngTextChunks(png, {{"Title", "some text"}});
    REQUIRE(marked.ok());

    std::vector<std::uint8_t> flipped = marked.value();
    flipped[8 + 25 + 12] ^= 0x01;  // a byte of the tEXt keyword (the chunk follows the 25-byte IHDR)
    Result<std::vector<PngTextEntry>> damaged = readPngTextChunks(flipped);
    REQUIRE_FALSE(damaged.ok());
    CHECK(damaged.error().code == ErrorCode::CorruptData);
    CHECK_THAT(damaged.error().message, Catch::Contains("CRC"));

    std::vector<std::uint8_t> truncated(marked.value().begin(), marked.value().end() - 20);
    CHECK_FALSE(readPngTextChunks(truncated).ok());
    CHECK_FALSE(readPngTextChunks(std::vector<std::uint8_t>{1, 2, 3}).ok());

    CHECK_FALSE(insertPngTextChunks(png, {{"", "x"}}).ok());
    CHECK_FALSE(insertPngTextChunks(png, {{std::string(80, 'k'), "x"}}).ok());
    CHECK_FALSE(insertPngTextChunks(png, {{"Title", std::string("a\0b", 3)}}).ok());
}

TEST_CASE("progression metadata round-trips through a written PNG", "[age][png]") {
    test::TempFolder folder("reunite-age-png");
    ProgressionRecord record;
    record.sourceAge = 8;
    record.targetAge = 28.5;
    record.sex = Sex::Female;
    record.parentUsed = true;
    record.parentWeight = 0.3;
    record.parentAge = 41;
    record.modelId = "age-model-v1-0123456789ab";
    record.modelVersion = 1;
    const std::filesystem::path path = folder.file("progressed.png");
    REQUIRE(writeProgressedPng(path, test::patternedImage(120, 90), record).ok());

    Result<std::vector<PngTextEntry>> entries = readPngTextFile(path);
    REQUIRE(entries.ok());
    Result<ProgressionRecord> back = progressionRecordFromMetadata(entries.value());
    REQUIRE(back.ok());
    CHECK(back.value().sourceAge == 8);
    CHECK(back.value().targetAge == 28.5);
    CHECK(back.value().sex == Sex::Female);
    CHECK(back.value().parentUsed);
    CHECK(back.value().parentWeight == Approx(0.3));
    CHECK(back.value().parentAge == 41);
    CHECK(back.value().modelId == record.modelId);
    CHECK(back.value().modelVersion == 1);
    bool noticeFound = false;
    for (const PngTextEntry& entry : entries.value()) {
        noticeFound = noticeFound || entry.text.find(kAgeProgressedMark) != std::string::npos;
    }
    CHECK(noticeFound);

    // The written image carries the visible mark: taller than the picture, at least 320 wide.
    const cv::Mat written = cv::imread(path.string());
    CHECK(written.cols >= kMinMarkedWidth);
    CHECK(written.rows > 90 * written.cols / 120);

    CHECK_FALSE(progressionRecordFromMetadata({{"Title", "x"}}).ok());
}
