// The UTF-8 rule for stored text: well-formed sequences pass; stray, overlong, surrogate and
// out-of-range bytes do not. Names from outside keep their bad bytes visible and distinct (\xNN),
// and decoding turns each bad byte into U+FFFD.
#include <catch2/catch.hpp>

#include "domain/Utf8Text.h"

using reunite::decodeUtf8;
using reunite::escapeInvalidUtf8;
using reunite::isValidUtf8;
using reunite::pathText;

TEST_CASE("well-formed UTF-8 is recognised and anything else is not", "[domain][utf8]") {
    CHECK(isValidUtf8(""));
    CHECK(isValidUtf8("Emily Zhang"));
    CHECK(isValidUtf8("\xE6\x9D\x8E\xE4\xBC\x9F"));      // 李伟
    CHECK(isValidUtf8("\xF0\x9F\x98\x80"));              // an emoji, four bytes
    CHECK_FALSE(isValidUtf8("Bad\xff" "Name"));          // a byte that never starts a sequence
    CHECK_FALSE(isValidUtf8("caf\xe9"));                 // Latin-1, a lead byte without continuation
    CHECK_FALSE(isValidUtf8("\xC0\xAF"));                // overlong '/'
    CHECK_FALSE(isValidUtf8("\xED\xA0\x80"));            // a UTF-16 surrogate
    CHECK_FALSE(isValidUtf8("\xF4\x90\x80\x80"));        // above U+10FFFF
    CHECK_FALSE(isValidUtf8("\xE6\x9D"));                // cut short at the end
}

TEST_CASE("escapeInvalidUtf8 replaces only the bad bytes and keeps names apart", "[domain][utf8]") {
    CHECK(escapeInvalidUtf8("Emily") == "Emily");
    CHECK(escapeInvalidUtf8("\xE6\x9D\x8E") == "\xE6\x9D\x8E");
    CHECK(escapeInvalidUtf8("latin1_\xe9\xe8.jpg") == "latin1_\\xE9\\xE8.jpg");
    CHECK(escapeInvalidUtf8("a\xff" "b") == "a\\xFF" "b");
    CHECK(isValidUtf8(escapeInvalidUtf8("\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80 ok")));
    // M\xfcller and M\xf6ller (Latin-1 for two different names) must not become the same reference.
    CHECK(escapeInvalidUtf8("M\xfcller") != escapeInvalidUtf8("M\xf6ller"));
    CHECK(pathText(std::filesystem::path("photos/M\xfcller.jpg")) == "photos/M\\xFCller.jpg");
}

TEST_CASE("decodeUtf8 gives code points and U+FFFD for each bad byte", "[domain][utf8]") {
    CHECK(decodeUtf8("a\xE6\x9D\x8E") == U"a\u674E");
    CHECK(decodeUtf8("a\xff" "b") == U"a\uFFFDb");
    CHECK(decodeUtf8("\xE6\x9D") == U"\uFFFD\uFFFD");
    CHECK(decodeUtf8("\xC0\xAF") == U"\uFFFD\uFFFD");
}
