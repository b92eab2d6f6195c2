#pragma once
// Allele-frequency tables in the database: storing a Familias file (checked first; a file with
// errors is not stored), storing the shipped East Asian table on first use, and reading a stored
// table back for a calculation.
// Guarantees: a table is stored only when its text has no error; the same text is stored once.
// File errors (missing, unreadable, too large) are Result errors; content problems are in the report.
// Thread safety: uses the connection from the calling thread.
#include <filesystem>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "db/records/FrequencyTableRecord.h"
#include "dna/FrequencyTable.h"
#include "dna/ImportProblem.h"
#include "domain/Result.h"

namespace reunite::db {
class Database;
}

namespace reunite::workflows {

struct FrequencyTableImportReport {
    std::string fileName;
    std::vector<dna::ImportProblem> problems;
    std::optional<db::FrequencyTableRecord> stored;  // empty when the file had errors
};

Result<FrequencyTableImportReport> storeFrequencyTableFile(db::Database& database, const std::filesystem::path& file,
                                                           const std::string& name, std::string_view userName);
// The shipped East Asian table (resources/str), stored if it is not yet.
Result<db::FrequencyTableRecord> storeShippedFrequencyTable(db::Database& database, std::string_view userName);
// The stored text parsed again; CorruptData if it no longer reads cleanly.
Result<dna::FrequencyTable> frequencyTableOf(const db::FrequencyTableRecord& record);

}  // namespace reunite::workflows
