#include "ocr/FlyerDateParser.h"

#include "ocr/ChineseNumerals.h"

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <regex>

namespace reunite::ocr {
namespace {

constexpr const char* kMonthPattern =
    "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|"
    "oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\b\\.?";
constexpr const char* kDayMark = "(?:日|号|號|曰|目)";

enum class PatternKind { IsoNumeric, ChineseDay, ChineseMonth, ChineseYear, NumericDmyOrMdy, MonthDayYear,
                         DayMonthYear, MonthYear, YearOnly };

struct Pattern {
    PatternKind kind;
    std::regex regex;
};

const std::vector<Pattern>& patterns() {
    static const std::vector<Pattern> all = [] {
        const auto flags = std::regex::ECMAScript | std::regex::icase | std::regex::optimize;
        const std::string month = kMonthPattern;
        const std::string cnNumber = std::string("(\\d{1,4}|") + std::string(kChineseNumeralPattern) + "{1,4})";
        std::vector<Pattern> list;
        list.push_back({PatternKind::IsoNumeric,
                        std::regex("(?:^|[^\\d])((\\d{4})\\s?[-/.]\\s?(\\d{1,2})\\s?[-/.]\\s?(\\d{1,2}))(?!\\d)", flags)});
        list.push_back({PatternKind::ChineseDay,
                        std::regex("()" + cnNumber + "\\s?年\\s?" + cnNumber + "\\s?月\\s?" + cnNumber + "\\s?" + kDayMark + "?",
                                   flags)});
        list.push_back({PatternKind::ChineseMonth, std::regex("()" + cnNumber + "\\s?年\\s?" + cnNumber + "\\s?(?:月|份)", flags)});
        list.push_back({PatternKind::ChineseYear, std::regex("()" + cnNumber + "\\s?年", flags)});
        list.push_back({PatternKind::NumericDmyOrMdy,
                        std::regex("(?:^|[^\\d])((\\d{1,2})\\s?[-/.]\\s?(\\d{1,2})\\s?[-/.]\\s?(\\d{4}|\\d{2}))(?!\\d)", flags)});
        list.push_back({PatternKind::MonthDayYear,
                        std::regex("\\b(" + month + "\\s?(\\d{1,2})(?:st|nd|rd|th)?\\s?[,.]?\\s?(\\d{4}))(?!\\d)", flags)});
        list.push_back({PatternKind::DayMonthYear,
                        std::regex("(?:^|[^\\d])((\\d{1,2})(?:st|nd|rd|th)?\\s?(?:of\\s)?[-/ ]?" + month +
                                       "\\s?[-/,]?\\s?(\\d{4}))(?!\\d)",
                                   flags)});
        list.push_back({PatternKind::MonthYear, std::regex("\\b(" + month + "\\s?,?\\s?(\\d{4}))(?!\\d)", flags)});
        list.push_back({PatternKind::YearOnly, std::regex("(?:^|[^\\d])((?:19|20)\\d{2})(?!\\d)", flags)});
        return list;
    }();
    return all;
}

int monthFromName(const std::string& name) {
    static const char* const prefixes[] = {"jan", "feb", "mar", "apr", "may", "jun",
                                           "jul", "aug", "sep", "oct", "nov", "dec"};
    std::string lower;
    for (char c : name.substr(0, 3)) lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    for (int i = 0; i < 12; ++i) {
        if (lower == prefixes[i]) return i + 1;
    }
    return 0;
}

int numberValue(const std::string& text, NumeralStyle style) { return parseNumber(text, style).value_or(-1); }

int thisYear() {
    const auto now = std::chrono::system_clock::now();
    const std::chrono::year_month_day today{std::chrono::floor<std::chrono::days>(now)};
    return static_cast<int>(today.year());
}

int expandTwoDigitYear(int year, int currentYear) {
    if (year >= 100) return year;
    return year <= currentYear % 100 ? 2000 + year : 1900 + year;
}

struct Candidate {
    FoundDate date;
    int rank = 0;  // lower wins at the same position
};

bool isDigitLike(char c) { return c == 'O' || c == 'o' || c == 'I' || c == 'l' || c == '|'; }

}  // namespace

std::string FoundDate::iso() const {
    if (precision != DatePrecision::Day) return {};
    char buffer[16];
    std::snprintf(buffer, sizeof buffer, "%04d-%02d-%02d", year, month, day);
    return buffer;
}

bool isRealCalendarDay(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) return false;
    static const int lengths[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
    const int length = month == 2 && leap ? 29 : lengths[month - 1];
    return day <= length;
}

std::string repairDigitTokens(std::string_view text) {
    std::string out(text);
    std::size_t i = 0;
    auto isTokenChar = [](char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c == '|';
    };
    while (i < out.size()) {
        if (!isTokenChar(out[i])) {
            ++i;
            continue;
        }
        std::size_t end = i;
        bool hasDigit = false;
        bool onlyDigitLike = true;
        while (end < out.size() && isTokenChar(out[end])) {
            const char c = out[end];
            if (c >= '0' && c <= '9') {
                hasDigit = true;
            } else if (!isDigitLike(c)) {
                onlyDigitLike = false;
            }
            ++end;
        }
        if (hasDigit && onlyDigitLike) {
            for (std::size_t k = i; k < end; ++k) {
                if (out[k] == 'O' || out[k] == 'o') out[k] = '0';
                if (out[k] == 'I' || out[k] == 'l' || out[k] == '|') out[k] = '1';
            }
        }
        i = end;
    }
    return out;
}

std::vector<FoundDate> findDates(std::string_view rawText, const DateParseOptions& options) {
    const std::string text = repairDigitTokens(rawText);
    const int currentYear = options.currentYear > 0 ? options.currentYear : thisYear();
    std::vector<Candidate> candidates;

    for (const Pattern& pattern : patterns()) {
        for (auto it = std::sregex_iterator(text.begin(), text.end(), pattern.regex); it != std::sregex_iterator(); ++it) {
            const std::smatch& m = *it;
            FoundDate date;
            int rank = 0;
            switch (pattern.kind) {
            case PatternKind::IsoNumeric:
                date.year = std::stoi(m[2]);
                date.month = std::stoi(m[3]);
                date.day = std::stoi(m[4]);
                break;
            case PatternKind::ChineseDay:
                date.year = numberValue(m[2], NumeralStyle::Positional);
                date.month = numberValue(m[3], NumeralStyle::Counting);
                date.day = numberValue(m[4], NumeralStyle::Counting);
                break;
            case PatternKind::ChineseMonth:
                date.year = numberValue(m[2], NumeralStyle::Positional);
                date.month = numberValue(m[3], NumeralStyle::Counting);
                date.precision = DatePrecision::Month;
                rank = 1;
                break;
            case PatternKind::ChineseYear:
                date.year = numberValue(m[2], NumeralStyle::Positional);
                date.precision = DatePrecision::Year;
                rank = 2;
                break;
            case PatternKind::NumericDmyOrMdy: {
                const int first = std::stoi(m[2]);
                const int second = std::stoi(m[3]);
                date.year = expandTwoDigitYear(std::stoi(m[4]), currentYear);
                bool monthFirst = options.ambiguousOrder == NumericDateOrder::MonthFirst;
                if (first > 12) {
                    monthFirst = false;
                } else if (second > 12) {
                    monthFirst = true;
                } else if (first != second) {
                    date.ambiguous = true;
                }
                date.month = monthFirst ? first : second;
                date.day = monthFirst ? second : first;
                break;
            }
            case PatternKind::MonthDayYear:
                date.month = monthFromName(m[2]);
                date.day = std::stoi(m[3]);
                date.year = std::stoi(m[4]);
                break;
            case PatternKind::DayMonthYear:
                date.day = std::stoi(m[2]);
                date.month = monthFromName(m[3]);
                date.year = std::stoi(m[4]);
                break;
            case PatternKind::MonthYear:
                date.month = monthFromName(m[2]);
                date.year = std::stoi(m[3]);
                date.precision = DatePrecision::Month;
                rank = 1;
                break;
            case PatternKind::YearOnly:
                date.year = std::stoi(m[1]);
                date.precision = DatePrecision::Year;
                rank = 2;
                break;
            }
            if (date.year < 1900 || date.year > currentYear + 1) continue;
            if (date.precision == DatePrecision::Day && !isRealCalendarDay(date.year, date.month, date.day)) continue;
            if (date.precision == DatePrecision::Month && (date.month < 1 || date.month > 12)) continue;
            if (date.precision != DatePrecision::Day && !options.acceptYearOnly) continue;
            const int group = m[1].matched && m[1].length() > 0 ? 1 : 0;
            date.begin = static_cast<std::size_t>(m.position(group));
            date.end = date.begin + static_cast<std::size_t>(m.length(group));
            candidates.push_back({date, rank});
        }
    }

    // Prefer, at overlapping positions, the more precise and then the longer match.
    std::sort(candidates.begin(), candidates.end(), [](const Candidate& a, const Candidate& b) {
        if (a.rank != b.rank) return a.rank < b.rank;
        const std::size_t lengthA = a.date.end - a.date.begin;
        const std::size_t lengthB = b.date.end - b.date.begin;
        if (lengthA != lengthB) return lengthA > lengthB;
        return a.date.begin < b.date.begin;
    });
    std::vector<FoundDate> chosen;
    for (const Candidate& candidate : candidates) {
        const bool overlaps = std::any_of(chosen.begin(), chosen.end(), [&](const FoundDate& taken) {
            return candidate.date.begin < taken.end && taken.begin < candidate.date.end;
        });
        if (!overlaps) chosen.push_back(candidate.date);
    }
    std::sort(chosen.begin(), chosen.end(), [](const FoundDate& a, const FoundDate& b) { return a.begin < b.begin; });
    return chosen;
}

std::optional<FoundDate> findFirstDate(std::string_view text, const DateParseOptions& options) {
    std::vector<FoundDate> dates = findDates(text, options);
    if (dates.empty()) return std::nullopt;
    return dates.front();
}

}  // namespace reunite::ocr
