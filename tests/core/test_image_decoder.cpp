// ImageDecoder: formats, refusals, conversions and EXIF orientation. Every fixture is generated at
// run time (OpenCV's encoders or small hand-built files) into a scratch folder that is removed after.
#include <catch2/catch.hpp>

#include <unistd.h>

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>

#include <array>
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <optional>
#include <random>
#include <sstream>
#include <string>
#include <string_view>
#include <vector>

#include "ScratchFolder.h"
#include "core/image/ImageDecoder.h"
#include "core/image/ImageHeaderProbe.h"

namespace fs = std::filesystem;
using reunite::DecodedImage;
using reunite::ErrorCode;
using reunite::Image;
using reunite::ImageDecoder;
using Bytes = std::vector<std::uint8_t>;
using Rgb = std::array<int, 3>;

namespace {

using reunite::test::ScratchFolder;

// ---- byte building ----------------------------------------------------------------------------

class ByteWriter {
public:
    explicit ByteWriter(bool bigEndian = true) : bigEndian_(bigEndian) {}

    ByteWriter& u8(unsigned value) {
        bytes_.push_back(static_cast<std::uint8_t>(value));
        return *this;
    }
    ByteWriter& u16(unsigned value) {
        return bigEndian_ ? u8(value >> 8).u8(value & 0xFF) : u8(value & 0xFF).u8(value >> 8);
    }
    ByteWriter& u32(std::uint32_t value) {
        return bigEndian_ ? u16(value >> 16).u16(value & 0xFFFF) : u16(value & 0xFFFF).u16(value >> 16);
    }
    ByteWriter& text(std::string_view text) {
        bytes_.insert(bytes_.end(), text.begin(), text.end());
        return *this;
    }
    ByteWriter& append(const Bytes& more) {
        bytes_.insert(bytes_.end(), more.begin(), more.end());
        return *this;
    }
    const Bytes& bytes() const { return bytes_; }
    std::size_t size() const { return bytes_.size(); }

private:
    bool bigEndian_;
    Bytes bytes_;
};

Bytes encodeWithOpenCv(const std::string& extension, const cv::Mat& image, const std::vector<int>& params = {}) {
    std::vector<std::uint8_t> encoded;
    REQUIRE(cv::imencode(extension, image, encoded, params));
    return encoded;
}

cv::Scalar bgr(int r, int g, int b) { return cv::Scalar(b, g, r); }

// ---- PNG with stored (uncompressed) deflate blocks --------------------------------------------

std::uint32_t crc32(const Bytes& bytes) {
    std::uint32_t crc = 0xFFFFFFFFu;
    for (std::uint8_t byte : bytes) {
        crc ^= byte;
        for (int bit = 0; bit < 8; ++bit) crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

Bytes zlibStored(const Bytes& data) {
    ByteWriter out(false);
    out.u8(0x78).u8(0x01);
    std::size_t pos = 0;
    do {
        const std::size_t length = std::min<std::size_t>(65535, data.size() - pos);
        const bool last = pos + length == data.size();
        out.u8(last ? 1 : 0).u16(static_cast<unsigned>(length)).u16(static_cast<unsigned>(~length & 0xFFFF));
        out.append(Bytes(data.begin() + static_cast<std::ptrdiff_t>(pos),
                         data.begin() + static_cast<std::ptrdiff_t>(pos + length)));
        pos += length;
    } while (pos < data.size());
    std::uint32_t a = 1;
    std::uint32_t b = 0;
    for (std::uint8_t byte : data) {
        a = (a + byte) % 65521;
        b = (b + a) % 65521;
    }
    return ByteWriter(true).append(out.bytes()).u32((b << 16) | a).bytes();
}

Bytes pngChunk(std::string_view type, const Bytes& data) {
    const Bytes typeAndData = ByteWriter().text(type).append(data).bytes();
    return ByteWriter()
        .u32(static_cast<std::uint32_t>(data.size()))
        .append(typeAndData)
        .u32(crc32(typeAndData))
        .bytes();
}

Bytes pngSignatureAndHeader(std::uint32_t width, std::uint32_t height, int bitDepth, int colourType) {
    const Bytes ihdr = ByteWriter().u32(width).u32(height).u8(bitDepth).u8(colourType).u8(0).u8(0).u8(0).bytes();
    return ByteWriter().text("\x89PNG\r\n\x1a\n").append(pngChunk("IHDR", ihdr)).bytes();
}

// rows: raw scanlines without filter bytes. extraChunks go between IHDR and IDAT.
Bytes makePng(std::uint32_t width, std::uint32_t height, int bitDepth, int colourType, const std::vector<Bytes>& rows,
              const Bytes& extraChunks = {}) {
    Bytes filtered;
    for (const Bytes& row : rows) {
        filtered.push_back(0);
        filtered.insert(filtered.end(), row.begin(), row.end());
    }
    return ByteWriter()
        .append(pngSignatureAndHeader(width, height, bitDepth, colourType))
        .append(extraChunks)
        .append(pngChunk("IDAT", zlibStored(filtered)))
        .append(pngChunk("IEND", {}))
        .bytes();
}

// ---- EXIF and TIFF ----------------------------------------------------------------------------

Bytes exifTiffBlock(int orientation, bool bigEndian) {
    ByteWriter tiff(bigEndian);
    tiff.text(bigEndian ? "MM" : "II").u16(42).u32(8);
    tiff.u16(1).u16(0x0112).u16(3).u32(1).u16(static_cast<unsigned>(orientation)).u16(0);
    tiff.u32(0);
    return tiff.bytes();
}

Bytes jpegSegment(std::uint8_t marker, const Bytes& payload) {
    return ByteWriter().u8(0xFF).u8(marker).u16(static_cast<unsigned>(payload.size() + 2)).append(payload).bytes();
}

Bytes exifApp1(const Bytes& tiffBlock) {
    return jpegSegment(0xE1, ByteWriter().text(std::string_view("Exif\0\0", 6)).append(tiffBlock).bytes());
}

Bytes insertAfterSoi(const Bytes& jpeg, const Bytes& segment) {
    Bytes out(jpeg.begin(), jpeg.begin() + 2);
    out.insert(out.end(), segment.begin(), segment.end());
    out.insert(out.end(), jpeg.begin() + 2, jpeg.end());
    return out;
}

// Offset of the payload (after the length field) of the first segment with this marker, walking
// the JPEG segments from SOI; 0 when absent.
std::size_t findJpegSegmentPayload(const Bytes& jpeg, std::uint8_t marker) {
    std::size_t pos = 2;
    while (pos + 4 <= jpeg.size() && jpeg[pos] == 0xFF) {
        const std::size_t length = (std::size_t{jpeg[pos + 2]} << 8) | jpeg[pos + 3];
        if (jpeg[pos + 1] == marker) return pos + 4;
        if (jpeg[pos + 1] == 0xDA) break;
        pos += 2 + length;
    }
    return 0;
}

struct TiffTag {
    std::uint16_t tag;
    std::uint16_t type;  // 3 SHORT, 4 LONG
    std::uint32_t value;
};

// Classic TIFF: header, pixel data (if any) at offset 8, then one directory.
Bytes makeTiff(bool bigEndian, std::vector<TiffTag> tags, const Bytes& pixelData) {
    ByteWriter tiff(bigEndian);
    tiff.text(bigEndian ? "MM" : "II").u16(42).u32(static_cast<std::uint32_t>(8 + pixelData.size()));
    tiff.append(pixelData);
    tiff.u16(static_cast<unsigned>(tags.size()));
    for (const TiffTag& tag : tags) {
        tiff.u16(tag.tag).u16(tag.type).u32(1);
        if (tag.type == 3) {
            tiff.u16(tag.value).u16(0);
        } else {
            tiff.u32(tag.value);
        }
    }
    tiff.u32(0);
    return tiff.bytes();
}

// Uncompressed 8-bit RGB TIFF of an OpenCV BGR image.
Bytes makeRgbTiff(const cv::Mat& bgrImage, int orientation, bool bigEndian) {
    Bytes pixels;
    for (int y = 0; y < bgrImage.rows; ++y) {
        for (int x = 0; x < bgrImage.cols; ++x) {
            const auto& p = bgrImage.at<cv::Vec3b>(y, x);
            pixels.insert(pixels.end(), {p[2], p[1], p[0]});
        }
    }
    const auto width = static_cast<std::uint32_t>(bgrImage.cols);
    const auto height = static_cast<std::uint32_t>(bgrImage.rows);
    return makeTiff(bigEndian,
                    {{256, 3, width}, {257, 3, height}, {258, 3, 8}, {259, 3, 1}, {262, 3, 2}, {273, 4, 8},
                     {274, 3, static_cast<std::uint32_t>(orientation)}, {277, 3, 3}, {278, 3, height},
                     {279, 4, static_cast<std::uint32_t>(pixels.size())}},
                    pixels);
}

// ---- a minimal baseline JPEG encoder for flat CMYK images (Adobe APP14, no colour transform) ---

class BitWriter {
public:
    void put(std::uint32_t code, int length) {
        for (int bit = length - 1; bit >= 0; --bit) {
            current_ = static_cast<std::uint8_t>((current_ << 1) | ((code >> bit) & 1));
            if (++filled_ == 8) flushByte();
        }
    }
    Bytes finish() {
        while (filled_ != 0) put(1, 1);
        return bytes_;
    }

private:
    void flushByte() {
        bytes_.push_back(current_);
        if (current_ == 0xFF) bytes_.push_back(0x00);
        current_ = 0;
        filled_ = 0;
    }
    Bytes bytes_;
    std::uint8_t current_ = 0;
    int filled_ = 0;
};

Bytes makeFlatCmykJpeg(int width, int height, const std::array<std::uint8_t, 4>& storedCmyk) {
    // Standard DC luminance table (ITU T.81 K.3); the AC table holds only end-of-block.
    const std::array<std::uint8_t, 16> dcCounts{0, 1, 5, 1, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0};
    std::array<std::uint32_t, 12> dcCodes{};
    std::array<int, 12> dcLengths{};
    std::uint32_t code = 0;
    int symbol = 0;
    for (int length = 1; length <= 16; ++length) {
        for (int i = 0; i < dcCounts[length - 1]; ++i) {
            dcCodes[symbol] = code++;
            dcLengths[symbol++] = length;
        }
        code <<= 1;
    }

    ByteWriter jpeg;
    jpeg.u8(0xFF).u8(0xD8);
    jpeg.append(jpegSegment(0xEE, ByteWriter().text("Adobe").u16(100).u16(0).u16(0).u8(0).bytes()));
    jpeg.append(jpegSegment(0xDB, ByteWriter().u8(0).append(Bytes(64, 1)).bytes()));
    ByteWriter frame;
    frame.u8(8).u16(static_cast<unsigned>(height)).u16(static_cast<unsigned>(width)).u8(4);
    for (int component = 1; component <= 4; ++component) frame.u8(component).u8(0x11).u8(0);
    jpeg.append(jpegSegment(0xC0, frame.bytes()));
    ByteWriter tables;
    tables.u8(0x00);
    for (auto count : dcCounts) tables.u8(count);
    for (int value = 0; value < 12; ++value) tables.u8(value);
    tables.u8(0x10).u8(1);
    for (int i = 1; i < 16; ++i) tables.u8(0);
    tables.u8(0x00);
    jpeg.append(jpegSegment(0xC4, tables.bytes()));
    ByteWriter scan;
    scan.u8(4);
    for (int component = 1; component <= 4; ++component) scan.u8(component).u8(0x00);
    scan.u8(0).u8(63).u8(0);
    jpeg.append(jpegSegment(0xDA, scan.bytes()));

    BitWriter entropy;
    std::array<int, 4> previousDc{};
    const int blocks = (width / 8) * (height / 8);
    for (int block = 0; block < blocks; ++block) {
        for (int component = 0; component < 4; ++component) {
            const int dc = (storedCmyk[component] - 128) * 8;
            const int difference = dc - previousDc[component];
            previousDc[component] = dc;
            int category = 0;
            while ((std::abs(difference) >> category) != 0) ++category;
            entropy.put(dcCodes[category], dcLengths[category]);
            if (category > 0) {
                const int bits = difference >= 0 ? difference : difference + (1 << category) - 1;
                entropy.put(static_cast<std::uint32_t>(bits), category);
            }
            entropy.put(0, 1);  // end of block
        }
    }
    jpeg.append(entropy.finish());
    jpeg.u8(0xFF).u8(0xD9);
    return jpeg.bytes();
}

// ---- pixel checks -----------------------------------------------------------------------------

Rgb rgbAt(const Image& image, int x, int y) {
    const std::uint8_t* p = image.pixel(x, y);
    return {p[0], p[1], p[2]};
}

bool near(const Rgb& actual, const Rgb& expected, int tolerance) {
    for (int c = 0; c < 3; ++c) {
        if (std::abs(actual[c] - expected[c]) > tolerance) return false;
    }
    return true;
}

std::string describe(const Rgb& rgb) {
    std::ostringstream text;
    text << '(' << rgb[0] << ", " << rgb[1] << ", " << rgb[2] << ')';
    return text.str();
}

void checkInvariant(const Image& image) {
    REQUIRE(image.width > 0);
    REQUIRE(image.height > 0);
    REQUIRE(image.pixels.size() == static_cast<std::size_t>(image.width) * image.height * 3);
}

enum class Corner { TopLeft, TopRight, BottomLeft, BottomRight };

Rgb nearCorner(const Image& image, Corner corner, int inset) {
    const int left = inset;
    const int right = image.width - 1 - inset;
    const int top = inset;
    const int bottom = image.height - 1 - inset;
    switch (corner) {
    case Corner::TopLeft: return rgbAt(image, left, top);
    case Corner::TopRight: return rgbAt(image, right, top);
    case Corner::BottomLeft: return rgbAt(image, left, bottom);
    case Corner::BottomRight: return rgbAt(image, right, bottom);
    }
    return {};
}

// Where the stored image's top-left and top-right corners appear once turned upright (EXIF 2.3, 4.6.4).
struct OrientationCase {
    int orientation;
    Corner storedTopLeftGoesTo;
    Corner storedTopRightGoesTo;
};

constexpr std::array<OrientationCase, 8> kOrientationCases{{
    {1, Corner::TopLeft, Corner::TopRight},
    {2, Corner::TopRight, Corner::TopLeft},
    {3, Corner::BottomRight, Corner::BottomLeft},
    {4, Corner::BottomLeft, Corner::BottomRight},
    {5, Corner::TopLeft, Corner::BottomLeft},
    {6, Corner::TopRight, Corner::BottomRight},
    {7, Corner::BottomRight, Corner::TopRight},
    {8, Corner::BottomLeft, Corner::TopLeft},
}};

const Rgb kRed{255, 0, 0};
const Rgb kGreen{0, 255, 0};
const Rgb kBlue{0, 0, 255};
const Rgb kWhite{255, 255, 255};

// 64x32 stored raster: red top-left, green top-right, blue bottom-left, white bottom-right quadrants
// (quadrant borders on 16-pixel boundaries so JPEG chroma subsampling does not blur the corners).
cv::Mat quadrantImage() {
    cv::Mat image(32, 64, CV_8UC3);
    image(cv::Rect(0, 0, 32, 16)).setTo(bgr(255, 0, 0));
    image(cv::Rect(32, 0, 32, 16)).setTo(bgr(0, 255, 0));
    image(cv::Rect(0, 16, 32, 16)).setTo(bgr(0, 0, 255));
    image(cv::Rect(32, 16, 32, 16)).setTo(bgr(255, 255, 255));
    return image;
}

void checkUpright(const DecodedImage& decoded, const OrientationCase& expected, int tolerance) {
    checkInvariant(decoded.image);
    CHECK(decoded.exifOrientation == expected.orientation);
    const bool swapsSides = expected.orientation >= 5;
    CHECK(decoded.image.width == (swapsSides ? 32 : 64));
    CHECK(decoded.image.height == (swapsSides ? 64 : 32));
    const Rgb topLeftLandedAs = nearCorner(decoded.image, expected.storedTopLeftGoesTo, 3);
    const Rgb topRightLandedAs = nearCorner(decoded.image, expected.storedTopRightGoesTo, 3);
    INFO("stored red corner now shows " << describe(topLeftLandedAs) << ", stored green corner now shows "
                                        << describe(topRightLandedAs));
    CHECK(near(topLeftLandedAs, kRed, tolerance));
    CHECK(near(topRightLandedAs, kGreen, tolerance));
}

Bytes prefix(const Bytes& bytes, std::size_t length) { return Bytes(bytes.begin(), bytes.begin() + length); }

}  // namespace

// ---- formats ----------------------------------------------------------------------------------

TEST_CASE("each supported format decodes to upright RGB at its stored size", "[decoder]") {
    ScratchFolder folder;
    cv::Mat picture(23, 37, CV_8UC3, bgr(200, 30, 10));
    picture(cv::Rect(20, 0, 17, 23)).setTo(bgr(10, 40, 220));

    struct FormatCase {
        const char* extension;
        const char* format;
        std::vector<int> params;
        int tolerance;
    };
    const std::vector<FormatCase> cases{
        {".png", "png", {}, 0},
        {".jpg", "jpeg", {cv::IMWRITE_JPEG_QUALITY, 95}, 30},
        {".bmp", "bmp", {}, 0},
        {".tiff", "tiff", {}, 0},
        {".webp", "webp", {cv::IMWRITE_WEBP_QUALITY, 90}, 30},
        {".webp", "webp", {cv::IMWRITE_WEBP_QUALITY, 101}, 0},
        {".ppm", "pnm", {}, 0},
        {".pam", "pnm", {}, 0},
    };
    const ImageDecoder decoder;
    for (const auto& formatCase : cases) {
        INFO("format " << formatCase.extension << " params " << formatCase.params.size());
        const Bytes encoded = encodeWithOpenCv(formatCase.extension, picture, formatCase.params);
        const fs::path path = folder.file(std::string("picture") + formatCase.extension, encoded);
        const auto result = decoder.decodeFile(path);
        REQUIRE(result.ok());
        const DecodedImage& decoded = result.value();
        checkInvariant(decoded.image);
        CHECK(decoded.format == formatCase.format);
        CHECK(decoded.image.width == 37);
        CHECK(decoded.image.height == 23);
        CHECK(decoded.exifOrientation == 1);
        CHECK(decoded.sourceBitDepth == 8);
        const Rgb left = rgbAt(decoded.image, 5, 11);
        const Rgb right = rgbAt(decoded.image, 30, 11);
        INFO("left " << describe(left) << " right " << describe(right));
        CHECK(near(left, {200, 30, 10}, formatCase.tolerance));
        CHECK(near(right, {10, 40, 220}, formatCase.tolerance));
    }
}

TEST_CASE("a big-endian TIFF decodes", "[decoder]") {
    const Bytes tiff = makeRgbTiff(quadrantImage(), 1, true);
    const auto result = ImageDecoder().decodeBytes(tiff, "motorola.tif");
    REQUIRE(result.ok());
    checkUpright(result.value(), kOrientationCases[0], 0);
    CHECK(result.value().format == "tiff");
}

TEST_CASE("the header probe reads BigTIFF and PNM headers without decoding", "[decoder][probe]") {
    ByteWriter bigTiff(false);
    bigTiff.text("II").u16(43).u16(8).u16(0).u32(16).u32(0);
    bigTiff.u32(2).u32(0);
    bigTiff.u16(256).u16(4).u32(1).u32(0).u32(4000).u32(0);
    bigTiff.u16(257).u16(4).u32(1).u32(0).u32(3000).u32(0);
    const auto tiff = reunite::probeImageHeader(bigTiff.bytes(), "big.tif");
    REQUIRE(tiff.ok());
    CHECK(tiff.value().format == reunite::ImageFormat::Tiff);
    CHECK(tiff.value().width == 4000);
    CHECK(tiff.value().height == 3000);

    const std::string pgm = "P5\n# made by a scanner\n640 480\n65535\n";
    const auto pnm = reunite::probeImageHeader(Bytes(pgm.begin(), pgm.end()), "scan.pgm");
    REQUIRE(pnm.ok());
    CHECK(pnm.value().width == 640);
    CHECK(pnm.value().height == 480);
    CHECK(pnm.value().bitDepth == 16);
    CHECK_FALSE(pnm.value().complete);
}

// ---- refusals ---------------------------------------------------------------------------------

TEST_CASE("an empty file is refused as EmptyFile", "[decoder]") {
    ScratchFolder folder;
    const auto result = ImageDecoder().decodeFile(folder.file("empty.jpg", {}));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::EmptyFile);
    CHECK_THAT(result.error().message, Catch::Contains("empty.jpg"));

    const auto fromBytes = ImageDecoder().decodeBytes({}, "upload");
    REQUIRE_FALSE(fromBytes.ok());
    CHECK(fromBytes.error().code == ErrorCode::EmptyFile);
}

TEST_CASE("a missing file is refused as NotFound", "[decoder]") {
    ScratchFolder folder;
    const auto result = ImageDecoder().decodeFile(folder.path() / "vanished.jpg");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::NotFound);
    CHECK_THAT(result.error().message, Catch::Contains("vanished.jpg"));
}

TEST_CASE("a directory is refused as NotAFile", "[decoder]") {
    ScratchFolder folder;
    fs::create_directory(folder.path() / "holiday.jpg");
    const auto result = ImageDecoder().decodeFile(folder.path() / "holiday.jpg");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::NotAFile);
    CHECK_THAT(result.error().message, Catch::Contains("holiday.jpg"));
}

TEST_CASE("a text file renamed .jpg is refused as not an image", "[decoder]") {
    ScratchFolder folder;
    const std::string text = "Meeting notes: bring the printed photos on Tuesday.\n";
    const auto result = ImageDecoder().decodeFile(folder.file("notes.jpg", Bytes(text.begin(), text.end())));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::UnsupportedFormat);
    CHECK_THAT(result.error().message, Catch::Contains("notes.jpg") && Catch::Contains("not an image"));
}

TEST_CASE("a 1x1 PNG is refused as TooSmall", "[decoder]") {
    ScratchFolder folder;
    const cv::Mat dot(1, 1, CV_8UC3, bgr(1, 2, 3));
    const auto result = ImageDecoder().decodeFile(folder.file("dot.png", encodeWithOpenCv(".png", dot)));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::TooSmall);
    CHECK_THAT(result.error().message, Catch::Contains("dot.png") && Catch::Contains("1 x 1"));
}

TEST_CASE("a PNG whose header claims 30000x30000 is refused before any pixel is decoded", "[decoder]") {
    ScratchFolder folder;
    Bytes bomb = pngSignatureAndHeader(30000, 30000, 8, 2);
    std::mt19937 random(3);
    for (int i = 0; i < 4096; ++i) bomb.push_back(static_cast<std::uint8_t>(random()));

    const auto start = std::chrono::steady_clock::now();
    const auto result = ImageDecoder().decodeFile(folder.file("bomb.png", bomb));
    const auto elapsed = std::chrono::steady_clock::now() - start;
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::TooLarge);
    CHECK_THAT(result.error().message, Catch::Contains("bomb.png") && Catch::Contains("30000 x 30000"));
    CHECK(elapsed < std::chrono::milliseconds(500));
}

TEST_CASE("oversized dimensions in JPEG, BMP, TIFF, WebP and PNM headers are refused", "[decoder]") {
    const ImageDecoder decoder;
    const cv::Mat small(16, 16, CV_8UC3, bgr(90, 90, 90));

    SECTION("JPEG frame header") {
        Bytes jpeg = encodeWithOpenCv(".jpg", small);
        const std::size_t frame = findJpegSegmentPayload(jpeg, 0xC0);
        REQUIRE(frame != 0);
        jpeg[frame + 1] = 0xEA;  // height 60000
        jpeg[frame + 2] = 0x60;
        jpeg[frame + 3] = 0xEA;  // width 60000
        jpeg[frame + 4] = 0x60;
        const auto result = decoder.decodeBytes(jpeg, "huge.jpg");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::TooLarge);
        CHECK_THAT(result.error().message, Catch::Contains("60000 x 60000"));
    }
    SECTION("BMP info header") {
        Bytes bmp = encodeWithOpenCv(".bmp", small);
        for (std::size_t offset : {18u, 22u}) {
            bmp[offset] = 0x40;  // 40000 little-endian
            bmp[offset + 1] = 0x9C;
            bmp[offset + 2] = 0;
            bmp[offset + 3] = 0;
        }
        const auto result = decoder.decodeBytes(bmp, "huge.bmp");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::TooLarge);
    }
    SECTION("TIFF directory") {
        const Bytes tiff = makeTiff(false, {{256, 4, 100000}, {257, 4, 100000}, {258, 3, 8}, {277, 3, 3}}, {});
        const auto result = decoder.decodeBytes(tiff, "huge.tif");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::TooLarge);
    }
    SECTION("WebP extended header") {
        ByteWriter webp(false);
        webp.text("RIFF").u32(4 + 18).text("WEBP").text("VP8X").u32(10).u8(0).u8(0).u8(0).u8(0);
        webp.u8(0xFF).u8(0x3F).u8(0).u8(0xFF).u8(0x3F).u8(0);  // 16384 x 16384 canvas
        const auto result = decoder.decodeBytes(webp.bytes(), "huge.webp");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::TooLarge);
        CHECK_THAT(result.error().message, Catch::Contains("16384 x 16384"));
    }
    SECTION("PNM header") {
        const std::string ppm = "P6\n50000 50000\n255\n0123456789";
        const auto result = decoder.decodeBytes(Bytes(ppm.begin(), ppm.end()), "huge.ppm");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::TooLarge);
    }
}

TEST_CASE("image variants the codecs cannot decode are refused as UnsupportedFormat", "[decoder]") {
    const ImageDecoder decoder;
    const Bytes jpeg = encodeWithOpenCv(".jpg", cv::Mat(16, 16, CV_8UC3, bgr(90, 90, 90)));
    const std::size_t frame = findJpegSegmentPayload(jpeg, 0xC0);
    REQUIRE(frame != 0);

    SECTION("12-bit JPEG") {
        Bytes twelveBit = jpeg;
        twelveBit[frame] = 12;
        const auto result = decoder.decodeBytes(twelveBit, "medical.jpg");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::UnsupportedFormat);
        CHECK_THAT(result.error().message, Catch::Contains("medical.jpg") && Catch::Contains("12-bit"));
    }
    SECTION("lossless JPEG") {
        Bytes lossless = jpeg;
        lossless[frame - 3] = 0xC3;
        const auto result = decoder.decodeBytes(lossless, "lossless.jpg");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::UnsupportedFormat);
    }
    SECTION("animated WebP") {
        ByteWriter webp(false);
        webp.text("RIFF").u32(4 + 18).text("WEBP").text("VP8X").u32(10).u8(0x02).u8(0).u8(0).u8(0);
        webp.u8(63).u8(0).u8(0).u8(63).u8(0).u8(0);
        const auto result = decoder.decodeBytes(webp.bytes(), "loop.webp");
        REQUIRE_FALSE(result.ok());
        CHECK(result.error().code == ErrorCode::UnsupportedFormat);
        CHECK_THAT(result.error().message, Catch::Contains("animated"));
    }
}

TEST_CASE("the maxPixels and maxFileBytes options are enforced", "[decoder]") {
    const Bytes png = encodeWithOpenCv(".png", cv::Mat(100, 100, CV_8UC3, bgr(5, 5, 5)));

    reunite::DecodeOptions fewPixels;
    fewPixels.maxPixels = 5000;
    const auto pixels = ImageDecoder(fewPixels).decodeBytes(png, "square.png");
    REQUIRE_FALSE(pixels.ok());
    CHECK(pixels.error().code == ErrorCode::TooLarge);
    CHECK_THAT(pixels.error().message, Catch::Contains("100 x 100"));

    reunite::DecodeOptions fewBytes;
    fewBytes.maxFileBytes = png.size() - 1;
    const auto bytes = ImageDecoder(fewBytes).decodeBytes(png, "square.png");
    REQUIRE_FALSE(bytes.ok());
    CHECK(bytes.error().code == ErrorCode::TooLarge);

    reunite::DecodeOptions largeMinimum;
    largeMinimum.minSide = 101;
    const auto small = ImageDecoder(largeMinimum).decodeBytes(png, "square.png");
    REQUIRE_FALSE(small.ok());
    CHECK(small.error().code == ErrorCode::TooSmall);

    CHECK(ImageDecoder().decodeBytes(png, "square.png").ok());
}

TEST_CASE("a truncated JPEG is refused as CorruptData", "[decoder]") {
    ScratchFolder folder;
    cv::Mat picture(64, 64, CV_8UC3);
    cv::randu(picture, cv::Scalar::all(0), cv::Scalar::all(255));
    const Bytes jpeg = encodeWithOpenCv(".jpg", picture);
    const auto result = ImageDecoder().decodeFile(folder.file("cut.jpg", prefix(jpeg, jpeg.size() * 6 / 10)));
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::CorruptData);
    CHECK_THAT(result.error().message, Catch::Contains("cut.jpg") && Catch::Contains("truncated"));
}

TEST_CASE("a truncated PNG is refused as CorruptData", "[decoder]") {
    cv::Mat picture(40, 40, CV_8UC3);
    cv::randu(picture, cv::Scalar::all(0), cv::Scalar::all(255));
    const Bytes png = encodeWithOpenCv(".png", picture);
    const auto result = ImageDecoder().decodeBytes(prefix(png, png.size() - 20), "cut.png");
    REQUIRE_FALSE(result.ok());
    CHECK(result.error().code == ErrorCode::CorruptData);
    CHECK_THAT(result.error().message, Catch::Contains("cut.png") && Catch::Contains("truncated"));
}

TEST_CASE("bytes after the JPEG end marker do not stop decoding", "[decoder]") {
    Bytes jpeg = encodeWithOpenCv(".jpg", cv::Mat(16, 16, CV_8UC3, bgr(0, 0, 200)));
    const std::string trailer = "trailing data written by a phone camera";
    jpeg.insert(jpeg.end(), trailer.begin(), trailer.end());
    const auto result = ImageDecoder().decodeBytes(jpeg, "trailer.jpg");
    REQUIRE(result.ok());
    CHECK(near(rgbAt(result.value().image, 8, 8), {0, 0, 200}, 20));
}

TEST_CASE("every cut-short file is refused and damaged files never crash the decoder", "[decoder][robustness]") {
    cv::Mat picture(16, 16, CV_8UC3);
    cv::randu(picture, cv::Scalar::all(0), cv::Scalar::all(255));
    const ImageDecoder decoder;
    for (const char* extension : {".jpg", ".png", ".bmp", ".tiff", ".webp", ".ppm"}) {
        INFO("format " << extension);
        const Bytes complete = encodeWithOpenCv(extension, picture);
        REQUIRE(decoder.decodeBytes(complete, "whole").ok());

        for (std::size_t length = 1; length < complete.size(); ++length) {
            INFO("cut to " << length << " of " << complete.size() << " bytes");
            bool refused = false;
            REQUIRE_NOTHROW(refused = !decoder.decodeBytes(prefix(complete, length), "cut").ok());
            REQUIRE(refused);
        }

        std::mt19937 random(11);
        for (int trial = 0; trial < 150; ++trial) {
            Bytes damaged = complete;
            const int flips = 1 + static_cast<int>(random() % 8);
            for (int i = 0; i < flips; ++i) damaged[random() % damaged.size()] = static_cast<std::uint8_t>(random());
            INFO("damage trial " << trial);
            std::optional<reunite::Result<DecodedImage>> result;
            REQUIRE_NOTHROW(result.emplace(decoder.decodeBytes(damaged, "damaged")));
            if (result->ok()) {
                checkInvariant(result->value().image);
            } else {
                CHECK_FALSE(result->error().message.empty());
            }
        }
    }
}

// ---- file names -------------------------------------------------------------------------------

TEST_CASE("a file with a Unicode name decodes", "[decoder]") {
    ScratchFolder folder;
    const fs::path name(u8"照片_é.png");
    folder.file(name, encodeWithOpenCv(".png", cv::Mat(12, 10, CV_8UC3, bgr(1, 2, 3))));
    const auto result = ImageDecoder().decodeFile(folder.path() / name);
    REQUIRE(result.ok());
    CHECK(result.value().image.width == 10);
    CHECK(result.value().image.height == 12);
    CHECK(rgbAt(result.value().image, 4, 4) == Rgb{1, 2, 3});
}

// ---- conversions ------------------------------------------------------------------------------

TEST_CASE("a grayscale PNG becomes RGB with equal channels", "[decoder]") {
    cv::Mat gray(8, 32, CV_8UC1);
    for (int x = 0; x < 32; ++x) gray.col(x).setTo(x * 8);
    const auto result = ImageDecoder().decodeBytes(encodeWithOpenCv(".png", gray), "gray.png");
    REQUIRE(result.ok());
    CHECK(result.value().sourceChannels == 1);
    for (int x = 0; x < 32; ++x) {
        INFO("column " << x);
        CHECK(rgbAt(result.value().image, x, 3) == Rgb{x * 8, x * 8, x * 8});
    }
}

TEST_CASE("a grayscale JPEG becomes RGB with equal channels", "[decoder]") {
    const auto result =
        ImageDecoder().decodeBytes(encodeWithOpenCv(".jpg", cv::Mat(16, 16, CV_8UC1, cv::Scalar(77))), "gray.jpg");
    REQUIRE(result.ok());
    const Rgb pixel = rgbAt(result.value().image, 7, 7);
    CHECK(pixel[0] == pixel[1]);
    CHECK(pixel[1] == pixel[2]);
    CHECK(std::abs(pixel[0] - 77) <= 2);
}

TEST_CASE("16-bit PNGs are scaled to 8 bits", "[decoder]") {
    SECTION("grayscale") {
        cv::Mat deep(8, 16, CV_16UC1);
        const std::array<int, 4> stored{0, 1000, 128 * 257, 65535};
        const std::array<int, 4> expected{0, 4, 128, 255};
        for (int block = 0; block < 4; ++block) deep(cv::Rect(block * 4, 0, 4, 8)).setTo(stored[block]);
        const auto result = ImageDecoder().decodeBytes(encodeWithOpenCv(".png", deep), "deep.png");
        REQUIRE(result.ok());
        CHECK(result.value().sourceBitDepth == 16);
        for (int block = 0; block < 4; ++block) {
            const int v = expected[block];
            CHECK(rgbAt(result.value().image, block * 4 + 1, 4) == Rgb{v, v, v});
        }
    }
    SECTION("colour keeps the channel order") {
        const cv::Mat deep(8, 8, CV_16UC3, cv::Scalar(0, 128 * 257, 65535));  // B, G, R
        const auto result = ImageDecoder().decodeBytes(encodeWithOpenCv(".png", deep), "deep-colour.png");
        REQUIRE(result.ok());
        CHECK(result.value().sourceBitDepth == 16);
        CHECK(rgbAt(result.value().image, 3, 3) == Rgb{255, 128, 0});
    }
}

TEST_CASE("alpha is composited onto white", "[decoder]") {
    SECTION("RGBA PNG") {
        cv::Mat rgba(8, 24, CV_8UC4);
        rgba(cv::Rect(0, 0, 8, 8)).setTo(cv::Scalar(0, 0, 255, 0));     // transparent red
        rgba(cv::Rect(8, 0, 8, 8)).setTo(cv::Scalar(255, 0, 0, 255));   // opaque blue
        rgba(cv::Rect(16, 0, 8, 8)).setTo(cv::Scalar(0, 0, 0, 128));    // half-transparent black
        const auto result = ImageDecoder().decodeBytes(encodeWithOpenCv(".png", rgba), "sticker.png");
        REQUIRE(result.ok());
        CHECK(result.value().sourceChannels == 4);
        CHECK(rgbAt(result.value().image, 3, 3) == kWhite);
        CHECK(rgbAt(result.value().image, 11, 3) == kBlue);
        CHECK(near(rgbAt(result.value().image, 19, 3), {127, 127, 127}, 1));
    }
    SECTION("gray+alpha PNG") {
        std::vector<Bytes> rows;
        for (int y = 0; y < 8; ++y) {
            Bytes row;
            for (int x = 0; x < 8; ++x) {
                const std::array<std::array<std::uint8_t, 2>, 4> grayAlpha{{{0, 0}, {0, 255}, {200, 255}, {0, 128}}};
                row.insert(row.end(), grayAlpha[x / 2].begin(), grayAlpha[x / 2].end());
            }
            rows.push_back(row);
        }
        const auto result = ImageDecoder().decodeBytes(makePng(8, 8, 8, 4, rows), "gray-alpha.png");
        REQUIRE(result.ok());
        CHECK(result.value().sourceChannels == 2);
        CHECK(rgbAt(result.value().image, 0, 0) == kWhite);
        CHECK(rgbAt(result.value().image, 2, 0) == Rgb{0, 0, 0});
        CHECK(rgbAt(result.value().image, 4, 0) == Rgb{200, 200, 200});
        CHECK(near(rgbAt(result.value().image, 6, 0), {127, 127, 127}, 1));
    }
    SECTION("palette PNG with a transparent entry") {
        const Bytes palette = ByteWriter().u8(255).u8(0).u8(0).u8(0).u8(255).u8(0).bytes();
        const Bytes chunks = ByteWriter().append(pngChunk("PLTE", palette)).append(pngChunk("tRNS", {0})).bytes();
        std::vector<Bytes> rows(8, Bytes{0, 0, 0, 0, 1, 1, 1, 1});
        const auto result = ImageDecoder().decodeBytes(makePng(8, 8, 8, 3, rows, chunks), "palette.png");
        REQUIRE(result.ok());
        CHECK(rgbAt(result.value().image, 1, 1) == kWhite);
        CHECK(rgbAt(result.value().image, 6, 1) == kGreen);
    }
}

// 8x8, 32 bits per pixel, BI_BITFIELDS. A 40-byte header carries no alpha mask, so the fourth
// byte is padding; a 124-byte (v5) header names it alpha.
Bytes makeBitfieldsBmp(bool withAlphaMask, std::uint8_t fourthByte) {
    const std::uint32_t infoSize = withAlphaMask ? 124 : 40;
    const std::uint32_t masksSize = withAlphaMask ? 0 : 12;
    const std::uint32_t pixelOffset = 14 + infoSize + masksSize;
    ByteWriter bmp(false);
    bmp.text("BM").u32(pixelOffset + 8 * 8 * 4).u32(0).u32(pixelOffset);
    bmp.u32(infoSize).u32(8).u32(8).u16(1).u16(32).u32(3).u32(8 * 8 * 4).u32(2835).u32(2835).u32(0).u32(0);
    bmp.u32(0x00FF0000).u32(0x0000FF00).u32(0x000000FF);
    if (withAlphaMask) {
        bmp.u32(0xFF000000);
        while (bmp.size() < 14 + infoSize) bmp.u8(0);
    }
    for (int i = 0; i < 8 * 8; ++i) bmp.u8(200).u8(20).u8(10).u8(fourthByte);  // B, G, R, A
    return bmp.bytes();
}

TEST_CASE("32-bit BMPs: padding bytes are not alpha, a real alpha mask is", "[decoder]") {
    const auto padded = ImageDecoder().decodeBytes(makeBitfieldsBmp(false, 0), "padded.bmp");
    REQUIRE(padded.ok());
    CHECK(rgbAt(padded.value().image, 4, 4) == Rgb{10, 20, 200});

    const auto halfTransparent = ImageDecoder().decodeBytes(makeBitfieldsBmp(true, 128), "alpha.bmp");
    REQUIRE(halfTransparent.ok());
    CHECK(near(rgbAt(halfTransparent.value().image, 4, 4), {132, 137, 228}, 1));
}

TEST_CASE("a CMYK JPEG is converted to RGB", "[decoder]") {
    // Adobe CMYK stores inverted ink amounts: C=0%, M=50%, Y=100%, K=0% is an orange.
    const Bytes cmyk = makeFlatCmykJpeg(16, 16, {255, 128, 0, 255});
    const auto result = ImageDecoder().decodeBytes(cmyk, "press.jpg");
    REQUIRE(result.ok());
    CHECK(result.value().format == "jpeg");
    CHECK(result.value().sourceChannels == 4);
    const Rgb pixel = rgbAt(result.value().image, 8, 8);
    INFO("decoded " << describe(pixel));
    CHECK(near(pixel, {255, 128, 0}, 4));
}

// ---- orientation ------------------------------------------------------------------------------

TEST_CASE("EXIF orientation in a JPEG is applied for all eight values", "[decoder][exif]") {
    const Bytes plain = encodeWithOpenCv(".jpg", quadrantImage(), {cv::IMWRITE_JPEG_QUALITY, 95});
    const ImageDecoder decoder;
    for (bool bigEndian : {false, true}) {
        for (const OrientationCase& orientationCase : kOrientationCases) {
            INFO("orientation " << orientationCase.orientation << (bigEndian ? " big-endian" : " little-endian"));
            const Bytes jpeg = insertAfterSoi(plain, exifApp1(exifTiffBlock(orientationCase.orientation, bigEndian)));
            const auto result = decoder.decodeBytes(jpeg, "camera.jpg");
            REQUIRE(result.ok());
            checkUpright(result.value(), orientationCase, 40);
        }
    }
}

TEST_CASE("EXIF orientation in a PNG eXIf chunk is applied exactly", "[decoder][exif]") {
    const cv::Mat stored = quadrantImage();
    std::vector<Bytes> rows;
    for (int y = 0; y < stored.rows; ++y) {
        Bytes row;
        for (int x = 0; x < stored.cols; ++x) {
            const auto& p = stored.at<cv::Vec3b>(y, x);
            row.insert(row.end(), {p[2], p[1], p[0]});
        }
        rows.push_back(row);
    }
    for (const OrientationCase& orientationCase : kOrientationCases) {
        INFO("orientation " << orientationCase.orientation);
        const Bytes exif = pngChunk("eXIf", exifTiffBlock(orientationCase.orientation, true));
        const auto result = ImageDecoder().decodeBytes(makePng(64, 32, 8, 2, rows, exif), "screenshot.png");
        REQUIRE(result.ok());
        checkUpright(result.value(), orientationCase, 0);
    }
}

// Rewraps a simple WebP (one VP8 or VP8L chunk) as an extended WebP with an EXIF chunk.
Bytes webpWithExif(const Bytes& simpleWebp, int width, int height, const Bytes& exifTiff) {
    constexpr std::uint8_t kExifFlag = 0x08;
    ByteWriter body(false);
    body.text("WEBP").text("VP8X").u32(10).u8(kExifFlag).u8(0).u8(0).u8(0);
    body.u8((width - 1) & 0xFF).u8((width - 1) >> 8).u8(0).u8((height - 1) & 0xFF).u8((height - 1) >> 8).u8(0);
    body.append(Bytes(simpleWebp.begin() + 12, simpleWebp.end()));
    body.text("EXIF").u32(static_cast<std::uint32_t>(exifTiff.size())).append(exifTiff);
    if (exifTiff.size() % 2 == 1) body.u8(0);
    return ByteWriter(false).text("RIFF").u32(static_cast<std::uint32_t>(body.size())).append(body.bytes()).bytes();
}

TEST_CASE("EXIF orientation in a WebP EXIF chunk is applied", "[decoder][exif]") {
    const Bytes lossless = encodeWithOpenCv(".webp", quadrantImage(), {cv::IMWRITE_WEBP_QUALITY, 101});
    for (int index : {2, 5, 7}) {
        const OrientationCase& orientationCase = kOrientationCases[index];
        INFO("orientation " << orientationCase.orientation);
        const Bytes webp = webpWithExif(lossless, 64, 32, exifTiffBlock(orientationCase.orientation, false));
        const auto result = ImageDecoder().decodeBytes(webp, "phone.webp");
        REQUIRE(result.ok());
        checkUpright(result.value(), orientationCase, 0);
    }
}

TEST_CASE("TIFF orientation is applied exactly once", "[decoder][exif]") {
    for (bool bigEndian : {false, true}) {
        for (const OrientationCase& orientationCase : kOrientationCases) {
            INFO("orientation " << orientationCase.orientation << (bigEndian ? " big-endian" : " little-endian"));
            const Bytes tiff = makeRgbTiff(quadrantImage(), orientationCase.orientation, bigEndian);
            const auto result = ImageDecoder().decodeBytes(tiff, "scan.tif");
            REQUIRE(result.ok());
            checkUpright(result.value(), orientationCase, 0);
        }
    }
}

TEST_CASE("malformed EXIF is ignored, not fatal", "[decoder][exif]") {
    const Bytes plain = encodeWithOpenCv(".jpg", quadrantImage(), {cv::IMWRITE_JPEG_QUALITY, 95});
    const Bytes valid = exifTiffBlock(6, false);

    Bytes offsetPastEnd = valid;
    offsetPastEnd[4] = 0xF0;
    Bytes hugeEntryCount = valid;
    hugeEntryCount[8] = 0xFF;
    hugeEntryCount[9] = 0xFF;
    Bytes outOfRangeValue = valid;
    outOfRangeValue[18] = 9;
    Bytes textTyped = valid;
    textTyped[12] = 2;
    Bytes wrongMagic = valid;
    wrongMagic[2] = 41;

    struct MalformedCase {
        std::string what;
        Bytes payload;
        int expectedOrientation;
    };
    const std::vector<MalformedCase> cases{
        {"identifier only", {}, 1},
        {"cut header", prefix(valid, 5), 1},
        {"cut directory", prefix(valid, 13), 1},
        {"directory offset past the end", offsetPastEnd, 1},
        {"orientation 9", outOfRangeValue, 1},
        {"orientation typed as text", textTyped, 1},
        {"not TIFF", wrongMagic, 1},
        // Only the entries that fit are read; the one real entry still counts.
        {"65535 entries announced", hugeEntryCount, 6},
    };
    for (const auto& malformed : cases) {
        INFO(malformed.what);
        const auto result = ImageDecoder().decodeBytes(insertAfterSoi(plain, exifApp1(malformed.payload)), "odd.jpg");
        REQUIRE(result.ok());
        CHECK(result.value().exifOrientation == malformed.expectedOrientation);
        const bool swapped = malformed.expectedOrientation >= 5;
        CHECK(result.value().image.width == (swapped ? 32 : 64));
        CHECK(result.value().image.height == (swapped ? 64 : 32));
    }
}

// ---- JPEG data the decoder has to repair, and huge JPEGs ---------------------------------------

TEST_CASE("a JPEG with damaged data decodes and says so, a clean one does not", "[decoder][jpeg]") {
    cv::Mat picture(64, 96, CV_8UC3, bgr(120, 90, 60));
    picture(cv::Rect(36, 20, 24, 24)).setTo(bgr(240, 200, 10));
    const Bytes clean = encodeWithOpenCv(".jpg", picture, {cv::IMWRITE_JPEG_QUALITY, 90});
    const auto fine = ImageDecoder().decodeBytes(clean, "clean.jpg");
    REQUIRE(fine.ok());
    CHECK_FALSE(fine.value().damagedData);
    CHECK(fine.value().reducedBy == 1);

    // Bytes that belong to no segment before the end marker: libjpeg warns "Corrupt JPEG data:
    // extraneous bytes before marker 0xd9" and OpenCV's codec would only print it.
    Bytes damaged(clean.begin(), clean.end() - 2);
    damaged.insert(damaged.end(), {0x12, 0x34, 0x56, 0x78, 0xFF, 0xD9});
    const auto repaired = ImageDecoder().decodeBytes(damaged, "damaged.jpg");
    REQUIRE(repaired.ok());
    CHECK(repaired.value().damagedData);
    CHECK(repaired.value().image.width == 96);
    CHECK(near(rgbAt(repaired.value().image, 48, 32), {240, 200, 10}, 30));
}

TEST_CASE("a JPEG above the reduction limit is decoded at 1/2, 1/4 or 1/8 size and says so", "[decoder][jpeg]") {
    cv::Mat picture(300, 400, CV_8UC3, bgr(20, 160, 90));
    picture(cv::Rect(200, 0, 200, 300)).setTo(bgr(200, 20, 40));
    const Bytes encoded = encodeWithOpenCv(".jpg", picture, {cv::IMWRITE_JPEG_QUALITY, 95});
    reunite::DecodeOptions options;
    options.reduceAbovePixels = 40'000;  // 120,000 pixels: 1/2 gives 30,000
    const auto half = reunite::ImageDecoder(options).decodeBytes(encoded, "large.jpg");
    REQUIRE(half.ok());
    CHECK(half.value().reducedBy == 2);
    CHECK(half.value().image.width == 200);
    CHECK(half.value().image.height == 150);
    CHECK(near(rgbAt(half.value().image, 50, 75), {20, 160, 90}, 30));
    CHECK(near(rgbAt(half.value().image, 150, 75), {200, 20, 40}, 30));

    options.reduceAbovePixels = 1'000;  // even 1/8 (50 x 37) is above it: 1/8 is the most there is
    const auto eighth = reunite::ImageDecoder(options).decodeBytes(encoded, "large.jpg");
    REQUIRE(eighth.ok());
    CHECK(eighth.value().reducedBy == 8);
    CHECK(eighth.value().image.width == 50);

    const auto whole = ImageDecoder().decodeBytes(encoded, "large.jpg");
    REQUIRE(whole.ok());
    CHECK(whole.value().reducedBy == 1);
    CHECK(whole.value().image.width == 400);
}
