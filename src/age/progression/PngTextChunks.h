#pragma once
// PNG tEXt chunks: adding keyword/text pairs to an encoded PNG and reading them back.
// OpenCV cannot write text chunks, so this works on the encoded bytes: new chunks go right after
// IHDR, each with its big-endian length and CRC-32 (ISO 3309, as the PNG spec requires).
// Keywords: 1-79 printable Latin-1 characters, no leading/trailing/double spaces; text: no NUL.
// Reading checks the signature and every chunk's length and CRC; a damaged file is an error.
// Thread safety: pure functions.
#include <cstdint>
#include <filesystem>
#include <span>
#include <string>
#include <vector>

#include "core/image/Image.h"
#include "domain/Result.h"

namespace reunite {

struct PngTextEntry {
    std::string keyword;
    std::string text;
};

std::uint32_t pngCrc32(std::span<const std::uint8_t> bytes);

Result<std::vector<std::uint8_t>> insertPngTextChunks(std::span<const std::uint8_t> png,
                                                      const std::vector<PngTextEntry>& entries);
Result<std::vector<PngTextEntry>> readPngTextChunks(std::span<const std::uint8_t> png);

// Encodes an RGB image as PNG with the given text chunks and writes it whole, readable by its
// owner only (0600: an age-progressed face is personal data), replacing the file.
Status writePngWithText(const std::filesystem::path& path, const Image& image, const std::vector<PngTextEntry>& entries);
Result<std::vector<PngTextEntry>> readPngTextFile(const std::filesystem::path& path);

}  // namespace reunite
