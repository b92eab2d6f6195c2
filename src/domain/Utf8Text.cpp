#include "domain/Utf8Text.h"

#include <cstddef>
#include <cstdio>

namespace reunite {
namespace {

struct Decoded {
    char32_t codePoint = 0;
    std::size_t length = 0;  // 0: the byte at the position does not start a well-formed sequence
};

// The well-formed sequence starting at `at`, if any.
Decoded decodeAt(std::string_view text, std::size_t at) {
    const auto lead = static_cast<unsigned char>(text[at]);
    if (lead < 0x80) return {lead, 1};
    std::size_t more = 0;
    char32_t minimum = 0;
    if (lead >= 0xC2 && lead <= 0xDF) {
        more = 1, minimum = 0x80;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        more = 2, minimum = 0x800;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        more = 3, minimum = 0x10000;
    } else {
        return {};
    }
    if (text.size() - at <= more) return {};
    char32_t codePoint = lead & (0x3F >> more);
    for (std::size_t i = 1; i <= more; ++i) {
        const auto next = static_cast<unsigned char>(text[at + i]);
        if ((next & 0xC0) != 0x80) return {};
        codePoint = (codePoint << 6) | (next & 0x3F);
    }
    const bool surrogate = codePoint >= 0xD800 && codePoint <= 0xDFFF;
    if (codePoint < minimum || codePoint > 0x10FFFF || surrogate) return {};
    return {codePoint, more + 1};
}

}  // namespace

bool isValidUtf8(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const Decoded next = decodeAt(text, at);
        if (next.length == 0) return false;
        at += next.length;
    }
    return true;
}

std::u32string decodeUtf8(std::string_view text) {
    std::u32string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const Decoded next = decodeAt(text, at);
        out.push_back(next.length == 0 ? U'\uFFFD' : next.codePoint);
        at += next.length == 0 ? 1 : next.length;
    }
    return out;
}

std::string escapeInvalidUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        const Decoded next = decodeAt(text, at);
        if (next.length == 0) {
            char escaped[5];
            std::snprintf(escaped, sizeof escaped, "\\x%02X", static_cast<unsigned char>(text[at]));
            out.append(escaped);
            ++at;
        } else {
            out.append(text.substr(at, next.length));
            at += next.length;
        }
    }
    return out;
}

std::string pathText(const std::filesystem::path& path) { return escapeInvalidUtf8(path.native()); }

std::string quotedPathText(const std::filesystem::path& path) { return '\'' + pathText(path) + '\''; }

}  // namespace reunite
