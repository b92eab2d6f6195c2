#include <catch2/catch.hpp>

#include "age/progression/ContactSheet.h"
#include "age/progression/ProgressionMark.h"
#include "SyntheticFace.h"

using namespace reunite;

TEST_CASE("the mark is a band below the untouched picture", "[age][mark]") {
    const Image picture = test::patternedImage(400, 300);
    const Image marked = stampInvestigativeAidMark(picture, "from age 8 to 18");
    REQUIRE(marked.width == 400);
    REQUIRE(marked.height > 300 + 24);

    // Inside the thin frame the picture is unchanged.
    const int frame = 2;
    bool same = true;
    for (int y = frame; y < 300 - frame; ++y) {
        for (int x = frame; x < 400 - frame; ++x) {
            same = same && std::equal(picture.pixel(x, y), picture.pixel(x, y) + 3, marked.pixel(x, y));
        }
    }
    CHECK(same);

    // The band is mostly the dark red band colour with white text on it.
    std::size_t red = 0, white = 0, total = 0;
    for (int y = 300; y < marked.height; ++y) {
        for (int x = 0; x < marked.width; ++x) {
            const std::uint8_t* p = marked.pixel(x, y);
            red += p[0] == 170 && p[1] == 0 && p[2] == 0;
            white += p[0] > 230 && p[1] > 230 && p[2] > 230;
            ++total;
        }
    }
    CHECK(red > total / 2);
    CHECK(white > total / 200);
}

TEST_CASE("small images are enlarged so the mark stays legible", "[age][mark]") {
    const Image marked = stampInvestigativeAidMark(test::patternedImage(100, 100));
    CHECK(marked.width >= kMinMarkedWidth);
    CHECK(marked.width % 100 == 0);
    CHECK(marked.height > marked.width);
}

TEST_CASE("a contact sheet lays out labelled cells under the mark", "[age][mark]") {
    ContactSheet sheet("title", {"photo", "age 18", "age 28"}, 64);
    sheet.addRow({{test::uniformImage(32, 32, 10), "a"}, {test::uniformImage(64, 32, 250), "b"}, {Image(), "missing"}});
    sheet.addRow({{test::uniformImage(50, 50, 10), "c"}});
    const Image image = sheet.render();
    CHECK(image.width == 8 + 3 * (64 + 8));
    CHECK(image.height > 2 * 64);
    const std::uint8_t* band = image.pixel(1, 1);
    CHECK((band[0] == 170 && band[1] == 0 && band[2] == 0));
    // First cell: the 32 px image scaled up to fill the 64 px cell.
    const int top = 34 + 28 + 26;
    CHECK(image.pixel(8 + 32, top + 32)[0] == 10);
    // Second cell: a wide image, letterboxed; its centre is the image.
    CHECK(image.pixel(8 + 72 + 32, top + 32)[0] == 250);
}
