#include "report/ReportFormat.h"

#include <charconv>
#include <cmath>

#include "report/ReportTexts.h"

namespace reunite::report {

std::string formatFixed(double value, int decimals) {
    if (!std::isfinite(value)) return std::isnan(value) ? "n/a" : (value > 0 ? "inf" : "-inf");
    char buffer[64];
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, std::chars_format::fixed, decimals);
    return std::string(buffer, result.ptr);
}

std::string formatSignificant(double value, int significant) {
    if (!std::isfinite(value)) return formatFixed(value, 0);
    const double magnitude = std::fabs(value);
    char buffer[64];
    const bool scientific = magnitude != 0 && (magnitude >= 1e6 || magnitude < 1e-3);
    const auto format = scientific ? std::chars_format::scientific : std::chars_format::general;
    const auto result = std::to_chars(buffer, buffer + sizeof buffer, value, format, scientific ? significant - 1 : significant);
    return std::string(buffer, result.ptr);
}

std::string formatAge(double years) {
    const double rounded = std::round(years * 10) / 10;
    return std::fabs(rounded - std::round(rounded)) < 1e-9 ? formatFixed(rounded, 0) : formatFixed(rounded, 1);
}

std::string displayTime(std::string_view iso) {
    if (iso.size() < 16 || iso[10] != 'T') return std::string(iso);
    std::string shown = std::string(iso.substr(0, 10)) + " " + std::string(iso.substr(11, 5));
    if (iso.back() == 'Z') shown += " UTC";
    return shown;
}

std::string labelled(std::string_view label, std::string_view value, ReportLanguage language) {
    const char* separator = language == ReportLanguage::SimplifiedChinese ? "\uFF1A" : ": ";
    return std::string(label) + separator + std::string(value);
}

std::string displayDate(const std::optional<std::string>& date, ReportLanguage language) {
    return date && !date->empty() ? *date : text(TextId::NotRecorded, language);
}

}  // namespace reunite::report
