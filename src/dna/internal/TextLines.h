#pragma once
// Line and field splitting shared by the DNA file readers (internal).
// splitLines: LF, CRLF or CR line ends, a leading UTF-8 byte-order mark dropped; line i of the
// result is line i+1 of the file. splitFields: one delimited line, fields may be double-quoted
// (a doubled quote inside is a quote); nothing when a quote is not closed on the line.
// Thread safety: pure functions.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace reunite::dna::internal {

std::vector<std::string_view> splitLines(std::string_view text);
std::string_view trim(std::string_view text);
bool isBlank(std::string_view line);
std::optional<std::vector<std::string>> splitFields(std::string_view line, char delimiter);
std::string lowerCase(std::string_view text);
// A finite number written entirely in text (surrounding blanks allowed).
std::optional<double> parseDecimal(std::string_view text);

}  // namespace reunite::dna::internal
