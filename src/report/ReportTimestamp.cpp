#include "report/ReportTimestamp.h"

#include <chrono>
#include <cstdio>
#include <ctime>
#include <optional>

namespace reunite::report {
namespace {

using namespace std::chrono;

std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

std::optional<year_month_day> dateOf(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (!y || !m || !d) return std::nullopt;
    const year_month_day date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

Error badTimestamp(std::string_view text) {
    return makeError(ErrorCode::InvalidArgument, "'" + std::string(text) +
                                                     "' is not a timestamp: use YYYY-MM-DD or YYYY-MM-DDTHH:MM:SSZ (ISO 8601)");
}

std::string formatUtc(sys_seconds time) {
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss<seconds> clock{time - day};
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%04d-%02u-%02uT%02d:%02d:%02dZ", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()));
    return buffer;
}

// Time of day and zone after the date: "THH:MM[:SS[.fff]][Z|+HH:MM|-HH:MM]".
std::optional<seconds> timeOfDayUtcOffsetApplied(std::string_view rest) {
    if (rest.empty()) return seconds{0};
    if (rest[0] != 'T' && rest[0] != ' ') return std::nullopt;
    const auto hour = digits(rest, 1, 2), minute = digits(rest, 4, 2);
    if (!hour || !minute || rest.size() < 6 || rest[3] != ':' || *hour > 23 || *minute > 59) return std::nullopt;
    std::size_t at = 6;
    int second = 0;
    if (at < rest.size() && rest[at] == ':') {
        const auto s = digits(rest, at + 1, 2);
        if (!s || *s > 59) return std::nullopt;
        second = *s;
        at += 3;
        if (at < rest.size() && rest[at] == '.') {
            ++at;
            const std::size_t start = at;
            while (at < rest.size() && rest[at] >= '0' && rest[at] <= '9') ++at;
            if (at == start) return std::nullopt;
        }
    }
    seconds offset{0};
    const std::string_view zone = rest.substr(at);
    if (zone == "Z" || zone.empty()) {
        offset = seconds{0};
    } else if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        const auto zh = digits(zone, 1, 2), zm = digits(zone, 4, 2);
        if (!zh || !zm || *zh > 14 || *zm > 59) return std::nullopt;
        offset = hours{*zh} + minutes{*zm};
        if (zone[0] == '-') offset = -offset;
    } else {
        return std::nullopt;
    }
    return hours{*hour} + minutes{*minute} + seconds{second} - offset;
}

}  // namespace

Result<std::string> normaliseReportTimestamp(std::string_view text) {
    const std::optional<year_month_day> date = dateOf(text);
    if (!date) return badTimestamp(text);
    const std::optional<seconds> time = timeOfDayUtcOffsetApplied(text.substr(10));
    if (!time) return badTimestamp(text);
    return formatUtc(sys_seconds{sys_days{*date}} + *time);
}

std::string currentReportTimestamp() { return formatUtc(floor<seconds>(system_clock::now())); }

Result<double> ageAt(std::string_view birthDate, std::string_view timestamp, bool fractional) {
    const std::optional<year_month_day> born = dateOf(birthDate);
    const std::optional<year_month_day> now = dateOf(timestamp);
    if (!born || !now) return makeError(ErrorCode::InvalidArgument, "an age needs two dates YYYY-MM-DD");
    if (fractional) return static_cast<double>((sys_days{*now} - sys_days{*born}).count()) / 365.2425;
    int years = static_cast<int>(now->year()) - static_cast<int>(born->year());
    if (now->month() < born->month() || (now->month() == born->month() && now->day() < born->day())) --years;
    return static_cast<double>(years);
}

}  // namespace reunite::report
