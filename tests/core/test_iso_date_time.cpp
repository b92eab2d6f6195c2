// Dates and timestamps as text (domain/IsoDateTime.h): the one parser and formatter the database
// records and the reports share, and the ages between two dates.
#include <catch2/catch.hpp>

#include "domain/IsoDateTime.h"

using namespace reunite;
using namespace std::chrono;

TEST_CASE("calendar dates are real dates written YYYY-MM-DD", "[domain][dates]") {
    CHECK(isIsoDate("2024-02-29"));
    CHECK_FALSE(isIsoDate("2023-02-29"));
    CHECK_FALSE(isIsoDate("2024-13-01"));
    CHECK_FALSE(isIsoDate("2024-1-01"));
    CHECK_FALSE(isIsoDate("2024-01-01T00:00:00Z"));  // a timestamp is not a date
    REQUIRE(leadingIsoDate("2024-01-31T23:59:59Z").has_value());
    CHECK(*leadingIsoDate("2024-01-31T23:59:59Z") == year_month_day{year{2024}, month{1}, day{31}});
}

TEST_CASE("timestamps are read with their zone and written in UTC", "[domain][dates]") {
    const auto parsed = parseIsoTimestamp("2025-01-01T23:30:00.5-01:00");
    REQUIRE(parsed.has_value());
    CHECK(formatUtcSeconds(*parsed) == "2025-01-02T00:30:00Z");
    CHECK(formatUtcMilliseconds(sys_days{year{2024} / 5 / 1} + hours{12} + minutes{34} + seconds{56} + milliseconds{7}) ==
          "2024-05-01T12:34:56.007Z");
    for (const char* bad : {"2025-01-02T24:00", "2025-01-02T03:04+5", "2025-01-02X03:04", "2025-01-02T3:04"}) {
        INFO(bad);
        CHECK_FALSE(parseIsoTimestamp(bad).has_value());
    }
    CHECK(currentUtcSeconds().size() == 20);
}

TEST_CASE("ages between two dates, in whole and in fractional years", "[domain][dates]") {
    CHECK(wholeYearsBetween("2000-02-29", "2004-02-28") == 3);
    CHECK(wholeYearsBetween("2000-02-29", "2004-02-29T00:00:00Z") == 4);
    REQUIRE(yearsBetween("1990-06-15", "2025-03-01").has_value());
    CHECK(*yearsBetween("1990-06-15", "2025-03-01") == Approx(12678 / 365.2425));
    CHECK_FALSE(yearsBetween("1990-06-15", "soon").has_value());
}

TEST_CASE("an event time is a date or a UTC timestamp, never one with an offset", "[time]") {
    for (const char* good : {"2024-05-01", "2024-05-01T14:30", "2024-05-01 14:30", "2024-05-01T14:30:05",
                             "2024-05-01T14:30:05Z", "2024-05-01T14:30:05.123Z", "2024-02-29T00:00Z"}) {
        INFO(good);
        CHECK(reunite::isUtcIsoDateOrTimestamp(good));
    }
    for (const char* bad : {"", "2024-05-01T14:30+02:00", "2024-05-01T14:30:05-01:00", "2023-02-29", "2024-05-01T24:00",
                            "2024-05-01T14:60", "2024-05-01X14:30", "2024-05-01T14:30:05.", "01.05.2024"}) {
        INFO(bad);
        CHECK_FALSE(reunite::isUtcIsoDateOrTimestamp(bad));
    }
}
