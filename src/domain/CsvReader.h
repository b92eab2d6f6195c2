#pragma once
// CsvReader: RFC 4180 CSV (quoted fields with commas, doubled quotes and line breaks; CRLF or LF;
// an optional UTF-8 byte-order mark). The first row is the header.
// Guarantees: an unterminated quote is an error naming the line it started on.
// Thread safety: plain functions and values.
#include <filesystem>
#include <string>
#include <vector>

#include "domain/Result.h"

namespace reunite {

struct CsvTable {
    std::vector<std::string> header;
    std::vector<std::vector<std::string>> rows;
    // Index of a header column (case-insensitive, surrounding blanks ignored), -1 if absent.
    int column(const std::string& name) const;
};

Result<CsvTable> parseCsv(const std::string& text, const std::string& nameForMessages);
Result<CsvTable> readCsvFile(const std::filesystem::path& file);

}  // namespace reunite
