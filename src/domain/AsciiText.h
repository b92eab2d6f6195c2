#pragma once
// AsciiText: the small text rules of hand-written fields (manifest cells, option words): blanks
// trimmed, ASCII letters compared without case. Other bytes (UTF-8 names) pass unchanged.
// Thread safety: pure functions.
#include <string>
#include <string_view>

namespace reunite {

// Without leading and trailing spaces and tabs.
std::string trimBlanks(std::string_view text);
// ASCII letters in lower case; every other byte unchanged.
std::string asciiLowerCase(std::string_view text);

}  // namespace reunite
