#pragma once
// ReportFormat: how values are written in reports and posters, independent of the process locale
// (a decimal point always, so the same data gives the same bytes under any locale).
// Thread safety: pure functions.
#include <optional>
#include <string>
#include <string_view>

#include "report/ReportLanguage.h"

namespace reunite::report {

std::string formatFixed(double value, int decimals);
// Up to `significant` digits, scientific notation for very large or small values ("1.234e+06").
std::string formatSignificant(double value, int significant);
// 6 -> "6", 6.5 -> "6.5".
std::string formatAge(double years);
// "2024-05-01T12:34:56.789Z" -> "2024-05-01 12:34 UTC"; other text unchanged.
std::string displayTime(std::string_view iso);
// The stored date or the language's "not recorded".
std::string displayDate(const std::optional<std::string>& date, ReportLanguage language);
// "Label: value" in English, "标签：值" (full-width colon) in Chinese.
std::string labelled(std::string_view label, std::string_view value, ReportLanguage language);

}  // namespace reunite::report
