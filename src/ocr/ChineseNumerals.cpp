#include "ocr/ChineseNumerals.h"

#include <algorithm>
#include <utility>
#include <vector>

namespace reunite::ocr {

const char* const kChineseNumeralPattern = "(?:〇|零|○|一|二|两|三|四|五|六|七|八|九|十)";

namespace {

int chineseDigit(std::string_view symbol) {
    static const std::pair<std::string_view, int> digits[] = {{"〇", 0}, {"零", 0}, {"○", 0}, {"一", 1}, {"二", 2},
                                                              {"两", 2}, {"三", 3}, {"四", 4}, {"五", 5}, {"六", 6},
                                                              {"七", 7}, {"八", 8}, {"九", 9}, {"十", 10}};
    for (const auto& [text, value] : digits) {
        if (symbol == text) return value;
    }
    if (symbol.size() == 1 && symbol[0] >= '0' && symbol[0] <= '9') return symbol[0] - '0';
    return -1;
}

}  // namespace

std::optional<int> parseNumber(std::string_view text, NumeralStyle style) {
    if (text.empty() || text.size() > 24) return std::nullopt;
    std::vector<int> symbols;
    for (std::size_t i = 0; i < text.size();) {
        const auto lead = static_cast<unsigned char>(text[i]);
        const std::size_t length = lead < 0x80 ? 1 : (lead & 0xE0) == 0xC0 ? 2 : (lead & 0xF0) == 0xE0 ? 3 : 4;
        if (i + length > text.size()) return std::nullopt;
        const int digit = chineseDigit(text.substr(i, length));
        if (digit < 0) return std::nullopt;
        symbols.push_back(digit);
        i += length;
    }
    const auto ten = std::find(symbols.begin(), symbols.end(), 10);
    if (style == NumeralStyle::Positional || ten == symbols.end()) {
        if (ten != symbols.end() || symbols.size() > 9) return std::nullopt;
        int value = 0;
        for (int digit : symbols) value = value * 10 + digit;
        return value;
    }
    if (std::count(symbols.begin(), symbols.end(), 10) != 1) return std::nullopt;
    const auto tensCount = ten - symbols.begin();
    const auto unitsCount = symbols.end() - ten - 1;
    if (tensCount > 1 || unitsCount > 1) return std::nullopt;
    const int tens = tensCount == 0 ? 1 : symbols[0];
    return tens * 10 + (unitsCount == 1 ? *(ten + 1) : 0);
}

}  // namespace reunite::ocr
