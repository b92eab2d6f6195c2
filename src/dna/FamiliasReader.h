#pragma once
// Reader of allele-frequency tables in the Familias text format: a line with a marker name, then
// one line per allele, "allele<TAB>frequency" (blanks instead of the tab are accepted when the
// line is exactly two numbers). Blank lines and lines starting with '#' are ignored.
// Guarantees: never throws on any text; every line that cannot be used is reported with its line
// number (errors: malformed lines, frequencies outside (0, 1], duplicate alleles or markers, a
// marker without alleles, off-ladder designations; warnings: frequencies not summing to about 1).
// The table holds everything readable; callers must not use it when hasErrors(problems).
// Thread safety: pure functions.
#include <filesystem>
#include <string>
#include <string_view>
#include <vector>

#include "domain/Result.h"
#include "dna/FrequencyTable.h"
#include "dna/ImportProblem.h"

namespace reunite::dna {

struct FrequencyTableImport {
    FrequencyTable table;
    std::vector<ImportProblem> problems;
};

// name: used as the table's name and in messages.
FrequencyTableImport parseFamiliasTable(std::string_view text, const std::string& name);

// File errors (missing, unreadable, too large) as a Result error; content problems in the import.
Result<FrequencyTableImport> readFamiliasTableFile(const std::filesystem::path& file);

}  // namespace reunite::dna
