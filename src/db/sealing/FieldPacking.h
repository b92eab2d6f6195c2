#pragma once
// FieldPacker / FieldUnpacker: the plain bytes a row's sealed values are packed into before they
// are sealed as one value (RecordTable.h), and read back from after opening.
// Layout: per value, one byte (0: absent, 1: text), then for text its length as 4 bytes
// little-endian and its bytes. Values are read back in the order they were added.
// Guarantees: the unpacker never reads past the end; a short or malformed buffer makes next*()
// return false and leaves the output unchanged. Never throws except std::bad_alloc.
// Thread safety: plain values; one object per thread.
#include <cstddef>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace reunite::db {

class FieldPacker {
public:
    void add(std::string_view text);
    void add(const std::string& text) { add(std::string_view(text)); }
    void add(const std::optional<std::string>& text);
    const std::vector<std::byte>& bytes() const { return bytes_; }

private:
    std::vector<std::byte> bytes_;
};

class FieldUnpacker {
public:
    explicit FieldUnpacker(std::span<const std::byte> bytes) : bytes_(bytes) {}
    bool next(std::string& text);
    bool next(std::optional<std::string>& text);
    // Every value was read, nothing left over.
    bool finished() const { return offset_ == bytes_.size(); }

private:
    std::span<const std::byte> bytes_;
    std::size_t offset_ = 0;
};

}  // namespace reunite::db
