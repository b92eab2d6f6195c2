// FlyerFieldParser: English and Simplified Chinese flyer texts, clean and as OCR garbles them
// (full-width colons, spaces between Chinese characters, O/0 and l/1 in dates, misread labels,
// debris from photos). Every text here is written for the test; no real flyer is used.
#include <catch2/catch.hpp>

#include <string>

#include "ocr/FlyerFieldParser.h"

using reunite::ocr::FlyerFields;
using reunite::ocr::FlyerParseOptions;
using reunite::ocr::NumericDateOrder;
using reunite::ocr::parseFlyerText;

namespace {

FlyerFields parse(const std::string& text, NumericDateOrder order = NumericDateOrder::MonthFirst) {
    FlyerParseOptions options;
    options.ambiguousDateOrder = order;
    options.currentYear = 2024;
    return parseFlyerText(text, options);
}

}  // namespace

TEST_CASE("a clean English flyer with labels", "[ocr][parser]") {
    const FlyerFields f = parse(
        "MISSING\n"
        "Name: Emily Zhang\n"
        "Sex: Female\n"
        "DOB: 2004-05-06\n"
        "Missing since: June 1, 2010\n"
        "Last seen: Central Park, Springfield\n"
        "Height: 4 ft 2 in\n"
        "Contact: Springfield Police 555-013-4477\n"
        "Wearing a red jacket and blue jeans\n");
    CHECK(f.missingPersonHeader);
    CHECK(f.name.value == "Emily Zhang");
    CHECK(f.name.found);
    CHECK(f.name.confidence >= 0.85);
    CHECK(f.sex.value == "F");
    CHECK(f.dateOfBirth.value == "2004-05-06");
    REQUIRE(f.birthYear);
    CHECK(*f.birthYear == 2004);
    CHECK(f.dateMissing.value == "2010-06-01");
    CHECK(f.placeMissing.value == "Central Park, Springfield");
    CHECK(f.heightText.value == "4 ft 2 in");
    CHECK(f.contact.value == "Springfield Police 555-013-4477");
    CHECK(f.contact.confidence >= 0.85);
    CHECK(f.otherNotes.find("red jacket") != std::string::npos);
    CHECK(f.otherNotes.find("MISSING") == std::string::npos);
    CHECK_FALSE(f.dateOrderAmbiguous);
}

TEST_CASE("English date formats", "[ocr][parser][dates]") {
    SECTION("ISO") { CHECK(parse("DOB: 2004-05-06").dateOfBirth.value == "2004-05-06"); }
    SECTION("slashes, month first by default") {
        const FlyerFields f = parse("DOB: 05/06/2004");
        CHECK(f.dateOfBirth.value == "2004-05-06");
        CHECK(f.dateOrderAmbiguous);
        CHECK(f.dateOfBirth.confidence < 0.85);
    }
    SECTION("slashes, day first when configured") {
        CHECK(parse("DOB: 05/06/2004", NumericDateOrder::DayFirst).dateOfBirth.value == "2004-06-05");
    }
    SECTION("a day above 12 settles the order") {
        const FlyerFields f = parse("DOB: 25/12/2004");
        CHECK(f.dateOfBirth.value == "2004-12-25");
        CHECK_FALSE(f.dateOrderAmbiguous);
    }
    SECTION("month name first") { CHECK(parse("Date of birth: May 6, 2004").dateOfBirth.value == "2004-05-06"); }
    SECTION("day first with month name") { CHECK(parse("Date of Birth: 6 May 2004").dateOfBirth.value == "2004-05-06"); }
    SECTION("ordinal and abbreviation") { CHECK(parse("DOB: Sept. 6th, 2004").dateOfBirth.value == "2004-09-06"); }
    SECTION("day of month") { CHECK(parse("Born on the 6th of May 2004").dateOfBirth.value == "2004-05-06"); }
    SECTION("dashed month name") { CHECK(parse("D.O.B. 06-May-2004").dateOfBirth.value == "2004-05-06"); }
    SECTION("two-digit year") { CHECK(parse("DOB: 6.5.04", NumericDateOrder::DayFirst).dateOfBirth.value == "2004-05-06"); }
    SECTION("an impossible day is no date") {
        const FlyerFields f = parse("DOB: 2004-02-30");
        CHECK_FALSE(f.dateOfBirth.found);
    }
    SECTION("a year alone gives the birth year only") {
        const FlyerFields f = parse("Born: 2004");
        CHECK_FALSE(f.dateOfBirth.found);
        REQUIRE(f.birthYear);
        CHECK(*f.birthYear == 2004);
    }
}

TEST_CASE("OCR noise in English flyers", "[ocr][parser][noise]") {
    SECTION("O for 0 and l for 1 in dates") {
        const FlyerFields f = parse("DOB: 2OO4-O5-O6\nMissing since: l2/l5/2Ol0");
        CHECK(f.dateOfBirth.value == "2004-05-06");
        CHECK(f.dateMissing.value == "2010-12-15");
    }
    SECTION("misread labels") {
        const FlyerFields f = parse("Narne: Emily Zhang\nSx: Female\nDale of birth: May 6, 2004\nHeighl: 120 cm");
        CHECK(f.name.value == "Emily Zhang");
        CHECK(f.dateOfBirth.value == "2004-05-06");
        CHECK(f.heightText.value == "120 cm");
    }
    SECTION("misread sex value") {
        CHECK(parse("Sex: Fernale").sex.value == "F");
        CHECK(parse("Gender: Ma1e").sex.value == "M");
        CHECK(parse("SEX: F").sex.value == "F");
        CHECK(parse("Sex: M").sex.value == "M");
    }
    SECTION("spaces before colons, semicolons for colons, extra spaces") {
        const FlyerFields f = parse("Name :   Emily    Zhang\nSex;Female\nDOB ; 2004 - 05 - 06");
        CHECK(f.name.value == "Emily Zhang");
        CHECK(f.sex.value == "F");
        CHECK(f.dateOfBirth.value == "2004-05-06");
    }
    SECTION("debris from the photo does not become notes") {
        const FlyerFields f = parse("MISSING\n~ ' .: |\nEe |\nName: Emily Zhang\n)) '' ,\n");
        CHECK(f.name.value == "Emily Zhang");
        CHECK(f.otherNotes.empty());
    }
    SECTION("no colon at the start of a line") {
        const FlyerFields f = parse("Name Emily Zhang\nSex Female\nDOB 2004-05-06");
        CHECK(f.name.value == "Emily Zhang");
        CHECK(f.sex.value == "F");
        CHECK(f.dateOfBirth.value == "2004-05-06");
    }
}

TEST_CASE("several labels on one line and a value on the next line", "[ocr][parser]") {
    SECTION("one line") {
        const FlyerFields f = parse("Sex: Male   DOB: 12/03/2007   Height: 130cm");
        CHECK(f.sex.value == "M");
        CHECK(f.dateOfBirth.value == "2007-12-03");
        CHECK(f.heightText.value == "130cm");
    }
    SECTION("value on the next line") {
        const FlyerFields f = parse("Name:\nLIAM O'BRIEN\nDate of birth:\n3 March 2009");
        CHECK(f.name.value == "Liam O'Brien");
        CHECK(f.dateOfBirth.value == "2009-03-03");
    }
}

TEST_CASE("English sentences", "[ocr][parser][sentences]") {
    const FlyerFields f = parse(
        "HAVE YOU SEEN ME?\n"
        "NOAH MILLER\n"
        "Noah is 7 years old. He was last seen on June 1, 2010 at Riverside Mall, Portland.\n"
        "If you have any information please call 1-800-555-0199 or email tips@example.org\n");
    CHECK(f.missingPersonHeader);
    CHECK(f.name.value == "Noah Miller");
    CHECK(f.name.confidence >= 0.6);
    CHECK(f.age.value == "7");
    CHECK(f.dateMissing.value == "2010-06-01");
    CHECK(f.placeMissing.value == "Riverside Mall, Portland");
    CHECK(f.contact.value.find("1-800-555-0199") != std::string::npos);
    CHECK(f.contact.value.find("tips@example.org") != std::string::npos);
    CHECK(f.sex.value == "M");
    CHECK(f.sex.confidence < 0.5);
}

TEST_CASE("missing since, missing from, abducted", "[ocr][parser][sentences]") {
    SECTION("since with a place") {
        const FlyerFields f = parse("Missing since May 6, 2010 from Lincoln Elementary School, Denver");
        CHECK(f.dateMissing.value == "2010-05-06");
        CHECK(f.placeMissing.value == "Lincoln Elementary School, Denver");
    }
    SECTION("missing from a place since a date") {
        const FlyerFields f = parse("Missing from: Union Station, Chicago since 2011-08-14");
        CHECK(f.dateMissing.value == "2011-08-14");
        CHECK(f.placeMissing.value == "Union Station, Chicago");
    }
    SECTION("time of day is dropped from the place") {
        const FlyerFields f = parse("Last seen: 14 July 2012 at 3:30 pm near the bus stop on Elm Street");
        CHECK(f.dateMissing.value == "2012-07-14");
        CHECK(f.placeMissing.value == "near the bus stop on Elm Street");
    }
    SECTION("last seen wearing is a note, not a place") {
        const FlyerFields f = parse("Last seen wearing a green hoodie");
        CHECK_FALSE(f.placeMissing.found);
        CHECK(f.otherNotes.find("green hoodie") != std::string::npos);
    }
    SECTION("a month and year only is not turned into a day") {
        const FlyerFields f = parse("Missing since June 2010");
        CHECK_FALSE(f.dateMissing.found);
        CHECK(f.otherNotes.find("June 2010") != std::string::npos);
    }
}

TEST_CASE("Missing: NAME", "[ocr][parser]") {
    const FlyerFields f = parse("MISSING: SOFIA GARCIA\nAge: 9\nGirl, 4'3\", brown hair");
    CHECK(f.missingPersonHeader);
    CHECK(f.name.value == "Sofia Garcia");
    CHECK(f.age.value == "9");
    CHECK(f.sex.value == "F");
}

TEST_CASE("phone numbers, e-mail and dates are told apart", "[ocr][parser][contact]") {
    SECTION("international numbers") {
        const FlyerFields f = parse("Tel: +44 20 7946 0958");
        CHECK(f.contact.value == "+44 20 7946 0958");
    }
    SECTION("unlabelled numbers anywhere") {
        const FlyerFields f = parse("MISSING\nName: Ava Brown\n(555) 123-4567\n");
        CHECK(f.contact.value == "(555) 123-4567");
        CHECK(f.contact.confidence == Approx(0.7));
    }
    SECTION("a date is not a phone number") {
        const FlyerFields f = parse("MISSING\nName: Ava Brown\n2004-05-06 - 2010-06-01\n");
        CHECK_FALSE(f.contact.found);
    }
    SECTION("several contact labels are joined") {
        const FlyerFields f = parse("Contact: Mrs. Brown\nPhone: 555-201-7788");
        CHECK(f.contact.value == "Mrs. Brown, 555-201-7788");
    }
}

TEST_CASE("a clean Simplified Chinese flyer with labels", "[ocr][parser][chinese]") {
    const FlyerFields f = parse(
        "寻人启事\n"
        "姓名：张小明\n"
        "性别：男\n"
        "出生日期：2004年5月6日\n"
        "走失时间：2010年6月1日\n"
        "走失地点：北京市朝阳区望京公园\n"
        "身高：120厘米\n"
        "特征：左耳后有一颗痣\n"
        "联系电话：138 0013 8000\n");
    CHECK(f.missingPersonHeader);
    CHECK(f.name.value == "张小明");
    CHECK(f.sex.value == "M");
    CHECK(f.dateOfBirth.value == "2004-05-06");
    CHECK(f.dateMissing.value == "2010-06-01");
    CHECK(f.placeMissing.value == "北京市朝阳区望京公园");
    CHECK(f.heightText.value == "120厘米");
    CHECK(f.contact.value == "138 0013 8000");
    CHECK(f.otherNotes.find("左耳后有一颗痣") != std::string::npos);
}

TEST_CASE("Chinese flyer as Tesseract returns it", "[ocr][parser][chinese][noise]") {
    SECTION("spaces between characters, full-width colons and digits") {
        const FlyerFields f = parse(
            "寻 人 启 事\n"
            "姓 名 ： 李 小 红\n"
            "性 别 ： 女\n"
            "出 生 日 期 ： ２００４ 年 ５ 月 ６ 日\n"
            "走 失 时 间 ： 2010 年 6 月 1 日\n"
            "走 失 地 点 ： 广 州 市 天 河 区\n"
            "联 系 电 话 ： 13800138000\n");
        CHECK(f.missingPersonHeader);
        CHECK(f.name.value == "李小红");
        CHECK(f.sex.value == "F");
        CHECK(f.dateOfBirth.value == "2004-05-06");
        CHECK(f.dateMissing.value == "2010-06-01");
        CHECK(f.placeMissing.value == "广州市天河区");
        CHECK(f.contact.value == "13800138000");
    }
    SECTION("O for 0 and 曰 for 日 in a Chinese date") {
        const FlyerFields f = parse("出生日期：2OO4年5月6曰");
        CHECK(f.dateOfBirth.value == "2004-05-06");
    }
    SECTION("Chinese numerals") {
        const FlyerFields f = parse("出生日期：二〇〇四年五月六日\n走失日期：二〇一〇年十二月二十一日");
        CHECK(f.dateOfBirth.value == "2004-05-06");
        CHECK(f.dateMissing.value == "2010-12-21");
    }
    SECTION("a Chinese label with one misread character (踩 for 踪)") {
        const FlyerFields f = parse("失踩地点: 重庆市渝中区\n走失时问: 2020年5月9日");
        CHECK(f.placeMissing.value == "重庆市渝中区");
        CHECK(f.dateMissing.value == "2020-05-09");
    }
    SECTION("debris after a Chinese name in the gap before the next field") {
        const FlyerFields f = parse("姓名: 刘刚”人性别: 女\n姓名: 欧阳·娜");
        CHECK(f.name.value == "刘刚");
        CHECK(f.sex.value == "F");
    }
    SECTION("a misread Chinese label close to two kinds of label is not guessed") {
        const FlyerFields f = parse("失踪日点: 重庆市渝中区");
        CHECK_FALSE(f.placeMissing.found);
        CHECK_FALSE(f.dateMissing.found);
    }
    SECTION("ratio sign read for the colon, several labels on one line") {
        const FlyerFields f = parse("姓名∶王芳 性别∶女 年龄∶7岁");
        CHECK(f.name.value == "王芳");
        CHECK(f.sex.value == "F");
        CHECK(f.age.value == "7");
    }
}

TEST_CASE("Chinese sentences", "[ocr][parser][chinese][sentences]") {
    const FlyerFields f = parse(
        "寻人启事\n"
        "张小明，男，2004年5月6日出生，于2010年6月1日下午3点在北京市朝阳区走失。\n"
        "走失时穿蓝色上衣。有知情者请联系：13912345678 张先生\n");
    CHECK(f.name.value == "张小明");
    CHECK(f.sex.value == "M");
    CHECK(f.dateOfBirth.value == "2004-05-06");
    CHECK(f.dateMissing.value == "2010-06-01");
    CHECK(f.placeMissing.value == "北京市朝阳区");
    CHECK(f.contact.value.find("13912345678") != std::string::npos);
}

TEST_CASE("Chinese age and height without labels", "[ocr][parser][chinese]") {
    const FlyerFields f = parse("寻人启事\n王芳\n女孩，七岁，身高1.2米\n在上海市徐汇区走失");
    CHECK(f.name.value == "王芳");
    CHECK(f.sex.value == "F");
    CHECK(f.age.value == "7");
    CHECK(f.heightText.value == "1.2米");
    CHECK(f.placeMissing.value == "上海市徐汇区");
}

TEST_CASE("a bilingual flyer", "[ocr][parser][chinese]") {
    const FlyerFields f = parse(
        "寻人启事 MISSING\n"
        "姓名 Name：陈静 Chen Jing\n"
        "性别 Sex：女 Female\n"
        "出生日期 DOB：2006-09-15\n"
        "联系电话 Phone：+86 139 1234 5678\n");
    CHECK(f.missingPersonHeader);
    CHECK_FALSE(f.name.value.empty());
    CHECK(f.name.value.find("陈静") != std::string::npos);
    CHECK(f.sex.value == "F");
    CHECK(f.dateOfBirth.value == "2006-09-15");
    CHECK(f.contact.value.find("139 1234 5678") != std::string::npos);
}

TEST_CASE("nothing to read", "[ocr][parser]") {
    SECTION("empty text") {
        const FlyerFields f = parse("");
        CHECK_FALSE(f.name.found);
        CHECK(f.sex.value == "U");
        CHECK_FALSE(f.sex.found);
        CHECK_FALSE(f.missingPersonHeader);
        CHECK(f.otherNotes.empty());
    }
    SECTION("invalid UTF-8 and control characters") {
        const FlyerFields f = parse(std::string("\xff\xfe Name: \x01\x02 \xe4\xb8 \n\f"));
        CHECK(f.sex.value == "U");
    }
    SECTION("a shopping list is not a flyer") {
        const FlyerFields f = parse("Milk\nEggs 12\nBread");
        CHECK_FALSE(f.missingPersonHeader);
        CHECK_FALSE(f.name.found);
        CHECK_FALSE(f.dateOfBirth.found);
    }
}

TEST_CASE("field sources point at the line they came from", "[ocr][parser]") {
    const FlyerFields f = parse("MISSING\nName: Emily Zhang\nDOB: 2004-05-06");
    CHECK(f.name.sourceText == "Name: Emily Zhang");
    CHECK(f.dateOfBirth.sourceText == "DOB: 2004-05-06");
}
