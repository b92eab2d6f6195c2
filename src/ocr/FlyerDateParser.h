#pragma once
// Finds calendar dates in flyer text, in the formats flyers use: 2004-05-06, 2004/5/6, 05/06/2004,
// 6.5.04, May 6, 2004, 6th May 2004, 6 of May 2004, Sept. 2004, 2004年5月6日 (also with Chinese
// numerals, 二〇〇四年五月六日, and 号 or the OCR misreadings 曰/目 for 日), and a bare year where
// the caller accepts one.
// Inputs: normalized UTF-8 text (see OcrTextNormalizer.h). Digits that OCR misread as letters
// (O/o for 0, I/l/| for 1) are accepted inside tokens that also hold real digits ("2OO4-O5-O6").
// Guarantees: only real calendar days between 1900 and next year are returned; positions are byte
// offsets into the given text. Numeric dates with both parts <= 12 use options.ambiguousOrder and
// are flagged ambiguous. Pure functions, never throw on input.
// Thread safety: stateless (the patterns are immutable statics), safe from any thread.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reunite::ocr {

enum class NumericDateOrder { MonthFirst, DayFirst };

struct DateParseOptions {
    NumericDateOrder ambiguousOrder = NumericDateOrder::MonthFirst;  // how to read 05/06/2004
    int currentYear = 0;  // 0: this year by the system clock (limits years and two-digit years)
    bool acceptYearOnly = false;  // also return a bare "2004" or a "May 2004"
};

enum class DatePrecision { Day, Month, Year };

struct FoundDate {
    int year = 0;
    int month = 0;  // 0 when only the year is known
    int day = 0;    // 0 when only the year or month is known
    DatePrecision precision = DatePrecision::Day;
    bool ambiguous = false;  // day/month order was a guess
    std::size_t begin = 0;   // byte range of the date in the text
    std::size_t end = 0;

    // "YYYY-MM-DD" for a full date, "" otherwise.
    std::string iso() const;
};

// Every date in the text, in order of position, non-overlapping (full dates win over partial ones).
std::vector<FoundDate> findDates(std::string_view text, const DateParseOptions& options = {});
// The first date in the text, if any.
std::optional<FoundDate> findFirstDate(std::string_view text, const DateParseOptions& options = {});

// The text with OCR letter-for-digit confusions repaired inside digit tokens (same byte length).
std::string repairDigitTokens(std::string_view text);

bool isRealCalendarDay(int year, int month, int day);

}  // namespace reunite::ocr
