#include "domain/IsoDateTime.h"

#include <cstdio>

namespace reunite {
namespace {

using namespace std::chrono;

constexpr double kDaysPerYear = 365.2425;

std::optional<int> digits(std::string_view text, std::size_t at, std::size_t count) {
    if (at + count > text.size()) return std::nullopt;
    int value = 0;
    for (std::size_t i = at; i < at + count; ++i) {
        if (text[i] < '0' || text[i] > '9') return std::nullopt;
        value = value * 10 + (text[i] - '0');
    }
    return value;
}

// Seconds after a fraction-free "HH:MM[:SS[.fff]]" start at `at` of `rest`; `at` moves past it.
std::optional<seconds> clockTime(std::string_view rest, std::size_t& at) {
    const auto hour = digits(rest, at, 2), minute = digits(rest, at + 3, 2);
    if (!hour || !minute || rest[at + 2] != ':' || *hour > 23 || *minute > 59) return std::nullopt;
    at += 5;
    int second = 0;
    if (at < rest.size() && rest[at] == ':') {
        const auto s = digits(rest, at + 1, 2);
        if (!s || *s > 59) return std::nullopt;
        second = *s;
        at += 3;
        if (at < rest.size() && rest[at] == '.') {
            const std::size_t start = ++at;
            while (at < rest.size() && rest[at] >= '0' && rest[at] <= '9') ++at;
            if (at == start) return std::nullopt;
        }
    }
    return hours{*hour} + minutes{*minute} + seconds{second};
}

// The zone "", "Z", "+HH:MM" or "-HH:MM" as the offset from UTC.
std::optional<seconds> zoneOffset(std::string_view zone) {
    if (zone.empty() || zone == "Z") return seconds{0};
    if (zone.size() != 6 || (zone[0] != '+' && zone[0] != '-') || zone[3] != ':') return std::nullopt;
    const auto zh = digits(zone, 1, 2), zm = digits(zone, 4, 2);
    if (!zh || !zm || *zh > 14 || *zm > 59) return std::nullopt;
    const seconds offset = hours{*zh} + minutes{*zm};
    return zone[0] == '-' ? -offset : offset;
}

// Time of day and zone after the date: "" or "THH:MM[:SS[.fff]][Z|+HH:MM|-HH:MM]", as UTC seconds.
std::optional<seconds> timeOfDayUtc(std::string_view rest) {
    if (rest.empty()) return seconds{0};
    if (rest[0] != 'T' && rest[0] != ' ') return std::nullopt;
    std::size_t at = 1;
    const std::optional<seconds> time = clockTime(rest, at);
    if (!time) return std::nullopt;
    const std::optional<seconds> offset = zoneOffset(rest.substr(at));
    if (!offset) return std::nullopt;
    return *time - *offset;
}

std::string formatUtc(sys_seconds time, std::optional<int> milliseconds) {
    const sys_days day = floor<days>(time);
    const year_month_day date{day};
    const hh_mm_ss<seconds> clock{time - day};
    char text[40];
    std::snprintf(text, sizeof text, "%04d-%02u-%02uT%02d:%02d:%02d", static_cast<int>(date.year()),
                  static_cast<unsigned>(date.month()), static_cast<unsigned>(date.day()), static_cast<int>(clock.hours().count()),
                  static_cast<int>(clock.minutes().count()), static_cast<int>(clock.seconds().count()));
    std::string out = text;
    if (milliseconds) {
        std::snprintf(text, sizeof text, ".%03d", *milliseconds);
        out += text;
    }
    return out + "Z";
}

}  // namespace

std::optional<year_month_day> leadingIsoDate(std::string_view text) {
    if (text.size() < 10 || text[4] != '-' || text[7] != '-') return std::nullopt;
    const auto y = digits(text, 0, 4), m = digits(text, 5, 2), d = digits(text, 8, 2);
    if (!y || !m || !d) return std::nullopt;
    const year_month_day date{year{*y}, month{static_cast<unsigned>(*m)}, day{static_cast<unsigned>(*d)}};
    if (!date.ok()) return std::nullopt;
    return date;
}

bool isIsoDate(std::string_view text) { return text.size() == 10 && leadingIsoDate(text).has_value(); }

std::optional<sys_seconds> parseIsoTimestamp(std::string_view text) {
    const std::optional<year_month_day> date = leadingIsoDate(text);
    if (!date) return std::nullopt;
    const std::optional<seconds> time = timeOfDayUtc(text.substr(10));
    if (!time) return std::nullopt;
    return sys_seconds{sys_days{*date}} + *time;
}

bool isUtcIsoDateOrTimestamp(std::string_view text) {
    return parseIsoTimestamp(text).has_value() && (text.size() <= 10 || text.find_first_of("+-", 10) == std::string_view::npos);
}

std::string formatUtcSeconds(sys_seconds time) { return formatUtc(time, std::nullopt); }

std::string formatUtcMilliseconds(sys_time<milliseconds> time) {
    const sys_seconds whole = floor<seconds>(time);
    return formatUtc(whole, static_cast<int>((time - whole).count()));
}

std::string currentUtcSeconds() { return formatUtcSeconds(floor<seconds>(system_clock::now())); }

std::optional<int> wholeYearsBetween(std::string_view from, std::string_view to) {
    const std::optional<year_month_day> start = leadingIsoDate(from);
    const std::optional<year_month_day> end = leadingIsoDate(to);
    if (!start || !end) return std::nullopt;
    int years = static_cast<int>(end->year()) - static_cast<int>(start->year());
    if (end->month() < start->month() || (end->month() == start->month() && end->day() < start->day())) --years;
    return years;
}

std::optional<double> yearsBetween(std::string_view from, std::string_view to) {
    const std::optional<year_month_day> start = leadingIsoDate(from);
    const std::optional<year_month_day> end = leadingIsoDate(to);
    if (!start || !end) return std::nullopt;
    return static_cast<double>((sys_days{*end} - sys_days{*start}).count()) / kDaysPerYear;
}

}  // namespace reunite
