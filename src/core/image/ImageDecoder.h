#pragma once
// ImageDecoder: turns image files or bytes into an upright 8-bit RGB Image.
// Inputs: any file OpenCV's codecs read (JPEG, PNG, BMP, TIFF, WebP, PNM), by a UTF-8 path.
// Guarantees: EXIF orientation applied; grayscale, CMYK, 16-bit and alpha inputs converted
// (alpha composited onto white); the pixel count read from the header is checked against
// maxPixels BEFORE any pixel buffer is allocated; large JPEGs are decoded reduced and JPEGs with
// damaged data are decoded as far as possible, both said in the DecodedImage; every failure is a Result error with a message
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
    // A JPEG with more pixels is decoded at 1/2, 1/4 or 1/8 of its size (DCT scaling), so that a
    // worker holds at most about 16 MP (48 MB) of it; CMYK JPEGs and other formats are decoded
    // whole (up to maxPixels).
    std::uint64_t reduceAbovePixels = 16'000'000;
    std::uint64_t maxFileBytes = 256ull << 20;
    int minSide = 8;                       // smaller images cannot hold a face
};

struct DecodedImage {
    Image image;                 // upright RGB
    std::string format;          // "jpeg", "png", ...
    int exifOrientation = 1;     // 1..8 as stored in the file (1 = upright or none)
    int sourceChannels = 3;
    int sourceBitDepth = 8;
    int reducedBy = 1;         // > 1: a large JPEG decoded at 1/reducedBy of its stored size
    bool damagedData = false;  // the JPEG decoder met damaged data ("Corrupt JPEG data") and filled in
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
