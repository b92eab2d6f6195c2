#include "db/sealing/FieldPacking.h"

#include <cstdint>

namespace reunite::db {

namespace {

constexpr std::byte kAbsent{0};
constexpr std::byte kText{1};

}  // namespace

void FieldPacker::add(std::string_view text) {
    bytes_.push_back(kText);
    const auto size = static_cast<std::uint32_t>(text.size());
    for (int shift = 0; shift < 32; shift += 8) bytes_.push_back(static_cast<std::byte>((size >> shift) & 0xFFu));
    const auto* data = reinterpret_cast<const std::byte*>(text.data());
    bytes_.insert(bytes_.end(), data, data + text.size());
}

void FieldPacker::add(const std::optional<std::string>& text) {
    if (text) {
        add(std::string_view(*text));
    } else {
        bytes_.push_back(kAbsent);
    }
}

bool FieldUnpacker::next(std::optional<std::string>& text) {
    if (offset_ >= bytes_.size()) return false;
    if (bytes_[offset_] == kAbsent) {
        ++offset_;
        text.reset();
        return true;
    }
    std::string value;
    if (!next(value)) return false;
    text = std::move(value);
    return true;
}

bool FieldUnpacker::next(std::string& text) {
    if (offset_ + 5 > bytes_.size() || bytes_[offset_] != kText) return false;
    std::uint32_t size = 0;
    for (int index = 0; index < 4; ++index) {
        size |= static_cast<std::uint32_t>(bytes_[offset_ + 1 + static_cast<std::size_t>(index)]) << (8 * index);
    }
    if (size > bytes_.size() - offset_ - 5) return false;
    const auto* data = reinterpret_cast<const char*>(bytes_.data() + offset_ + 5);
    text.assign(data, size);
    offset_ += 5 + size;
    return true;
}

}  // namespace reunite::db
