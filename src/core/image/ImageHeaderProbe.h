#pragma once
// ImageHeaderProbe: recognises an image container by its leading bytes and reads its pixel size
// without decoding, so that limits can be enforced before any pixel buffer exists. It also walks
// the container to tell whether it is complete (JPEG up to EOI, PNG up to IEND, declared data
// sizes present for BMP, TIFF, WebP and binary PNM) and reads the EXIF/TIFF orientation.
// Formats: JPEG, PNG, BMP, TIFF (classic and BigTIFF), WebP (VP8, VP8L, VP8X), PNM (P1-P7).
// Contract: reads only inside the given bytes; every input yields a value or an Error
// (UnsupportedFormat for unknown or undecodable variants, CorruptData for damaged or cut headers).
// Thread safety: pure functions.
#include <cstdint>
#include <span>
#include <string>

#include "domain/Result.h"

namespace reunite {

enum class ImageFormat { Unknown, Jpeg, Png, Bmp, Tiff, WebP, Pnm };

// Lower-case short name: "jpeg", "png", "bmp", "tiff", "webp", "pnm", "unknown".
const char* imageFormatName(ImageFormat format);

// Format from the magic bytes alone; Unknown when none matches.
ImageFormat sniffImageFormat(std::span<const std::uint8_t> bytes);

struct ImageHeader {
    ImageFormat format = ImageFormat::Unknown;
    std::uint64_t width = 0;   // as stored, before any orientation is applied
    std::uint64_t height = 0;
    int channels = 0;          // stored channels (4 for a CMYK JPEG or RGBA PNG); 0 if unknown
    int bitDepth = 0;          // bits per channel; 0 if unknown
    int orientation = 1;       // EXIF (JPEG, PNG, WebP) or TIFF orientation, 1..8
    bool complete = false;     // false when the file ends before the image data it declares
};

Result<ImageHeader> probeImageHeader(std::span<const std::uint8_t> bytes, const std::string& nameForMessages);

}  // namespace reunite
