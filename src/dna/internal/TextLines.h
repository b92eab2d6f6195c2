#pragma once
// Line and field splitting shared by the DNA file readers (internal).
// splitLines: LF, CRLF or CR line ends, a leading UTF-8 byte-order mark dropped; line i of the
// result is line i+1 of the file. splitFields: one delimited line, fields may be double-quoted
// (a doubled quote inside is a quote); nothing when a quote is not closed on the line.
// forEachLine: readLine(line, lineNumber) for each line of splitLines. readTextFile: a whole file
// (refused above maxBytes, see domain/FileBytes.h) given to parse(text, file name).
// Thread safety: pure functions.
#include <cstdint>
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/FileBytes.h"
#include "domain/Result.h"

namespace reunite::dna::internal {

std::vector<std::string_view> splitLines(std::string_view text);
std::string_view trim(std::string_view text);
bool isBlank(std::string_view line);
std::optional<std::vector<std::string>> splitFields(std::string_view line, char delimiter);
std::string lowerCase(std::string_view text);

template <typename ReadLine>
void forEachLine(std::string_view text, ReadLine readLine) {
    const std::vector<std::string_view> lines = splitLines(text);
    for (std::size_t i = 0; i < lines.size(); ++i) readLine(lines[i], static_cast<int>(i + 1));
}

template <typename Import, typename Parse>
Result<Import> readTextFile(const std::filesystem::path& file, std::uint64_t maxBytes, Parse parse) {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(file, maxBytes);
    if (!bytes) return bytes.error();
    const std::vector<std::uint8_t>& data = bytes.value();
    return parse(std::string(data.begin(), data.end()), file.filename().string());
}
// A finite number written entirely in text (surrounding blanks allowed).
std::optional<double> parseDecimal(std::string_view text);

}  // namespace reunite::dna::internal
