#include "core/image/ExifOrientation.h"

#include <algorithm>
#include <limits>
#include <vector>

namespace reunite {
namespace {

constexpr std::uint16_t kTagImageWidth = 256;
constexpr std::uint16_t kTagImageLength = 257;
constexpr std::uint16_t kTagBitsPerSample = 258;
constexpr std::uint16_t kTagStripOffsets = 273;
constexpr std::uint16_t kTagOrientation = 274;
constexpr std::uint16_t kTagSamplesPerPixel = 277;
constexpr std::uint16_t kTagStripByteCounts = 279;
constexpr std::uint16_t kTagTileOffsets = 324;
constexpr std::uint16_t kTagTileByteCounts = 325;

struct TiffEntry {
    std::uint16_t tag = 0;
    std::uint16_t type = 0;
    std::uint64_t count = 0;
    std::uint64_t valueFieldOffset = 0;
};

// Size in bytes of one element of an unsigned integer TIFF field type; 0 for other types.
int unsignedElementSize(std::uint16_t type) {
    switch (type) {
    case 1: return 1;   // BYTE
    case 3: return 2;   // SHORT
    case 4: return 4;   // LONG
    case 13: return 4;  // IFD
    case 16: return 8;  // LONG8
    case 18: return 8;  // IFD8
    default: return 0;
    }
}

class TiffView {
public:
    explicit TiffView(std::span<const std::uint8_t> bytes) : bytes_(bytes) {}

    bool parseHeader() {
        if (bytes_.size() < 8) return false;
        if (bytes_[0] == 'I' && bytes_[1] == 'I') {
            littleEndian_ = true;
        } else if (bytes_[0] == 'M' && bytes_[1] == 'M') {
            littleEndian_ = false;
        } else {
            return false;
        }
        const auto version = read(2, 2);
        if (version == 42u) {
            bigTiff_ = false;
            const auto offset = read(4, 4);
            if (!offset) return false;
            firstDirectory_ = *offset;
            return true;
        }
        if (version == 43u) {
            bigTiff_ = true;
            if (read(4, 2) != 8u || read(6, 2) != 0u) return false;
            const auto offset = read(8, 8);
            if (!offset) return false;
            firstDirectory_ = *offset;
            return true;
        }
        return false;
    }

    // Entries of the first directory; nullopt when the directory count lies outside the bytes.
    // Entries that would run past the end are dropped.
    std::optional<std::vector<TiffEntry>> firstDirectoryEntries() const {
        const int countSize = bigTiff_ ? 8 : 2;
        const std::uint64_t entrySize = bigTiff_ ? 20 : 12;
        const auto declaredCount = read(firstDirectory_, countSize);
        if (!declaredCount) return std::nullopt;
        const std::uint64_t firstEntry = firstDirectory_ + countSize;
        const std::uint64_t afterCount = bytes_.size() - std::min<std::uint64_t>(firstEntry, bytes_.size());
        const std::uint64_t available = afterCount / entrySize;
        const std::uint64_t count = std::min(*declaredCount, available);

        std::vector<TiffEntry> entries;
        entries.reserve(static_cast<std::size_t>(count));
        for (std::uint64_t i = 0; i < count; ++i) {
            const std::uint64_t at = firstEntry + i * entrySize;
            TiffEntry entry;
            entry.tag = static_cast<std::uint16_t>(read(at, 2).value_or(0));
            entry.type = static_cast<std::uint16_t>(read(at + 2, 2).value_or(0));
            entry.count = read(at + 4, bigTiff_ ? 8 : 4).value_or(0);
            entry.valueFieldOffset = at + (bigTiff_ ? 12 : 8);
            entries.push_back(entry);
        }
        return entries;
    }

    // The index-th element of an unsigned integer entry; nullopt if of another type or out of bounds.
    std::optional<std::uint64_t> element(const TiffEntry& entry, std::uint64_t index) const {
        const int elementSize = unsignedElementSize(entry.type);
        if (elementSize == 0 || index >= entry.count) return std::nullopt;
        if (entry.count > bytes_.size()) return std::nullopt;
        const std::uint64_t totalSize = entry.count * elementSize;
        const std::uint64_t inlineCapacity = bigTiff_ ? 8 : 4;
        std::uint64_t dataOffset = entry.valueFieldOffset;
        if (totalSize > inlineCapacity) {
            const auto pointed = read(entry.valueFieldOffset, static_cast<int>(inlineCapacity));
            if (!pointed) return std::nullopt;
            dataOffset = *pointed;
        }
        if (dataOffset > bytes_.size() || totalSize > bytes_.size() - dataOffset) return std::nullopt;
        return read(dataOffset + index * elementSize, elementSize);
    }

private:
    std::optional<std::uint64_t> read(std::uint64_t offset, int size) const {
        if (offset > bytes_.size() || static_cast<std::uint64_t>(size) > bytes_.size() - offset) return std::nullopt;
        std::uint64_t value = 0;
        for (int i = 0; i < size; ++i) {
            const std::uint64_t byte = bytes_[static_cast<std::size_t>(offset) + (littleEndian_ ? size - 1 - i : i)];
            value = (value << 8) | byte;
        }
        return value;
    }

    std::span<const std::uint8_t> bytes_;
    bool littleEndian_ = true;
    bool bigTiff_ = false;
    std::uint64_t firstDirectory_ = 0;
};

const TiffEntry* findEntry(const std::vector<TiffEntry>& entries, std::uint16_t tag) {
    const auto found = std::find_if(entries.begin(), entries.end(), [tag](const TiffEntry& e) { return e.tag == tag; });
    return found == entries.end() ? nullptr : &*found;
}

std::optional<std::uint64_t> firstValue(const TiffView& view, const std::vector<TiffEntry>& entries,
                                        std::uint16_t tag) {
    const TiffEntry* entry = findEntry(entries, tag);
    return entry ? view.element(*entry, 0) : std::nullopt;
}

int orientationOf(const TiffView& view, const std::vector<TiffEntry>& entries) {
    const auto value = firstValue(view, entries, kTagOrientation);
    return value && *value >= 1 && *value <= 8 ? static_cast<int>(*value) : 1;
}

// Largest offset+size over the listed strips or tiles. Lists that point outside the bytes give
// the maximum value, so that callers see the data as running past the end of the file.
std::optional<std::uint64_t> dataEndOf(const TiffView& view, const std::vector<TiffEntry>& entries) {
    const TiffEntry* offsets = findEntry(entries, kTagStripOffsets);
    const TiffEntry* sizes = findEntry(entries, kTagStripByteCounts);
    if (!offsets || !sizes) {
        offsets = findEntry(entries, kTagTileOffsets);
        sizes = findEntry(entries, kTagTileByteCounts);
    }
    if (!offsets || !sizes) return std::nullopt;
    constexpr std::uint64_t beyondAnyFile = std::numeric_limits<std::uint64_t>::max();
    if (offsets->count != sizes->count) return beyondAnyFile;
    std::uint64_t end = 0;
    for (std::uint64_t i = 0; i < offsets->count; ++i) {
        const auto offset = view.element(*offsets, i);
        const auto size = view.element(*sizes, i);
        if (!offset || !size) return beyondAnyFile;
        if (*offset > beyondAnyFile - *size) return beyondAnyFile;
        end = std::max(end, *offset + *size);
    }
    return end;
}

int clampToInt(std::optional<std::uint64_t> value, int fallback) {
    if (!value || *value > static_cast<std::uint64_t>(std::numeric_limits<int>::max())) return fallback;
    return static_cast<int>(*value);
}

}  // namespace

std::optional<TiffFirstDirectory> readTiffFirstDirectory(std::span<const std::uint8_t> tiff) {
    TiffView view(tiff);
    if (!view.parseHeader()) return std::nullopt;
    const auto entries = view.firstDirectoryEntries();
    if (!entries) return std::nullopt;
    const auto width = firstValue(view, *entries, kTagImageWidth);
    const auto height = firstValue(view, *entries, kTagImageLength);
    if (!width || !height) return std::nullopt;

    TiffFirstDirectory directory;
    directory.width = *width;
    directory.height = *height;
    directory.samplesPerPixel = clampToInt(firstValue(view, *entries, kTagSamplesPerPixel), 1);
    directory.bitsPerSample = clampToInt(firstValue(view, *entries, kTagBitsPerSample), 1);
    directory.orientation = orientationOf(view, *entries);
    directory.dataEnd = dataEndOf(view, *entries);
    return directory;
}

int readExifOrientation(std::span<const std::uint8_t> exifTiff) {
    TiffView view(exifTiff);
    if (!view.parseHeader()) return 1;
    const auto entries = view.firstDirectoryEntries();
    if (!entries) return 1;
    return orientationOf(view, *entries);
}

}  // namespace reunite
