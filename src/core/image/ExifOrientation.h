#pragma once
// Bounds-checked reading of TIFF structures: the first directory of a TIFF file (classic or
// BigTIFF, either byte order) and the Orientation tag of an EXIF block, which is TIFF-structured.
// Contract: never reads outside the given bytes; malformed input gives std::nullopt (or orientation 1).
// Thread safety: pure functions.
#include <cstdint>
#include <optional>
#include <span>

namespace reunite {

struct TiffFirstDirectory {
    std::uint64_t width = 0;
    std::uint64_t height = 0;
    int samplesPerPixel = 1;
    int bitsPerSample = 1;
    int orientation = 1;                // 1..8; 1 when absent or out of range
    std::optional<std::uint64_t> dataEnd;  // end offset of the last strip or tile, when listed
};

// Reads the first image directory of a TIFF structure. nullopt when the header or directory
// lies outside the bytes or is not TIFF at all.
std::optional<TiffFirstDirectory> readTiffFirstDirectory(std::span<const std::uint8_t> tiff);

// Orientation (tag 0x0112) of an EXIF block: the TIFF structure that follows "Exif\0\0".
// Returns 1..8; 1 when the tag is absent or the block is malformed.
int readExifOrientation(std::span<const std::uint8_t> exifTiff);

}  // namespace reunite
