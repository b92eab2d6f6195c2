#include "eval/CrossAgeDataset.h"

#include <algorithm>
#include <cstdlib>

#include "domain/CsvReader.h"

namespace reunite {
namespace {

// An age cell: empty is unknown; anything else must be a number of years from 0 to 130.
Result<std::optional<double>> parseAge(const std::string& cell, const std::string& where) {
    if (cell.empty()) return std::optional<double>();
    char* end = nullptr;
    const double years = std::strtod(cell.c_str(), &end);
    if (end == cell.c_str() || *end != '\0' || years < 0 || years > 130) {
        return makeError(ErrorCode::InvalidArgument, where + ": age must be a number of years, not '" + cell + "'");
    }
    return std::optional<double>(years);
}

}  // namespace

Result<CrossAgeDataset> CrossAgeDataset::load(const std::filesystem::path& folder) {
    const std::filesystem::path indexFile = folder / "index.csv";
    Result<CsvTable> table = readCsvFile(indexFile);
    if (!table) return makeError(table.error().code, "no readable index.csv in " + folder.string() + ": " + table.error().message);
    const CsvTable& csv = table.value();
    const int fileColumn = csv.column("file"), subjectColumn = csv.column("subject"), ageColumn = csv.column("age_group");
    const int yearsColumn = csv.column("age");
    if (fileColumn < 0 || subjectColumn < 0 || ageColumn < 0) {
        return makeError(ErrorCode::InvalidArgument, indexFile.string() + " needs the columns file,subject,age_group");
    }
    CrossAgeDataset dataset;
    dataset.folder = folder;
    const int needed = std::max({fileColumn, subjectColumn, ageColumn});
    for (std::size_t r = 0; r < csv.rows.size(); ++r) {
        const auto& fields = csv.rows[r];
        const std::string where = indexFile.string() + ": row " + std::to_string(r + 1);
        if (static_cast<int>(fields.size()) <= needed) return makeError(ErrorCode::InvalidArgument, where + ": too few columns");
        const std::string& group = fields[ageColumn];
        if (group != "young" && group != "adult") {
            return makeError(ErrorCode::InvalidArgument, where + ": age_group must be young or adult, not '" + group + "'");
        }
        CrossAgeEntry entry{folder / fields[fileColumn], fields[subjectColumn], group == "young", std::nullopt};
        if (yearsColumn >= 0 && yearsColumn < static_cast<int>(fields.size())) {
            auto age = parseAge(fields[yearsColumn], where);
            if (!age) return age.error();
            entry.age = age.value();
        }
        dataset.entries.push_back(std::move(entry));
    }
    return dataset;
}

}  // namespace reunite
