#include "domain/CsvReader.h"

#include <algorithm>
#include <fstream>
#include <sstream>

#include "domain/FileBytes.h"

namespace reunite {
namespace {

std::string normalisedName(const std::string& s) {
    std::string out;
    for (char c : s)
        if (c != ' ' && c != '\t') out.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
    return out;
}

}  // namespace

int CsvTable::column(const std::string& name) const {
    const std::string wanted = normalisedName(name);
    for (std::size_t i = 0; i < header.size(); ++i)
        if (normalisedName(header[i]) == wanted) return static_cast<int>(i);
    return -1;
}

Result<CsvTable> parseCsv(const std::string& input, const std::string& nameForMessages) {
    std::string_view text(input);
    if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
    std::vector<std::vector<std::string>> records;
    std::vector<std::string> record;
    std::string field;
    bool quoted = false, fieldStarted = false;
    int line = 1, quoteLine = 0;
    auto endField = [&] {
        record.push_back(std::move(field));
        field.clear();
        fieldStarted = false;
    };
    auto endRecord = [&] {
        endField();
        if (!(record.size() == 1 && record[0].empty())) records.push_back(std::move(record));
        record.clear();
    };
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (quoted) {
            if (c == '"') {
                if (i + 1 < text.size() && text[i + 1] == '"') {
                    field.push_back('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == '\n') ++line;
                field.push_back(c);
            }
            continue;
        }
        if (c == '"' && !fieldStarted) {
            quoted = true;
            fieldStarted = true;
            quoteLine = line;
        } else if (c == ',') {
            endField();
        } else if (c == '\n') {
            endRecord();
            ++line;
        } else if (c != '\r') {
            field.push_back(c);
            fieldStarted = true;
        }
    }
    if (quoted) {
        return makeError(ErrorCode::CorruptData,
                         nameForMessages + ": a quoted field opened on line " + std::to_string(quoteLine) + " never closes");
    }
    if (fieldStarted || !record.empty()) endRecord();
    if (records.empty()) return makeError(ErrorCode::EmptyFile, nameForMessages + " has no header row");
    CsvTable table;
    table.header = std::move(records.front());
    table.rows.assign(std::make_move_iterator(records.begin() + 1), std::make_move_iterator(records.end()));
    return table;
}

Result<CsvTable> readCsvFile(const std::filesystem::path& file) {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(file, 512ull << 20);
    if (!bytes) return bytes.error();
    return parseCsv(std::string(bytes.value().begin(), bytes.value().end()), file.string());
}

}  // namespace reunite
