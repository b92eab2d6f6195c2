#include "age/progression/PngTextChunks.h"

#include <algorithm>
#include <array>
#include <cstring>
#include <fstream>
#include <iterator>

#include <opencv2/imgcodecs.hpp>
#include <opencv2/imgproc.hpp>

#include "age/geometry/internal/MatViews.h"
#include "domain/FileBytes.h"

namespace reunite {
namespace {

constexpr std::array<std::uint8_t, 8> kSignature{0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};
constexpr std::size_t kMaxChunkLength = 0x7fffffff;

std::array<std::uint32_t, 256> makeCrcTable() {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t n = 0; n < 256; ++n) {
        std::uint32_t c = n;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xedb88320u ^ (c >> 1) : c >> 1;
        table[n] = c;
    }
    return table;
}

std::uint32_t readBigEndian(const std::uint8_t* p) {
    return (std::uint32_t(p[0]) << 24) | (std::uint32_t(p[1]) << 16) | (std::uint32_t(p[2]) << 8) | std::uint32_t(p[3]);
}

void appendBigEndian(std::vector<std::uint8_t>& out, std::uint32_t value) {
    out.push_back(static_cast<std::uint8_t>(value >> 24));
    out.push_back(static_cast<std::uint8_t>(value >> 16));
    out.push_back(static_cast<std::uint8_t>(value >> 8));
    out.push_back(static_cast<std::uint8_t>(value));
}

bool validKeyword(const std::string& keyword) {
    if (keyword.empty() || keyword.size() > 79 || keyword.front() == ' ' || keyword.back() == ' ') return false;
    for (std::size_t i = 0; i < keyword.size(); ++i) {
        const auto c = static_cast<unsigned char>(keyword[i]);
        if (!((c >= 32 && c <= 126) || c >= 161)) return false;
        if (c == ' ' && i > 0 && keyword[i - 1] == ' ') return false;
    }
    return true;
}

struct Chunk {
    std::size_t offset;  // of the length field
    std::uint32_t length;
    std::string type;
};

Result<std::vector<Chunk>> parseChunks(std::span<const std::uint8_t> png) {
    if (png.size() < kSignature.size() || !std::equal(kSignature.begin(), kSignature.end(), png.begin())) {
        return makeError(ErrorCode::UnsupportedFormat, "not a PNG file (bad signature)");
    }
    std::vector<Chunk> chunks;
    std::size_t offset = kSignature.size();
    while (offset < png.size()) {
        if (png.size() - offset < 12) return makeError(ErrorCode::CorruptData, "PNG is truncated inside a chunk header");
        const std::uint32_t length = readBigEndian(&png[offset]);
        if (length > kMaxChunkLength || png.size() - offset - 12 < length) {
            return makeError(ErrorCode::CorruptData, "PNG chunk length runs past the end of the file");
        }
        const std::string type(reinterpret_cast<const char*>(&png[offset + 4]), 4);
        const std::uint32_t stored = readBigEndian(&png[offset + 8 + length]);
        if (pngCrc32(png.subspan(offset + 4, 4 + length)) != stored) {
            return makeError(ErrorCode::CorruptData, "PNG chunk " + type + " has a bad CRC");
        }
        chunks.push_back({offset, length, type});
        offset += 12 + length;
        if (type == "IEND") break;
    }
    if (chunks.empty() || chunks.front().type != "IHDR") return makeError(ErrorCode::CorruptData, "PNG does not start with IHDR");
    if (chunks.back().type != "IEND") return makeError(ErrorCode::CorruptData, "PNG has no IEND chunk");
    return chunks;
}

}  // namespace

std::uint32_t pngCrc32(std::span<const std::uint8_t> bytes) {
    static const std::array<std::uint32_t, 256> table = makeCrcTable();
    std::uint32_t c = 0xffffffffu;
    for (const std::uint8_t b : bytes) c = table[(c ^ b) & 0xff] ^ (c >> 8);
    return c ^ 0xffffffffu;
}

Result<std::vector<std::uint8_t>> insertPngTextChunks(std::span<const std::uint8_t> png,
                                                      const std::vector<PngTextEntry>& entries) {
    Result<std::vector<Chunk>> chunks = parseChunks(png);
    if (!chunks) return chunks.error();
    std::vector<std::uint8_t> text;
    for (const PngTextEntry& entry : entries) {
        if (!validKeyword(entry.keyword)) {
            return makeError(ErrorCode::InvalidArgument, "invalid PNG text keyword \"" + entry.keyword + "\"");
        }
        if (entry.text.find('\0') != std::string::npos) {
            return makeError(ErrorCode::InvalidArgument, "PNG text for \"" + entry.keyword + "\" contains a NUL byte");
        }
        std::vector<std::uint8_t> body{'t', 'E', 'X', 't'};
        body.insert(body.end(), entry.keyword.begin(), entry.keyword.end());
        body.push_back(0);
        body.insert(body.end(), entry.text.begin(), entry.text.end());
        appendBigEndian(text, static_cast<std::uint32_t>(body.size() - 4));
        text.insert(text.end(), body.begin(), body.end());
        appendBigEndian(text, pngCrc32(body));
    }
    const Chunk& header = chunks.value().front();
    const std::size_t insertAt = header.offset + 12 + header.length;
    std::vector<std::uint8_t> out(png.begin(), png.begin() + static_cast<std::ptrdiff_t>(insertAt));
    out.insert(out.end(), text.begin(), text.end());
    out.insert(out.end(), png.begin() + static_cast<std::ptrdiff_t>(insertAt), png.end());
    return out;
}

Result<std::vector<PngTextEntry>> readPngTextChunks(std::span<const std::uint8_t> png) {
    Result<std::vector<Chunk>> chunks = parseChunks(png);
    if (!chunks) return chunks.error();
    std::vector<PngTextEntry> entries;
    for (const Chunk& chunk : chunks.value()) {
        if (chunk.type != "tEXt") continue;
        const char* data = reinterpret_cast<const char*>(&png[chunk.offset + 8]);
        const std::string body(data, chunk.length);
        const std::size_t separator = body.find('\0');
        if (separator == std::string::npos || separator == 0 || separator > 79) {
            return makeError(ErrorCode::CorruptData, "PNG tEXt chunk has no valid keyword");
        }
        entries.push_back({body.substr(0, separator), body.substr(separator + 1)});
    }
    return entries;
}

Status writePngWithText(const std::filesystem::path& path, const Image& image, const std::vector<PngTextEntry>& entries) {
    if (image.empty()) return makeError(ErrorCode::InvalidArgument, "cannot write an empty image to " + path.string());
    cv::Mat bgr;
    cv::cvtColor(internal::viewAsMat(image), bgr, cv::COLOR_RGB2BGR);
    std::vector<std::uint8_t> encoded;
    if (!cv::imencode(".png", bgr, encoded)) return makeError(ErrorCode::Internal, "PNG encoding failed");
    Result<std::vector<std::uint8_t>> withText = insertPngTextChunks(encoded, entries);
    if (!withText) return withText.error();
    const std::vector<std::uint8_t>& bytes = withText.value();
    return writeFileAtomically(path, std::string_view(reinterpret_cast<const char*>(bytes.data()), bytes.size()));
}

Result<std::vector<PngTextEntry>> readPngTextFile(const std::filesystem::path& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return makeError(ErrorCode::NotFound, "cannot open " + path.string());
    const std::vector<std::uint8_t> bytes((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
    Result<std::vector<PngTextEntry>> entries = readPngTextChunks(bytes);
    if (!entries) return makeError(entries.error().code, path.string() + ": " + entries.error().message);
    return entries;
}

}  // namespace reunite
