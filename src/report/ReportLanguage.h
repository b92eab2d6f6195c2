#pragma once
// ReportLanguage: the language of a report's or poster's fixed texts (headings, labels, the lead
// statement). The data itself (names, notes, places) is printed as stored.
// Codes: "en" and "zh_CN" (also accepted: "zh", "zh-CN", "zh_Hans"), case-insensitive.
// Thread safety: plain values and pure functions.
#include <optional>
#include <string_view>

namespace reunite::report {

enum class ReportLanguage { English, SimplifiedChinese };

const char* languageCode(ReportLanguage language);  // "en", "zh_CN"
std::optional<ReportLanguage> parseReportLanguage(std::string_view code);

}  // namespace reunite::report
