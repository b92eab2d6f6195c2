#include "age/Sex.h"

#include <algorithm>
#include <cctype>

namespace reunite {

const char* sexName(Sex sex) {
    switch (sex) {
    case Sex::Female: return "female";
    case Sex::Male: return "male";
    case Sex::Unknown: return "unknown";
    }
    return "unknown";
}

std::optional<Sex> parseSex(const std::string& text) {
    std::string lower = text;
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "f" || lower == "female") return Sex::Female;
    if (lower == "m" || lower == "male") return Sex::Male;
    if (lower == "u" || lower == "unknown") return Sex::Unknown;
    return std::nullopt;
}

}  // namespace reunite
