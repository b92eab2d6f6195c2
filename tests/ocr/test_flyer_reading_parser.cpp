// parseFlyerReading: a value read from uncertain characters is marked for checking, a value
// read surely is not. Readings are built by hand with the confidences Tesseract gives.
#include <catch2/catch.hpp>

#include <string>
#include <vector>

#include "ocr/FlyerReadingParser.h"
#include "ocr/Utf8Text.h"

using reunite::ocr::FlyerFields;
using reunite::ocr::OcrLine;
using reunite::ocr::OcrReading;
using reunite::ocr::OcrSymbol;

namespace {

// A line whose every character has `sure` confidence except `doubtful`, which has `weak`.
OcrLine line(const std::string& text, int lineConfidence, const std::string& doubtful = "", int weak = 0, int sure = 99) {
    OcrLine result{text, lineConfidence, {}};
    for (char32_t c : reunite::ocr::toUtf32(text)) {
        if (c == U' ') continue;
        const std::string character = reunite::ocr::toUtf8(std::u32string(1, c));
        result.symbols.push_back(OcrSymbol{character, character == doubtful ? weak : sure});
    }
    return result;
}

FlyerFields parse(std::vector<OcrLine> lines) {
    reunite::ocr::FlyerParseOptions options;
    options.currentYear = 2024;
    return reunite::ocr::parseFlyerReading(OcrReading{std::move(lines), 90}, options);
}

}  // namespace

TEST_CASE("values read surely are not marked", "[ocr][parser][doubt]") {
    const FlyerFields f = parse({line("寻人启事", 90), line("姓名: 吴明", 91), line("性别: 女", 90),
                                 line("失踪地点: 长沙市岳麓区", 88)});
    CHECK(f.name.value == "吴明");
    CHECK_FALSE(f.name.needsCheck());
    CHECK_FALSE(f.sex.needsCheck());
    CHECK_FALSE(f.placeMissing.needsCheck());
}

TEST_CASE("a weak character in a value marks that value only", "[ocr][parser][doubt]") {
    const FlyerFields f = parse({line("姓名: 吴明", 91), line("走失地点: 长沙市岳条区", 88, "条", 86)});
    CHECK(f.placeMissing.value == "长沙市岳条区");
    CHECK(f.placeMissing.needsCheck());
    CHECK_FALSE(f.name.needsCheck());
}

TEST_CASE("a weak character in the label does not mark the value", "[ocr][parser][doubt]") {
    const FlyerFields f = parse({line("失踩地点: 重庆市渝中区", 88, "踩", 83)});
    CHECK(f.placeMissing.value == "重庆市渝中区");
    CHECK_FALSE(f.placeMissing.needsCheck());
}

TEST_CASE("a rewritten value is judged by the characters after its label", "[ocr][parser][doubt]") {
    const FlyerFields f = parse({line("性别: 务", 80), line("性别: 女", 80, "女", 70)});
    CHECK(f.sex.value == "F");
    CHECK(f.sex.needsCheck());
}

TEST_CASE("a line read with low mean confidence marks its values", "[ocr][parser][doubt]") {
    const FlyerFields f = parse({line("姓名:凡英洋", 36), line("出生日期: 2011.10.3", 89)});
    CHECK(f.name.needsCheck());
    CHECK(f.dateOfBirth.value == "2011-10-03");
    CHECK_FALSE(f.dateOfBirth.needsCheck());
}
