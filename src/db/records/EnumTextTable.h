#pragma once
// EnumTextTable: the fixed text under which each value of a record enum is stored in the
// database, and the lookups both ways. Tables are constexpr arrays defined beside each enum's
// conversions (RecordEnums.cpp, DnaEnums.cpp).
// Thread safety: constant data and pure functions.
#include <array>
#include <cstddef>
#include <optional>
#include <string_view>
#include <utility>

namespace reunite::db {

template <typename Enum, std::size_t N>
using TextTable = std::array<std::pair<Enum, std::string_view>, N>;

// The stored text of `value`; empty when the table lacks it (a programming error).
template <typename Enum, std::size_t N>
std::string_view textOf(const TextTable<Enum, N>& table, Enum value) {
    for (const auto& [candidate, text] : table) {
        if (candidate == value) return text;
    }
    return {};
}

// The value stored as `text`, or nothing for text the table does not know.
template <typename Enum, std::size_t N>
std::optional<Enum> valueOf(const TextTable<Enum, N>& table, std::string_view text) {
    for (const auto& [value, candidateText] : table) {
        if (candidateText == text) return value;
    }
    return std::nullopt;
}

// The value stored as `text`; `unknown` for text the table does not know (a value written by a
// program this one cannot read — chosen per enum as the safe reading).
template <typename Enum, std::size_t N>
Enum valueOr(const TextTable<Enum, N>& table, std::string_view text, Enum unknown) {
    return valueOf(table, text).value_or(unknown);
}

}  // namespace reunite::db
