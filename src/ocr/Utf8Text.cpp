#include "ocr/Utf8Text.h"

#include "domain/Utf8Text.h"

#include <algorithm>
#include <numeric>
#include <vector>

namespace reunite::ocr {

std::u32string toUtf32(std::string_view utf8) { return decodeUtf8(utf8); }

std::string toUtf8(std::u32string_view text) {
    std::string out;
    out.reserve(text.size());
    for (char32_t c : text) {
        if (c < 0x80) {
            out.push_back(static_cast<char>(c));
        } else if (c < 0x800) {
            out.push_back(static_cast<char>(0xC0 | (c >> 6)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else if (c < 0x10000) {
            out.push_back(static_cast<char>(0xE0 | (c >> 12)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        } else {
            out.push_back(static_cast<char>(0xF0 | (c >> 18)));
            out.push_back(static_cast<char>(0x80 | ((c >> 12) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | ((c >> 6) & 0x3F)));
            out.push_back(static_cast<char>(0x80 | (c & 0x3F)));
        }
    }
    return out;
}

bool isHan(char32_t c) {
    return (c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3400 && c <= 0x4DBF) || (c >= 0xF900 && c <= 0xFAFF) ||
           (c >= 0x20000 && c <= 0x2A6DF) || c == 0x3007;
}

bool isCjkPunctuation(char32_t c) {
    return (c >= 0x3000 && c <= 0x303F && c != 0x3007) || (c >= 0xFF00 && c <= 0xFF65);
}

bool isAsciiDigit(char32_t c) { return c >= U'0' && c <= U'9'; }

bool isAsciiLetter(char32_t c) { return (c >= U'a' && c <= U'z') || (c >= U'A' && c <= U'Z'); }

bool isSpace(char32_t c) {
    return c == U' ' || c == U'\t' || c == U'\r' || c == U'\n' || c == U'\f' || c == U'\v' || c == 0xA0 || c == 0x3000;
}

std::string asciiLower(std::string_view text) {
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

std::u32string asciiLower(std::u32string_view text) {
    std::u32string out(text);
    for (char32_t& c : out) {
        if (c >= U'A' && c <= U'Z') c = c - U'A' + U'a';
    }
    return out;
}

std::u32string trim(std::u32string_view text, std::u32string_view extra) {
    auto strip = [&](char32_t c) { return isSpace(c) || extra.find(c) != std::u32string_view::npos; };
    std::size_t begin = 0;
    std::size_t end = text.size();
    while (begin < end && strip(text[begin])) ++begin;
    while (end > begin && strip(text[end - 1])) --end;
    return std::u32string(text.substr(begin, end - begin));
}

std::string trim(std::string_view text, std::string_view extra) {
    return toUtf8(trim(toUtf32(text), toUtf32(extra)));
}

std::size_t editDistance(std::u32string_view a, std::u32string_view b) {
    std::vector<std::size_t> previous(b.size() + 1);
    std::vector<std::size_t> current(b.size() + 1);
    std::iota(previous.begin(), previous.end(), std::size_t{0});
    for (std::size_t i = 1; i <= a.size(); ++i) {
        current[0] = i;
        for (std::size_t j = 1; j <= b.size(); ++j) {
            const std::size_t substitution = previous[j - 1] + (a[i - 1] == b[j - 1] ? 0 : 1);
            current[j] = std::min({previous[j] + 1, current[j - 1] + 1, substitution});
        }
        std::swap(previous, current);
    }
    return previous[b.size()];
}

bool isTextCharacter(char32_t c) { return isHan(c) || isAsciiLetter(c) || isAsciiDigit(c); }

}  // namespace reunite::ocr
