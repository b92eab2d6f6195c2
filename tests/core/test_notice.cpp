// Notices (domain/Notice.h): the English text each one gives, a stored notice read back with its
// arguments whatever they hold, and text that is not a stored notice refused.
#include <catch2/catch.hpp>

#include "domain/Notice.h"

using namespace reunite;

TEST_CASE("the English text of a notice is the message the layers gave before notices", "[domain][notice]") {
    CHECK(noticeText(Notice{NoticeId::RowUnknownSex, {"4", "X"}}) == "row 4: unknown sex 'X' (use F, M or U)");
    CHECK(noticeText(Notice{NoticeId::RowConflictingRecord, {"7", "R-1", "3"}}) ==
          "row 7: record_id R-1 was given different personal data on row 3");
    CHECK(noticeText(Notice{NoticeId::FileNotFound, {"/in/a.jpg"}}) == "file not found: /in/a.jpg");
    CHECK(noticeText(failureNotice(Error{ErrorCode::NoFace, "no face in a.jpg"})) == "no face in a.jpg");
    CHECK(noticeText(Notice{NoticeId::DamagedFacesLeftOut, {"1", "12"}}) ==
          "1 gallery face was left out of the search because the stored embedding is damaged (face 12); run "
          "`reunite-cli check` and re-import those photos");
    CHECK(noticeText(Notice{NoticeId::FlyerUncertainValues, {"2"}}).rfind("2 values were read uncertainly", 0) == 0);
    CHECK(noticeText(Notice{NoticeId::RowBadBirthYear, {}}) == "row : bad birth year ''");  // missing arguments read as empty
}

TEST_CASE("a stored notice reads back with every argument including separators and backslashes", "[domain][notice]") {
    const Notice original{NoticeId::RowFileOutsideFolder, {"12", "C:\\photos\\a\x1f" "b.jpg", "", "\\u"}};
    const std::string stored = encodeNotice(original);
    const std::optional<Notice> read = decodeNotice(stored);
    REQUIRE(read.has_value());
    CHECK(read->id == original.id);
    CHECK(read->args == original.args);
    for (int value = 0; value <= static_cast<int>(NoticeId::ReportProgressionLeftOut); ++value) {
        const Notice each{static_cast<NoticeId>(value), {"a", "b"}};
        const std::optional<Notice> back = decodeNotice(encodeNotice(each));
        REQUIRE(back.has_value());
        CHECK(back->id == each.id);  // every id has a key of its own
        CHECK_FALSE(noticeText(each).empty());
    }
    for (int value = 0; value <= static_cast<int>(ErrorCode::Internal); ++value) {
        const auto code = static_cast<ErrorCode>(value);
        CHECK(errorCodeFromName(errorCodeName(code)) == code);
    }
}

TEST_CASE("text that is not a stored notice is refused", "[domain][notice]") {
    CHECK_FALSE(decodeNotice("").has_value());
    CHECK_FALSE(decodeNotice("row 4: unknown sex 'X'").has_value());
    CHECK_FALSE(decodeNotice("no-such-notice\x1f" "1").has_value());
    CHECK_FALSE(decodeNotice("row-unknown-sex\x1f" "4\\").has_value());  // an escape cut off
    REQUIRE(decodeNotice("flyer-without-face").has_value());
    CHECK(decodeNotice("flyer-without-face")->args.empty());
}
