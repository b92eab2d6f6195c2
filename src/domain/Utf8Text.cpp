#include "domain/Utf8Text.h"

#include <cstddef>

namespace reunite {
namespace {

// The number of continuation bytes a lead byte announces and the smallest code point it may
// encode (to refuse overlong forms); 0 continuations and minimum 0 for ASCII, -1 for a bad lead.
int continuationCount(unsigned char lead, char32_t& minimum) {
    if (lead < 0x80) return minimum = 0, 0;
    if (lead >= 0xC2 && lead <= 0xDF) return minimum = 0x80, 1;
    if (lead >= 0xE0 && lead <= 0xEF) return minimum = 0x800, 2;
    if (lead >= 0xF0 && lead <= 0xF4) return minimum = 0x10000, 3;
    return -1;
}

}  // namespace

bool isValidUtf8(std::string_view text) {
    for (std::size_t at = 0; at < text.size();) {
        const auto lead = static_cast<unsigned char>(text[at]);
        char32_t minimum = 0;
        const int more = continuationCount(lead, minimum);
        if (more < 0 || text.size() - at <= static_cast<std::size_t>(more)) return false;  // needs more + 1 bytes
        char32_t codePoint = more == 0 ? lead : (lead & (0x3F >> more));
        for (int i = 1; i <= more; ++i) {
            const auto next = static_cast<unsigned char>(text[at + static_cast<std::size_t>(i)]);
            if ((next & 0xC0) != 0x80) return false;
            codePoint = (codePoint << 6) | (next & 0x3F);
        }
        if (codePoint < minimum || codePoint > 0x10FFFF || (codePoint >= 0xD800 && codePoint <= 0xDFFF)) return false;
        at += static_cast<std::size_t>(more) + 1;
    }
    return true;
}

std::string toValidUtf8(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t at = 0; at < text.size();) {
        char32_t minimum = 0;
        const int more = continuationCount(static_cast<unsigned char>(text[at]), minimum);
        const std::size_t length = more < 0 ? 1 : static_cast<std::size_t>(more) + 1;
        if (more >= 0 && length <= text.size() - at && isValidUtf8(text.substr(at, length))) {
            out.append(text.substr(at, length));
            at += length;
        } else {
            out.append("\xEF\xBF\xBD");
            ++at;
        }
    }
    return out;
}

}  // namespace reunite
