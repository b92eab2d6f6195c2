// The UTF-8 rule for stored text: well-formed sequences pass; stray, overlong, surrogate and
// out-of-range bytes do not, and toValidUtf8 replaces exactly those bytes with U+FFFD.
#include <catch2/catch.hpp>

#include "domain/Utf8Text.h"

using reunite::isValidUtf8;
using reunite::toValidUtf8;

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

TEST_CASE("toValidUtf8 replaces only the bad bytes", "[domain][utf8]") {
    CHECK(toValidUtf8("Emily") == "Emily");
    CHECK(toValidUtf8("\xE6\x9D\x8E") == "\xE6\x9D\x8E");
    CHECK(toValidUtf8("latin1_\xe9\xe8.jpg") == "latin1_\xEF\xBF\xBD\xEF\xBF\xBD.jpg");
    CHECK(toValidUtf8("a\xff" "b") == "a\xEF\xBF\xBD" "b");
    CHECK(isValidUtf8(toValidUtf8("\xC0\xAF\xED\xA0\x80\xF4\x90\x80\x80 ok")));
}
