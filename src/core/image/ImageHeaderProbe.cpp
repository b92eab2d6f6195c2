#include "core/image/ImageHeaderProbe.h"

#include <algorithm>
#include <cstring>
#include <limits>
#include <optional>
#include <string_view>

#include "core/image/ExifOrientation.h"

namespace reunite {
namespace {

using Bytes = std::span<const std::uint8_t>;

constexpr std::uint64_t kMaxUint64 = std::numeric_limits<std::uint64_t>::max();

std::uint64_t saturatingMultiply(std::uint64_t a, std::uint64_t b) {
    if (a != 0 && b > kMaxUint64 / a) return kMaxUint64;
    return a * b;
}

std::uint32_t bigEndian16(Bytes b, std::size_t at) { return (std::uint32_t{b[at]} << 8) | b[at + 1]; }
std::uint32_t bigEndian32(Bytes b, std::size_t at) {
    return (bigEndian16(b, at) << 16) | bigEndian16(b, at + 2);
}
std::uint32_t littleEndian16(Bytes b, std::size_t at) { return std::uint32_t{b[at]} | (std::uint32_t{b[at + 1]} << 8); }
std::uint32_t littleEndian24(Bytes b, std::size_t at) {
    return littleEndian16(b, at) | (std::uint32_t{b[at + 2]} << 16);
}
std::uint32_t littleEndian32(Bytes b, std::size_t at) {
    return littleEndian24(b, at) | (std::uint32_t{b[at + 3]} << 24);
}

bool startsWith(Bytes bytes, std::string_view prefix) {
    return bytes.size() >= prefix.size() && std::memcmp(bytes.data(), prefix.data(), prefix.size()) == 0;
}

bool isPnmWhitespace(std::uint8_t c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\v' || c == '\f';
}

Error damaged(const std::string& name, const std::string& detail) {
    return makeError(ErrorCode::CorruptData, name + " is damaged: " + detail);
}

Error truncatedHeader(const std::string& name) {
    return makeError(ErrorCode::CorruptData, name + " is truncated: the file ends inside the image header "
                                                    "(was it only partly copied or downloaded?)");
}

Error unsupported(const std::string& name, const std::string& detail) {
    return makeError(ErrorCode::UnsupportedFormat, name + " cannot be read: " + detail);
}

// An EXIF payload that some writers prefix with the JPEG APP1 identifier.
Bytes withoutExifIdentifier(Bytes exif) {
    return startsWith(exif, std::string_view("Exif\0\0", 6)) ? exif.subspan(6) : exif;
}

// ---- JPEG -------------------------------------------------------------------------------------

constexpr std::uint8_t kJpegSoi = 0xD8;
constexpr std::uint8_t kJpegEoi = 0xD9;
constexpr std::uint8_t kJpegSos = 0xDA;
constexpr std::uint8_t kJpegApp1 = 0xE1;

bool isJpegStandaloneMarker(std::uint8_t marker) {
    return marker == 0x01 || marker == kJpegSoi || (marker >= 0xD0 && marker <= 0xD7);
}

bool isJpegStartOfFrame(std::uint8_t marker) {
    return marker >= 0xC0 && marker <= 0xCF && marker != 0xC4 && marker != 0xC8 && marker != 0xCC;
}

// Baseline, extended and progressive frames, Huffman or arithmetic coded. The others are lossless
// or hierarchical, which the JPEG library cannot decode.
bool isDecodableJpegFrame(std::uint8_t marker) {
    return marker == 0xC0 || marker == 0xC1 || marker == 0xC2 || marker == 0xC9 || marker == 0xCA;
}

// Skips entropy-coded scan data starting at pos; returns the index of the 0xFF that starts the
// next marker, or bytes.size() when the data runs to the end.
std::size_t skipEntropyCodedData(Bytes bytes, std::size_t pos) {
    while (pos < bytes.size()) {
        const void* found = std::memchr(bytes.data() + pos, 0xFF, bytes.size() - pos);
        if (!found) return bytes.size();
        const std::size_t ff = static_cast<std::size_t>(static_cast<const std::uint8_t*>(found) - bytes.data());
        if (ff + 1 >= bytes.size()) return bytes.size();
        const std::uint8_t next = bytes[ff + 1];
        if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
            pos = ff + 2;
        } else if (next == 0xFF) {
            pos = ff + 1;
        } else {
            return ff;
        }
    }
    return bytes.size();
}

Result<ImageHeader> probeJpeg(Bytes bytes, const std::string& name) {
    ImageHeader header;
    header.format = ImageFormat::Jpeg;
    bool frameFound = false;
    Bytes exif;
    std::size_t pos = 2;
    const std::size_t size = bytes.size();

    while (true) {
        while (pos < size && bytes[pos] != 0xFF) ++pos;  // stray bytes, tolerated like libjpeg does
        while (pos < size && bytes[pos] == 0xFF) ++pos;  // fill bytes
        if (pos >= size) break;
        const std::uint8_t marker = bytes[pos++];
        if (marker == 0x00) continue;
        if (marker == kJpegEoi) {
            header.complete = true;
            break;
        }
        if (isJpegStandaloneMarker(marker)) continue;
        if (size - pos < 2) break;
        const std::size_t length = bigEndian16(bytes, pos);
        if (length < 2) return damaged(name, "a JPEG segment has an impossible length");
        if (size - pos < length) break;
        const Bytes segment = bytes.subspan(pos + 2, length - 2);

        if (isJpegStartOfFrame(marker) && !frameFound) {
            if (segment.size() < 6) return damaged(name, "the JPEG frame header is too short");
            if (!isDecodableJpegFrame(marker)) {
                return unsupported(name, "it uses a lossless or hierarchical JPEG variant, which is not supported");
            }
            if (segment[0] != 8) {
                return unsupported(name, "it stores " + std::to_string(segment[0]) +
                                             "-bit JPEG samples; only 8-bit JPEG is supported");
            }
            header.bitDepth = segment[0];
            header.height = bigEndian16(segment, 1);
            header.width = bigEndian16(segment, 3);
            header.channels = segment[5];
            frameFound = true;
        } else if (marker == kJpegApp1 && exif.empty() && startsWith(segment, std::string_view("Exif\0\0", 6))) {
            exif = segment.subspan(6);
        }
        pos += length;

        if (marker == kJpegSos) {
            if (!frameFound) return damaged(name, "JPEG image data appears before the frame header");
            pos = skipEntropyCodedData(bytes, pos);
        }
    }

    if (!frameFound) {
        if (header.complete) return damaged(name, "the JPEG file contains no image frame");
        return truncatedHeader(name);
    }
    if (header.height == 0) {
        return unsupported(name, "the JPEG header does not state the image height (DNL), which is not supported");
    }
    header.orientation = readExifOrientation(exif);
    return header;
}

// ---- PNG --------------------------------------------------------------------------------------

Result<ImageHeader> probePng(Bytes bytes, const std::string& name) {
    constexpr std::size_t kSignatureSize = 8;
    constexpr std::size_t kIhdrEnd = kSignatureSize + 8 + 13;
    if (bytes.size() < kIhdrEnd) return truncatedHeader(name);
    if (bigEndian32(bytes, 8) != 13 || std::memcmp(bytes.data() + 12, "IHDR", 4) != 0) {
        return damaged(name, "the PNG header chunk (IHDR) is missing or malformed");
    }

    ImageHeader header;
    header.format = ImageFormat::Png;
    header.width = bigEndian32(bytes, 16);
    header.height = bigEndian32(bytes, 20);
    header.bitDepth = bytes[24];
    const std::uint8_t colourType = bytes[25];
    switch (colourType) {
    case 0: header.channels = 1; break;
    case 2: header.channels = 3; break;
    case 3: header.channels = 3; break;
    case 4: header.channels = 2; break;
    case 6: header.channels = 4; break;
    default: return damaged(name, "the PNG header names an unknown colour type");
    }

    Bytes exif;
    std::size_t pos = kSignatureSize;
    while (bytes.size() - pos >= 12) {
        const std::uint32_t length = bigEndian32(bytes, pos);
        if (length > 0x7FFFFFFFu) return damaged(name, "a PNG chunk has an impossible length");
        if (bytes.size() - pos - 12 < length) break;
        const Bytes type = bytes.subspan(pos + 4, 4);
        const Bytes data = bytes.subspan(pos + 8, length);
        if (startsWith(type, "IEND")) {
            header.complete = true;
            break;
        }
        if (startsWith(type, "eXIf") && exif.empty()) {
            exif = withoutExifIdentifier(data);
        } else if (startsWith(type, "tRNS") && (colourType == 0 || colourType == 2 || colourType == 3)) {
            header.channels += 1;
        }
        pos += 12 + length;
    }
    header.orientation = readExifOrientation(exif);
    return header;
}

// ---- BMP --------------------------------------------------------------------------------------

Result<ImageHeader> probeBmp(Bytes bytes, const std::string& name) {
    constexpr std::size_t kFileHeaderSize = 14;
    if (bytes.size() < kFileHeaderSize + 4) return truncatedHeader(name);
    const std::uint32_t pixelDataOffset = littleEndian32(bytes, 10);
    const std::uint32_t infoSize = littleEndian32(bytes, 14);
    const bool coreHeader = infoSize == 12;
    const std::size_t neededHeader = kFileHeaderSize + (coreHeader ? 12 : std::min<std::uint32_t>(infoSize, 40));
    if (bytes.size() < neededHeader) return truncatedHeader(name);

    ImageHeader header;
    header.format = ImageFormat::Bmp;
    std::int64_t width = 0;
    std::int64_t height = 0;
    int bitsPerPixel = 0;
    std::uint32_t compression = 0;
    if (coreHeader) {
        width = littleEndian16(bytes, 18);
        height = littleEndian16(bytes, 20);
        bitsPerPixel = static_cast<int>(littleEndian16(bytes, 24));
    } else {
        width = static_cast<std::int32_t>(littleEndian32(bytes, 18));
        height = static_cast<std::int32_t>(littleEndian32(bytes, 22));
        bitsPerPixel = static_cast<int>(littleEndian16(bytes, 28));
        compression = infoSize >= 20 ? littleEndian32(bytes, 30) : 0;
    }
    if (width <= 0 || height == 0) return damaged(name, "the BMP header states an impossible size");
    header.width = static_cast<std::uint64_t>(width);
    header.height = static_cast<std::uint64_t>(height < 0 ? -height : height);
    header.bitDepth = 8;
    header.channels = bitsPerPixel == 32 ? 4 : 3;

    constexpr std::uint32_t kUncompressed = 0;
    constexpr std::uint32_t kBitFields = 3;
    if (compression == kUncompressed || compression == kBitFields) {
        const std::uint64_t rowBytes = (saturatingMultiply(header.width, bitsPerPixel) + 31) / 32 * 4;
        const std::uint64_t available = bytes.size() > pixelDataOffset ? bytes.size() - pixelDataOffset : 0;
        header.complete = saturatingMultiply(rowBytes, header.height) <= available;
    } else {
        header.complete = pixelDataOffset < bytes.size();
    }
    return header;
}

// ---- TIFF -------------------------------------------------------------------------------------

Result<ImageHeader> probeTiff(Bytes bytes, const std::string& name) {
    const auto directory = readTiffFirstDirectory(bytes);
    if (!directory) {
        return makeError(ErrorCode::CorruptData,
                         name + " is damaged or truncated: its TIFF directory cannot be read");
    }
    ImageHeader header;
    header.format = ImageFormat::Tiff;
    header.width = directory->width;
    header.height = directory->height;
    header.channels = directory->samplesPerPixel;
    header.bitDepth = directory->bitsPerSample;
    header.orientation = directory->orientation;
    header.complete = !directory->dataEnd || *directory->dataEnd <= bytes.size();
    return header;
}

// ---- WebP -------------------------------------------------------------------------------------

Result<ImageHeader> probeWebP(Bytes bytes, const std::string& name) {
    constexpr std::size_t kRiffHeaderSize = 12;
    constexpr std::size_t kChunkHeaderSize = 8;
    if (bytes.size() < kRiffHeaderSize + kChunkHeaderSize) return truncatedHeader(name);

    ImageHeader header;
    header.format = ImageFormat::WebP;
    const std::uint64_t riffEnd = std::uint64_t{littleEndian32(bytes, 4)} + 8;
    if (riffEnd < kRiffHeaderSize + kChunkHeaderSize) {
        return damaged(name, "the WebP container states an impossible size");
    }
    header.complete = riffEnd <= bytes.size();
    const std::size_t end = static_cast<std::size_t>(std::min<std::uint64_t>(riffEnd, bytes.size()));

    const Bytes firstType = bytes.subspan(12, 4);
    const std::uint32_t firstSize = littleEndian32(bytes, 16);
    const Bytes first = bytes.subspan(20, std::min<std::size_t>(firstSize, bytes.size() - 20));
    if (startsWith(firstType, "VP8X")) {
        if (first.size() < 10) return truncatedHeader(name);
        const std::uint8_t flags = first[0];
        constexpr std::uint8_t kAnimationFlag = 0x02;
        constexpr std::uint8_t kAlphaFlag = 0x10;
        if (flags & kAnimationFlag) return unsupported(name, "animated WebP images are not supported");
        header.width = std::uint64_t{littleEndian24(first, 4)} + 1;
        header.height = std::uint64_t{littleEndian24(first, 7)} + 1;
        header.channels = (flags & kAlphaFlag) ? 4 : 3;
    } else if (startsWith(firstType, "VP8L")) {
        if (first.size() < 5) return truncatedHeader(name);
        if (first[0] != 0x2F) return damaged(name, "the lossless WebP header is malformed");
        const std::uint32_t bits = littleEndian32(first, 1);
        header.width = (bits & 0x3FFF) + 1;
        header.height = ((bits >> 14) & 0x3FFF) + 1;
        header.channels = ((bits >> 28) & 1) ? 4 : 3;
    } else if (startsWith(firstType, "VP8 ")) {
        if (first.size() < 10) return truncatedHeader(name);
        if (first[3] != 0x9D || first[4] != 0x01 || first[5] != 0x2A) {
            return damaged(name, "the WebP frame header is malformed");
        }
        header.width = littleEndian16(first, 6) & 0x3FFF;
        header.height = littleEndian16(first, 8) & 0x3FFF;
        header.channels = 3;
    } else {
        return damaged(name, "the WebP file does not start with an image chunk");
    }
    header.bitDepth = 8;

    Bytes exif;
    std::size_t pos = kRiffHeaderSize;
    while (end - pos >= kChunkHeaderSize) {
        const std::uint32_t chunkSize = littleEndian32(bytes, pos + 4);
        if (end - pos - kChunkHeaderSize < chunkSize) {
            header.complete = false;
            break;
        }
        if (startsWith(bytes.subspan(pos, 4), "EXIF") && exif.empty()) {
            exif = withoutExifIdentifier(bytes.subspan(pos + kChunkHeaderSize, chunkSize));
        }
        pos += kChunkHeaderSize + chunkSize;
        if ((chunkSize & 1) && pos < end) ++pos;
    }
    header.orientation = readExifOrientation(exif);
    return header;
}

// ---- PNM --------------------------------------------------------------------------------------

class PnmHeaderReader {
public:
    explicit PnmHeaderReader(Bytes bytes) : bytes_(bytes) {}

    std::size_t position() const { return pos_; }
    void setPosition(std::size_t pos) { pos_ = pos; }
    bool atEnd() const { return pos_ >= bytes_.size(); }

    void skipWhitespaceAndComments() {
        while (pos_ < bytes_.size()) {
            if (bytes_[pos_] == '#') {
                while (pos_ < bytes_.size() && bytes_[pos_] != '\n' && bytes_[pos_] != '\r') ++pos_;
            } else if (isPnmWhitespace(bytes_[pos_])) {
                ++pos_;
            } else {
                return;
            }
        }
    }

    // A decimal number of at most 10 digits; nullopt when something else is there.
    std::optional<std::uint64_t> number() {
        skipWhitespaceAndComments();
        std::uint64_t value = 0;
        int digits = 0;
        while (pos_ < bytes_.size() && bytes_[pos_] >= '0' && bytes_[pos_] <= '9') {
            if (++digits > 10) return std::nullopt;
            value = value * 10 + (bytes_[pos_] - '0');
            ++pos_;
        }
        if (digits == 0) return std::nullopt;
        return value;
    }

    std::string word() {
        skipWhitespaceAndComments();
        std::string text;
        while (pos_ < bytes_.size() && !isPnmWhitespace(bytes_[pos_]) && text.size() < 16) {
            text.push_back(static_cast<char>(bytes_[pos_++]));
        }
        return text;
    }

    void skipLine() {
        while (pos_ < bytes_.size() && bytes_[pos_] != '\n') ++pos_;
        if (pos_ < bytes_.size()) ++pos_;
    }

private:
    Bytes bytes_;
    std::size_t pos_ = 0;
};

Result<ImageHeader> probePam(Bytes bytes, const std::string& name) {
    ImageHeader header;
    header.format = ImageFormat::Pnm;
    PnmHeaderReader reader(bytes);
    reader.setPosition(2);
    std::uint64_t depth = 0;
    std::uint64_t maxValue = 0;
    while (true) {
        const std::string key = reader.word();
        if (key.empty()) return reader.atEnd() ? truncatedHeader(name) : damaged(name, "the PAM header is malformed");
        if (key == "ENDHDR") {
            reader.skipLine();
            break;
        }
        if (key == "TUPLTYPE") {
            reader.skipLine();
            continue;
        }
        const auto value = reader.number();
        if (!value) return reader.atEnd() ? truncatedHeader(name) : damaged(name, "the PAM header is malformed");
        if (key == "WIDTH") header.width = *value;
        else if (key == "HEIGHT") header.height = *value;
        else if (key == "DEPTH") depth = *value;
        else if (key == "MAXVAL") maxValue = *value;
        else return damaged(name, "the PAM header has an unknown field");
    }
    if (depth < 1 || depth > 4 || maxValue < 1 || maxValue > 65535) {
        return damaged(name, "the PAM header states impossible channel values");
    }
    header.channels = static_cast<int>(depth);
    header.bitDepth = maxValue > 255 ? 16 : 8;
    const std::uint64_t dataSize = saturatingMultiply(
        saturatingMultiply(header.width, header.height), depth * (maxValue > 255 ? 2 : 1));
    header.complete = dataSize <= bytes.size() - std::min(reader.position(), bytes.size());
    return header;
}

Result<ImageHeader> probePnm(Bytes bytes, const std::string& name) {
    const char kind = static_cast<char>(bytes[1]);
    if (kind == '7') return probePam(bytes, name);

    ImageHeader header;
    header.format = ImageFormat::Pnm;
    PnmHeaderReader reader(bytes);
    reader.setPosition(2);
    const bool bitmap = kind == '1' || kind == '4';
    const auto width = reader.number();
    const auto height = width ? reader.number() : std::nullopt;
    const auto maxValue = bitmap ? std::optional<std::uint64_t>(1) : (height ? reader.number() : std::nullopt);
    if (!width || !height || !maxValue) {
        return reader.atEnd() ? truncatedHeader(name) : damaged(name, "the PNM header is malformed");
    }
    if (*maxValue < 1 || *maxValue > 65535) return damaged(name, "the PNM header states an impossible maximum value");
    header.width = *width;
    header.height = *height;
    header.channels = (kind == '3' || kind == '6') ? 3 : 1;
    header.bitDepth = bitmap ? 1 : (*maxValue > 255 ? 16 : 8);

    const bool binary = kind >= '4';
    if (!binary) {
        header.complete = true;
        return header;
    }
    if (reader.atEnd()) return truncatedHeader(name);
    const std::size_t dataStart = reader.position() + 1;  // one whitespace byte ends the header
    std::uint64_t dataSize = 0;
    if (kind == '4') {
        dataSize = saturatingMultiply((header.width + 7) / 8, header.height);
    } else {
        dataSize = saturatingMultiply(saturatingMultiply(header.width, header.height),
                                      static_cast<std::uint64_t>(header.channels) * (*maxValue > 255 ? 2 : 1));
    }
    header.complete = dataStart <= bytes.size() && dataSize <= bytes.size() - dataStart;
    return header;
}

}  // namespace

const char* imageFormatName(ImageFormat format) {
    switch (format) {
    case ImageFormat::Jpeg: return "jpeg";
    case ImageFormat::Png: return "png";
    case ImageFormat::Bmp: return "bmp";
    case ImageFormat::Tiff: return "tiff";
    case ImageFormat::WebP: return "webp";
    case ImageFormat::Pnm: return "pnm";
    case ImageFormat::Unknown: break;
    }
    return "unknown";
}

ImageFormat sniffImageFormat(std::span<const std::uint8_t> bytes) {
    if (bytes.size() >= 3 && bytes[0] == 0xFF && bytes[1] == kJpegSoi && bytes[2] == 0xFF) return ImageFormat::Jpeg;
    if (startsWith(bytes, "\x89PNG\r\n\x1a\n")) return ImageFormat::Png;
    if (startsWith(bytes, "BM") && bytes.size() >= 18) {
        const std::uint32_t infoSize = littleEndian32(bytes, 14);
        if (infoSize == 12 || (infoSize >= 16 && infoSize <= 1024)) return ImageFormat::Bmp;
    }
    if (startsWith(bytes, std::string_view("II*\0", 4)) || startsWith(bytes, std::string_view("MM\0*", 4)) ||
        startsWith(bytes, std::string_view("II+\0", 4)) || startsWith(bytes, std::string_view("MM\0+", 4))) {
        return ImageFormat::Tiff;
    }
    if (bytes.size() >= 12 && startsWith(bytes, "RIFF") && std::memcmp(bytes.data() + 8, "WEBP", 4) == 0) {
        return ImageFormat::WebP;
    }
    if (bytes.size() >= 3 && bytes[0] == 'P' && bytes[1] >= '1' && bytes[1] <= '7' && isPnmWhitespace(bytes[2])) {
        return ImageFormat::Pnm;
    }
    return ImageFormat::Unknown;
}

Result<ImageHeader> probeImageHeader(std::span<const std::uint8_t> bytes, const std::string& nameForMessages) {
    switch (sniffImageFormat(bytes)) {
    case ImageFormat::Jpeg: return probeJpeg(bytes, nameForMessages);
    case ImageFormat::Png: return probePng(bytes, nameForMessages);
    case ImageFormat::Bmp: return probeBmp(bytes, nameForMessages);
    case ImageFormat::Tiff: return probeTiff(bytes, nameForMessages);
    case ImageFormat::WebP: return probeWebP(bytes, nameForMessages);
    case ImageFormat::Pnm: return probePnm(bytes, nameForMessages);
    case ImageFormat::Unknown: break;
    }
    return makeError(ErrorCode::UnsupportedFormat, nameForMessages + " is not an image (unrecognised format)");
}

}  // namespace reunite
