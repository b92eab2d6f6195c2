#pragma once
// Utf8Text: whether bytes are well-formed UTF-8 (no overlong forms, no surrogates, nothing above
// U+10FFFF), the rule every text stored in the database follows.
// Thread safety: pure function.
#include <string>
#include <string_view>

namespace reunite {

bool isValidUtf8(std::string_view text);
// The text with every byte that is not part of well-formed UTF-8 replaced by U+FFFD, for names
// taken from outside (a file name in another encoding) that must be stored and shown.
std::string toValidUtf8(std::string_view text);

}  // namespace reunite
