#include "ocr/OcrTextNormalizer.h"

#include "ocr/Utf8Text.h"

namespace reunite::ocr {
namespace {

char32_t canonicalCharacter(char32_t c) {
    if (c >= 0xFF01 && c <= 0xFF5E) return c - 0xFEE0;  // full-width ASCII forms
    switch (c) {
    case 0x3000:  // ideographic space
    case 0x00A0:
    case 0x2002:
    case 0x2003:
    case 0x2009:
        return U' ';
    case 0x2010:
    case 0x2011:
    case 0x2012:
    case 0x2013:
    case 0x2014:
    case 0x2015:
    case 0x2212:
    case 0xFE58:
    case 0xFE63:
        return U'-';
    case 0x2018:
    case 0x2019:
    case 0x2032:
        return U'\'';
    case 0x201C:
    case 0x201D:
    case 0x2033:
        return U'"';
    case 0x2236:  // ratio sign, often read for a Chinese colon
    case 0xFE55:
    case 0xFE13:
        return U':';
    case 0xFE50:
    case 0xFE10:
        return U',';
    default:
        return c;
    }
}

bool isDropped(char32_t c) { return c == 0x200B || c == 0x200C || c == 0x200D || c == 0xFEFF || c == 0xFFFD; }

bool isCjk(char32_t c) { return isHan(c) || isCjkPunctuation(c); }

// OCR puts spaces between Chinese characters ("姓 名 : 张 小 明"); they are never meaningful
// next to Chinese text, except before or after Latin words.
bool removableSpaceBetween(char32_t before, char32_t after) {
    auto joinsCjk = [](char32_t c) { return isCjk(c) || isAsciiDigit(c) || c == U':' || c == U'-' || c == U'(' || c == U')'; };
    return (isCjk(before) && joinsCjk(after)) || (joinsCjk(before) && isCjk(after));
}

std::u32string normalizeLine(std::u32string_view line) {
    std::u32string out;
    out.reserve(line.size());
    std::size_t i = 0;
    while (i < line.size()) {
        if (!isSpace(line[i])) {
            out.push_back(line[i]);
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < line.size() && isSpace(line[end])) ++end;
        const bool atEdge = out.empty() || end == line.size();
        if (!atEdge && !removableSpaceBetween(out.back(), line[end])) out.push_back(U' ');
        i = end;
    }
    return trim(out);
}

}  // namespace

std::string normalizeOcrText(std::string_view rawText) {
    std::u32string text;
    for (char32_t c : toUtf32(rawText)) {
        if (isDropped(c)) continue;
        c = canonicalCharacter(c);
        if (c == U'\r' || c == U'\f' || c == U'\v' || c == 0x2028 || c == 0x2029) c = U'\n';
        text.push_back(c);
    }
    std::u32string result;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(U'\n', start);
        if (end == std::u32string::npos) end = text.size();
        std::u32string line = normalizeLine(std::u32string_view(text).substr(start, end - start));
        if (!line.empty()) {
            if (!result.empty()) result.push_back(U'\n');
            result += line;
        }
        start = end + 1;
    }
    return toUtf8(result);
}

std::vector<std::string> splitLines(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string_view::npos) end = text.size();
        std::string line = trim(text.substr(start, end - start));
        if (!line.empty()) lines.push_back(std::move(line));
        start = end + 1;
    }
    return lines;
}

}  // namespace reunite::ocr
