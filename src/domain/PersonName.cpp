#include "domain/PersonName.h"

namespace reunite {

bool containsCjk(std::string_view text) {
    for (std::size_t i = 0; i + 2 < text.size(); ++i) {
        const auto lead = static_cast<unsigned char>(text[i]);
        if (lead >= 0xE3 && lead <= 0xE9) return true;  // the lead bytes of U+3000..U+9FFF
    }
    return false;
}

std::string personDisplayName(std::string_view givenNames, std::string_view familyName) {
    if (givenNames.empty()) return std::string(familyName);
    if (familyName.empty()) return std::string(givenNames);
    if (containsCjk(givenNames) || containsCjk(familyName)) return std::string(familyName) + std::string(givenNames);
    return std::string(givenNames) + " " + std::string(familyName);
}

}  // namespace reunite
