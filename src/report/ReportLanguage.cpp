#include "report/ReportLanguage.h"

#include <algorithm>
#include <cctype>
#include <string>

namespace reunite::report {

const char* languageCode(ReportLanguage language) {
    return language == ReportLanguage::SimplifiedChinese ? "zh_CN" : "en";
}

std::optional<ReportLanguage> parseReportLanguage(std::string_view code) {
    std::string lower(code);
    std::transform(lower.begin(), lower.end(), lower.begin(), [](unsigned char c) { return std::tolower(c); });
    if (lower == "en" || lower == "en_us" || lower == "en_gb" || lower == "english") return ReportLanguage::English;
    if (lower == "zh_cn" || lower == "zh-cn" || lower == "zh" || lower == "zh_hans" || lower == "zh-hans") {
        return ReportLanguage::SimplifiedChinese;
    }
    return std::nullopt;
}

}  // namespace reunite::report
