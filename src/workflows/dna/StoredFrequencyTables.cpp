#include "workflows/dna/StoredFrequencyTables.h"

#include "db/repositories/FrequencyTableRepository.h"
#include "dna/FamiliasReader.h"
#include "dna/StrTables.h"
#include "domain/FileBytes.h"
#include "domain/ResourceLocator.h"
#include "domain/Utf8Text.h"

namespace reunite::workflows {

namespace {

constexpr std::uint64_t kMaxTableBytes = 16ull << 20;

struct TableText {
    std::string text;
    std::string sha256;
};

Result<TableText> readTableText(const std::filesystem::path& file) {
    Result<std::vector<std::uint8_t>> bytes = readFileBytes(file, kMaxTableBytes);
    if (!bytes) return bytes.error();
    return TableText{std::string(bytes.value().begin(), bytes.value().end()), sha256Hex(bytes.value())};
}

}  // namespace

Result<FrequencyTableImportReport> storeFrequencyTableFile(db::Database& database, const std::filesystem::path& file,
                                                           const std::string& name, std::string_view userName) {
    Result<TableText> text = readTableText(file);
    if (!text) return text.error();
    FrequencyTableImportReport report;
    report.fileName = pathText(file.filename());
    const std::string tableName = name.empty() ? report.fileName : name;
    dna::FrequencyTableImport parsed = dna::parseFamiliasTable(text.value().text, tableName);
    report.problems = std::move(parsed.problems);
    if (dna::hasErrors(report.problems)) return report;
    db::FrequencyTableRecord record;
    record.name = tableName;
    record.sourceFile = pathText(file);
    record.sha256 = text.value().sha256;
    record.content = std::move(text.value().text);
    record.markerCount = static_cast<int>(parsed.table.markerNames().size());
    Result<db::FrequencyTableRecord> stored = db::FrequencyTableRepository(database).store(record, userName);
    if (!stored) return stored.error();
    report.stored = std::move(stored).value();
    return report;
}

Result<db::FrequencyTableRecord> storeShippedFrequencyTable(db::Database& database, std::string_view userName) {
    Result<std::filesystem::path> file = locateResource(dna::kEastAsianStrTableResource);
    if (!file) return file.error();
    Result<FrequencyTableImportReport> report =
        storeFrequencyTableFile(database, file.value(), "East Asia (norSTR OstAsiaDB_v2023)", userName);
    if (!report) return report.error();
    if (!report.value().stored) return makeError(ErrorCode::CorruptData, "the shipped frequency table " + file.value().string() + " has errors");
    return *report.value().stored;
}

Result<dna::FrequencyTable> frequencyTableOf(const db::FrequencyTableRecord& record) {
    dna::FrequencyTableImport parsed = dna::parseFamiliasTable(record.content, record.name);
    if (dna::hasErrors(parsed.problems)) {
        return makeError(ErrorCode::CorruptData, "stored frequency table '" + record.name + "' no longer reads cleanly");
    }
    return std::move(parsed.table);
}

}  // namespace reunite::workflows
