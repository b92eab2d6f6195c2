// The text helpers under the flyer parser: OCR text normalization, dates, Chinese numerals and
// the search for Tesseract's language data.
#include <catch2/catch.hpp>

#include <fstream>
#include <string>

#include "ocr/ChineseNumerals.h"
#include "ocr/FlyerDateParser.h"
#include "ocr/OcrTextNormalizer.h"
#include "domain/TemporaryFolder.h"
#include "ocr/TessdataFolder.h"

using namespace reunite::ocr;

TEST_CASE("normalization of OCR text", "[ocr][normalize]") {
    SECTION("full-width forms and ideographic spaces") {
        CHECK(normalizeOcrText("姓名：张三　（男）") == "姓名:张三(男)");
        CHECK(normalizeOcrText("电话：１３８００１３８０００") == "电话:13800138000");
    }
    SECTION("spaces between Chinese characters go, spaces between words stay") {
        CHECK(normalizeOcrText("走 失 地 点 ： 北 京") == "走失地点:北京");
        CHECK(normalizeOcrText("2004 年 5 月 6 日") == "2004年5月6日");
        CHECK(normalizeOcrText("Name:  Emily   Zhang") == "Name: Emily Zhang");
        CHECK(normalizeOcrText("联系人 John Smith") == "联系人 John Smith");
    }
    SECTION("lines are trimmed, empty ones dropped, dashes and quotes made ASCII") {
        CHECK(normalizeOcrText("  MISSING  \r\n\r\n\n Height: 4\u20192\u201d \u2014 tall\f") == "MISSING\nHeight: 4'2\" - tall");
    }
    SECTION("zero-width and invalid bytes vanish") {
        CHECK(normalizeOcrText("Na\u200Bme\xff") == "Name");
    }
    SECTION("split lines") {
        CHECK(splitLines("a\n\n b \nc") == std::vector<std::string>{"a", "b", "c"});
    }
}

TEST_CASE("dates in text", "[ocr][dates]") {
    DateParseOptions options;
    options.currentYear = 2024;
    SECTION("positions are byte offsets") {
        const std::string text = "from 2010-06-01 at 5";
        auto date = findFirstDate(text, options);
        REQUIRE(date);
        CHECK(date->iso() == "2010-06-01");
        CHECK(text.substr(date->begin, date->end - date->begin) == "2010-06-01");
    }
    SECTION("several dates in order") {
        auto dates = findDates("born 6 May 2004, missing since 2010年6月1日", options);
        REQUIRE(dates.size() == 2);
        CHECK(dates[0].iso() == "2004-05-06");
        CHECK(dates[1].iso() == "2010-06-01");
    }
    SECTION("future years and year zero are refused") {
        CHECK_FALSE(findFirstDate("2099-01-01", options));
        CHECK_FALSE(findFirstDate("1850-01-01", options));
    }
    SECTION("two-digit years pivot on the current year") {
        options.ambiguousOrder = NumericDateOrder::DayFirst;
        CHECK(findFirstDate("06/05/24", options)->iso() == "2024-05-06");
        CHECK(findFirstDate("06/05/25", options)->iso() == "1925-05-06");
    }
    SECTION("partial dates only when asked") {
        CHECK_FALSE(findFirstDate("June 2010", options));
        options.acceptYearOnly = true;
        auto date = findFirstDate("June 2010", options);
        REQUIRE(date);
        CHECK(date->precision == DatePrecision::Month);
        CHECK(date->month == 6);
        CHECK(date->iso().empty());
    }
    SECTION("leap days") {
        CHECK(findFirstDate("2004-02-29", options)->iso() == "2004-02-29");
        CHECK_FALSE(findFirstDate("2005-02-29", options));
        CHECK(isRealCalendarDay(2000, 2, 29));
        CHECK_FALSE(isRealCalendarDay(1900, 2, 29));
    }
    SECTION("digit repairs keep words intact") {
        CHECK(repairDigitTokens("2OO4-O5-l6 Oct Ol") == "2004-05-16 Oct Ol");
    }
}

TEST_CASE("Chinese numerals", "[ocr][numerals]") {
    CHECK(parseNumber("二〇〇四", NumeralStyle::Positional) == 2004);
    CHECK(parseNumber("十", NumeralStyle::Counting) == 10);
    CHECK(parseNumber("十二", NumeralStyle::Counting) == 12);
    CHECK(parseNumber("二十一", NumeralStyle::Counting) == 21);
    CHECK(parseNumber("三十", NumeralStyle::Counting) == 30);
    CHECK(parseNumber("七", NumeralStyle::Counting) == 7);
    CHECK(parseNumber("15", NumeralStyle::Counting) == 15);
    CHECK_FALSE(parseNumber("十十", NumeralStyle::Counting));
    CHECK_FALSE(parseNumber("年", NumeralStyle::Counting));
    CHECK_FALSE(parseNumber("", NumeralStyle::Counting));
}

TEST_CASE("Tesseract language data", "[ocr][tessdata]") {
    CHECK(splitLanguages("eng+chi_sim") == std::vector<std::string>{"eng", "chi_sim"});
    CHECK(tessdataPackageFor("chi_sim") == "tesseract-ocr-chi-sim");
    CHECK(tessdataPackageFor("eng") == "tesseract-ocr-eng");

    reunite::TemporaryFolder empty("reunite-tessdata");
    SECTION("a folder without data names both packages") {
        auto found = findTessdataFolder("eng+chi_sim", empty.path());
        REQUIRE_FALSE(found);
        CHECK(found.error().code == reunite::ErrorCode::ModelMissing);
        CHECK(found.error().message.find("eng.traineddata") != std::string::npos);
        CHECK(found.error().message.find("tesseract-ocr-eng") != std::string::npos);
        CHECK(found.error().message.find("tesseract-ocr-chi-sim") != std::string::npos);
    }
    SECTION("only the Chinese data missing names only its package") {
        std::ofstream(empty.path() / "eng.traineddata") << "x";
        auto found = findTessdataFolder("eng+chi_sim", empty.path());
        REQUIRE_FALSE(found);
        CHECK(found.error().message.find("chi_sim.traineddata") != std::string::npos);
        CHECK(found.error().message.find("tesseract-ocr-chi-sim") != std::string::npos);
        CHECK(found.error().message.find("tesseract-ocr-eng ") == std::string::npos);
        CHECK(found.error().message.find("Simplified Chinese") != std::string::npos);
    }
    SECTION("the installed data is found") {
        auto found = findTessdataFolder("eng+chi_sim");
        INFO((found ? found.value().string() : found.error().message));
        REQUIRE(found);
    }
}
