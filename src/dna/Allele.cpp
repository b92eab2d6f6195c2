#include "dna/Allele.h"

#include <cctype>
#include <charconv>

namespace reunite::dna {
namespace {

std::string_view trimmed(std::string_view text) {
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.front()))) text.remove_prefix(1);
    while (!text.empty() && std::isspace(static_cast<unsigned char>(text.back()))) text.remove_suffix(1);
    return text;
}

bool allDigits(std::string_view text) {
    if (text.empty()) return false;
    for (const char c : text)
        if (!std::isdigit(static_cast<unsigned char>(c))) return false;
    return true;
}

// "010" -> "10", "0" stays "0".
std::string withoutLeadingZeros(std::string_view digits) {
    while (digits.size() > 1 && digits.front() == '0') digits.remove_prefix(1);
    return std::string(digits);
}

// "30" -> "3", "000" -> "".
std::string withoutTrailingZeros(std::string_view digits) {
    while (!digits.empty() && digits.back() == '0') digits.remove_suffix(1);
    return std::string(digits);
}

// The normalised spelling of a repeat number ("9.3", "10"), or nothing.
std::optional<std::string> normalisedRepeatNumber(std::string_view text) {
    const std::size_t dot = text.find('.');
    const std::string_view whole = text.substr(0, dot);
    if (!allDigits(whole) || whole.size() > 6) return std::nullopt;
    std::string out = withoutLeadingZeros(whole);
    if (dot == std::string_view::npos) return out;
    const std::string_view fraction = text.substr(dot + 1);
    if (!allDigits(fraction) || fraction.size() > 3) return std::nullopt;
    const std::string fractionDigits = withoutTrailingZeros(fraction);
    if (!fractionDigits.empty()) out += "." + fractionDigits;
    return out;
}

double numericValue(const std::string& normalised) {
    double value = 0.0;
    std::from_chars(normalised.data(), normalised.data() + normalised.size(), value);
    return value;
}

std::string upperCase(std::string_view text) {
    std::string out;
    for (const char c : text) out.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    return out;
}

}  // namespace

std::optional<Allele> Allele::parse(std::string_view raw) {
    const std::string_view text = trimmed(raw);
    if (text.empty()) return std::nullopt;
    const std::string upper = upperCase(text);
    if (upper == "X" || upper == "Y") return Allele(upper, false, std::nullopt);
    if (upper == "OL") return Allele("OL", true, std::nullopt);
    if (text.front() == '<' || text.front() == '>') {
        const auto bound = normalisedRepeatNumber(trimmed(text.substr(1)));
        if (!bound) return std::nullopt;
        return Allele(std::string(1, text.front()) + *bound, true, std::nullopt);
    }
    const auto number = normalisedRepeatNumber(text);
    if (!number || numericValue(*number) <= 0.0) return std::nullopt;
    return Allele(*number, false, numericValue(*number));
}

bool operator<(const Allele& a, const Allele& b) {
    if (a.repeats_ && b.repeats_ && *a.repeats_ != *b.repeats_) return *a.repeats_ < *b.repeats_;
    if (a.repeats_.has_value() != b.repeats_.has_value()) return a.repeats_.has_value();
    return a.text_ < b.text_;
}

}  // namespace reunite::dna
