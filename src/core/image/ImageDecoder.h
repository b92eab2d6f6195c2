#pragma once
// ImageDecoder: turns image files or bytes into an upright 8-bit RGB Image.
// Inputs: any file OpenCV's codecs read (JPEG, PNG, BMP, TIFF, WebP, PNM), by a UTF-8 path.
// Guarantees: EXIF orientation applied; grayscale, CMYK, 16-bit and alpha inputs converted
// (alpha composited onto white); the pixel count read from the header is checked against
// maxPixels BEFORE any pixel buffer is allocated; every failure is a Result error with a message
// fit for the user (missing file, directory, empty, truncated, not an image, too large, too small).
// Thread safety: const methods, no shared state; safe to use from many threads.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>

#include "core/image/Image.h"
#include "domain/Result.h"

namespace reunite {

struct DecodeOptions {
    std::uint64_t maxPixels = 64'000'000;  // refuse larger images (decompression bombs)
    std::uint64_t maxFileBytes = 256ull << 20;
    int minSide = 8;                       // smaller images cannot hold a face
};

struct DecodedImage {
    Image image;                 // upright RGB
    std::string format;          // "jpeg", "png", ...
    int exifOrientation = 1;     // 1..8 as stored in the file (1 = upright or none)
    int sourceChannels = 3;
    int sourceBitDepth = 8;
};

class ImageDecoder {
public:
    explicit ImageDecoder(DecodeOptions options = {});

    Result<DecodedImage> decodeFile(const std::filesystem::path& path) const;
    Result<DecodedImage> decodeBytes(std::span<const std::uint8_t> bytes, const std::string& nameForMessages) const;

    const DecodeOptions& options() const { return options_; }

private:
    DecodeOptions options_;
};

}  // namespace reunite
