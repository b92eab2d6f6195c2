#pragma once
// Utf8Text: the one UTF-8 decoder of the project and the rules built on it. Text the repositories
// store in record columns is well-formed UTF-8 (no overlong forms, no surrogates, nothing above
// U+10FFFF; stored file paths are kept byte for byte);
// names that come from outside — file and folder names in another encoding — are turned into such
// text where they enter, keeping different names different.
// Guarantees: pure functions, never throw on any input bytes.
// Thread safety: stateless, safe from any thread.
#include <filesystem>
#include <string>
#include <string_view>

namespace reunite {

bool isValidUtf8(std::string_view text);
// Every code point; each byte that is not part of a well-formed sequence decodes to U+FFFD.
std::u32string decodeUtf8(std::string_view text);
// The text with each byte that is not part of a well-formed sequence written as "\xNN", so that
// two names that differ only in such bytes stay different (used for names and references).
std::string escapeInvalidUtf8(std::string_view text);
// A path as text for storing and showing: its bytes, with escapeInvalidUtf8 applied.
std::string pathText(const std::filesystem::path& path);
// pathText in single quotes, for messages that name a file.
std::string quotedPathText(const std::filesystem::path& path);

}  // namespace reunite
