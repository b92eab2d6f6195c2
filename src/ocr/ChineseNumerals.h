#pragma once
// Reads numbers written with ASCII digits or Chinese numerals: positional ("二〇〇四" = 2004, as
// in years) or counting ("十二" = 12, "二十一" = 21, as in months, days and ages).
// Inputs: UTF-8 text holding only the number. Guarantees: std::nullopt for anything else; never
// throws. Thread safety: pure functions, safe from any thread.
#include <optional>
#include <string_view>

namespace reunite::ocr {

enum class NumeralStyle { Positional, Counting };

std::optional<int> parseNumber(std::string_view text, NumeralStyle style);

// Regex alternation (no capture) matching one Chinese numeral character.
extern const char* const kChineseNumeralPattern;

}  // namespace reunite::ocr
