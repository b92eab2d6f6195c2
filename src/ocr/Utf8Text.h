#pragma once
// UTF-8 <-> UTF-32 conversion, the character classes and the small string helpers the flyer
// text parser needs.
// Inputs: any bytes; invalid UTF-8 sequences decode to U+FFFD, never fail (domain/Utf8Text decodeUtf8).
// Guarantees: toUtf8(toUtf32(s)) == s for valid UTF-8. Pure functions, never throw on input.
// Thread safety: stateless, safe from any thread.
#include <string>
#include <string_view>

namespace reunite::ocr {

std::u32string toUtf32(std::string_view utf8);
std::string toUtf8(std::u32string_view text);

// CJK unified ideographs (incl. extension A and compatibility ideographs) and 〇.
bool isHan(char32_t c);
// CJK punctuation and full-width forms: 。，、；：？！（）【】《》「」 etc.
bool isCjkPunctuation(char32_t c);
bool isAsciiDigit(char32_t c);
bool isAsciiLetter(char32_t c);
bool isSpace(char32_t c);
// The characters that carry text on a flyer: Chinese characters, ASCII letters and digits.
bool isTextCharacter(char32_t c);

// ASCII-only lower case (other characters unchanged).
std::string asciiLower(std::string_view text);
std::u32string asciiLower(std::u32string_view text);

// Trims spaces and the given extra characters from both ends.
std::u32string trim(std::u32string_view text, std::u32string_view extra = U"");
std::string trim(std::string_view text, std::string_view extra = "");

// Levenshtein distance (insertions, deletions, substitutions each count 1).
std::size_t editDistance(std::u32string_view a, std::u32string_view b);

}  // namespace reunite::ocr
