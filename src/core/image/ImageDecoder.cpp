#include "core/image/ImageDecoder.h"

#include <opencv2/core.hpp>
#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include <algorithm>
#include <climits>
#include <cstdio>
#include <new>
#include <optional>
#include <utility>

#include "domain/FileBytes.h"
#include "domain/Utf8Text.h"
#include "core/image/ImageHeaderProbe.h"
#include "core/image/internal/JpegDecoding.h"

namespace reunite {
namespace {

// OpenCV's own decoding limits (CV_IO_MAX_IMAGE_WIDTH/HEIGHT/PIXELS defaults); beyond them it refuses.
constexpr std::uint64_t kLibraryMaxSide = 1u << 20;
constexpr std::uint64_t kLibraryMaxPixels = 1u << 30;

std::string withOneDecimal(double value) {
    char text[64];
    std::snprintf(text, sizeof text, "%.1f", value);
    return text;
}

std::string pixelCount(std::uint64_t pixels) {
    if (pixels < 1'000'000) return std::to_string(pixels) + " pixels";
    return withOneDecimal(static_cast<double>(pixels) / 1e6) + " megapixels";
}

std::string megabytes(std::uint64_t bytes) {
    return withOneDecimal(static_cast<double>(bytes) / (1024.0 * 1024.0)) + " MB";
}

std::string sizeText(std::uint64_t width, std::uint64_t height) {
    return std::to_string(width) + " x " + std::to_string(height) + " pixels";
}

std::uint64_t saturatingMultiply(std::uint64_t a, std::uint64_t b) {
    if (a != 0 && b > UINT64_MAX / a) return UINT64_MAX;
    return a * b;
}

// Checks the header's size against the limits before any pixel buffer exists.
std::optional<Error> checkDimensions(const ImageHeader& header, const DecodeOptions& options, const std::string& name) {
    if (header.width == 0 || header.height == 0) {
        return makeError(ErrorCode::CorruptData, name + " is damaged: its header states a size of " +
                                                     sizeText(header.width, header.height));
    }
    const std::uint64_t pixels = saturatingMultiply(header.width, header.height);
    const std::uint64_t pixelLimit = std::min(options.maxPixels, kLibraryMaxPixels);
    if (pixels > pixelLimit) {
        return makeError(ErrorCode::TooLarge, name + " is too large: " + sizeText(header.width, header.height) + " (" +
                                                  pixelCount(pixels) + "); the limit is " + pixelCount(pixelLimit));
    }
    if (header.width > kLibraryMaxSide || header.height > kLibraryMaxSide) {
        return makeError(ErrorCode::TooLarge, name + " is too large: " + sizeText(header.width, header.height) +
                                                  "; no side may exceed " + std::to_string(kLibraryMaxSide) +
                                                  " pixels");
    }
    const auto minSide = static_cast<std::uint64_t>(std::max(options.minSide, 0));
    if (header.width < minSide || header.height < minSide) {
        return makeError(ErrorCode::TooSmall, name + " is too small: " + sizeText(header.width, header.height) +
                                                  "; each side must be at least " + std::to_string(minSide) +
                                                  " pixels to hold a face");
    }
    return std::nullopt;
}

// Reduces a decoded raster to 8 bits per channel: 16-bit scaled by 1/257 (65535 -> 255),
// floating point taken as 0..1. False for other sample types.
bool reduceToEightBit(cv::Mat& pixels) {
    switch (pixels.depth()) {
    case CV_8U: return true;
    case CV_16U: pixels.convertTo(pixels, CV_8U, 1.0 / 257.0); return true;
    case CV_32F:
    case CV_64F: pixels.convertTo(pixels, CV_8U, 255.0); return true;
    default: return false;
    }
}

// Blends colour channels over white using the last channel as alpha; 2 -> 1 or 4 -> 3 channels.
cv::Mat compositeOntoWhite(const cv::Mat& withAlpha) {
    const int channels = withAlpha.channels();
    const int colourChannels = channels - 1;
    cv::Mat composited(withAlpha.rows, withAlpha.cols, CV_8UC(colourChannels));
    for (int y = 0; y < withAlpha.rows; ++y) {
        const std::uint8_t* in = withAlpha.ptr<std::uint8_t>(y);
        std::uint8_t* out = composited.ptr<std::uint8_t>(y);
        for (int x = 0; x < withAlpha.cols; ++x) {
            const int alpha = in[x * channels + colourChannels];
            for (int c = 0; c < colourChannels; ++c) {
                const int colour = in[x * channels + c];
                out[x * colourChannels + c] =
                    static_cast<std::uint8_t>((colour * alpha + 255 * (255 - alpha) + 127) / 255);
            }
        }
    }
    return composited;
}

bool alphaIsAllZero(const cv::Mat& withAlpha) {
    cv::Mat alpha;
    cv::extractChannel(withAlpha, alpha, withAlpha.channels() - 1);
    return cv::countNonZero(alpha) == 0;
}

// Turns 8-bit gray, gray+alpha, BGR or BGRA into opaque 3-channel BGR (OpenCV's order).
// With distrustZeroAlpha an alpha channel that is zero everywhere is taken as unused padding
// (common in 32-bit BMPs) and dropped instead of making the whole image white.
// False for other channel counts.
bool makeOpaqueBgr(cv::Mat& pixels, bool distrustZeroAlpha) {
    if (pixels.channels() == 4 && distrustZeroAlpha && alphaIsAllZero(pixels)) {
        cv::cvtColor(pixels, pixels, cv::COLOR_BGRA2BGR);
    }
    if (pixels.channels() == 2 || pixels.channels() == 4) pixels = compositeOntoWhite(pixels);
    if (pixels.channels() == 1) cv::cvtColor(pixels, pixels, cv::COLOR_GRAY2BGR);
    return pixels.channels() == 3;
}

// Writes the stored raster, turned upright for EXIF orientation 1..8, into upright, which
// already has the upright size and type (so OpenCV writes into its buffer instead of replacing it).
void writeUpright(const cv::Mat& stored, int orientation, cv::Mat& upright) {
    switch (orientation) {
    case 2: cv::flip(stored, upright, 1); break;
    case 3: cv::rotate(stored, upright, cv::ROTATE_180); break;
    case 4: cv::flip(stored, upright, 0); break;
    case 5: cv::transpose(stored, upright); break;
    case 6: cv::rotate(stored, upright, cv::ROTATE_90_CLOCKWISE); break;
    case 7: {
        cv::Mat rotated;
        cv::rotate(stored, rotated, cv::ROTATE_90_CLOCKWISE);
        cv::flip(rotated, upright, 0);
        break;
    }
    case 8: cv::rotate(stored, upright, cv::ROTATE_90_COUNTERCLOCKWISE); break;
    default: stored.copyTo(upright); break;
    }
}

void swapRedAndBlue(Image& image) {
    for (std::size_t i = 0; i + 2 < image.pixels.size(); i += 3) std::swap(image.pixels[i], image.pixels[i + 2]);
}

std::string formatTitle(ImageFormat format) {
    switch (format) {
    case ImageFormat::Jpeg: return "JPEG";
    case ImageFormat::Png: return "PNG";
    case ImageFormat::Bmp: return "BMP";
    case ImageFormat::Tiff: return "TIFF";
    case ImageFormat::WebP: return "WebP";
    case ImageFormat::Pnm: return "PNM";
    case ImageFormat::Unknown: break;
    }
    return "image";
}

int bitDepthOf(const cv::Mat& mat) {
    switch (mat.depth()) {
    case CV_16U: return 16;
    case CV_32F: return 32;
    case CV_64F: return 64;
    default: return 8;
    }
}

cv::Mat decodeWithOpenCv(std::span<const std::uint8_t> bytes) {
    const cv::Mat encoded(1, static_cast<int>(bytes.size()), CV_8UC1, const_cast<std::uint8_t*>(bytes.data()));
    try {
        return cv::imdecode(encoded, cv::IMREAD_UNCHANGED);
    } catch (const cv::Exception&) {
        return {};
    }
}

Result<DecodedImage> decodeChecked(std::span<const std::uint8_t> bytes, const std::string& name,
                                   const DecodeOptions& options) {
    if (bytes.empty()) return makeError(ErrorCode::EmptyFile, name + " is empty (0 bytes)");
    if (bytes.size() > options.maxFileBytes || bytes.size() > static_cast<std::size_t>(INT_MAX)) {
        return makeError(ErrorCode::TooLarge, name + " is too large: " + megabytes(bytes.size()) + "; the limit is " +
                                                  megabytes(std::min<std::uint64_t>(options.maxFileBytes, INT_MAX)));
    }

    const auto probed = probeImageHeader(bytes, name);
    if (!probed) return probed.error();
    const ImageHeader& header = probed.value();
    if (const auto refusal = checkDimensions(header, options, name)) return *refusal;
    if (!header.complete) {
        return makeError(ErrorCode::CorruptData,
                         name + " is truncated: the file ends before the image data is complete "
                                "(was it only partly copied or downloaded?)");
    }

    cv::Mat decoded;
    DecodedImage result;
    // libjpeg-turbo decodes every JPEG but CMYK/YCCK ones (4 channels), which OpenCV converts;
    // a JPEG it refuses is damaged (OpenCV's codec is the same library: no second attempt).
    if (header.format == ImageFormat::Jpeg && header.channels != 4) {
        if (std::optional<internal::DecodedJpeg> jpeg = internal::decodeJpeg(bytes, options.reduceAbovePixels)) {
            decoded = std::move(jpeg->bgr);
            result.reducedBy = jpeg->reducedBy;
            result.damagedData = jpeg->damagedData;
        }
    } else {
        decoded = decodeWithOpenCv(bytes);
    }
    if (decoded.empty()) {
        return makeError(ErrorCode::CorruptData, name + " could not be decoded: its " + formatTitle(header.format) +
                                                     " data is damaged or uses a variant that is not supported");
    }
    if (static_cast<std::uint64_t>(decoded.total()) > options.maxPixels) {
        return makeError(ErrorCode::TooLarge, name + " is too large: " + sizeText(decoded.cols, decoded.rows));
    }

    const int decodedChannels = decoded.channels();
    const int decodedBitDepth = bitDepthOf(decoded);
    cv::Mat pixels = std::move(decoded);
    if (!reduceToEightBit(pixels)) {
        return makeError(ErrorCode::UnsupportedFormat, name + " uses a pixel type that is not supported");
    }
    if (!makeOpaqueBgr(pixels, header.format == ImageFormat::Bmp)) {
        return makeError(ErrorCode::UnsupportedFormat, name + " has " + std::to_string(decodedChannels) +
                                                           " colour channels, which is not supported");
    }

    // OpenCV's TIFF decoder honours the TIFF orientation tag itself; for the other formats
    // IMREAD_UNCHANGED leaves the raster as stored.
    const int orientationToApply = header.format == ImageFormat::Tiff ? 1 : header.orientation;
    const bool swapsSides = orientationToApply >= 5;
    result.image = Image::blank(swapsSides ? pixels.rows : pixels.cols, swapsSides ? pixels.cols : pixels.rows);
    cv::Mat upright(result.image.height, result.image.width, CV_8UC3, result.image.pixels.data());
    writeUpright(pixels, orientationToApply, upright);
    if (upright.data != result.image.pixels.data()) {
        return makeError(ErrorCode::Internal, name + " could not be decoded: the upright image has an unexpected size");
    }
    pixels.release();
    swapRedAndBlue(result.image);
    result.format = imageFormatName(header.format);
    result.exifOrientation = header.orientation;
    result.sourceChannels = header.channels > 0 ? header.channels : decodedChannels;
    result.sourceBitDepth = header.bitDepth > 0 ? header.bitDepth : decodedBitDepth;
    return result;
}

}  // namespace

ImageDecoder::ImageDecoder(DecodeOptions options) : options_(options) {}

Result<DecodedImage> ImageDecoder::decodeFile(const std::filesystem::path& path) const {
    try {
        auto bytes = readFileBytes(path, options_.maxFileBytes);
        if (!bytes) return bytes.error();
        return decodeChecked(bytes.value(), pathText(path), options_);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::TooLarge, pathText(path) + " needs more memory to decode than is available");
    } catch (const std::exception& error) {
        return makeError(ErrorCode::Internal, pathText(path) + " could not be decoded: " + error.what());
    } catch (...) {
        return makeError(ErrorCode::Internal, pathText(path) + " could not be decoded: unexpected failure");
    }
}

Result<DecodedImage> ImageDecoder::decodeBytes(std::span<const std::uint8_t> bytes,
                                               const std::string& nameForMessages) const {
    try {
        return decodeChecked(bytes, nameForMessages, options_);
    } catch (const std::bad_alloc&) {
        return makeError(ErrorCode::TooLarge, nameForMessages + " needs more memory to decode than is available");
    } catch (const std::exception& error) {
        return makeError(ErrorCode::Internal, nameForMessages + " could not be decoded: " + error.what());
    } catch (...) {
        return makeError(ErrorCode::Internal, nameForMessages + " could not be decoded: unexpected failure");
    }
}

}  // namespace reunite
