#include "domain/Sex.h"

#include <cctype>
#include <string>

namespace reunite {

const char* sexName(Sex sex) {
    switch (sex) {
    case Sex::Female: return "female";
    case Sex::Male: return "male";
    case Sex::Unknown: return "unknown";
    }
    return "unknown";
}

char sexCode(Sex sex) {
    switch (sex) {
    case Sex::Female: return 'F';
    case Sex::Male: return 'M';
    case Sex::Unknown: return 'U';
    }
    return 'U';
}

std::optional<Sex> parseSex(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    std::string lower;
    for (char c : text) lower += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    if (lower == "f" || lower == "female") return Sex::Female;
    if (lower == "m" || lower == "male") return Sex::Male;
    if (lower == "u" || lower == "unknown") return Sex::Unknown;
    return std::nullopt;
}

}  // namespace reunite
